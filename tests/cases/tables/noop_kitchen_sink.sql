-- no-op: one schema using nearly every object kind (domain, composite, range, enum, collation, partitions, inheritance, exclusion, matview, publication, comments) must diff empty
-- @before
CREATE EXTENSION btree_gist;
CREATE SCHEMA inv;
CREATE COLLATION inv.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN inv.qty AS integer NOT NULL DEFAULT 0 CONSTRAINT qty_nonneg CHECK (VALUE >= 0);
CREATE TYPE inv.dims AS (w numeric, h numeric, d numeric);
CREATE TYPE inv.kind AS ENUM ('raw', 'part', 'assembly');
CREATE TYPE inv.numspan AS RANGE (subtype = numeric);
CREATE SEQUENCE inv.batch_seq AS integer START 100 INCREMENT 10 CACHE 5;
CREATE TABLE inv.items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text COLLATE inv.nocase NOT NULL UNIQUE,
    kind inv.kind NOT NULL DEFAULT 'part',
    size inv.dims,
    on_hand inv.qty,
    batch int NOT NULL DEFAULT nextval('inv.batch_seq'),
    tolerance inv.numspan,
    volume numeric GENERATED ALWAYS AS ((size).w * (size).h * (size).d) STORED
) WITH (fillfactor = 90);
CREATE TABLE inv.bins (id int PRIMARY KEY, label text NOT NULL, valid_during tstzrange NOT NULL,
    EXCLUDE USING gist (label WITH =, valid_during WITH &&));
CREATE TABLE inv.movements (
    item_id bigint NOT NULL REFERENCES inv.items (id) ON DELETE CASCADE,
    moved_on date NOT NULL,
    delta int NOT NULL CHECK (delta <> 0),
    bin_id int REFERENCES inv.bins (id) DEFERRABLE INITIALLY DEFERRED
) PARTITION BY RANGE (moved_on);
CREATE TABLE inv.movements_2024 PARTITION OF inv.movements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE inv.movements_rest PARTITION OF inv.movements DEFAULT;
CREATE INDEX movements_item_idx ON inv.movements (item_id, moved_on DESC);
CREATE TABLE inv.notes (id int, body text);
CREATE TABLE inv.item_notes (item_id bigint) INHERITS (inv.notes);
CREATE UNLOGGED TABLE inv.scratch (k text PRIMARY KEY, v jsonb);
ALTER TABLE inv.items REPLICA IDENTITY FULL;
CREATE MATERIALIZED VIEW inv.stock_levels AS SELECT item_id, sum(delta) AS level FROM inv.movements GROUP BY item_id;
CREATE UNIQUE INDEX stock_levels_item_key ON inv.stock_levels (item_id);
CREATE VIEW inv.low_stock WITH (security_barrier = true) AS SELECT i.id, i.code, s.level FROM inv.items i JOIN inv.stock_levels s ON s.item_id = i.id WHERE s.level < 10;
CREATE PUBLICATION pgshift_inv_pub FOR TABLE inv.items (id, code, kind), inv.bins WHERE (label <> '') WITH (publish = 'insert');
COMMENT ON SCHEMA inv IS 'inventory';
COMMENT ON TABLE inv.items IS 'stock-keeping items';
COMMENT ON COLUMN inv.items.volume IS 'derived';
COMMENT ON DOMAIN inv.qty IS 'non-negative quantity';
COMMENT ON INDEX inv.movements_item_idx IS 'history lookups';
-- @after
CREATE EXTENSION btree_gist;
CREATE SCHEMA inv;
CREATE COLLATION inv.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN inv.qty AS integer NOT NULL DEFAULT 0 CONSTRAINT qty_nonneg CHECK (VALUE >= 0);
CREATE TYPE inv.dims AS (w numeric, h numeric, d numeric);
CREATE TYPE inv.kind AS ENUM ('raw', 'part', 'assembly');
CREATE TYPE inv.numspan AS RANGE (subtype = numeric);
CREATE SEQUENCE inv.batch_seq AS integer START 100 INCREMENT 10 CACHE 5;
CREATE TABLE inv.items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text COLLATE inv.nocase NOT NULL UNIQUE,
    kind inv.kind NOT NULL DEFAULT 'part',
    size inv.dims,
    on_hand inv.qty,
    batch int NOT NULL DEFAULT nextval('inv.batch_seq'),
    tolerance inv.numspan,
    volume numeric GENERATED ALWAYS AS ((size).w * (size).h * (size).d) STORED
) WITH (fillfactor = 90);
CREATE TABLE inv.bins (id int PRIMARY KEY, label text NOT NULL, valid_during tstzrange NOT NULL,
    EXCLUDE USING gist (label WITH =, valid_during WITH &&));
CREATE TABLE inv.movements (
    item_id bigint NOT NULL REFERENCES inv.items (id) ON DELETE CASCADE,
    moved_on date NOT NULL,
    delta int NOT NULL CHECK (delta <> 0),
    bin_id int REFERENCES inv.bins (id) DEFERRABLE INITIALLY DEFERRED
) PARTITION BY RANGE (moved_on);
CREATE TABLE inv.movements_2024 PARTITION OF inv.movements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE inv.movements_rest PARTITION OF inv.movements DEFAULT;
CREATE INDEX movements_item_idx ON inv.movements (item_id, moved_on DESC);
CREATE TABLE inv.notes (id int, body text);
CREATE TABLE inv.item_notes (item_id bigint) INHERITS (inv.notes);
CREATE UNLOGGED TABLE inv.scratch (k text PRIMARY KEY, v jsonb);
ALTER TABLE inv.items REPLICA IDENTITY FULL;
CREATE MATERIALIZED VIEW inv.stock_levels AS SELECT item_id, sum(delta) AS level FROM inv.movements GROUP BY item_id;
CREATE UNIQUE INDEX stock_levels_item_key ON inv.stock_levels (item_id);
CREATE VIEW inv.low_stock WITH (security_barrier = true) AS SELECT i.id, i.code, s.level FROM inv.items i JOIN inv.stock_levels s ON s.item_id = i.id WHERE s.level < 10;
CREATE PUBLICATION pgshift_inv_pub FOR TABLE inv.items (id, code, kind), inv.bins WHERE (label <> '') WITH (publish = 'insert');
COMMENT ON SCHEMA inv IS 'inventory';
COMMENT ON TABLE inv.items IS 'stock-keeping items';
COMMENT ON COLUMN inv.items.volume IS 'derived';
COMMENT ON DOMAIN inv.qty IS 'non-negative quantity';
COMMENT ON INDEX inv.movements_item_idx IS 'history lookups';
