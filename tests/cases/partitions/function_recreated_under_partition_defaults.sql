-- a function whose result type changes is dropped and created again while a partitioned table's default calls it: partitions keep their own defaults (one its own constant, one none) instead of the parent's the recursing SET DEFAULT hands down
-- @before
CREATE FUNCTION public.starting_stock(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT n $$;
CREATE TABLE public.stock_moves (
    id int NOT NULL,
    amount int DEFAULT public.starting_stock(3)
) PARTITION BY RANGE (id);
CREATE TABLE public.stock_moves_low PARTITION OF public.stock_moves (amount DEFAULT 11) FOR VALUES FROM (0) TO (100);
CREATE TABLE public.stock_moves_mid PARTITION OF public.stock_moves FOR VALUES FROM (100) TO (200);
CREATE TABLE public.stock_moves_high PARTITION OF public.stock_moves FOR VALUES FROM (200) TO (300) PARTITION BY RANGE (id);
CREATE TABLE public.stock_moves_high_a PARTITION OF public.stock_moves_high (amount DEFAULT 5) FOR VALUES FROM (200) TO (250);
ALTER TABLE public.stock_moves_mid ALTER COLUMN amount DROP DEFAULT;
-- @after
CREATE FUNCTION public.starting_stock(n int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT n $$;
CREATE TABLE public.stock_moves (
    id int NOT NULL,
    amount int DEFAULT public.starting_stock(3)
) PARTITION BY RANGE (id);
CREATE TABLE public.stock_moves_low PARTITION OF public.stock_moves (amount DEFAULT 11) FOR VALUES FROM (0) TO (100);
CREATE TABLE public.stock_moves_mid PARTITION OF public.stock_moves FOR VALUES FROM (100) TO (200);
CREATE TABLE public.stock_moves_high PARTITION OF public.stock_moves FOR VALUES FROM (200) TO (300) PARTITION BY RANGE (id);
CREATE TABLE public.stock_moves_high_a PARTITION OF public.stock_moves_high (amount DEFAULT 5) FOR VALUES FROM (200) TO (250);
ALTER TABLE public.stock_moves_mid ALTER COLUMN amount DROP DEFAULT;
