-- a child of two parents changes the comment, default and NOT NULL of columns it has only by inheritance, and one parent changes a default the child follows
-- @before
CREATE TABLE public.stamped (created_at timestamptz DEFAULT now(), origin text DEFAULT 'web');
CREATE TABLE public.owned (owner_id int, origin text);
CREATE TABLE public.invoice (total numeric) INHERITS (public.stamped, public.owned);
COMMENT ON COLUMN public.invoice.created_at IS 'when it was issued';
-- @after
CREATE TABLE public.stamped (created_at timestamptz DEFAULT now(), origin text DEFAULT 'api');
CREATE TABLE public.owned (owner_id int, origin text);
CREATE TABLE public.invoice (total numeric) INHERITS (public.stamped, public.owned);
ALTER TABLE public.invoice ALTER COLUMN owner_id SET DEFAULT 0;
ALTER TABLE public.invoice ALTER COLUMN owner_id SET NOT NULL;
COMMENT ON COLUMN public.invoice.created_at IS 'when it was sent';
COMMENT ON COLUMN public.invoice.owner_id IS 'who owns it';
