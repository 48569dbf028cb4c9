-- comments on an enum type, a composite type and a composite attribute (COMMENT ON COLUMN type.attr)
-- @before
CREATE TYPE public.status AS ENUM ('on', 'off');
CREATE TYPE public.pair AS (left_v int, right_v int);
-- @after
CREATE TYPE public.status AS ENUM ('on', 'off');
CREATE TYPE public.pair AS (left_v int, right_v int);
COMMENT ON TYPE public.status IS 'switch state';
COMMENT ON TYPE public.pair IS 'two ints';
COMMENT ON COLUMN public.pair.left_v IS 'the left one';
