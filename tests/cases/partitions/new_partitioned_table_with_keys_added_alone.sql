-- a new partitioned table whose primary key and unique key were added to it alone (ONLY): its partitions are made before the keys (a partition made after would get copies of them), one partition's own key attached, another's matching unique index left loose; dropped whole the other way
-- @before
CREATE TABLE public.keep_me (id int);
-- @after
CREATE TABLE public.keep_me (id int);
CREATE TABLE public.shipments (carrier text NOT NULL, num bigint NOT NULL, label text NOT NULL) PARTITION BY LIST (carrier);
CREATE TABLE public.shipments_ups PARTITION OF public.shipments FOR VALUES IN ('ups');
CREATE TABLE public.shipments_dhl PARTITION OF public.shipments FOR VALUES IN ('dhl');
CREATE TABLE public.shipments_fedex PARTITION OF public.shipments FOR VALUES IN ('fedex');
ALTER TABLE ONLY public.shipments ADD CONSTRAINT shipments_pkey PRIMARY KEY (carrier, num);
ALTER TABLE public.shipments_ups ADD CONSTRAINT shipments_ups_key PRIMARY KEY (carrier, num);
ALTER INDEX public.shipments_pkey ATTACH PARTITION public.shipments_ups_key;
CREATE UNIQUE INDEX shipments_dhl_num ON public.shipments_dhl (carrier, num);
ALTER TABLE ONLY public.shipments ADD CONSTRAINT shipments_label_key UNIQUE (label, carrier);
ALTER TABLE public.shipments_fedex ADD CONSTRAINT shipments_fedex_label UNIQUE (label, carrier);
ALTER INDEX public.shipments_label_key ATTACH PARTITION public.shipments_fedex_label;
