-- pgshift:no-transaction
SET lock_timeout = '3s';
ALTER TABLE public.comments
  ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts (id) NOT VALID;
ALTER TABLE public.comments VALIDATE CONSTRAINT comments_post_id_fkey;
