-- a partitioned parent's NOT VALID check whose partitions were created after it (their copies are valid): the copies are validated after the parent's check is added, which leaves them NOT VALID
-- @before
CREATE TABLE public.meters (id int, site text, kwh numeric) PARTITION BY LIST (site);
CREATE TABLE public.meters_north PARTITION OF public.meters FOR VALUES IN ('north');
-- @after
CREATE TABLE public.meters (id int, site text, kwh numeric) PARTITION BY LIST (site);
ALTER TABLE public.meters ADD CONSTRAINT meters_kwh_positive CHECK (kwh >= 0) NOT VALID;
CREATE TABLE public.meters_north PARTITION OF public.meters FOR VALUES IN ('north');
CREATE TABLE public.meters_south PARTITION OF public.meters FOR VALUES IN ('south');
