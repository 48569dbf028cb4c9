//! `ALTER COLUMN ... SET NOT NULL` scans the whole table under an ACCESS EXCLUSIVE lock to prove
//! no row is null. Since PostgreSQL 12 the scan is skipped when a validated
//! `CHECK (col IS NOT NULL)` already proves it, so the safe order is: add that check NOT VALID,
//! validate it (a lock that lets reads and writes through), SET NOT NULL, drop the check.
//! PostgreSQL 18's `ADD CONSTRAINT ... NOT NULL col` scans the same way unless added `NOT VALID`.
//!
//! Fires on SET NOT NULL (any ALTER TABLE form, several columns at once) of existing tables,
//! unless a constraint validated earlier in the file or migration set proves the column not null
//! (a CHECK (col IS NOT NULL) or NOT NULL constraint added here, validated or not NOT VALID), or
//! the file follows the cross-migration pattern: it validates a constraint added by an earlier
//! migration and drops it again, and the constraint's name names the column
//! (`users_email_not_null`) or no other column set NOT NULL here. Fine: tables created earlier,
//! `ADD COLUMN ... NOT NULL DEFAULT` (no scan).
//!
//! Two forms only warn. `ALTER DOMAIN ... SET NOT NULL` checks every column of the domain in
//! every table for nulls while blocking writes to them, but has no NOT VALID form (the way out is
//! NOT NULL on each column, as above). `ALTER FOREIGN TABLE ... SET NOT NULL` scans nothing:
//! PostgreSQL does not check a foreign table's rows, it assumes the constraint, so a remote null
//! gives wrong query results instead of an error. Not caught: the NOT NULL a primary key adds
//! (`adding-serial-primary-key-field` reports those), domains and foreign tables changed by
//! dynamic SQL.

use std::collections::BTreeSet;

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ConstrType, ObjectType};

use super::RuleDef;
use crate::lint::file::not_null_column;
use crate::lint::{ast, File, Severity, Stmt, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-not-nullable-field",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::FullTableScan],
    severity: Severity::Blocking,
    summary: "SET NOT NULL (or a NOT NULL constraint without NOT VALID) scans the whole table while blocking reads and writes",
    check,
};

/// The words of a name (`users_email_not_null` gives users, email, not, null).
fn words(name: &str) -> Vec<String> {
    name.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// True when `constraint`'s name holds the column's words in a row.
fn names_column(constraint: &str, column: &str) -> bool {
    let (c, col) = (words(constraint), words(column));
    !col.is_empty() && c.windows(col.len()).any(|w| w == col.as_slice())
}

/// Helper constraints of the cross-migration pattern: validated in this file though added before
/// it, and dropped in this file, on `table`.
fn helpers<'a>(file: &'a File, s: &'a Stmt, table: &str) -> Vec<&'a str> {
    s.state
        .validated_elsewhere
        .iter()
        .filter(|(t, _)| t == table)
        .map(|(_, c)| c.as_str())
        .filter(|c| {
            file.stmts.iter().any(|o| {
                o.node.as_ref().is_some_and(|n| {
                    ast::alter_cmds_of(n, AlterTableType::AtDropConstraint)
                        .iter()
                        .any(|(rel, cmd)| ast::table_key(rel) == table && cmd.name == *c)
                })
            })
        })
        .collect()
}

/// `ALTER DOMAIN ... SET NOT NULL` of a domain the file did not create: a warning.
fn domain_set_not_null(s: &Stmt, node: &N, created: &[String]) -> Option<Violation> {
    let N::AlterDomainStmt(d) = node else {
        return None;
    };
    // Subtype `O` is SET NOT NULL.
    if d.subtype != "O" || created.contains(&ast::name_key(&ast::dotted(&d.type_name))) {
        return None;
    }
    Some(
        Violation::new(
            s,
            format!(
                "setting domain `{}` NOT NULL checks every value of every column that uses it, in every table, while blocking writes to them",
                ast::dotted(&d.type_name)
            ),
            "make sure the columns of the domain are small or already free of nulls (a validated CHECK on each), or set the columns NOT NULL one table at a time",
        )
        .with_severity(Severity::Warning)
        .with_hazards(&[Hazard::FullTableScan]),
    )
}

/// `ALTER FOREIGN TABLE ... SET NOT NULL`: nothing is scanned, the constraint is only assumed.
fn foreign_set_not_null(s: &Stmt, node: &N) -> Vec<Violation> {
    let Some((a, rel)) = ast::alter_relation(node, &[ObjectType::ObjectForeignTable]) else {
        return vec![];
    };
    if s.table_is_new(&ast::table_key(rel)) {
        return vec![];
    }
    ast::alter_cmds(a)
        .filter(|c| c.subtype() == AlterTableType::AtSetNotNull)
        .map(|c| {
            Violation::new(
                s,
                format!(
                    "setting `{}` of foreign table `{}` NOT NULL is not checked against the remote rows: PostgreSQL assumes it, so a remote null gives wrong query results",
                    c.name,
                    ast::table_display(rel)
                ),
                "check on the remote server that the column holds no nulls (and cannot get any) first",
            )
            .with_severity(Severity::Warning)
            .with_hazards(&[Hazard::Correctness])
        })
        .collect()
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    // Columns set NOT NULL in the file, per table (for helpers whose name names none of them).
    let mut set_here: BTreeSet<(String, String)> = BTreeSet::new();
    for s in &file.stmts {
        if let Some(node) = &s.node {
            for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtSetNotNull) {
                set_here.insert((ast::table_key(rel), cmd.name.clone()));
            }
        }
    }
    let mut generic_used: BTreeSet<(String, String)> = BTreeSet::new();
    let mut domains_created: Vec<String> = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        if let N::CreateDomainStmt(c) = node {
            domains_created.push(ast::name_key(&ast::dotted(&c.domainname)));
        }
        out.extend(domain_set_not_null(s, node, &domains_created));
        out.extend(foreign_set_not_null(s, node));
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtSetNotNull) {
            let key = ast::table_key(rel);
            if s.table_is_new(&key) || s.state.proven_not_null.contains(&(key.clone(), cmd.name.clone())) {
                continue;
            }
            let helpers = helpers(file, s, &key);
            if helpers.iter().any(|h| names_column(h, &cmd.name)) {
                continue;
            }
            let generic = helpers.iter().find(|h| {
                !generic_used.contains(&(key.clone(), h.to_string()))
                    && !set_here
                        .iter()
                        .any(|(t, c)| *t == key && names_column(h, c))
            });
            if let Some(h) = generic {
                generic_used.insert((key.clone(), h.to_string()));
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "setting `{}` of `{}` NOT NULL scans the whole table while blocking reads and writes",
                    cmd.name,
                    ast::table_display(rel)
                ),
                format!(
                    "add CHECK ({0} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later migration, then SET NOT NULL (PostgreSQL 12+ uses the validated check instead of scanning) and drop the check",
                    cmd.name
                ),
            ));
        }
        for added in ast::added_constraints(node) {
            let c = added.constraint;
            if added.column.is_some()
                || c.contype() != ConstrType::ConstrNotnull
                || c.skip_validation
                || s.table_is_new(&ast::table_key(added.table))
            {
                continue;
            }
            let column = not_null_column(c).unwrap_or_default();
            out.push(Violation::new(
                s,
                format!(
                    "adding NOT NULL constraint{} on `{column}` of `{}` scans the whole table while blocking reads and writes",
                    if c.conname.is_empty() {
                        String::new()
                    } else {
                        format!(" `{}`", c.conname)
                    },
                    ast::table_display(added.table)
                ),
                "add it NOT VALID, then VALIDATE CONSTRAINT it in a later migration",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;
    use crate::lint::Severity;

    #[test]
    fn flags_set_not_null() {
        lint_count(
            "adding-not-nullable-field",
            "alter table users alter column email set not null;",
            1,
        );
        lint_count(
            "adding-not-nullable-field",
            "alter table users alter column a set not null, alter column b set not null;",
            2,
        );
        lint_count(
            "adding-not-nullable-field",
            "alter table users add constraint email_nn not null email;",
            1,
        );
        // A check added NOT VALID and never validated proves nothing.
        lint_count(
            "adding-not-nullable-field",
            "alter table users add constraint email_nn check (email is not null) not valid;\nalter table users alter column email set not null;",
            1,
        );
        // Validating an unrelated constraint, or one that is not dropped, is not the pattern.
        lint_count(
            "adding-not-nullable-field",
            "alter table users validate constraint some_check;\nalter table users alter column email set not null;",
            1,
        );
        lint_count(
            "adding-not-nullable-field",
            "alter table users validate constraint email_not_null;\nalter table users alter column email set not null;",
            1,
        );
        // The helper names another column.
        lint_count(
            "adding-not-nullable-field",
            "alter table users validate constraint email_not_null;\nalter table users alter column name set not null;\nalter table users alter column email set not null;\nalter table users drop constraint email_not_null;",
            1,
        );
    }

    #[test]
    fn domains_and_foreign_tables_only_warn() {
        for sql in [
            "alter domain positive_int set not null;",
            "alter foreign table remote.accounts alter column email set not null;",
        ] {
            assert_eq!(
                severities("adding-not-nullable-field", sql),
                [Severity::Warning],
                "{sql}"
            );
        }
        lint_count(
            "adding-not-nullable-field",
            "alter foreign table ft alter column a set not null, alter column b set not null;",
            2,
        );
        lint_ok(
            "adding-not-nullable-field",
            "create domain d as int; alter domain d set not null;",
        );
        lint_ok(
            "adding-not-nullable-field",
            "alter domain d drop not null; alter foreign table ft alter column a drop not null;",
        );
    }

    #[test]
    fn allows_new_tables_and_validated_checks() {
        lint_ok(
            "adding-not-nullable-field",
            "create table t (a int); alter table t alter column a set not null;",
        );
        lint_ok(
            "adding-not-nullable-field",
            "alter table users alter column email drop not null;",
        );
        lint_ok(
            "adding-not-nullable-field",
            "-- pgshift:no-transaction\nalter table users add constraint email_nn check (email is not null) not valid;\nalter table users validate constraint email_nn;\nalter table users alter column email set not null;\nalter table users drop constraint email_nn;",
        );
        lint_ok(
            "adding-not-nullable-field",
            "-- pgshift:no-transaction\nalter table users add constraint email_nn not null email not valid;\nalter table users validate constraint email_nn;\nalter table users alter column email set not null;",
        );
        // The cross-migration pattern: the check was added NOT VALID by an earlier migration.
        lint_ok(
            "adding-not-nullable-field",
            "alter table users validate constraint users_email_not_null;\nalter table users alter column email set not null;\nalter table users drop constraint users_email_not_null;",
        );
        lint_ok(
            "adding-not-nullable-field",
            "alter table users validate constraint chk_1;\nalter table users alter column email set not null;\nalter table users drop constraint chk_1;",
        );
    }
}
