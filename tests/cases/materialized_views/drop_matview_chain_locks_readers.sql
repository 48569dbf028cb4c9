-- two materialized views, one read by the other and by a plain view, are dropped: each DROP takes ACCESS EXCLUSIVE on its matview, declared with the break
-- expect-hazards: breaks-clients, acquires-access-exclusive-lock
-- @before
CREATE SCHEMA reporting;
CREATE TABLE reporting.page_hits (id bigint PRIMARY KEY, path text NOT NULL, hit_at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW reporting.daily_hits AS
    SELECT path, date_trunc('day', hit_at) AS day, count(*) AS hits FROM reporting.page_hits GROUP BY 1, 2;
CREATE MATERIALIZED VIEW reporting."Top Paths" AS
    SELECT path, sum(hits) AS hits FROM reporting.daily_hits GROUP BY path ORDER BY 2 DESC LIMIT 20;
CREATE VIEW reporting.top_path_names AS SELECT path FROM reporting."Top Paths";
-- @after
CREATE SCHEMA reporting;
CREATE TABLE reporting.page_hits (id bigint PRIMARY KEY, path text NOT NULL, hit_at timestamptz NOT NULL);
