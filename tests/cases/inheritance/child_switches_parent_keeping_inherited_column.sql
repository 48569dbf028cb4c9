-- a child moves from one parent to another that brings the same column (a bigserial on both parents): NO INHERIT would leave the child its own copy of the column, so the child is recreated under the new parent with its rows; the old parent's sequence, which the stashed rows' default still uses, is released before the old parent's column is dropped and dropped at the end
-- @before
CREATE SCHEMA "Old Side";
CREATE TABLE "Old Side"."Parent One" (id bigserial, label text);
CREATE TABLE public.child (note text) INHERITS ("Old Side"."Parent One");
-- @after
CREATE SCHEMA "Old Side";
CREATE TABLE "Old Side"."Parent One" (label text);
CREATE TABLE public.parent_two (id bigserial);
CREATE TABLE public.child (label text, note text) INHERITS (public.parent_two);
