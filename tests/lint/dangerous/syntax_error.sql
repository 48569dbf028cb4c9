CREATE TABLE public.gadgets (id bigint PRIMARY KEY);
ALTER TABEL public.gadgets ADD COLUMN name text;
