-- Foreign tables as partitions of a partitioned table (the parent has a non-unique index, which PostgreSQL does not build on a foreign partition): one created as a partition and written as pg_dump writes it (the table, then ATTACH PARTITION), one whose bound changes (DETACH, then ATTACH with the new bound), one that leaves its parent and stays on its own, one that moves to another parent with a name that needs quoting, a view over a partition kept
-- expect-hazards: breaks-clients, correctness
-- @before
CREATE SCHEMA ledger;
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_archive FOREIGN DATA WRAPPER ledger_wrapper;
CREATE TABLE ledger.entries (entry_id integer NOT NULL, region text, amount numeric DEFAULT 0) PARTITION BY RANGE (entry_id);
CREATE INDEX entries_region ON ledger.entries (region);
CREATE TABLE ledger.entries_current PARTITION OF ledger.entries FOR VALUES FROM (1000) TO (2000);
CREATE FOREIGN TABLE ledger.entries_2019 PARTITION OF ledger.entries FOR VALUES FROM (0) TO (100) SERVER ledger_archive OPTIONS (table_name 'e2019');
CREATE FOREIGN TABLE ledger.entries_2020 PARTITION OF ledger.entries FOR VALUES FROM (100) TO (200) SERVER ledger_archive;
CREATE FOREIGN TABLE ledger.entries_2021 PARTITION OF ledger.entries FOR VALUES FROM (200) TO (300) SERVER ledger_archive;
CREATE TABLE ledger."By Region" (entry_id integer NOT NULL, region text, amount numeric) PARTITION BY LIST (region);
CREATE VIEW ledger.old_entries AS SELECT entry_id, amount FROM ledger.entries_2019;
-- @after
CREATE SCHEMA ledger;
CREATE FOREIGN DATA WRAPPER ledger_wrapper;
CREATE SERVER ledger_archive FOREIGN DATA WRAPPER ledger_wrapper;
CREATE TABLE ledger.entries (entry_id integer NOT NULL, region text, amount numeric DEFAULT 0) PARTITION BY RANGE (entry_id);
CREATE INDEX entries_region ON ledger.entries (region);
CREATE TABLE ledger.entries_current PARTITION OF ledger.entries FOR VALUES FROM (1000) TO (2000);
CREATE FOREIGN TABLE ledger.entries_2019 PARTITION OF ledger.entries FOR VALUES FROM (0) TO (150) SERVER ledger_archive OPTIONS (table_name 'e2019');
ALTER FOREIGN TABLE ledger.entries_2019 ALTER COLUMN region OPTIONS (column_name 'area');
CREATE FOREIGN TABLE ledger.entries_2020 (entry_id integer NOT NULL, region text, amount numeric DEFAULT 0) SERVER ledger_archive;
CREATE TABLE ledger."By Region" (entry_id integer NOT NULL, region text, amount numeric) PARTITION BY LIST (region);
CREATE FOREIGN TABLE ledger.entries_2021 PARTITION OF ledger."By Region" FOR VALUES IN ('north', 'south') SERVER ledger_archive;
CREATE FOREIGN TABLE ledger."Entries 2022" PARTITION OF ledger.entries FOR VALUES FROM (300) TO (400) SERVER ledger_archive;
CREATE VIEW ledger.old_entries AS SELECT entry_id, amount FROM ledger.entries_2019;
