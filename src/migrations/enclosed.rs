//! A file that runs statement by statement (see `migrations::script`), run instead inside one
//! enclosing transaction that is rolled back: how a dry run checks it. Pure.
//!
//! - The file's own transaction blocks become a savepoint: `BEGIN` sets it, `COMMIT` releases
//!   it, `ROLLBACK` rolls back to it (what the block did is undone, as on the target).
//!   `SAVEPOINT`, `RELEASE` and `ROLLBACK TO` run as written; `SET TRANSACTION` and two-phase
//!   commands are left out (they only shape the file's own transaction).
//! - Concurrent forms run in their plain form, which checks the same definition:
//!   `CREATE INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY`, `REINDEX ... CONCURRENTLY` and
//!   `DETACH PARTITION ... CONCURRENTLY`.
//! - Statements that change nothing in the database's schema and cannot run in a transaction
//!   (`VACUUM`, `ALTER SYSTEM`, `CREATE DATABASE`, tablespaces, subscriptions, `REINDEX` of a
//!   schema or database) are left out, each named in the outcome.

use pg_query::protobuf::node::Node as N;

use super::script::Script;
use super::split::{option_is_on, Statement, StatementKind};

/// The savepoint that stands for the file's own transaction block.
const BLOCK: &str = "pgshift_dry_run_block";

/// One statement of a file as the enclosing transaction runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enclosed {
    /// Run this (the file's statement, or its in-transaction form, with the file's position).
    Run(Statement),
    /// Left out: the statement's line and why.
    Skip { line: usize, why: String },
}

/// The statements of `script` as one enclosing transaction runs them (see the module docs).
pub fn enclosed(script: &Script) -> Vec<Enclosed> {
    let mut open = false;
    let mut out = Vec::new();
    for stmt in script.statements() {
        // The splitter classified every statement already: only transaction control, statements
        // that cannot run in a transaction and `SET TRANSACTION` are looked at again.
        let set = stmt
            .text
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("set"));
        if stmt.kind == StatementKind::Transactional && !set {
            out.push(Enclosed::Run(stmt.clone()));
            continue;
        }
        let parsed = pg_query::parse(&stmt.text, 0).ok();
        let node = parsed.as_ref().and_then(|p| {
            p.protobuf
                .stmts
                .first()
                .and_then(|s| s.stmt.as_ref())
                .and_then(|s| s.node.clone())
        });
        let run = |text: &str| {
            let mut s = stmt.clone();
            s.text = text.to_string();
            Enclosed::Run(s)
        };
        let skip = |why: &str| Enclosed::Skip {
            line: stmt.line,
            why: why.to_string(),
        };
        let Some(node) = node else {
            // Not parsed here: the server reports it when it runs.
            out.push(Enclosed::Run(stmt.clone()));
            continue;
        };
        match &node {
            N::TransactionStmt(t) => {
                use pg_query::protobuf::TransactionStmtKind as K;
                match K::try_from(t.kind) {
                    Ok(K::TransStmtBegin | K::TransStmtStart) if !open => {
                        open = true;
                        out.push(run(&format!("SAVEPOINT {BLOCK}")));
                    }
                    Ok(K::TransStmtCommit) if open => {
                        open = false;
                        out.push(run(&format!("RELEASE SAVEPOINT {BLOCK}")));
                    }
                    Ok(K::TransStmtRollback) if open => {
                        open = false;
                        out.push(run(&format!(
                            "ROLLBACK TO SAVEPOINT {BLOCK}; RELEASE SAVEPOINT {BLOCK}"
                        )));
                    }
                    Ok(K::TransStmtSavepoint | K::TransStmtRelease | K::TransStmtRollbackTo) => {
                        out.push(Enclosed::Run(stmt.clone()));
                    }
                    Ok(K::TransStmtBegin | K::TransStmtStart) => {
                        out.push(skip("a transaction block is already open"))
                    }
                    Ok(K::TransStmtCommit | K::TransStmtRollback) => {
                        out.push(skip("no transaction block is open"))
                    }
                    _ => out.push(skip("two-phase commit is not run in a dry run")),
                }
            }
            N::VariableSetStmt(v) if v.name.eq_ignore_ascii_case("transaction") => {
                out.push(skip("it only sets the file's own transaction's mode"))
            }
            _ if stmt.kind != StatementKind::NoTransaction => out.push(Enclosed::Run(stmt.clone())),
            _ => match in_transaction_form(node) {
                Form::Plain(node) => match deparse(*node) {
                    Some(text) => out.push(run(&text)),
                    None => out.push(skip("its plain form could not be written")),
                },
                Form::Skip(why) => out.push(skip(why)),
            },
        }
    }
    out
}

enum Form {
    Plain(Box<N>),
    Skip(&'static str),
}

/// A statement that cannot run in a transaction block, as one that can.
fn in_transaction_form(mut node: N) -> Form {
    match &mut node {
        N::IndexStmt(s) => s.concurrent = false,
        N::DropStmt(s) => s.concurrent = false,
        N::ReindexStmt(s) if option_is_on(&s.params, "concurrently") => {
            s.params.retain(|p| {
                !matches!(&p.node, Some(N::DefElem(d)) if d.defname.eq_ignore_ascii_case("concurrently"))
            });
        }
        N::AlterTableStmt(a) => {
            for c in &mut a.cmds {
                if let Some(N::AlterTableCmd(cmd)) = &mut c.node {
                    if let Some(N::PartitionCmd(p)) =
                        cmd.def.as_deref_mut().and_then(|d| d.node.as_mut())
                    {
                        p.concurrent = false;
                    }
                }
            }
        }
        N::VacuumStmt(_) => return Form::Skip("VACUUM changes no schema"),
        N::ReindexStmt(_) => {
            return Form::Skip("a REINDEX of a schema or database changes no schema")
        }
        N::AlterSystemStmt(_) => {
            return Form::Skip("ALTER SYSTEM changes the server's settings, not the schema")
        }
        N::CreatedbStmt(_) | N::DropdbStmt(_) => {
            return Form::Skip("it creates or drops another database")
        }
        N::CreateTableSpaceStmt(_) | N::DropTableSpaceStmt(_) => {
            return Form::Skip("tablespaces are outside the database's schema")
        }
        N::CreateSubscriptionStmt(_) | N::DropSubscriptionStmt(_) => {
            return Form::Skip("a subscription connects to another server")
        }
        _ => return Form::Skip("it cannot run inside a transaction"),
    }
    Form::Plain(Box::new(node))
}

fn deparse(node: N) -> Option<String> {
    node.deparse(pg_query::DeparseOptions::default()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<String> {
        let script = Script::parse(text).unwrap();
        enclosed(&script)
            .into_iter()
            .map(|e| match e {
                Enclosed::Run(s) => s.text,
                Enclosed::Skip { line, why } => format!("skip {line}: {why}"),
            })
            .collect()
    }

    #[test]
    fn own_blocks_become_a_savepoint() {
        assert_eq!(
            run("BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;\nBEGIN;\nDROP TABLE t;\nROLLBACK;\nCOMMIT;"),
            [
                "SAVEPOINT pgshift_dry_run_block",
                "CREATE TABLE t (a int)",
                "RELEASE SAVEPOINT pgshift_dry_run_block",
                "SAVEPOINT pgshift_dry_run_block",
                "DROP TABLE t",
                "ROLLBACK TO SAVEPOINT pgshift_dry_run_block; RELEASE SAVEPOINT pgshift_dry_run_block",
                "skip 7: no transaction block is open",
            ]
        );
    }

    #[test]
    fn concurrent_forms_run_plainly() {
        let out = run(
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"I x\" ON s.t (a) WHERE a > 0;\n\
             DROP INDEX CONCURRENTLY IF EXISTS i;\n\
             REINDEX (CONCURRENTLY) INDEX i;\n\
             ALTER TABLE p DETACH PARTITION c CONCURRENTLY;\n\
             ALTER SYSTEM SET work_mem = '8MB';\n\
             VACUUM FULL t;\n\
             SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;\n\
             SELECT 1",
        );
        assert_eq!(
            out[0],
            "CREATE UNIQUE INDEX IF NOT EXISTS \"I x\" ON s.t USING btree (a) WHERE a > 0"
        );
        assert_eq!(out[1], "DROP INDEX IF EXISTS i");
        assert_eq!(out[2], "REINDEX INDEX i");
        assert_eq!(out[3], "ALTER TABLE p DETACH PARTITION c");
        assert!(out[4].starts_with("skip 5: "), "{}", out[4]);
        assert!(out[5].starts_with("skip 6: "), "{}", out[5]);
        assert!(out[6].starts_with("skip 7: "), "{}", out[6]);
        assert_eq!(out[7], "SELECT 1");
    }
}
