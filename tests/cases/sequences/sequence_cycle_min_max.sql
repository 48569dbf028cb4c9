-- a sequence gets CYCLE with new MINVALUE/MAXVALUE bounds and a new START: bounds must be altered together so none is briefly invalid
-- @before
CREATE SEQUENCE public.slot_seq MINVALUE 1 MAXVALUE 1000 START 1;
-- @after
CREATE SEQUENCE public.slot_seq MINVALUE 100 MAXVALUE 200 START 100 CYCLE;
