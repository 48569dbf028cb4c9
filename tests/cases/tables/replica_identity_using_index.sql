-- replica identity points at a new unique index on NOT NULL columns: the index must exist before REPLICA IDENTITY USING INDEX
-- expect-hazards: index-build
-- @before
CREATE TABLE public.devices (serial text NOT NULL, vendor text NOT NULL, note text);
-- @after
CREATE TABLE public.devices (serial text NOT NULL, vendor text NOT NULL, note text);
CREATE UNIQUE INDEX devices_vendor_serial_key ON public.devices (vendor, serial);
ALTER TABLE public.devices REPLICA IDENTITY USING INDEX devices_vendor_serial_key;
