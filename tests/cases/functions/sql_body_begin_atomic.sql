-- a PG14+ SQL-standard body (BEGIN ATOMIC) whose dependencies ARE tracked: the table it reads must exist first and cannot be dropped under it
-- @before
CREATE TABLE public.rates (code char(3) PRIMARY KEY, rate numeric NOT NULL);
-- @after
CREATE TABLE public.rates (code char(3) PRIMARY KEY, rate numeric NOT NULL);
CREATE FUNCTION public.convert(amount numeric, cur char(3)) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT amount * rate FROM public.rates WHERE code = cur;
END;
