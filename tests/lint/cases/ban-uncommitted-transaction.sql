-- A transaction still open at the end of the file.

-- fire: BEGIN without COMMIT
BEGIN;
ALTER TABLE users ADD COLUMN note text;

-- fire: START TRANSACTION with an isolation level
START TRANSACTION ISOLATION LEVEL SERIALIZABLE;
UPDATE counters SET n = n + 1 WHERE name = 'x';

-- fire: the second of two blocks is left open
BEGIN;
CREATE TABLE a (id bigint);
COMMIT;
BEGIN WORK;
CREATE TABLE b (id bigint);

-- fire: COMMIT AND CHAIN opens the next transaction
BEGIN;
SELECT 1;
COMMIT AND CHAIN;
SELECT 2;

-- fire: a savepoint released does not end the block
begin;
savepoint s1;
insert into t values (1);
release savepoint s1;

-- ok: committed
BEGIN;
ALTER TABLE users ADD COLUMN note text;
COMMIT;

-- ok: rolled back
BEGIN;
SELECT 1;
ROLLBACK;

-- ok: END and ABORT close blocks too
BEGIN;
SELECT 1;
END;
START TRANSACTION;
SELECT 2;
ABORT;

-- ok: no explicit transaction at all
ALTER TABLE users ADD COLUMN nickname text;

-- ok: a nested BEGIN is closed by the one COMMIT
BEGIN;
BEGIN;
SELECT 1;
COMMIT;
