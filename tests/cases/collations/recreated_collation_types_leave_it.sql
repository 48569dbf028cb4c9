-- a collation changes locale (so it is recreated, a column keeping it) while a domain and a composite type that used it move to the C collation: they are changed before the collation is dropped, instead of the recreation being refused
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE COLLATION public.fold_case (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE public.members (id int PRIMARY KEY, nick text COLLATE public.fold_case);
CREATE DOMAIN public.member_code AS text COLLATE public.fold_case;
CREATE TYPE public.member_card AS (label text COLLATE public.fold_case, points int);
-- @after
CREATE COLLATION public.fold_case (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE TABLE public.members (id int PRIMARY KEY, nick text COLLATE public.fold_case);
CREATE DOMAIN public.member_code AS text COLLATE "C";
CREATE TYPE public.member_card AS (label text COLLATE "C", points int);
