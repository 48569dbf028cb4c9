-- a view used by another view must be dropped and recreated (a column removed): the dependent view must be dropped first and recreated after, unchanged
-- @before
CREATE TABLE public.employees (id int PRIMARY KEY, name text, dept text, salary numeric);
CREATE VIEW public.staff AS SELECT id, name, dept, salary FROM public.employees;
CREATE VIEW public.staff_by_dept AS SELECT dept, count(*) AS headcount FROM public.staff GROUP BY dept;
-- @after
CREATE TABLE public.employees (id int PRIMARY KEY, name text, dept text, salary numeric);
CREATE VIEW public.staff AS SELECT id, name, dept FROM public.employees;
CREATE VIEW public.staff_by_dept AS SELECT dept, count(*) AS headcount FROM public.staff GROUP BY dept;
