-- PG15 FOR TABLES IN SCHEMA combined with an explicit table from another schema
-- @before
CREATE SCHEMA sales;
CREATE TABLE sales.deals (id int PRIMARY KEY);
CREATE TABLE sales.quotes (id int PRIMARY KEY);
CREATE TABLE public.customers (id int PRIMARY KEY);
-- @after
CREATE SCHEMA sales;
CREATE TABLE sales.deals (id int PRIMARY KEY);
CREATE TABLE sales.quotes (id int PRIMARY KEY);
CREATE TABLE public.customers (id int PRIMARY KEY);
CREATE PUBLICATION pgshift_sales_pub FOR TABLES IN SCHEMA sales, TABLE public.customers;
