-- a child comes to declare a CHECK it had only from its parent: adding it under the same name merges it; back, the child is recreated (a merged CHECK cannot be dropped)
-- @before
CREATE TABLE public.shipment (weight int, CONSTRAINT weight_ok CHECK (weight >= 0));
CREATE TABLE public.parcel (tracking text) INHERITS (public.shipment);
-- @after
CREATE TABLE public.shipment (weight int, CONSTRAINT weight_ok CHECK (weight >= 0));
CREATE TABLE public.parcel (tracking text, CONSTRAINT weight_ok CHECK (weight >= 0)) INHERITS (public.shipment);
COMMENT ON CONSTRAINT weight_ok ON public.parcel IS 'declared by the parcel too';
