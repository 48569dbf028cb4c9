-- a DEFAULT btree class for a domain whose operators and support function are declared on the base type (int4): PostgreSQL files them as loose family members (pg_dump writes ALTER OPERATOR FAMILY ... ADD plus a member-less CREATE OPERATOR CLASS ... STORAGE); the plan must recreate that shape
-- @before
CREATE DOMAIN public.priority AS int CHECK (VALUE BETWEEN 1 AND 5);
-- @after
CREATE DOMAIN public.priority AS int CHECK (VALUE BETWEEN 1 AND 5);
CREATE OPERATOR CLASS public.priority_ops DEFAULT FOR TYPE public.priority USING btree AS
    OPERATOR 1 < (int4, int4), OPERATOR 2 <= (int4, int4), OPERATOR 3 = (int4, int4),
    OPERATOR 4 >= (int4, int4), OPERATOR 5 > (int4, int4),
    FUNCTION 1 btint4cmp(int4, int4);
