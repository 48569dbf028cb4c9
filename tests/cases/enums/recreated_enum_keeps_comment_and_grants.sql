-- an enum a column uses loses a value, so it is recreated: its comment and its USAGE grant stay with the old type, which is dropped, and are given to the new one
-- @before
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.shipping_speed AS ENUM ('slow', 'standard', 'express');
COMMENT ON TYPE public.shipping_speed IS 'how fast a parcel travels';
REVOKE USAGE ON TYPE public.shipping_speed FROM PUBLIC;
GRANT USAGE ON TYPE public.shipping_speed TO pgshift_reader;
CREATE TABLE public.parcels (id int PRIMARY KEY, speed public.shipping_speed);
-- @after
DO $$ BEGIN CREATE ROLE pgshift_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TYPE public.shipping_speed AS ENUM ('standard', 'express');
COMMENT ON TYPE public.shipping_speed IS 'how fast a parcel travels';
REVOKE USAGE ON TYPE public.shipping_speed FROM PUBLIC;
GRANT USAGE ON TYPE public.shipping_speed TO pgshift_reader;
CREATE TABLE public.parcels (id int PRIMARY KEY, speed public.shipping_speed);
