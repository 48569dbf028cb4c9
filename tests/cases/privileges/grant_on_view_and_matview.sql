-- SELECT granted on a view and on a materialized view but not on the underlying table
-- expect-hazards: authz-change
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.salaries (id int PRIMARY KEY, dept text, amount numeric);
CREATE VIEW public.dept_headcount AS SELECT dept, count(*) AS n FROM public.salaries GROUP BY dept;
CREATE MATERIALIZED VIEW public.dept_payroll AS SELECT dept, sum(amount) AS total FROM public.salaries GROUP BY dept;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.salaries (id int PRIMARY KEY, dept text, amount numeric);
CREATE VIEW public.dept_headcount AS SELECT dept, count(*) AS n FROM public.salaries GROUP BY dept;
CREATE MATERIALIZED VIEW public.dept_payroll AS SELECT dept, sum(amount) AS total FROM public.salaries GROUP BY dept;
GRANT SELECT ON public.dept_headcount TO pgshift_reader;
GRANT SELECT ON public.dept_payroll TO pgshift_reader;
