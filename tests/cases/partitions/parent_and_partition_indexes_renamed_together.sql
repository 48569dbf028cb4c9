-- a partitioned index and its partitions' copies renamed in the same migration (ALTER INDEX ... RENAME on the parent and on some partitions' indexes): the copies stay attached to the renamed parent, so each is renamed in place, nothing is built again; keys' copies and a copy whose parent keeps its name alike
-- @before
CREATE TABLE public.audit_events (id bigint NOT NULL, at timestamptz NOT NULL, actor text, "Action" text) PARTITION BY RANGE (at);
CREATE TABLE public.audit_events_2025 PARTITION OF public.audit_events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.audit_events_2026 PARTITION OF public.audit_events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.audit_events ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id, at);
CREATE INDEX audit_events_at ON public.audit_events (at);
CREATE INDEX audit_events_actor ON public.audit_events (actor, "Action");
-- @after
CREATE TABLE public.audit_events (id bigint NOT NULL, at timestamptz NOT NULL, actor text, "Action" text) PARTITION BY RANGE (at);
CREATE TABLE public.audit_events_2025 PARTITION OF public.audit_events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.audit_events_2026 PARTITION OF public.audit_events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.audit_events ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id, at);
CREATE INDEX audit_events_at ON public.audit_events (at);
CREATE INDEX audit_events_actor ON public.audit_events (actor, "Action");
ALTER INDEX public.audit_events_at RENAME TO "Audit events by time";
ALTER INDEX public.audit_events_2025_at_idx RENAME TO audit_events_2025_by_time;
ALTER INDEX public.audit_events_2026_at_idx RENAME TO "Audit 2026 by time";
ALTER INDEX public."audit_events_2025_actor_Action_idx" RENAME TO audit_events_2025_actor;
