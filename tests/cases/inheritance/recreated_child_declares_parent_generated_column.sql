-- a child recreated because its parents are reordered declares a column one parent has as GENERATED ... STORED: the new table is written without the expression, which it inherits
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.prices (amount int, "Amount With Tax" int GENERATED ALWAYS AS (amount * 12 / 10) STORED);
CREATE TABLE public.labels (label text);
CREATE TABLE public.items (amount int, "Amount With Tax" int, label text) INHERITS (public.prices, public.labels);
-- @after
CREATE TABLE public.prices (amount int, "Amount With Tax" int GENERATED ALWAYS AS (amount * 12 / 10) STORED);
CREATE TABLE public.labels (label text);
CREATE TABLE public.items (amount int, "Amount With Tax" int, label text) INHERITS (public.labels, public.prices);
