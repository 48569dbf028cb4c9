-- an operator and a support function added to a built-in operator family (ALTER OPERATOR FAMILY pg_catalog.float_ops USING btree ADD, as the regression suite does for integer_ops): the members are added after their operator and function, and dropped before them, never the family itself
-- @before
CREATE SCHEMA "Fam Ext";
CREATE FUNCTION "Fam Ext".lt_fi(float8, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION "Fam Ext"."cmp FI"(float8, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
-- @after
CREATE SCHEMA "Fam Ext";
CREATE FUNCTION "Fam Ext".lt_fi(float8, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE FUNCTION "Fam Ext"."cmp FI"(float8, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE OPERATOR "Fam Ext".<<< (LEFTARG = float8, RIGHTARG = int, FUNCTION = "Fam Ext".lt_fi);
ALTER OPERATOR FAMILY float_ops USING btree ADD
    OPERATOR 1 "Fam Ext".<<< (float8, int),
    FUNCTION 1 (float8, int) "Fam Ext"."cmp FI"(float8, int);
