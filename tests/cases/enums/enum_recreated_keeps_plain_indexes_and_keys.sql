-- an enum loses a value while its columns carry a primary key referenced by a foreign key from another column of the enum, a unique key over it and another column, a plain index and a covering index, and a partial index whose predicate names the enum: the keys and plain indexes stay (PostgreSQL rebuilds them inside each ALTER COLUMN TYPE), the foreign key goes and comes back around the conversion, the partial index is dropped before and built after
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock, full-table-scan, acquires-share-row-exclusive-lock, index-build, correctness
-- @before
CREATE TYPE public.kind AS ENUM ('a', 'b', 'c');
CREATE TABLE public.kinds (k public.kind PRIMARY KEY, label text);
CREATE TABLE public.items (id int PRIMARY KEY, k public.kind NOT NULL DEFAULT 'a' REFERENCES public.kinds, code text, UNIQUE (code, k), CHECK (k <> 'b'));
CREATE INDEX items_k ON public.items (k);
CREATE INDEX items_k_code ON public.items (k, code) INCLUDE (id);
CREATE INDEX items_open ON public.items (id) WHERE k <> 'a';
INSERT INTO public.kinds VALUES ('a', 'A'), ('b', 'B');
INSERT INTO public.items VALUES (1, 'a', 'x1'), (2, 'a', 'x2');
-- @after
CREATE TYPE public.kind AS ENUM ('a', 'b');
CREATE TABLE public.kinds (k public.kind PRIMARY KEY, label text);
CREATE TABLE public.items (id int PRIMARY KEY, k public.kind NOT NULL DEFAULT 'a' REFERENCES public.kinds, code text, UNIQUE (code, k), CHECK (k <> 'b'));
CREATE INDEX items_k ON public.items (k);
CREATE INDEX items_k_code ON public.items (k, code) INCLUDE (id);
CREATE INDEX items_open ON public.items (id) WHERE k <> 'a';
