//! A statement that needs a strong lock on a busy table waits for every transaction using the
//! table to finish, and meanwhile every new query on the table queues behind it: a short
//! `ALTER TABLE` can stall an application for as long as its longest transaction. With
//! `SET lock_timeout` the migration fails fast instead and can be retried. Reported once per
//! file, at the first such statement with no `SET lock_timeout` (other than `0`) before it:
//! ALTER TABLE / INDEX / VIEW / MATERIALIZED VIEW / FOREIGN TABLE (anything but VALIDATE
//! CONSTRAINT alone), DROP of tables, views, materialized views, triggers, policies, rules and
//! indexes (without CONCURRENTLY), TRUNCATE, CREATE TRIGGER / POLICY / RULE, CREATE INDEX and
//! REINDEX without CONCURRENTLY, renames, VACUUM FULL, CLUSTER, REFRESH MATERIALIZED VIEW, LOCK,
//! and ALTER DOMAIN ADD CONSTRAINT / SET NOT NULL, on relations that existed before the file or
//! migration set. Not caught: a timeout set outside the file (role, database, connection
//! string) or through `set_config()`; statements that only take weak locks (COMMENT, GRANT,
//! VALIDATE CONSTRAINT) are not reported.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ObjectType, RangeVar};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Stmt, Violation};
use crate::migrations::split::option_is_on;
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "require-lock-timeout",
    hazards: &[Hazard::AcquiresAccessExclusiveLock],
    severity: Severity::Warning,
    summary: "statements that lock an existing table without SET lock_timeout first",
    check,
};

/// What the statement does and the existing relation it has to lock, if it takes a lock that
/// blocks other queries.
fn locks(s: &Stmt, node: &N) -> Option<(&'static str, String)> {
    let existing = |rel: &RangeVar| !s.table_is_new(&ast::table_key(rel));
    let first_existing = |rels: &[pg_query::protobuf::Node]| {
        rels.iter()
            .filter_map(|r| match ast::inner(r) {
                Some(N::RangeVar(rel)) => Some(rel),
                _ => None,
            })
            .find(|rel| existing(rel))
            .map(ast::table_display)
    };
    match node {
        N::AlterTableStmt(a) => {
            let rel = a.relation.as_ref()?;
            // VALIDATE CONSTRAINT alone takes a lock that lets reads and writes through.
            let strong = ast::alter_cmds(a)
                .any(|c| c.subtype() != AlterTableType::AtValidateConstraint);
            (strong && existing(rel)).then(|| ("altering", ast::table_display(rel)))
        }
        N::DropStmt(d) => {
            let what = match d.remove_type() {
                ObjectType::ObjectIndex if !d.concurrent => "dropping index",
                ObjectType::ObjectTable
                | ObjectType::ObjectView
                | ObjectType::ObjectMatview
                | ObjectType::ObjectForeignTable => "dropping",
                ObjectType::ObjectTrigger | ObjectType::ObjectPolicy | ObjectType::ObjectRule => {
                    "dropping from the table of"
                }
                _ => return None,
            };
            let on_table = matches!(
                d.remove_type(),
                ObjectType::ObjectTrigger | ObjectType::ObjectPolicy | ObjectType::ObjectRule
            );
            ast::drop_names(d)
                .into_iter()
                // `DROP TRIGGER t ON s.tbl` names `s.tbl.t`: the table is all but the last part.
                .map(|n| match n.rsplit_once('.') {
                    Some((table, _)) if on_table => table.to_string(),
                    _ => n,
                })
                .find(|n| !s.table_is_new(&ast::name_key(n)))
                .map(|n| (what, n))
        }
        N::TruncateStmt(t) => first_existing(&t.relations).map(|t| ("truncating", t)),
        N::CreateTrigStmt(t) => {
            let rel = t.relation.as_ref()?;
            existing(rel).then(|| ("creating a trigger on", ast::table_display(rel)))
        }
        N::CreatePolicyStmt(p) => {
            let rel = p.table.as_ref()?;
            existing(rel).then(|| ("creating a policy on", ast::table_display(rel)))
        }
        N::RuleStmt(r) => {
            let rel = r.relation.as_ref()?;
            existing(rel).then(|| ("creating a rule on", ast::table_display(rel)))
        }
        N::RenameStmt(r) => {
            let rel = r.relation.as_ref()?;
            existing(rel).then(|| ("renaming in", ast::table_display(rel)))
        }
        N::IndexStmt(i) if !i.concurrent => {
            let rel = i.relation.as_ref()?;
            (rel.inh && existing(rel)).then(|| ("building an index on", ast::table_display(rel)))
        }
        N::ReindexStmt(r) if !option_is_on(&r.params, "concurrently") => {
            let target = r.relation.as_ref().map(ast::table_display).unwrap_or_else(|| r.name.clone());
            Some(("reindexing", target))
        }
        N::VacuumStmt(v) if v.is_vacuumcmd && option_is_on(&v.options, "full") => {
            Some(("vacuuming (FULL)", "the table".to_string()))
        }
        N::ClusterStmt(c) => Some((
            "clustering",
            c.relation.as_ref().map(ast::table_display).unwrap_or_default(),
        )),
        N::RefreshMatViewStmt(r) if !r.concurrent => {
            let rel = r.relation.as_ref()?;
            existing(rel).then(|| ("refreshing", ast::table_display(rel)))
        }
        N::LockStmt(l) => first_existing(&l.relations).map(|t| ("locking", t)),
        N::AlterDomainStmt(d) if d.subtype == "O" || d.subtype == "C" => {
            Some(("changing the tables that use domain", ast::dotted(&d.type_name)))
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
            "reindex table users;",
            "vacuum full users;",
            "cluster users;",
            "lock table users in exclusive mode;",
            "refresh materialized view totals;",
            "create policy p on users using (true);",
            "drop trigger t on users;",
            "alter index users_email_idx set (fillfactor = 70);",
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
