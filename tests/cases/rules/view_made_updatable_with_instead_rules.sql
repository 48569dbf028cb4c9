-- a join view (not auto-updatable) gets DO INSTEAD INSERT/UPDATE/DELETE rules in a custom schema: rules after the view, dropped before it on rollback; the view's own _RETURN rule is not a rule to diff
-- @before
CREATE SCHEMA app;
CREATE TABLE app.people (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.emails (person_id int PRIMARY KEY REFERENCES app.people (id) ON DELETE CASCADE, email text NOT NULL);
CREATE VIEW app.contacts AS SELECT p.id, p.name, e.email FROM app.people p JOIN app.emails e ON e.person_id = p.id;
-- @after
CREATE SCHEMA app;
CREATE TABLE app.people (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.emails (person_id int PRIMARY KEY REFERENCES app.people (id) ON DELETE CASCADE, email text NOT NULL);
CREATE VIEW app.contacts AS SELECT p.id, p.name, e.email FROM app.people p JOIN app.emails e ON e.person_id = p.id;
CREATE RULE contacts_insert AS ON INSERT TO app.contacts DO INSTEAD (
    INSERT INTO app.people (id, name) VALUES (NEW.id, NEW.name);
    INSERT INTO app.emails (person_id, email) VALUES (NEW.id, NEW.email)
);
CREATE RULE contacts_update AS ON UPDATE TO app.contacts DO INSTEAD (
    UPDATE app.people SET name = NEW.name WHERE id = OLD.id;
    UPDATE app.emails SET email = NEW.email WHERE person_id = OLD.id
);
CREATE RULE contacts_delete AS ON DELETE TO app.contacts DO INSTEAD DELETE FROM app.people WHERE id = OLD.id;
