-- a function gains an argument with a default, so the expressions that call it read the same before and after (a default, a CHECK, a domain CHECK, a policy, an index expression): they still depend on the old function and must be dropped before it goes and put back over the new one, both ways
-- expect-hazards: acquires-access-exclusive-lock, authz-change, index-build
-- @before
CREATE FUNCTION public.norm(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(v)) $$;
CREATE DOMAIN public.tag AS text CHECK (public.norm(VALUE) = VALUE);
CREATE TABLE public.posts (
    id int PRIMARY KEY,
    title text NOT NULL,
    slug text DEFAULT public.norm('untitled'),
    tag public.tag,
    CONSTRAINT posts_slug_normal CHECK (public.norm(slug) = slug)
);
CREATE INDEX posts_title_norm_idx ON public.posts (public.norm(title));
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_visible ON public.posts USING (public.norm(title) <> 'hidden');
INSERT INTO public.posts VALUES (1, 'Hello', 'hello', 'news');
-- @after
CREATE FUNCTION public.norm(v text, keep_case boolean DEFAULT false) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN keep_case THEN trim(v) ELSE lower(trim(v)) END $$;
CREATE DOMAIN public.tag AS text CHECK (public.norm(VALUE) = VALUE);
CREATE TABLE public.posts (
    id int PRIMARY KEY,
    title text NOT NULL,
    slug text DEFAULT public.norm('untitled'),
    tag public.tag,
    CONSTRAINT posts_slug_normal CHECK (public.norm(slug) = slug)
);
CREATE INDEX posts_title_norm_idx ON public.posts (public.norm(title));
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_visible ON public.posts USING (public.norm(title) <> 'hidden');
