-- a partitioned parent's plain unique index becomes its primary key under the same name: the partitions' indexes attached to it are dropped with it and made again by the key
-- @before
CREATE TABLE public.devices (id int NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE public.devices_phone PARTITION OF public.devices FOR VALUES IN ('phone');
CREATE UNIQUE INDEX devices_pkey ON ONLY public.devices (kind, id);
CREATE UNIQUE INDEX devices_phone_pkey ON public.devices_phone (kind, id);
ALTER INDEX public.devices_pkey ATTACH PARTITION public.devices_phone_pkey;
-- @after
CREATE TABLE public.devices (id int NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE public.devices_phone PARTITION OF public.devices FOR VALUES IN ('phone');
ALTER TABLE public.devices ADD CONSTRAINT devices_pkey PRIMARY KEY (kind, id);
