-- Foreign tables inheriting from tables: a child created with INHERITS and a column of its own (its inherited columns not written, their own options, default and NOT NULL set after), a child with its columns written out that leaves its parent (NO INHERIT) and one that joins a second parent (INHERIT), the parent's CHECK constraint inherited and not added again, a check of the child's own
-- expect-hazards: correctness
-- @before
CREATE SCHEMA stock;
CREATE FOREIGN DATA WRAPPER stock_wrapper;
CREATE SERVER stock_remote FOREIGN DATA WRAPPER stock_wrapper;
CREATE TABLE stock.items (item_id integer NOT NULL, label text, CONSTRAINT item_id_positive CHECK (item_id > 0));
CREATE TABLE stock.tagged (tag text);
CREATE FOREIGN TABLE stock."Remote Items" (item_id integer NOT NULL, label text) INHERITS (stock.items) SERVER stock_remote;
CREATE FOREIGN TABLE stock.remote_tags (item_id integer NOT NULL, label text, tag text) INHERITS (stock.items) SERVER stock_remote;
-- @after
CREATE SCHEMA stock;
CREATE FOREIGN DATA WRAPPER stock_wrapper;
CREATE SERVER stock_remote FOREIGN DATA WRAPPER stock_wrapper;
CREATE TABLE stock.items (item_id integer NOT NULL, label text, CONSTRAINT item_id_positive CHECK (item_id > 0));
CREATE TABLE stock.tagged (tag text);
CREATE FOREIGN TABLE stock."Remote Items" (item_id integer NOT NULL, label text) SERVER stock_remote;
CREATE FOREIGN TABLE stock.remote_tags (item_id integer NOT NULL, label text, tag text) INHERITS (stock.items, stock.tagged) SERVER stock_remote;
CREATE FOREIGN TABLE stock.archived (archived_on date OPTIONS (column_name 'archived')) INHERITS (stock.items) SERVER stock_remote;
ALTER FOREIGN TABLE stock.archived ALTER COLUMN label OPTIONS (column_name 'title');
ALTER FOREIGN TABLE stock.archived ALTER COLUMN label SET DEFAULT 'none';
ALTER FOREIGN TABLE stock.archived ADD CONSTRAINT archived_known CHECK (archived_on IS NOT NULL) NOT VALID;
