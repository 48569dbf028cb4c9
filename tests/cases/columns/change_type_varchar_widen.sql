-- varchar(50) to varchar(200) and varchar(n) to text: binary-coercible, no rewrite, but still ALTER COLUMN TYPE
-- @before
CREATE TABLE public.links (id int PRIMARY KEY, label varchar(50), target varchar(500));
-- @after
CREATE TABLE public.links (id int PRIMARY KEY, label varchar(200), target text);
