-- keys added to a partitioned table alone (ALTER TABLE ONLY ... ADD, their index invalid until every partition's copy is attached): a primary key with one partition's copy attached and another partition holding a matching unique index not attached yet, and a unique key with no copy attached; made again alone where the target has them so (a plain ADD would make copies on every partition), completed where it has them whole
-- @before
CREATE TABLE public.orders (region text NOT NULL, id int NOT NULL, ref text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu');
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
ALTER TABLE public.orders ADD PRIMARY KEY (region, id);
ALTER TABLE public.orders ADD CONSTRAINT orders_ref_key UNIQUE (region, ref);
-- @after
CREATE TABLE public.orders (region text NOT NULL, id int NOT NULL, ref text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu');
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us');
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (region, id);
ALTER TABLE public.orders_eu ADD CONSTRAINT orders_eu_pkey PRIMARY KEY (region, id);
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_eu_pkey;
CREATE UNIQUE INDEX orders_us_pkey ON public.orders_us (region, id);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_ref_key UNIQUE (region, ref);
