-- a column that an exclusion constraint reads in an expression and one that reads it in its WHERE predicate changes type (int to bigint): both are dropped before the type change and added after, like a key on the column; the exclusion over another column stays
-- @before
CREATE TABLE public.rooms (
    id int PRIMARY KEY,
    floor int NOT NULL,
    code text NOT NULL,
    CONSTRAINT rooms_floor_excl EXCLUDE USING btree ((floor * 100) WITH =),
    CONSTRAINT rooms_code_excl EXCLUDE USING btree (code WITH =) WHERE (floor > 0),
    CONSTRAINT rooms_lower_code_excl EXCLUDE USING btree (lower(code) WITH =)
);
-- @after
CREATE TABLE public.rooms (
    id int PRIMARY KEY,
    floor bigint NOT NULL,
    code text NOT NULL,
    CONSTRAINT rooms_floor_excl EXCLUDE USING btree ((floor * 100) WITH =),
    CONSTRAINT rooms_code_excl EXCLUDE USING btree (code WITH =) WHERE (floor > 0),
    CONSTRAINT rooms_lower_code_excl EXCLUDE USING btree (lower(code) WITH =)
);
