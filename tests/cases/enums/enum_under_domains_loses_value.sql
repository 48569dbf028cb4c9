-- an enum loses a label while domains are built on it (one over the other, with a default and a check) and columns hold it directly, as an array and through the domains, one in a view: the domains are recreated with the enum, every column parked as text and brought back
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TYPE public.severity AS ENUM ('info', 'notice', 'warning', 'error');
CREATE DOMAIN public.severity_nn AS public.severity NOT NULL DEFAULT 'info';
CREATE DOMAIN public.alert_severity AS public.severity_nn CHECK (VALUE::text <> 'info');
CREATE TABLE public.log_lines (id bigint PRIMARY KEY, level public.severity_nn, seen public.severity[] DEFAULT '{info}', raw public.severity);
CREATE TABLE public.alerts (id bigint PRIMARY KEY, level public.alert_severity);
CREATE VIEW public.loud_lines AS SELECT id, level FROM public.log_lines WHERE level::text <> 'info';
-- @after
CREATE TYPE public.severity AS ENUM ('info', 'warning', 'error');
CREATE DOMAIN public.severity_nn AS public.severity NOT NULL DEFAULT 'info';
CREATE DOMAIN public.alert_severity AS public.severity_nn CHECK (VALUE::text <> 'info');
CREATE TABLE public.log_lines (id bigint PRIMARY KEY, level public.severity_nn, seen public.severity[] DEFAULT '{info}', raw public.severity);
CREATE TABLE public.alerts (id bigint PRIMARY KEY, level public.alert_severity);
CREATE VIEW public.loud_lines AS SELECT id, level FROM public.log_lines WHERE level::text <> 'info';
