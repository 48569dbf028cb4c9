-- unicode identifiers (café, 日本, ü, emoji-free but non-Latin): stored raw, quoted when rendered, compared byte-exactly
-- @before
CREATE SCHEMA "日本";
CREATE TABLE "日本"."顧客" (id int PRIMARY KEY, "名前" text);
CREATE TABLE public."café" (id int PRIMARY KEY);
-- @after
CREATE SCHEMA "日本";
CREATE TABLE "日本"."顧客" (id int PRIMARY KEY, "名前" text, "電話" text);
CREATE TABLE public."café" (id int PRIMARY KEY, "crème brûlée" boolean NOT NULL DEFAULT false);
CREATE VIEW public."größe" AS SELECT id, "crème brûlée" FROM public."café";
