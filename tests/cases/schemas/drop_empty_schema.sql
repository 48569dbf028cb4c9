-- an empty schema disappears while another schema is added; no data is involved
-- @before
CREATE SCHEMA legacy;
CREATE TABLE public.t (id int);
-- @after
CREATE SCHEMA audit;
CREATE TABLE public.t (id int);
