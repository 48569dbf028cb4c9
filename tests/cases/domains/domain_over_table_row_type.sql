-- a domain whose base type is a table's row type, used by another table and a function: the table comes before the domain, the domain before its users, and drops run the other way
-- @before
CREATE TABLE public.ledger_notes (id int PRIMARY KEY, body text);
-- @after
CREATE TABLE public.ledger_notes (id int PRIMARY KEY, body text);
CREATE TABLE public.postal_address (street text, city text NOT NULL);
CREATE DOMAIN public.checked_address AS public.postal_address
    CONSTRAINT checked_address_city CHECK ((VALUE).city IS NOT NULL);
CREATE TABLE public.shipping_labels (id int PRIMARY KEY, destination public.checked_address);
CREATE FUNCTION public.label_city(l public.shipping_labels) RETURNS text
    LANGUAGE sql STABLE AS $$ SELECT (l.destination).city $$;
