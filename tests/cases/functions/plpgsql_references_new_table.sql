-- a plpgsql function body references a table that is new: plpgsql bodies are not dependency-tracked, ordering must not rely on pg_depend
-- expect-hazards: untrackable-dependencies
-- @before
CREATE FUNCTION public.log_action(what text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', what; END $$;
-- @after
CREATE TABLE public.action_log (id bigserial PRIMARY KEY, what text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION public.log_action(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.action_log (what) VALUES ($1);
END
$$;
