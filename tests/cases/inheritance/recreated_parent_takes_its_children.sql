-- a parent whose own parents are reordered is recreated, and its inheritance child with it (a child cannot stay attached to the stash): each keeps its own rows
-- expect-hazards: acquires-access-exclusive-lock, table-rewrite
-- @before
CREATE TABLE public.audited (changed_by text);
CREATE TABLE public.dated (changed_at timestamptz);
CREATE TABLE public.documents (title text) INHERITS (public.audited, public.dated);
CREATE TABLE public.invoices (amount numeric) INHERITS (public.documents);
CREATE INDEX invoices_amount_idx ON public.invoices (amount);
-- @after
CREATE TABLE public.audited (changed_by text);
CREATE TABLE public.dated (changed_at timestamptz);
CREATE TABLE public.documents (title text) INHERITS (public.dated, public.audited);
CREATE TABLE public.invoices (amount numeric) INHERITS (public.documents);
CREATE INDEX invoices_amount_idx ON public.invoices (amount);
