-- an enum loses a value (recreated, its column converted) while exclusion constraints read the column only in a WHERE predicate or an expression: they are dropped before the swap and added after
-- @before
CREATE TYPE public.desk_state AS ENUM ('free', 'held', 'retired', 'broken');
CREATE TABLE public.desks (
    id int PRIMARY KEY,
    state public.desk_state NOT NULL,
    spot int NOT NULL,
    CONSTRAINT desks_spot_excl EXCLUDE USING btree (spot WITH =) WHERE (state = 'held'),
    CONSTRAINT desks_id_excl EXCLUDE USING btree ((id + 0) WITH =) WHERE (state <> 'retired')
);
-- @after
CREATE TYPE public.desk_state AS ENUM ('free', 'held', 'retired');
CREATE TABLE public.desks (
    id int PRIMARY KEY,
    state public.desk_state NOT NULL,
    spot int NOT NULL,
    CONSTRAINT desks_spot_excl EXCLUDE USING btree (spot WITH =) WHERE (state = 'held'),
    CONSTRAINT desks_id_excl EXCLUDE USING btree ((id + 0) WITH =) WHERE (state <> 'retired')
);
