-- a UNIQUE constraint becomes DEFERRABLE INITIALLY DEFERRED (so positions can be swapped in one transaction): drop and re-add
-- expect-hazards: index-dropped, index-build
-- @before
CREATE TABLE public.playlist_items (id int PRIMARY KEY, playlist_id int NOT NULL, position int NOT NULL,
    CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, position));
-- @after
CREATE TABLE public.playlist_items (id int PRIMARY KEY, playlist_id int NOT NULL, position int NOT NULL,
    CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, position) DEFERRABLE INITIALLY DEFERRED);
