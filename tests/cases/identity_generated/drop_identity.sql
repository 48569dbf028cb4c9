-- an identity column becomes a plain column: ALTER COLUMN DROP IDENTITY, its implicit sequence disappears
-- @before
CREATE TABLE public.tickets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, subject text);
-- @after
CREATE TABLE public.tickets (id bigint NOT NULL PRIMARY KEY, subject text);
