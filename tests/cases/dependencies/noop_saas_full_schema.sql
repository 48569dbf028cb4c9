-- no-op: the full SaaS schema (enums, identities, FKs, partial indexes, SECURITY DEFINER helpers, RLS policies, trigger, view, grants) against itself must diff empty
-- @before
DO $$ BEGIN CREATE ROLE pgshift_authenticated; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION citext;
CREATE TYPE public.member_role AS ENUM ('viewer', 'member', 'admin', 'owner');
CREATE TYPE public.subscription_status AS ENUM ('trialing', 'active', 'past_due', 'canceled');
CREATE TABLE public.organizations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    slug text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organizations_slug_format CHECK (slug ~ '^[a-z0-9-]{3,40}$')
);
CREATE TABLE public.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    display_name text,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz
);
CREATE TABLE public.memberships (
    organization_id bigint NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    role public.member_role NOT NULL DEFAULT 'member',
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX memberships_user_idx ON public.memberships (user_id);
CREATE TABLE public.plans (
    code text PRIMARY KEY,
    monthly_price_cents integer NOT NULL CHECK (monthly_price_cents >= 0),
    max_projects integer
);
CREATE TABLE public.subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
    plan_code text NOT NULL REFERENCES public.plans (code),
    status public.subscription_status NOT NULL DEFAULT 'trialing',
    current_period tstzrange NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX subscriptions_one_live_per_org ON public.subscriptions (organization_id) WHERE status <> 'canceled';
CREATE TABLE public.projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz
);
CREATE TABLE public.tasks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
    title text NOT NULL,
    done boolean NOT NULL DEFAULT false,
    assignee_id bigint REFERENCES public.users (id) ON DELETE SET NULL,
    due_on date
);
CREATE INDEX tasks_project_open_idx ON public.tasks (project_id) WHERE NOT done;
CREATE FUNCTION public.current_user_id() RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.user_id', true), '')::bigint $$;
CREATE FUNCTION public.is_org_member(p_org bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT EXISTS (SELECT 1 FROM public.memberships m WHERE m.organization_id = p_org AND m.user_id = public.current_user_id()) $$;
CREATE FUNCTION public.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER subscriptions_touch BEFORE UPDATE ON public.subscriptions FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_member_access ON public.projects TO pgshift_authenticated
    USING (public.is_org_member(organization_id)) WITH CHECK (public.is_org_member(organization_id));
ALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_member_access ON public.tasks TO pgshift_authenticated
    USING (EXISTS (SELECT 1 FROM public.projects p WHERE p.id = tasks.project_id AND public.is_org_member(p.organization_id)));
CREATE VIEW public.project_progress AS
    SELECT p.id, p.name, count(t.id) AS total, count(t.id) FILTER (WHERE t.done) AS done,
           count(t.id) FILTER (WHERE NOT t.done AND t.due_on < current_date) AS overdue
    FROM public.projects p LEFT JOIN public.tasks t ON t.project_id = p.id
    WHERE p.archived_at IS NULL GROUP BY p.id;
GRANT SELECT, INSERT, UPDATE ON public.projects, public.tasks TO pgshift_authenticated;
GRANT SELECT ON public.project_progress, public.plans TO pgshift_authenticated;
REVOKE EXECUTE ON FUNCTION public.is_org_member(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.is_org_member(bigint) TO pgshift_authenticated;
COMMENT ON TABLE public.subscriptions IS 'one live subscription per organization';
-- @after
DO $$ BEGIN CREATE ROLE pgshift_authenticated; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION citext;
CREATE TYPE public.member_role AS ENUM ('viewer', 'member', 'admin', 'owner');
CREATE TYPE public.subscription_status AS ENUM ('trialing', 'active', 'past_due', 'canceled');
CREATE TABLE public.organizations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    slug text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organizations_slug_format CHECK (slug ~ '^[a-z0-9-]{3,40}$')
);
CREATE TABLE public.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    display_name text,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz
);
CREATE TABLE public.memberships (
    organization_id bigint NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    role public.member_role NOT NULL DEFAULT 'member',
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX memberships_user_idx ON public.memberships (user_id);
CREATE TABLE public.plans (
    code text PRIMARY KEY,
    monthly_price_cents integer NOT NULL CHECK (monthly_price_cents >= 0),
    max_projects integer
);
CREATE TABLE public.subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
    plan_code text NOT NULL REFERENCES public.plans (code),
    status public.subscription_status NOT NULL DEFAULT 'trialing',
    current_period tstzrange NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX subscriptions_one_live_per_org ON public.subscriptions (organization_id) WHERE status <> 'canceled';
CREATE TABLE public.projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz
);
CREATE TABLE public.tasks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
    title text NOT NULL,
    done boolean NOT NULL DEFAULT false,
    assignee_id bigint REFERENCES public.users (id) ON DELETE SET NULL,
    due_on date
);
CREATE INDEX tasks_project_open_idx ON public.tasks (project_id) WHERE NOT done;
CREATE FUNCTION public.current_user_id() RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.user_id', true), '')::bigint $$;
CREATE FUNCTION public.is_org_member(p_org bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT EXISTS (SELECT 1 FROM public.memberships m WHERE m.organization_id = p_org AND m.user_id = public.current_user_id()) $$;
CREATE FUNCTION public.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER subscriptions_touch BEFORE UPDATE ON public.subscriptions FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_member_access ON public.projects TO pgshift_authenticated
    USING (public.is_org_member(organization_id)) WITH CHECK (public.is_org_member(organization_id));
ALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_member_access ON public.tasks TO pgshift_authenticated
    USING (EXISTS (SELECT 1 FROM public.projects p WHERE p.id = tasks.project_id AND public.is_org_member(p.organization_id)));
CREATE VIEW public.project_progress AS
    SELECT p.id, p.name, count(t.id) AS total, count(t.id) FILTER (WHERE t.done) AS done,
           count(t.id) FILTER (WHERE NOT t.done AND t.due_on < current_date) AS overdue
    FROM public.projects p LEFT JOIN public.tasks t ON t.project_id = p.id
    WHERE p.archived_at IS NULL GROUP BY p.id;
GRANT SELECT, INSERT, UPDATE ON public.projects, public.tasks TO pgshift_authenticated;
GRANT SELECT ON public.project_progress, public.plans TO pgshift_authenticated;
REVOKE EXECUTE ON FUNCTION public.is_org_member(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.is_org_member(bigint) TO pgshift_authenticated;
COMMENT ON TABLE public.subscriptions IS 'one live subscription per organization';
