-- a typed table (CREATE TABLE OF type) follows its type: adding an attribute needs ALTER TYPE ... ADD ATTRIBUTE ... CASCADE
-- @before
CREATE TYPE public.contact_card AS (name text, phone text);
CREATE TABLE public.contact_cards OF public.contact_card (PRIMARY KEY (name));
-- @after
CREATE TYPE public.contact_card AS (name text, phone text, email text);
CREATE TABLE public.contact_cards OF public.contact_card (PRIMARY KEY (name));
