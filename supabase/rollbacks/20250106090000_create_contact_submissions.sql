-- Undo 20250106090000_create_contact_submissions: drop the table (its index goes with it).

DROP TABLE public.contact_submissions;
