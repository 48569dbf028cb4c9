-- a table disappears from the target: DROP TABLE loses its rows
-- expect-hazards: deletes-data
-- @before
CREATE TABLE public.audit_old (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL, detail text);
CREATE TABLE public.keep (id int PRIMARY KEY);
-- @after
CREATE TABLE public.keep (id int PRIMARY KEY);
