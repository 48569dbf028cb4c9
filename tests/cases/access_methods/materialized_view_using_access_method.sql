-- a new materialized view stored with a custom table access method: CREATE MATERIALIZED VIEW ... USING heap2 after the access method and its base table
-- @before
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric NOT NULL, placed_on date NOT NULL);
-- @after
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric NOT NULL, placed_on date NOT NULL);
CREATE MATERIALIZED VIEW public.daily_totals USING heap2 AS
    SELECT placed_on, sum(total) AS total FROM public.orders GROUP BY placed_on;
