-- inheritance children leave a parent that drops columns they keep: one declares the column itself as well as inheriting it, one has it only by inheritance; the parent drops them ONLY so the leaving children keep theirs with their values, a child that stays drops its copy, and a grandchild is untouched
-- expect-hazards: acquires-access-exclusive-lock, breaks-clients, deletes-data, irreversible
-- @before
CREATE TABLE public.assets (id int, "Label" text, acquired date, note text);
CREATE TABLE public.vehicles (id int, "Label" text, wheels int) INHERITS (public.assets);
CREATE TABLE public.buildings (floors int) INHERITS (public.assets);
CREATE TABLE public.cars (doors int) INHERITS (public.vehicles);
CREATE TABLE public.tools (grip text) INHERITS (public.assets);
INSERT INTO public.vehicles VALUES (1, 'van', '2020-01-01', 'n', 4);
INSERT INTO public.buildings VALUES (2, 'hq', '2019-05-05', 'm', 3);
INSERT INTO public.cars VALUES (3, 'mini', '2021-02-02', 'o', 4, 3);
-- @after
CREATE TABLE public.assets (id int, note text);
CREATE TABLE public.vehicles (id int, "Label" text, wheels int, acquired date, note text);
CREATE TABLE public.buildings (id int, "Label" text, acquired date, note text, floors int);
CREATE TABLE public.cars (doors int) INHERITS (public.vehicles);
CREATE TABLE public.tools (grip text) INHERITS (public.assets);
