-- a collation that only an exclusion constraint's expression names (no column uses it) is recreated with another locale: PostgreSQL records the use on the constraint's index, so the constraint is dropped before the collation and added after; an exclusion without it stays
-- @before
CREATE COLLATION public.tag_order (provider = icu, locale = 'en-US');
CREATE TABLE public.tags (
    id int PRIMARY KEY,
    label text NOT NULL,
    CONSTRAINT tags_label_excl EXCLUDE USING btree ((label COLLATE public.tag_order) WITH =),
    CONSTRAINT tags_short_excl EXCLUDE USING btree (id WITH =) WHERE ((label COLLATE public.tag_order) < 'm'),
    CONSTRAINT tags_lower_excl EXCLUDE USING btree (lower(label) WITH =)
);
-- @after
CREATE COLLATION public.tag_order (provider = icu, locale = 'de-DE');
CREATE TABLE public.tags (
    id int PRIMARY KEY,
    label text NOT NULL,
    CONSTRAINT tags_label_excl EXCLUDE USING btree ((label COLLATE public.tag_order) WITH =),
    CONSTRAINT tags_short_excl EXCLUDE USING btree (id WITH =) WHERE ((label COLLATE public.tag_order) < 'm'),
    CONSTRAINT tags_lower_excl EXCLUDE USING btree (lower(label) WITH =)
);
