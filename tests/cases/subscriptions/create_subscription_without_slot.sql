-- a new subscription with two publications and no replication slot (slot_name = NONE) in a database that also has tables: CREATE SUBSCRIPTION ... WITH (connect = false, slot_name = NONE), plain DROP SUBSCRIPTION on rollback
-- @before
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
-- @after
CREATE TABLE public.orders (id int PRIMARY KEY, total numeric);
CREATE SUBSCRIPTION mirror_sub CONNECTION 'host=primary.internal port=5432 dbname=shop user=replicator'
    PUBLICATION orders_pub, customers_pub WITH (connect = false, slot_name = NONE);
