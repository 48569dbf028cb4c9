//! A file pgshift cannot run in one transaction (it has CREATE INDEX CONCURRENTLY, its own
//! BEGIN/COMMIT, or `-- pgshift:no-transaction`) runs statement by statement: if it fails half
//! way, what ran stays applied, and running the file again fails on the first statement that
//! already happened unless each statement tolerates that (`IF NOT EXISTS`, `IF EXISTS`). In a
//! transactional file a failure rolls everything back, so nothing is reported there.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ObjectType};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: "prefer-robust-stmts",
    hazards: &[],
    severity: Severity::Warning,
    summary: "statements of a non-transactional file that fail when the file is run again",
    check,
};

const AGAIN: &str = "running the file again after a failure stops here";

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

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    if file.transactional {
        return out;
    }
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        match node {
            N::CreateStmt(c) if !c.if_not_exists => {
                let Some(rel) = &c.relation else { continue };
                out.push(Violation::new(
                    s,
                    format!(
                        "creating table `{}` without IF NOT EXISTS: {AGAIN}",
                        ast::table_display(rel)
                    ),
                    "use CREATE TABLE IF NOT EXISTS",
                ));
            }
            N::IndexStmt(i) if !i.if_not_exists => {
                let table = i.relation.as_ref().map(ast::table_display).unwrap_or_default();
                const REBUILD: &str = "put DROP INDEX CONCURRENTLY IF EXISTS before it (a failed concurrent build leaves an invalid index that IF NOT EXISTS would keep), or use IF NOT EXISTS";
                let (message, hint) = if i.idxname.is_empty() {
                    (
                        format!("creating an unnamed index on `{table}`: running the file again after a failure builds a second one"),
                        format!("name the index and {REBUILD}"),
                    )
                } else {
                    (
                        format!("creating index `{}` without IF NOT EXISTS: {AGAIN}", i.idxname),
                        REBUILD.to_string(),
                    )
                };
                out.push(Violation::new(s, message, hint));
            }
            N::DropStmt(d) if !d.missing_ok => {
                let kind = object_kind(d.remove_type());
                for name in ast::drop_names(d) {
                    out.push(Violation::new(
                        s,
                        format!("dropping {kind} `{name}` without IF EXISTS: {AGAIN}"),
                        format!("use DROP {} IF EXISTS", kind.to_ascii_uppercase()),
                    ));
                }
            }
            _ => {
                let Some((a, rel)) = ast::alter_table(node) else {
                    continue;
                };
                let table = ast::table_display(rel);
                for cmd in ast::alter_cmds(a) {
                    if cmd.missing_ok {
                        continue;
                    }
                    let (message, hint) = match cmd.subtype() {
                        AlterTableType::AtAddColumn => (
                            format!(
                                "adding column `{}` to `{table}` without IF NOT EXISTS: {AGAIN}",
                                ast::column_def(cmd).map(|c| c.colname.as_str()).unwrap_or("")
                            ),
                            "use ADD COLUMN IF NOT EXISTS",
                        ),
                        AlterTableType::AtDropColumn => (
                            format!(
                                "dropping column `{}` of `{table}` without IF EXISTS: {AGAIN}",
                                cmd.name
                            ),
                            "use DROP COLUMN IF EXISTS",
                        ),
                        AlterTableType::AtDropConstraint => (
                            format!(
                                "dropping constraint `{}` of `{table}` without IF EXISTS: {AGAIN}",
                                cmd.name
                            ),
                            "use DROP CONSTRAINT IF EXISTS",
                        ),
                        _ => continue,
                    };
                    out.push(Violation::new(s, message, hint));
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
    fn flags_fragile_statements_in_non_transactional_files() {
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
    }

    #[test]
    fn allows_robust_statements_and_transactional_files() {
        lint_ok(
            "prefer-robust-stmts",
            "drop index concurrently if exists users_email_idx;\ncreate index concurrently if not exists users_email_idx on users (email);\ncreate table if not exists t (a int);\ndrop table if exists old;\nalter table users add column if not exists a int, drop column if exists b, drop constraint if exists c;",
        );
        lint_ok(
            "prefer-robust-stmts",
            "create table t (a int);\ncreate index i on t (a);\nalter table users add column a int;\ndrop table old;",
        );
    }
}
