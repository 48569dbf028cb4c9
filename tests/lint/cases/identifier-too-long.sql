-- Identifiers over 63 bytes, which PostgreSQL truncates.

-- fire: a long table name
CREATE TABLE customer_subscription_billing_cycle_adjustment_history_records_archive (id bigint);

-- fire: a long column added
ALTER TABLE users ADD COLUMN preferred_notification_delivery_channel_for_marketing_messages_v2 text;

-- fire: a long quoted index name
CREATE INDEX CONCURRENTLY "idx_orders_customer_id_created_at_status_shipping_region_priority_flag" ON orders (customer_id);

-- fire: a long constraint name
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_references_customers_id_with_cascade_on_delete_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

-- fire: a long name in a reference
DROP TABLE IF EXISTS a_table_name_that_is_far_too_long_to_be_kept_whole_by_the_postgres_server;

-- fire: multibyte characters count in bytes
CREATE TABLE "ééééééééééééééééééééééééééééééééé" (id bigint);

-- ok: exactly 63 bytes
CREATE TABLE abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz_abcdefghi (id bigint);

-- ok: short names
CREATE TABLE users (id bigint, email text);

-- ok: long text inside a string literal is not an identifier
COMMENT ON TABLE users IS 'a description that is much longer than sixty-three bytes, and that is fine';

-- ok: 31 two-byte characters (62 bytes)
CREATE TABLE "ééééééééééééééééééééééééééééééé" (id bigint);

-- ok: long names inside a function body are not checked
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 AS an_alias_that_is_definitely_longer_than_sixty_three_bytes_in_total $$;
