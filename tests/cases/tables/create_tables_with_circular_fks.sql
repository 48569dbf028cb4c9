-- two new tables reference each other: no CREATE order works, so one FK must be added after both tables exist
-- @before
-- @after
CREATE TABLE public.employees (id int PRIMARY KEY, name text NOT NULL, department_id int);
CREATE TABLE public.departments (id int PRIMARY KEY, name text NOT NULL, manager_id int REFERENCES public.employees (id));
ALTER TABLE public.employees ADD CONSTRAINT employees_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments (id);
