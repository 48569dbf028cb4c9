-- Per-column settings of foreign tables, in place: statistics target set, changed and reset, storage set and back to the type's, attribute options set and reset, defaults set and dropped, NOT NULL set and dropped, on a column a view reads
-- @before
CREATE SCHEMA remote_stats;
CREATE FOREIGN DATA WRAPPER stats_wrapper;
CREATE SERVER stats_remote FOREIGN DATA WRAPPER stats_wrapper;
CREATE FOREIGN TABLE remote_stats.readings (sensor integer, reading numeric DEFAULT 0, note text NOT NULL, "Raw Value" text) SERVER stats_remote;
ALTER FOREIGN TABLE remote_stats.readings ALTER COLUMN sensor SET STATISTICS 500;
ALTER FOREIGN TABLE remote_stats.readings ALTER COLUMN note SET STORAGE MAIN;
ALTER FOREIGN TABLE remote_stats.readings ALTER COLUMN reading SET (n_distinct = 100);
CREATE VIEW remote_stats.sensors AS SELECT sensor, reading FROM remote_stats.readings;
-- @after
CREATE SCHEMA remote_stats;
CREATE FOREIGN DATA WRAPPER stats_wrapper;
CREATE SERVER stats_remote FOREIGN DATA WRAPPER stats_wrapper;
CREATE FOREIGN TABLE remote_stats.readings (sensor integer NOT NULL, reading numeric DEFAULT 1, note text, "Raw Value" text) SERVER stats_remote;
ALTER FOREIGN TABLE remote_stats.readings ALTER COLUMN sensor SET STATISTICS 50;
ALTER FOREIGN TABLE remote_stats.readings ALTER COLUMN "Raw Value" SET STORAGE EXTERNAL;
ALTER FOREIGN TABLE remote_stats.readings ALTER COLUMN "Raw Value" SET (n_distinct = -1, n_distinct_inherited = 5);
CREATE VIEW remote_stats.sensors AS SELECT sensor, reading FROM remote_stats.readings;
CREATE FOREIGN TABLE remote_stats.summaries (sensor integer, total numeric) SERVER stats_remote;
ALTER FOREIGN TABLE remote_stats.summaries ALTER COLUMN total SET STATISTICS 10;
