-- two triggers share one function but pass different TG_ARGV arguments; one argument changes
-- @before
CREATE FUNCTION public.stamp_column() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], now()));
    RETURN NEW;
END
$$;
CREATE TABLE public.posts (id int PRIMARY KEY, created_at timestamptz, edited_at timestamptz);
CREATE TRIGGER posts_created BEFORE INSERT ON public.posts FOR EACH ROW EXECUTE FUNCTION public.stamp_column('created_at');
CREATE TRIGGER posts_edited BEFORE UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.stamp_column('updated_at');
-- @after
CREATE FUNCTION public.stamp_column() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], now()));
    RETURN NEW;
END
$$;
CREATE TABLE public.posts (id int PRIMARY KEY, created_at timestamptz, edited_at timestamptz);
CREATE TRIGGER posts_created BEFORE INSERT ON public.posts FOR EACH ROW EXECUTE FUNCTION public.stamp_column('created_at');
CREATE TRIGGER posts_edited BEFORE UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.stamp_column('edited_at');
