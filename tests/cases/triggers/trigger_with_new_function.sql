-- a new trigger whose trigger function is also new: CREATE FUNCTION before CREATE TRIGGER
-- @before
CREATE TABLE public.documents (id int PRIMARY KEY, body text, updated_at timestamptz);
-- @after
CREATE FUNCTION public.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TABLE public.documents (id int PRIMARY KEY, body text, updated_at timestamptz);
CREATE TRIGGER documents_set_updated_at BEFORE UPDATE ON public.documents FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
