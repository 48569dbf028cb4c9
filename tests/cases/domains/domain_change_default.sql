-- only the domain default changes: ALTER DOMAIN SET DEFAULT, the columns using it keep no default of their own
-- @before
CREATE DOMAIN public.currency_code AS char(3) DEFAULT 'USD';
CREATE TABLE public.prices (id int PRIMARY KEY, currency public.currency_code);
-- @after
CREATE DOMAIN public.currency_code AS char(3) DEFAULT 'EUR';
CREATE TABLE public.prices (id int PRIMARY KEY, currency public.currency_code);
