-- constraint, FK and index names with dots, hyphens and upper case (a dot inside a quoted name is not a schema separator)
-- @before
CREATE TABLE public."Parent-Table" (id int CONSTRAINT "Parent.PK" PRIMARY KEY);
CREATE TABLE public."child.table" (id int PRIMARY KEY, parent_id int);
-- @after
CREATE TABLE public."Parent-Table" (id int CONSTRAINT "Parent.PK" PRIMARY KEY);
CREATE TABLE public."child.table" (id int PRIMARY KEY, parent_id int,
    CONSTRAINT "FK child->parent" FOREIGN KEY (parent_id) REFERENCES public."Parent-Table" (id));
CREATE INDEX "child.table.parent_id" ON public."child.table" (parent_id);
