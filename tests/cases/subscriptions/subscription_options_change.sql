-- alterable subscription options change (binary, streaming, synchronous_commit, disable_on_error, slot_name): ALTER SUBSCRIPTION ... SET (...) in place
-- @before
CREATE SUBSCRIPTION orders_sub CONNECTION 'host=localhost dbname=nowhere' PUBLICATION orders_pub WITH (connect = false);
-- @after
CREATE SUBSCRIPTION orders_sub CONNECTION 'host=localhost dbname=nowhere' PUBLICATION orders_pub
    WITH (connect = false, slot_name = 'orders_slot', binary = true, streaming = true, synchronous_commit = 'remote_apply', disable_on_error = true);
