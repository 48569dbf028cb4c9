-- exclusion constraints with expressions, predicates and a collation stay put while their table and schema change around them: another column retyped, another becomes generated (from a third column), a function and a collation they do not use are recreated
-- @before
CREATE COLLATION public.name_order (provider = icu, locale = 'en-US');
CREATE COLLATION public.spare_order (provider = icu, locale = 'en-US');
CREATE FUNCTION public.bucket(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT n / 10 $$;
CREATE FUNCTION public.spare(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT n $$;
CREATE TABLE public.slots (
    id int PRIMARY KEY,
    starts int NOT NULL,
    name text NOT NULL,
    weight int NOT NULL,
    score int,
    note text COLLATE public.spare_order,
    CONSTRAINT slots_bucket_excl EXCLUDE USING btree (public.bucket(starts) WITH =) WHERE (name <> ''),
    CONSTRAINT slots_name_excl EXCLUDE USING btree ((name COLLATE public.name_order) WITH =)
);
CREATE INDEX slots_spare_idx ON public.slots (public.spare(weight));
-- @after
CREATE COLLATION public.name_order (provider = icu, locale = 'en-US');
CREATE COLLATION public.spare_order (provider = icu, locale = 'de-DE');
CREATE FUNCTION public.bucket(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT n / 10 $$;
CREATE FUNCTION public.spare(n int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT n $$;
CREATE TABLE public.slots (
    id int PRIMARY KEY,
    starts int NOT NULL,
    name text NOT NULL,
    weight bigint NOT NULL,
    score int GENERATED ALWAYS AS (starts * 2) STORED,
    note text COLLATE public.spare_order,
    CONSTRAINT slots_bucket_excl EXCLUDE USING btree (public.bucket(starts) WITH =) WHERE (name <> ''),
    CONSTRAINT slots_name_excl EXCLUDE USING btree ((name COLLATE public.name_order) WITH =)
);
CREATE INDEX slots_spare_idx ON public.slots (public.spare(weight::int));
