-- a new child that declares a column its parent has as GENERATED ... STORED inherits the expression: CREATE TABLE writes the column without it (PostgreSQL 15 and older refuse it there), for the grandchild too
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, qty int, "Doubled Qty" int GENERATED ALWAYS AS (qty * 2) STORED);
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, qty int, "Doubled Qty" int GENERATED ALWAYS AS (qty * 2) STORED);
CREATE TABLE public.archived_orders (id int, qty int, "Doubled Qty" int, note text) INHERITS (public.orders);
CREATE TABLE public.old_archived_orders ("Doubled Qty" int) INHERITS (public.archived_orders);
