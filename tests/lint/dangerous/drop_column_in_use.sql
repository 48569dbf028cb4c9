-- Removes a column the deployed app still reads.
ALTER TABLE public.profiles DROP COLUMN avatar_url;
