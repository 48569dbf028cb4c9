-- a plain column that exclusion constraints use only inside an expression or a WHERE predicate becomes a stored generated column (dropped and added): those constraints, whose dependency on it PostgreSQL records on their index, are dropped before and added after; the exclusion that does not read it stays; back, DROP EXPRESSION keeps them all
-- @before
CREATE TABLE public.shifts (
    id int PRIMARY KEY,
    hours int NOT NULL,
    rate int NOT NULL,
    pay int,
    badge text NOT NULL,
    CONSTRAINT shifts_pay_excl EXCLUDE USING btree ((pay + 0) WITH =),
    CONSTRAINT shifts_badge_excl EXCLUDE USING btree (badge WITH =) WHERE (pay > 100),
    CONSTRAINT shifts_hours_excl EXCLUDE USING btree ((hours * 60) WITH =) WHERE (badge <> '')
);
-- @after
CREATE TABLE public.shifts (
    id int PRIMARY KEY,
    hours int NOT NULL,
    rate int NOT NULL,
    pay int GENERATED ALWAYS AS (hours * rate) STORED,
    badge text NOT NULL,
    CONSTRAINT shifts_pay_excl EXCLUDE USING btree ((pay + 0) WITH =),
    CONSTRAINT shifts_badge_excl EXCLUDE USING btree (badge WITH =) WHERE (pay > 100),
    CONSTRAINT shifts_hours_excl EXCLUDE USING btree ((hours * 60) WITH =) WHERE (badge <> '')
);
