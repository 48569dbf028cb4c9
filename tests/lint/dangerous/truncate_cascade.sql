TRUNCATE public.audit_log CASCADE;
