-- mappings of a configuration copied from english are removed for url, email and file tokens: ALTER TEXT SEARCH CONFIGURATION ... DROP MAPPING FOR ..., ADD MAPPING back on rollback
-- @before
CREATE TEXT SEARCH CONFIGURATION public.no_urls (COPY = pg_catalog.english);
-- @after
CREATE TEXT SEARCH CONFIGURATION public.no_urls (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.no_urls DROP MAPPING FOR url, url_path, host, email, file;
