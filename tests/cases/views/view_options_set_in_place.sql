-- only a view's options change (security_barrier comes, check_option goes, security_invoker changes): ALTER ... SET / RESET in place, so the view reading it and the grant stay untouched
-- expect-hazards: authz-change
-- @before
CREATE TABLE public.tickets (id int PRIMARY KEY, queue text, open boolean);
CREATE VIEW public.open_tickets WITH (check_option = local, security_invoker = false) AS SELECT id, queue FROM public.tickets WHERE open;
CREATE VIEW public.queue_sizes AS SELECT queue, count(*) AS n FROM public.open_tickets GROUP BY queue;
GRANT SELECT ON public.open_tickets TO PUBLIC;
-- @after
CREATE TABLE public.tickets (id int PRIMARY KEY, queue text, open boolean);
CREATE VIEW public.open_tickets WITH (security_barrier = true, security_invoker = true) AS SELECT id, queue FROM public.tickets WHERE open;
CREATE VIEW public.queue_sizes AS SELECT queue, count(*) AS n FROM public.open_tickets GROUP BY queue;
GRANT SELECT ON public.open_tickets TO PUBLIC;
