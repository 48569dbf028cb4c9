-- a partition detached and renamed (an archive table) keeps its index and key copies under the names PostgreSQL gave them: they belong to another table now, so they go with the old partition and are made on the new table; the way back creates the partition again once the archive (and the names it held) is gone, so PostgreSQL gives its copies those names and nothing is renamed
-- @before
CREATE TABLE public."Ledger" (id bigint NOT NULL, booked_on date NOT NULL, account text, amount numeric) PARTITION BY RANGE (booked_on);
CREATE TABLE public."Ledger_2024" PARTITION OF public."Ledger" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public."Ledger_2025" PARTITION OF public."Ledger" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public."Ledger" ADD PRIMARY KEY (id, booked_on);
CREATE INDEX ledger_account ON public."Ledger" (account);
CREATE INDEX ledger_lower_account ON public."Ledger" (lower(account)) WHERE amount > 0;
-- @after
CREATE TABLE public."Ledger" (id bigint NOT NULL, booked_on date NOT NULL, account text, amount numeric) PARTITION BY RANGE (booked_on);
CREATE TABLE public."Ledger_2024" PARTITION OF public."Ledger" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public."Ledger_2025" PARTITION OF public."Ledger" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public."Ledger" ADD PRIMARY KEY (id, booked_on);
CREATE INDEX ledger_account ON public."Ledger" (account);
CREATE INDEX ledger_lower_account ON public."Ledger" (lower(account)) WHERE amount > 0;
ALTER TABLE public."Ledger" DETACH PARTITION public."Ledger_2024";
ALTER TABLE public."Ledger_2024" RENAME TO "Ledger archive 2024";
