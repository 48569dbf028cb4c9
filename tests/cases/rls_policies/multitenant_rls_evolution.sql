-- realistic multi-tenant app: the tenant helper gains a parameter (new signature) so every policy using it must be dropped, the old function dropped, and policies recreated; RLS also FORCEd and a sharing table added
-- @before
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.tenants (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE app.users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), tenant_id uuid NOT NULL REFERENCES app.tenants (id), email text NOT NULL);
CREATE TABLE app.documents (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES app.tenants (id),
    owner_id uuid NOT NULL REFERENCES app.users (id),
    title text NOT NULL,
    body text
);
CREATE INDEX documents_tenant_idx ON app.documents (tenant_id);
CREATE FUNCTION app.current_tenant() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_same_tenant ON app.users TO pgshift_app_user USING (tenant_id = app.current_tenant());
CREATE POLICY documents_same_tenant ON app.documents TO pgshift_app_user USING (tenant_id = app.current_tenant());
GRANT USAGE ON SCHEMA app TO pgshift_app_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.users, app.documents TO pgshift_app_user;
-- @after
DO $$ BEGIN CREATE ROLE pgshift_app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.tenants (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL, suspended boolean NOT NULL DEFAULT false);
CREATE TABLE app.users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), tenant_id uuid NOT NULL REFERENCES app.tenants (id), email text NOT NULL);
CREATE TABLE app.documents (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES app.tenants (id),
    owner_id uuid NOT NULL REFERENCES app.users (id),
    title text NOT NULL,
    body text
);
CREATE INDEX documents_tenant_idx ON app.documents (tenant_id);
CREATE TABLE app.document_shares (
    document_id uuid NOT NULL REFERENCES app.documents (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    can_edit boolean NOT NULL DEFAULT false,
    PRIMARY KEY (document_id, user_id)
);
CREATE FUNCTION app.current_user_id() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
CREATE FUNCTION app.current_tenant(require_active boolean) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$
        SELECT t.id FROM app.tenants t
        WHERE t.id = nullif(current_setting('app.tenant_id', true), '')::uuid
          AND (NOT require_active OR NOT t.suspended)
    $$;
ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.documents FORCE ROW LEVEL SECURITY;
ALTER TABLE app.document_shares ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_same_tenant ON app.users TO pgshift_app_user USING (tenant_id = app.current_tenant(false));
CREATE POLICY documents_same_tenant ON app.documents TO pgshift_app_user
    USING (tenant_id = app.current_tenant(true)
           AND (owner_id = app.current_user_id()
                OR EXISTS (SELECT 1 FROM app.document_shares s WHERE s.document_id = documents.id AND s.user_id = app.current_user_id())))
    WITH CHECK (tenant_id = app.current_tenant(true) AND owner_id = app.current_user_id());
CREATE POLICY shares_owner_manages ON app.document_shares TO pgshift_app_user
    USING (EXISTS (SELECT 1 FROM app.documents d WHERE d.id = document_shares.document_id AND d.owner_id = app.current_user_id()));
GRANT USAGE ON SCHEMA app TO pgshift_app_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.users, app.documents, app.document_shares TO pgshift_app_user;
REVOKE EXECUTE ON FUNCTION app.current_tenant(boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.current_tenant(boolean) TO pgshift_app_user;
