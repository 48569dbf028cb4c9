-- PG15 security_invoker and security_barrier options set on an existing view: ALTER VIEW SET (...), no recreate needed
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.salaries (employee_id int PRIMARY KEY, amount numeric NOT NULL, visible boolean NOT NULL DEFAULT false);
CREATE VIEW public.visible_salaries AS SELECT employee_id, amount FROM public.salaries WHERE visible;
-- @after
CREATE TABLE public.salaries (employee_id int PRIMARY KEY, amount numeric NOT NULL, visible boolean NOT NULL DEFAULT false);
CREATE VIEW public.visible_salaries WITH (security_invoker = true, security_barrier = true) AS
    SELECT employee_id, amount FROM public.salaries WHERE visible;
