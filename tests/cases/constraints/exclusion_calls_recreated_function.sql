-- exclusion constraints whose expression or predicate calls a function that is dropped and created again (its parameter is renamed): each constraint goes before the drop and comes back after
-- @before
CREATE FUNCTION public.fold_code(raw text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(raw) $$;
CREATE TABLE public.desk_bookings (
    id int PRIMARY KEY,
    desk text,
    CONSTRAINT desk_bookings_desk_excl EXCLUDE USING btree ((public.fold_code(desk)) WITH =)
);
CREATE TABLE public.locker_claims (
    id int PRIMARY KEY,
    locker text,
    CONSTRAINT locker_claims_locker_excl EXCLUDE USING btree (locker WITH =) WHERE (public.fold_code(locker) <> '')
);
-- @after
CREATE FUNCTION public.fold_code(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(input) $$;
CREATE TABLE public.desk_bookings (
    id int PRIMARY KEY,
    desk text,
    CONSTRAINT desk_bookings_desk_excl EXCLUDE USING btree ((public.fold_code(desk)) WITH =)
);
CREATE TABLE public.locker_claims (
    id int PRIMARY KEY,
    locker text,
    CONSTRAINT locker_claims_locker_excl EXCLUDE USING btree (locker WITH =) WHERE (public.fold_code(locker) <> '')
);
