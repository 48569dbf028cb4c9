-- realistic analytics schema: monthly partitions rotate (oldest dropped, next created), a parent index and FK to a dimension table added, a rollup matview rebuilt and published
-- @before
CREATE SCHEMA analytics;
CREATE TABLE analytics.sites (id int PRIMARY KEY, domain text NOT NULL UNIQUE);
CREATE TABLE analytics.page_views (
    site_id int NOT NULL,
    viewed_at timestamptz NOT NULL,
    path text NOT NULL,
    referrer text,
    duration_ms int
) PARTITION BY RANGE (viewed_at);
CREATE TABLE analytics.page_views_2024_01 PARTITION OF analytics.page_views FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2024-02-01 00:00+00');
CREATE TABLE analytics.page_views_2024_02 PARTITION OF analytics.page_views FOR VALUES FROM ('2024-02-01 00:00+00') TO ('2024-03-01 00:00+00');
CREATE TABLE analytics.page_views_2024_03 PARTITION OF analytics.page_views FOR VALUES FROM ('2024-03-01 00:00+00') TO ('2024-04-01 00:00+00');
CREATE INDEX page_views_site_time_idx ON analytics.page_views (site_id, viewed_at);
CREATE MATERIALIZED VIEW analytics.daily_views AS
    SELECT site_id, date_trunc('day', viewed_at) AS day, count(*) AS views FROM analytics.page_views GROUP BY 1, 2;
CREATE PUBLICATION pgshift_analytics_pub FOR TABLE analytics.sites;
-- @after
CREATE SCHEMA analytics;
CREATE TABLE analytics.sites (id int PRIMARY KEY, domain text NOT NULL UNIQUE, timezone text NOT NULL DEFAULT 'UTC');
CREATE TABLE analytics.page_views (
    site_id int NOT NULL REFERENCES analytics.sites (id),
    viewed_at timestamptz NOT NULL,
    path text NOT NULL,
    referrer text,
    duration_ms int,
    country char(2)
) PARTITION BY RANGE (viewed_at);
CREATE TABLE analytics.page_views_2024_02 PARTITION OF analytics.page_views FOR VALUES FROM ('2024-02-01 00:00+00') TO ('2024-03-01 00:00+00');
CREATE TABLE analytics.page_views_2024_03 PARTITION OF analytics.page_views FOR VALUES FROM ('2024-03-01 00:00+00') TO ('2024-04-01 00:00+00');
CREATE TABLE analytics.page_views_2024_04 PARTITION OF analytics.page_views FOR VALUES FROM ('2024-04-01 00:00+00') TO ('2024-05-01 00:00+00');
CREATE INDEX page_views_site_time_idx ON analytics.page_views (site_id, viewed_at);
CREATE INDEX page_views_path_idx ON analytics.page_views (site_id, path);
CREATE MATERIALIZED VIEW analytics.daily_views AS
    SELECT site_id, date_trunc('day', viewed_at) AS day, country, count(*) AS views, avg(duration_ms) AS avg_duration_ms
    FROM analytics.page_views GROUP BY 1, 2, 3;
CREATE INDEX daily_views_site_day_idx ON analytics.daily_views (site_id, day);
CREATE PUBLICATION pgshift_analytics_pub FOR TABLE analytics.sites, analytics.page_views WITH (publish_via_partition_root = true);
