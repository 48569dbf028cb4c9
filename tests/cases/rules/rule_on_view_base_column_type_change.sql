-- the base table of a view with an INSTEAD UPDATE rule changes a column type (int -> bigint): the rule and the view must be dropped, the column altered, then both rebuilt
-- @before
CREATE TABLE public.items (id int PRIMARY KEY, qty int NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.visible_items AS SELECT i.id, i.qty FROM public.items i WHERE NOT i.hidden;
CREATE RULE visible_items_update AS ON UPDATE TO public.visible_items
    DO INSTEAD UPDATE public.items SET qty = NEW.qty WHERE id = OLD.id;
-- @after
CREATE TABLE public.items (id int PRIMARY KEY, qty bigint NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.visible_items AS SELECT i.id, i.qty FROM public.items i WHERE NOT i.hidden;
CREATE RULE visible_items_update AS ON UPDATE TO public.visible_items
    DO INSTEAD UPDATE public.items SET qty = NEW.qty WHERE id = OLD.id;
