-- an FK changes ON DELETE NO ACTION to CASCADE and ON UPDATE to RESTRICT: actions cannot be altered, so drop and re-add
-- @before
CREATE TABLE public.posts (id int PRIMARY KEY);
CREATE TABLE public.comments (id int PRIMARY KEY, post_id int NOT NULL,
    CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts (id));
-- @after
CREATE TABLE public.posts (id int PRIMARY KEY);
CREATE TABLE public.comments (id int PRIMARY KEY, post_id int NOT NULL,
    CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts (id) ON DELETE CASCADE ON UPDATE RESTRICT);
