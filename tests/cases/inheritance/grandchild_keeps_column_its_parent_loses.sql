-- a child leaves the parent that brings one of its columns and drops it, while its own child declares that column in the target: the child drops it ONLY, so the grandchild keeps its values
-- @before
CREATE TABLE public.audited (changed_by text, note text);
CREATE TABLE public.versioned (revision int);
CREATE TABLE public.document (title text) INHERITS (public.audited, public.versioned);
CREATE TABLE public.contract (signed date) INHERITS (public.document);
-- @after
CREATE TABLE public.audited (changed_by text, note text);
CREATE TABLE public.versioned (revision int);
CREATE TABLE public.document (title text) INHERITS (public.audited);
CREATE TABLE public.contract (signed date, revision int) INHERITS (public.document);
