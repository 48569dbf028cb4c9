-- a sequence is dropped and the column default that called nextval on it goes too: drop the default first
-- @before
CREATE SEQUENCE public.legacy_seq;
CREATE TABLE public.legacy (id bigint PRIMARY KEY DEFAULT nextval('public.legacy_seq'));
-- @after
CREATE TABLE public.legacy (id bigint PRIMARY KEY);
