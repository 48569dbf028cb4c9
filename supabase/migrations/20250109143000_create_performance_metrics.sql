-- Application performance samples (response times, queue depths, ...) pushed by the API servers.

CREATE TABLE public.performance_metrics (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    metric_name text NOT NULL,
    value numeric NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    tags jsonb NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT performance_metrics_metric_name_check CHECK (metric_name <> '')
);

-- Dashboards read one metric over a time window.
CREATE INDEX performance_metrics_metric_name_recorded_at_idx
    ON public.performance_metrics (metric_name, recorded_at);

-- Filtering by tag, e.g. tags @> '{"region": "eu-west"}'.
CREATE INDEX performance_metrics_tags_idx
    ON public.performance_metrics USING gin (tags);
