//! A migration that fails part way leaves what ran before the failure applied when its
//! statements are not all in one transaction, and running the file again then fails on the
//! first statement that already happened unless each statement tolerates that (`IF NOT EXISTS`,
//! `IF EXISTS`, `OR REPLACE`). pgshift runs a transactional file in one transaction, but a file
//! with CONCURRENTLY statements, its own BEGIN/COMMIT or `-- pgshift:no-transaction` runs
//! statement by statement, and any file can be run by other means (psql, another migration
//! tool, a second attempt after a partial manual apply). So this warns on statements that fail
//! the second time, outside BEGIN ... COMMIT blocks and DO blocks, in files with more than one
//! statement: CREATE TABLE / INDEX / SEQUENCE / SCHEMA / EXTENSION / TABLE AS / MATERIALIZED
//! VIEW without IF NOT EXISTS (an unnamed index is built again), CREATE VIEW / FUNCTION /
//! TRIGGER without OR REPLACE, every DROP without IF EXISTS, and in ALTER TABLE: ADD COLUMN
//! without IF NOT EXISTS, DROP COLUMN / CONSTRAINT without IF EXISTS, ADD CONSTRAINT not preceded
//! by a DROP CONSTRAINT IF EXISTS of the same name, ATTACH / DETACH PARTITION, INHERIT / NO
//! INHERIT, and renames. Statements that simply succeed again (SET NOT NULL, ENABLE ROW LEVEL
//! SECURITY, SET DEFAULT, VALIDATE CONSTRAINT, ...) and temporary tables dropped ON COMMIT are
//! fine. Not caught: CREATE TYPE, DOMAIN and POLICY (which have no IF NOT EXISTS) and data
//! changes that are not idempotent.

use std::collections::BTreeSet;

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ObjectType, OnCommitAction};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: "prefer-robust-stmts",
    hazards: &[],
    severity: Severity::Warning,
    summary: "statements that fail when the file is run again after failing part way",
    check,
};

const AGAIN: &str = "running the file again after a failure part way stops here";

fn object_kind(t: ObjectType) -> String {
    match t {
        ObjectType::ObjectMatview => "materialized view".to_string(),
        other => other
            .as_str_name()
            .trim_start_matches("OBJECT_")
            .to_ascii_lowercase()
            .replace('_', " "),
    }
}

/// Statements that do something (not SET, SHOW or transaction control).
fn counts(node: &N) -> bool {
    !matches!(
        node,
        N::VariableSetStmt(_) | N::VariableShowStmt(_) | N::TransactionStmt(_)
    )
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    let real = file
        .stmts
        .iter()
        .filter(|s| !s.in_do_block && s.node.as_ref().is_some_and(counts))
        .count();
    if real < 2 {
        return out;
    }
    // (table, constraint) dropped with IF EXISTS earlier, so adding it again is re-runnable.
    let mut dropped: BTreeSet<(String, String)> = BTreeSet::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        let atomic = s.in_do_block || s.state.in_transaction_block;
        let mut report = |message: String, hint: String| {
            if !atomic {
                out.push(Violation::new(s, message, hint));
            }
        };
        match node {
            N::CreateStmt(c) if !c.if_not_exists => {
                let Some(rel) = &c.relation else { continue };
                if ast::is_temporary(rel) && c.oncommit() == OnCommitAction::OncommitDrop {
                    continue;
                }
                report(
                    format!(
                        "creating table `{}` without IF NOT EXISTS: {AGAIN}",
                        ast::table_display(rel)
                    ),
                    "use CREATE TABLE IF NOT EXISTS".into(),
                );
            }
            N::CreateTableAsStmt(c) if !c.if_not_exists => {
                let name = c
                    .into
                    .as_ref()
                    .and_then(|i| i.rel.as_ref())
                    .map(ast::table_display)
                    .unwrap_or_default();
                let kind = object_kind(c.objtype());
                report(
                    format!("creating {kind} `{name}` without IF NOT EXISTS: {AGAIN}"),
                    format!("use CREATE {} IF NOT EXISTS", kind.to_ascii_uppercase()),
                );
            }
            N::IndexStmt(i) if !i.if_not_exists => {
                let table = i.relation.as_ref().map(ast::table_display).unwrap_or_default();
                const REBUILD: &str = "put DROP INDEX CONCURRENTLY IF EXISTS before it (a failed concurrent build leaves an invalid index that IF NOT EXISTS would keep), or use IF NOT EXISTS";
                if i.idxname.is_empty() {
                    report(
                        format!("creating an unnamed index on `{table}`: running the file again after a failure builds a second one"),
                        format!("name the index and {REBUILD}"),
                    );
                } else {
                    report(
                        format!("creating index `{}` without IF NOT EXISTS: {AGAIN}", i.idxname),
                        REBUILD.to_string(),
                    );
                }
            }
            N::CreateSeqStmt(c) if !c.if_not_exists => {
                let name = c.sequence.as_ref().map(ast::table_display).unwrap_or_default();
                report(
                    format!("creating sequence `{name}` without IF NOT EXISTS: {AGAIN}"),
                    "use CREATE SEQUENCE IF NOT EXISTS".into(),
                );
            }
            N::CreateSchemaStmt(c) if !c.if_not_exists => report(
                format!("creating schema `{}` without IF NOT EXISTS: {AGAIN}", c.schemaname),
                "use CREATE SCHEMA IF NOT EXISTS".into(),
            ),
            N::CreateExtensionStmt(c) if !c.if_not_exists => report(
                format!("creating extension `{}` without IF NOT EXISTS: {AGAIN}", c.extname),
                "use CREATE EXTENSION IF NOT EXISTS".into(),
            ),
            N::ViewStmt(v) if !v.replace => {
                let name = v.view.as_ref().map(ast::table_display).unwrap_or_default();
                report(
                    format!("creating view `{name}` without OR REPLACE: {AGAIN}"),
                    "use CREATE OR REPLACE VIEW".into(),
                );
            }
            N::CreateFunctionStmt(f) if !f.replace => report(
                format!(
                    "creating function `{}` without OR REPLACE: {AGAIN}",
                    ast::dotted(&f.funcname)
                ),
                "use CREATE OR REPLACE FUNCTION".into(),
            ),
            N::CreateTrigStmt(t) if !t.replace => report(
                format!("creating trigger `{}` without OR REPLACE: {AGAIN}", t.trigname),
                "use CREATE OR REPLACE TRIGGER (PostgreSQL 14+), or DROP TRIGGER IF EXISTS first".into(),
            ),
            N::DropStmt(d) if !d.missing_ok => {
                let kind = object_kind(d.remove_type());
                for name in ast::drop_names(d) {
                    report(
                        format!("dropping {kind} `{name}` without IF EXISTS: {AGAIN}"),
                        format!("use DROP {} IF EXISTS", kind.to_ascii_uppercase()),
                    );
                }
            }
            N::RenameStmt(r) if !r.missing_ok => {
                let what = match (&r.relation, r.object.as_deref().and_then(ast::inner)) {
                    (Some(rel), _) => ast::table_display(rel),
                    (None, Some(N::ObjectWithArgs(f))) => ast::dotted(&f.objname),
                    (None, Some(N::List(l))) => ast::dotted(&l.items),
                    (None, Some(N::TypeName(t))) => ast::dotted(&t.names),
                    (None, Some(N::String(v))) => v.sval.clone(),
                    _ => r.subname.clone(),
                };
                report(
                    format!("renaming in `{what}`: the old name is gone after the first run, so {AGAIN}"),
                    "put the rename in a migration of its own, or guard it in a DO block that checks the old name exists".into(),
                );
            }
            _ => {
                let Some((a, rel)) = ast::alter_table(node) else {
                    continue;
                };
                let table = ast::table_display(rel);
                let key = ast::table_key(rel);
                for cmd in ast::alter_cmds(a) {
                    let (message, hint) = match cmd.subtype() {
                        AlterTableType::AtAddColumn if !cmd.missing_ok => (
                            format!(
                                "adding column `{}` to `{table}` without IF NOT EXISTS: {AGAIN}",
                                ast::column_def(cmd).map(|c| c.colname.as_str()).unwrap_or("")
                            ),
                            "use ADD COLUMN IF NOT EXISTS",
                        ),
                        AlterTableType::AtDropColumn if !cmd.missing_ok => (
                            format!(
                                "dropping column `{}` of `{table}` without IF EXISTS: {AGAIN}",
                                cmd.name
                            ),
                            "use DROP COLUMN IF EXISTS",
                        ),
                        AlterTableType::AtDropConstraint => {
                            dropped.insert((key.clone(), cmd.name.clone()));
                            if cmd.missing_ok {
                                continue;
                            }
                            (
                                format!(
                                    "dropping constraint `{}` of `{table}` without IF EXISTS: {AGAIN}",
                                    cmd.name
                                ),
                                "use DROP CONSTRAINT IF EXISTS",
                            )
                        }
                        AlterTableType::AtAddConstraint => {
                            let name = ast::constraint_def(cmd)
                                .map(|c| c.conname.clone())
                                .unwrap_or_default();
                            if !name.is_empty() && dropped.remove(&(key.clone(), name.clone())) {
                                continue;
                            }
                            (
                                format!(
                                    "adding constraint{} to `{table}`: it exists after the first run, so {AGAIN}",
                                    if name.is_empty() { String::new() } else { format!(" `{name}`") }
                                ),
                                "put ALTER TABLE ... DROP CONSTRAINT IF EXISTS of the same name before it",
                            )
                        }
                        AlterTableType::AtAttachPartition
                        | AlterTableType::AtDetachPartition
                        | AlterTableType::AtAddInherit
                        | AlterTableType::AtDropInherit => (
                            format!(
                                "changing the partitions or parents of `{table}`: the change is done after the first run, so {AGAIN}"
                            ),
                            "put it in a migration of its own, or guard it in a DO block that checks pg_inherits first",
                        ),
                        _ => continue,
                    };
                    report(message, hint.to_string());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_fragile_statements() {
        lint_count(
            "prefer-robust-stmts",
            "create index concurrently users_email_idx on users (email);\ncreate table t (a int);\ndrop table old, older;\nalter table users add column a int, drop column b, drop constraint c;",
            7,
        );
        lint_count(
            "prefer-robust-stmts",
            "-- pgshift:no-transaction\ncreate index concurrently on users (email);\ndrop materialized view mv;",
            2,
        );
        lint_count(
            "prefer-robust-stmts",
            "select 1;\nalter table t add column c int;\nalter table t add constraint c check (c > 0) not valid;\ncreate view v as select 1;\nalter table t rename column a to b;",
            4,
        );
        let names = lint_errors(
            "prefer-robust-stmts",
            "select 1;\nalter function f(int) rename to g;\nalter schema s rename to s2;",
        );
        assert!(names[0].contains("`f`"), "{names:?}");
        assert!(names[1].contains("`s`"), "{names:?}");
    }

    #[test]
    fn allows_robust_statements_blocks_and_single_statements() {
        lint_ok(
            "prefer-robust-stmts",
            "drop index concurrently if exists users_email_idx;\ncreate index concurrently if not exists users_email_idx on users (email);\ncreate table if not exists t (a int);\ndrop table if exists old;\nalter table users add column if not exists a int, drop column if exists b, drop constraint if exists c;",
        );
        lint_ok(
            "prefer-robust-stmts",
            "begin;\ncreate table t (a int);\ncreate index i on t (a);\nalter table users add column a int;\ndrop table old;\ncommit;",
        );
        lint_ok("prefer-robust-stmts", "alter table users add column a int;");
        lint_ok(
            "prefer-robust-stmts",
            "set lock_timeout = '1s';\nalter table users drop constraint if exists c;\nalter table users add constraint c unique using index c_idx;\ncreate temp table scratch (a int) on commit drop;",
        );
    }
}
