-- one sequence in a shared schema feeds defaults of two tables in different schemas; a third table starts using it
-- @before
CREATE SCHEMA ids;
CREATE SCHEMA crm;
CREATE SEQUENCE ids.global_id_seq AS bigint;
CREATE TABLE crm.companies (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id_seq'));
CREATE TABLE public.people (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id_seq'));
CREATE TABLE public.places (id bigint PRIMARY KEY);
-- @after
CREATE SCHEMA ids;
CREATE SCHEMA crm;
CREATE SEQUENCE ids.global_id_seq AS bigint;
CREATE TABLE crm.companies (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id_seq'));
CREATE TABLE public.people (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id_seq'));
CREATE TABLE public.places (id bigint PRIMARY KEY DEFAULT nextval('ids.global_id_seq'));
