//! The lock recorder against a real PostgreSQL: the table locks each statement really takes,
//! read from `pg_locks` by a second connection, inside a transaction and outside one (CREATE
//! INDEX CONCURRENTLY, which gives its locks back before it returns).

mod common;

use std::path::Path;

use common::*;
use pgshift::apply::executor::Executor;
use pgshift::apply::locks::{LockRecorder, StatementLocks};
use pgshift::migrations::Script;
use pgshift::plan::hazard::locks::LockMode;

/// Runs each script through the one executor with a recorder; what each statement took.
fn record(cluster: &Cluster, setup: &str, scripts: &[&str]) -> Vec<StatementLocks> {
    cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let client = pgshift::db::connect(&db.url).await.unwrap();
        client.batch_execute(setup).await.unwrap();
        let recorder = LockRecorder::new(&db.url, &client).await.unwrap();
        for text in scripts {
            let script = Script::parse_lenient(text);
            Executor::new(&client)
                .with_recorder(&recorder)
                .run(Path::new("m.sql"), &script)
                .await
                .unwrap_or_else(|e| panic!("{text}: {e}"));
        }
        recorder.take()
    })
}

/// The mode recorded on `table` by the statement starting with `start`.
fn mode(recorded: &[StatementLocks], start: &str, table: &str) -> Option<LockMode> {
    let s = recorded
        .iter()
        .find(|s| s.statement.starts_with(start))
        .unwrap_or_else(|| panic!("no statement {start} in {recorded:#?}"));
    s.locks
        .iter()
        .find(|l| l.table.to_string() == table)
        .map(|l| l.mode)
}

#[test]
fn records_the_lock_each_statement_really_takes() {
    let cluster = Cluster::start();
    let setup = "create table t (id bigint primary key, a int, b text);\n\
                 insert into t select g, g, 'x' from generate_series(1, 2000) g;\n\
                 create table c (id bigint primary key, t_id bigint);\n\
                 create table \"Mixed Case\" (id int);";
    let recorded = record(
        &cluster,
        setup,
        &[
            "CREATE INDEX t_a_idx ON t (a);",
            "CREATE INDEX CONCURRENTLY t_b_idx ON t (b);",
            "ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0) NOT VALID;",
            "ALTER TABLE c ADD CONSTRAINT c_t_fk FOREIGN KEY (t_id) REFERENCES t (id) NOT VALID;",
            "ALTER TABLE t VALIDATE CONSTRAINT t_a_positive;",
            "ALTER TABLE t ALTER COLUMN b SET NOT NULL;",
            "ALTER TABLE t ALTER COLUMN a TYPE bigint;",
            "SELECT count(*) FROM \"Mixed Case\";",
            // A table created in the same transaction is nobody else's yet: not recorded.
            "CREATE TABLE n (id int);\nALTER TABLE n ADD COLUMN x int;",
        ],
    );
    use LockMode::*;
    let t = "public.t";
    assert_eq!(mode(&recorded, "CREATE INDEX t_a_idx", t), Some(Share));
    let cic = recorded
        .iter()
        .find(|s| s.statement.starts_with("CREATE INDEX CONCURRENTLY"))
        .unwrap();
    assert!(!cic.transactional, "{cic:?}");
    assert_eq!(
        mode(&recorded, "CREATE INDEX CONCURRENTLY", t),
        Some(ShareUpdateExclusive)
    );
    assert_eq!(
        mode(&recorded, "ALTER TABLE t ADD CONSTRAINT t_a_positive", t),
        Some(AccessExclusive)
    );
    // A foreign key, even NOT VALID, locks both tables against writes.
    assert_eq!(
        mode(&recorded, "ALTER TABLE c ADD CONSTRAINT", "public.c"),
        Some(ShareRowExclusive)
    );
    assert_eq!(
        mode(&recorded, "ALTER TABLE c ADD CONSTRAINT", t),
        Some(ShareRowExclusive)
    );
    assert_eq!(
        mode(&recorded, "ALTER TABLE t VALIDATE CONSTRAINT", t),
        Some(ShareUpdateExclusive)
    );
    assert_eq!(
        mode(&recorded, "ALTER TABLE t ALTER COLUMN b SET NOT NULL", t),
        Some(AccessExclusive)
    );
    assert_eq!(
        mode(&recorded, "ALTER TABLE t ALTER COLUMN a TYPE", t),
        Some(AccessExclusive)
    );
    assert_eq!(
        mode(&recorded, "SELECT count(*)", "public.\"Mixed Case\""),
        Some(AccessShare)
    );
    let new = recorded
        .iter()
        .find(|s| s.statement.starts_with("ALTER TABLE n"))
        .unwrap();
    assert!(new.locks.is_empty(), "{new:?}");
}
