-- Staff accounts with a role, protected by row level security.
-- The caller is identified by the "sub" claim of the request JWT (request.jwt.claims),
-- so the policies work on any PostgreSQL server, not only behind the Supabase API.

CREATE TYPE public.user_role AS ENUM ('admin', 'lead_technician', 'technician', 'support');

CREATE TABLE public.users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE,
    full_name text NOT NULL,
    role public.user_role NOT NULL DEFAULT 'technician',
    department text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER users_set_updated_at
    BEFORE UPDATE ON public.users
    FOR EACH ROW
    EXECUTE FUNCTION public.set_updated_at();

-- The id of the user making the request, or NULL when there is no (valid) JWT.
CREATE FUNCTION public.current_user_id()
RETURNS uuid
LANGUAGE sql
STABLE
SET search_path = ''
AS $$
    SELECT nullif(
        nullif(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub',
        ''
    )::uuid;
$$;

-- SECURITY DEFINER so that the lookup is not itself subject to the policies on users.
CREATE FUNCTION public.is_admin()
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM public.users AS u
        WHERE u.id = public.current_user_id()
          AND u.role = 'admin'
          AND u.is_active
    );
$$;

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Active users are visible to everyone"
    ON public.users
    FOR SELECT
    USING (is_active OR id = public.current_user_id() OR public.is_admin());

CREATE POLICY "Admins can add users"
    ON public.users
    FOR INSERT
    WITH CHECK (public.is_admin());

CREATE POLICY "Admins can update users"
    ON public.users
    FOR UPDATE
    USING (public.is_admin())
    WITH CHECK (public.is_admin());
