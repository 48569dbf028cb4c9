CREATE OR REPLACE FUNCTION public.is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT coalesce((auth.jwt() ->> 'role') = 'admin', false)
$$;
CREATE POLICY "admins read everything" ON public.audit_log FOR SELECT TO authenticated USING (public.is_admin());
