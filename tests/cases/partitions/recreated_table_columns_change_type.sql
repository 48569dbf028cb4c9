-- tables recreated with their rows (one becomes partitioned, one stops being partitioned) while columns change type: each copied column is converted as ALTER COLUMN TYPE would (a cast even where no assignment cast exists, text to integer or integer to boolean; through text to and from an enum); a column with no cast path at all loses its values
-- expect-hazards: acquires-access-exclusive-lock, correctness, deletes-data, table-rewrite
-- @before
CREATE TYPE public.grade AS ENUM ('low', 'high');
CREATE TABLE public.readings (
    id int NOT NULL,
    "Raw Value" text,
    amount int,
    active int,
    level text,
    token int
);
INSERT INTO public.readings VALUES (1, '10', 3, 1, 'low', 7), (2, '20', 4, 0, 'high', 8);
CREATE TABLE public.batches (
    id int NOT NULL,
    code varchar(10),
    score numeric
) PARTITION BY LIST (id);
CREATE TABLE public.batches_all PARTITION OF public.batches DEFAULT;
INSERT INTO public.batches VALUES (1, '41', 1.5), (2, '42', 2.5);
-- @after
CREATE TYPE public.grade AS ENUM ('low', 'high');
CREATE TABLE public.readings (
    id int NOT NULL,
    "Raw Value" integer,
    amount bigint,
    active boolean,
    level public.grade,
    token uuid
) PARTITION BY RANGE (id);
CREATE TABLE public.readings_rest PARTITION OF public.readings DEFAULT;
CREATE TABLE public.batches (
    id int NOT NULL,
    code integer,
    score text
);
