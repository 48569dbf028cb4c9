-- a shell type on its own (CREATE TYPE name, never defined), as a placeholder
-- @before
-- @after
CREATE TYPE public.later;
