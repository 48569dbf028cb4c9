-- a function gains an argument (a new function: drop and create) while a column default, a table CHECK and a domain CHECK call it: what calls it goes first, the function is replaced, and they come back calling the new one, both ways
-- @before
CREATE FUNCTION public.clamp_score(v int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT least(greatest(v, 0), 100) $$;
CREATE FUNCTION public.default_score() RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 50 $$;
CREATE DOMAIN public.score AS int CHECK (public.clamp_score(VALUE) = VALUE);
CREATE TABLE public.reviews (
    id int PRIMARY KEY,
    stars int DEFAULT public.default_score(),
    score public.score,
    CONSTRAINT reviews_stars_range CHECK (public.clamp_score(stars) = stars)
);
INSERT INTO public.reviews VALUES (1, 3, 20);
-- @after
CREATE FUNCTION public.clamp_score(v int, top int DEFAULT 100) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT least(greatest(v, 0), top) $$;
CREATE FUNCTION public.default_score(base int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT base / 2 $$;
CREATE DOMAIN public.score AS int CHECK (public.clamp_score(VALUE, 100) = VALUE);
CREATE TABLE public.reviews (
    id int PRIMARY KEY,
    stars int DEFAULT public.default_score(100),
    score public.score,
    CONSTRAINT reviews_stars_range CHECK (public.clamp_score(stars, 5) = stars)
);
