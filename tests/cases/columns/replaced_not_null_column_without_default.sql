-- columns whose type has no cast from the old one are replaced; a NOT NULL one without a default cannot be added back to a table holding rows, which its hazard says, while one with a default can
-- expect-hazards: deletes-data, breaks-clients, acquires-access-exclusive-lock
-- @before
CREATE TABLE public.events (
    id integer PRIMARY KEY,
    happened_at bigint NOT NULL,
    "Grace Period" integer NOT NULL DEFAULT 0,
    note bigint
);
-- @after
CREATE TABLE public.events (
    id integer PRIMARY KEY,
    happened_at timestamp without time zone NOT NULL,
    "Grace Period" interval NOT NULL DEFAULT '0 days',
    note timestamp with time zone
);
