-- a primary key that an FK references changes columns: the FK must be dropped first and recreated against the new key
-- expect-hazards: index-dropped, index-build, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.countries (id int PRIMARY KEY, iso2 char(2) NOT NULL UNIQUE);
CREATE TABLE public.cities (id int PRIMARY KEY, country_id int REFERENCES public.countries (id));
-- @after
CREATE TABLE public.countries (id int NOT NULL UNIQUE, iso2 char(2) NOT NULL, CONSTRAINT countries_pkey PRIMARY KEY (iso2));
CREATE TABLE public.cities (id int PRIMARY KEY, country_id int REFERENCES public.countries (id));
