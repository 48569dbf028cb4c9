-- a procedure with INOUT and OUT (PG14+) parameters: pg_get_function_identity_arguments lists the OUT parameter for procedures (not for functions) while proargtypes omits it; both must agree on one identity
-- @before
-- @after
CREATE PROCEDURE public.split_amount(IN total numeric, INOUT parts int, OUT each_part numeric) LANGUAGE plpgsql AS $$
BEGIN
    each_part := round(total / parts, 2);
END
$$;
