-- enum labels with a single quote, spaces, upper case and unicode: labels are literals and must be escaped as such
-- @before
CREATE TYPE public."Mood" AS ENUM ('happy', 'it''s fine');
-- @after
CREATE TYPE public."Mood" AS ENUM ('happy', 'it''s fine', 'VERY sad', 'überrascht', 'a "quoted" one');
