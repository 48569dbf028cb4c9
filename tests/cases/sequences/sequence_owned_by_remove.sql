-- a serial column's sequence loses its ownership link (OWNED BY NONE) while the default keeps using it
-- @before
CREATE TABLE public.gadgets (id serial PRIMARY KEY);
-- @after
CREATE TABLE public.gadgets (id serial PRIMARY KEY);
ALTER SEQUENCE public.gadgets_id_seq OWNED BY NONE;
