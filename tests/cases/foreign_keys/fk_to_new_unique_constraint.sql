-- a new FK references a column whose UNIQUE constraint is also new: the unique index must exist before the FK
-- expect-hazards: index-build, full-table-scan, acquires-share-row-exclusive-lock
-- @before
CREATE TABLE public.currencies (id int PRIMARY KEY, code char(3) NOT NULL);
CREATE TABLE public.prices (id int PRIMARY KEY, currency_code char(3) NOT NULL);
-- @after
CREATE TABLE public.currencies (id int PRIMARY KEY, code char(3) NOT NULL, CONSTRAINT currencies_code_key UNIQUE (code));
CREATE TABLE public.prices (id int PRIMARY KEY, currency_code char(3) NOT NULL REFERENCES public.currencies (code));
