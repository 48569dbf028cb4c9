-- a trigger on a table in one schema executes a new function in a separate schema; trigger function returns trigger with SET search_path
-- @before
CREATE SCHEMA app;
CREATE SCHEMA hooks;
CREATE TABLE app.accounts (id int PRIMARY KEY, email text NOT NULL);
-- @after
CREATE SCHEMA app;
CREATE SCHEMA hooks;
CREATE TABLE app.accounts (id int PRIMARY KEY, email text NOT NULL);
CREATE FUNCTION hooks.lower_email() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    NEW.email := lower(NEW.email);
    RETURN NEW;
END
$$;
CREATE TRIGGER accounts_lower_email BEFORE INSERT OR UPDATE OF email ON app.accounts FOR EACH ROW EXECUTE FUNCTION hooks.lower_email();
