-- a non-default hash operator class in a custom schema built from built-in members (= and hashtext), used by a hash index: class before index, index dropped first on rollback
-- @before
CREATE SCHEMA app;
CREATE TABLE app.coupons (id int PRIMARY KEY, code text NOT NULL);
-- @after
CREATE SCHEMA app;
CREATE TABLE app.coupons (id int PRIMARY KEY, code text NOT NULL);
CREATE OPERATOR CLASS app.text_plain_hash_ops FOR TYPE text USING hash AS OPERATOR 1 = , FUNCTION 1 hashtext(text);
CREATE INDEX coupons_code_hash ON app.coupons USING hash (code app.text_plain_hash_ops);
