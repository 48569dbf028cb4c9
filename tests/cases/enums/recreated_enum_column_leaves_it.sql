-- an enum loses a label (so it is recreated) while one column keeps it and another column turns to text: the column that leaves is converted before the old type is dropped, the one that stays is carried over
-- expect-hazards: table-rewrite, acquires-access-exclusive-lock
-- @before
CREATE TYPE public.ticket_level AS ENUM ('low', 'normal', 'urgent', 'obsolete');
CREATE TABLE public.tickets (
    id int PRIMARY KEY,
    level public.ticket_level NOT NULL DEFAULT 'normal',
    first_level public.ticket_level
);
-- @after
CREATE TYPE public.ticket_level AS ENUM ('low', 'normal', 'urgent');
CREATE TABLE public.tickets (
    id int PRIMARY KEY,
    level public.ticket_level NOT NULL DEFAULT 'normal',
    first_level text
);
