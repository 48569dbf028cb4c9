-- the members users added to a built-in operator family change (one support function goes, another comes): the old members are dropped from the family and the new ones added (ALTER OPERATOR FAMILY ... DROP, then ADD)
-- @before
CREATE FUNCTION public.cmp_fi(float8, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE FUNCTION public.cmp_if(int, float8) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
ALTER OPERATOR FAMILY float_ops USING btree ADD FUNCTION 1 (float8, int) public.cmp_fi(float8, int);
-- @after
CREATE FUNCTION public.cmp_fi(float8, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE FUNCTION public.cmp_if(int, float8) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
ALTER OPERATOR FAMILY float_ops USING btree ADD FUNCTION 1 (int, float8) public.cmp_if(int, float8);
