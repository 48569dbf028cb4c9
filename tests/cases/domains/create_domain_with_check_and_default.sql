-- a new domain with a named CHECK, a default and NOT NULL, used by a new column: the column inherits the domain default
-- @before
CREATE TABLE public.contacts (id int PRIMARY KEY);
-- @after
CREATE DOMAIN public.email_address AS text
    NOT NULL DEFAULT 'unknown@example.invalid'
    CONSTRAINT email_address_format CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+$');
CREATE TABLE public.contacts (id int PRIMARY KEY, email public.email_address);
