-- an index keeps its name and column but switches from btree to hash: the access method is part of the definition
-- expect-hazards: index-dropped, index-build
-- @before
CREATE TABLE public.short_links (id int PRIMARY KEY, token text NOT NULL);
CREATE INDEX short_links_token_idx ON public.short_links (token);
-- @after
CREATE TABLE public.short_links (id int PRIMARY KEY, token text NOT NULL);
CREATE INDEX short_links_token_idx ON public.short_links USING hash (token);
