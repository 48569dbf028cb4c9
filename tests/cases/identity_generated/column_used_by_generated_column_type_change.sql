-- a column that a stored generated column reads changes type: PostgreSQL cannot alter the type of a column a generated column uses, so the generated column is dropped and added again around it
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.products (id int PRIMARY KEY, name varchar(40) NOT NULL, price integer NOT NULL,
    slug text GENERATED ALWAYS AS (lower(name)) STORED,
    price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED);
-- @after
CREATE TABLE public.products (id int PRIMARY KEY, name text NOT NULL, price bigint NOT NULL,
    slug text GENERATED ALWAYS AS (lower(name)) STORED,
    price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED);
