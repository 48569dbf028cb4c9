-- a stored generated column changes type: PostgreSQL refuses USING on a generated column and recomputes it from its expression, so ALTER COLUMN ... TYPE goes without USING
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.order_lines (id int PRIMARY KEY, qty integer NOT NULL, unit_price integer NOT NULL,
    total integer GENERATED ALWAYS AS (qty * unit_price) STORED);
-- @after
CREATE TABLE public.order_lines (id int PRIMARY KEY, qty integer NOT NULL, unit_price integer NOT NULL,
    total bigint GENERATED ALWAYS AS (qty * unit_price) STORED);
