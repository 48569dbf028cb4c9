-- Undo 20250203110000_create_users_and_roles: policies, helper functions, table, then the enum.

DROP POLICY "Admins can update users" ON public.users;

DROP POLICY "Admins can add users" ON public.users;

DROP POLICY "Active users are visible to everyone" ON public.users;

DROP FUNCTION public.is_admin();

DROP FUNCTION public.current_user_id();

DROP TABLE public.users;

DROP TYPE public.user_role;
