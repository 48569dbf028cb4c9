-- an attachment that belonged to a post may now belong to a comment instead: post_id loses NOT
-- NULL (a brief ACCESS EXCLUSIVE lock) and a check says exactly one of the two parents is set
-- expect-hazards: acquires-access-exclusive-lock
-- @before
CREATE TABLE public."Post" (id integer PRIMARY KEY);
CREATE TABLE public."Comment" (id integer PRIMARY KEY);
CREATE TABLE public."Attachment" (
    id integer PRIMARY KEY,
    "postId" integer NOT NULL REFERENCES public."Post"(id),
    label text
);
-- @after
CREATE TABLE public."Post" (id integer PRIMARY KEY);
CREATE TABLE public."Comment" (id integer PRIMARY KEY);
CREATE TABLE public."Attachment" (
    id integer PRIMARY KEY,
    "postId" integer REFERENCES public."Post"(id),
    "commentId" integer REFERENCES public."Comment"(id),
    label text,
    CONSTRAINT "Attachment_one_parent" CHECK (("postId" IS NULL) <> ("commentId" IS NULL))
);
