-- a multi-column UNIQUE constraint is added: it builds an index
-- expect-hazards: index-build
-- @before
CREATE TABLE public.enrollments (id int PRIMARY KEY, course_id int NOT NULL, student_id int NOT NULL);
-- @after
CREATE TABLE public.enrollments (id int PRIMARY KEY, course_id int NOT NULL, student_id int NOT NULL,
    CONSTRAINT enrollments_course_student_key UNIQUE (course_id, student_id));
