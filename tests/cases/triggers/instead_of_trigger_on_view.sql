-- an INSTEAD OF INSERT trigger on a non-updatable view: view and function before the trigger
-- @before
CREATE TABLE public.people (id serial PRIMARY KEY, first_name text, last_name text);
CREATE VIEW public.people_full AS SELECT id, first_name || ' ' || last_name AS full_name FROM public.people;
-- @after
CREATE TABLE public.people (id serial PRIMARY KEY, first_name text, last_name text);
CREATE VIEW public.people_full AS SELECT id, first_name || ' ' || last_name AS full_name FROM public.people;
CREATE FUNCTION public.people_full_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.people (first_name, last_name) VALUES (split_part(NEW.full_name, ' ', 1), split_part(NEW.full_name, ' ', 2));
    RETURN NEW;
END
$$;
CREATE TRIGGER people_full_insert INSTEAD OF INSERT ON public.people_full FOR EACH ROW EXECUTE FUNCTION public.people_full_insert();
