//! A statement that needs a strong lock on a busy table waits for every transaction using the
//! table to finish, and meanwhile every new query on the table queues behind it: a short
//! `ALTER TABLE` can stall an application for as long as its longest transaction. With
//! `SET lock_timeout` the migration fails fast instead and can be retried. Reported once per
//! file, at the first such statement.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ObjectType};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Stmt, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "require-lock-timeout",
    hazards: &[Hazard::AcquiresAccessExclusiveLock],
    severity: Severity::Warning,
    summary: "statements that lock an existing table without SET lock_timeout first",
    check,
};

/// What the statement does and the existing table (or index) it has to lock, if it takes a lock
/// that blocks other queries.
fn locks(s: &Stmt, node: &N) -> Option<(&'static str, String)> {
    let existing = |rel: &pg_query::protobuf::RangeVar| !s.table_is_new(&ast::table_key(rel));
    match node {
        N::AlterTableStmt(_) => {
            let (a, rel) = ast::alter_table(node)?;
            // VALIDATE CONSTRAINT alone takes a lock that lets reads and writes through.
            let strong = ast::alter_cmds(a)
                .any(|c| c.subtype() != AlterTableType::AtValidateConstraint);
            (strong && existing(rel)).then(|| ("altering table", ast::table_display(rel)))
        }
        N::DropStmt(d) if d.remove_type() == ObjectType::ObjectTable => ast::drop_names(d)
            .into_iter()
            .find(|n| !s.table_is_new(&ast::name_key(n)))
            .map(|n| ("dropping table", n)),
        N::DropStmt(d) if d.remove_type() == ObjectType::ObjectIndex && !d.concurrent => {
            ast::drop_names(d)
                .into_iter()
                .next()
                .map(|n| ("dropping index", n))
        }
        N::TruncateStmt(t) => t
            .relations
            .iter()
            .filter_map(|r| match ast::inner(r) {
                Some(N::RangeVar(rel)) => Some(rel),
                _ => None,
            })
            .find(|rel| existing(rel))
            .map(|rel| ("truncating", ast::table_display(rel))),
        N::CreateTrigStmt(t) => {
            let rel = t.relation.as_ref()?;
            existing(rel).then(|| ("creating a trigger on", ast::table_display(rel)))
        }
        N::RenameStmt(r)
            if matches!(
                r.rename_type(),
                ObjectType::ObjectTable | ObjectType::ObjectColumn | ObjectType::ObjectTabconstraint
            ) =>
        {
            let rel = r.relation.as_ref()?;
            existing(rel).then(|| ("renaming in", ast::table_display(rel)))
        }
        N::IndexStmt(i) if !i.concurrent => {
            let rel = i.relation.as_ref()?;
            existing(rel).then(|| ("building an index on", ast::table_display(rel)))
        }
        _ => None,
    }
}

fn check(file: &File) -> Vec<Violation> {
    for s in &file.stmts {
        if s.state.lock_timeout_set {
            continue;
        }
        let Some(node) = &s.node else { continue };
        if let Some((action, target)) = locks(s, node) {
            return vec![Violation::new(
                s,
                format!(
                    "{action} `{target}` with no lock_timeout set: while it waits for its lock, every other query on the table queues behind it"
                ),
                "put `SET lock_timeout = '3s';` at the top of the file so the migration fails fast instead of queueing every query behind it",
            )];
        }
    }
    vec![]
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_first_locking_statement_once() {
        lint_count(
            "require-lock-timeout",
            "alter table users add column a int;\nalter table users add column b int;\ndrop table old;",
            1,
        );
        for sql in [
            "drop table old;",
            "drop index users_email_idx;",
            "truncate sessions;",
            "create trigger t before insert on users for each row execute function f();",
            "alter table users rename column a to b;",
            "alter table users rename to accounts;",
            "create index i on users (email);",
        ] {
            lint_count("require-lock-timeout", sql, 1);
        }
        // Set too late, or turned off again.
        lint_count(
            "require-lock-timeout",
            "alter table users add column a int;\nset lock_timeout = '3s';",
            1,
        );
        lint_count(
            "require-lock-timeout",
            "set lock_timeout = '3s';\nset lock_timeout = 0;\nalter table users add column a int;",
            1,
        );
    }

    #[test]
    fn allows_timeout_new_tables_and_lock_free_statements() {
        lint_ok(
            "require-lock-timeout",
            "set lock_timeout = '3s';\nalter table users add column a int;\ndrop table old;",
        );
        lint_ok(
            "require-lock-timeout",
            "begin;\nset local lock_timeout = '2s';\nalter table users add column a int;\ncommit;",
        );
        lint_ok(
            "require-lock-timeout",
            "create table t (a int);\nalter table t add column b int;\ncreate index on t (a);\ndrop table t;",
        );
        lint_ok(
            "require-lock-timeout",
            "create index concurrently i on users (email);\ndrop index concurrently j;",
        );
        lint_ok(
            "require-lock-timeout",
            "alter table users validate constraint c;\nselect 1;",
        );
    }
}
