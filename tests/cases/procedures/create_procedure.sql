-- a new procedure (prokind p) that commits in batches: procedures are CREATE PROCEDURE, not functions
-- @before
CREATE TABLE public.outbox (id bigserial PRIMARY KEY, sent boolean NOT NULL DEFAULT false);
-- @after
CREATE TABLE public.outbox (id bigserial PRIMARY KEY, sent boolean NOT NULL DEFAULT false);
CREATE PROCEDURE public.mark_all_sent(batch int DEFAULT 1000) LANGUAGE plpgsql AS $$
DECLARE n int;
BEGIN
    LOOP
        UPDATE public.outbox SET sent = true WHERE id IN (SELECT id FROM public.outbox WHERE NOT sent LIMIT batch);
        GET DIAGNOSTICS n = ROW_COUNT;
        EXIT WHEN n = 0;
        COMMIT;
    END LOOP;
END
$$;
