-- a new GENERATED ALWAYS AS (...) STORED column: computing it for every row rewrites the table
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.line_items (id int PRIMARY KEY, qty int NOT NULL, unit_price numeric(10,2) NOT NULL);
-- @after
CREATE TABLE public.line_items (
    id int PRIMARY KEY,
    qty int NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    line_total numeric(12,2) GENERATED ALWAYS AS (qty * unit_price) STORED
);
