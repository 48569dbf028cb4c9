//! `ALTER COLUMN ... [SET DATA] TYPE` rewrites the table and rebuilds its indexes while holding
//! an ACCESS EXCLUSIVE lock, unless the old type is binary-coercible to the new one (varchar to
//! text, a longer or removed varchar limit, numeric losing its modifiers) and no USING
//! expression converts the values. One statement does not say what the old type was, so only a
//! change to `text` or to `varchar` without a limit, written without USING, is assumed to be such
//! a widening; with USING every row is converted, so it is always a finding. Fires on every
//! other type change of a table that existed before the file or migration set (any ALTER TABLE
//! form, several columns at once, inside DO blocks). As warnings: `ALTER FOREIGN TABLE ... ALTER
//! COLUMN ... TYPE` (the data lives on the remote server: nothing is rewritten here, but the
//! values clients read change) and `ALTER TYPE ... ALTER ATTRIBUTE ... TYPE` of a composite type
//! (refused while a table column uses the type, unless `CASCADE`, which rewrites those tables).
//! Not caught: type changes of a domain the column uses (ALTER DOMAIN), and widenings this cannot
//! prove (silence those with `-- pgshift:allow changing-column-type`).

use pg_query::protobuf::{AlterTableType, DropBehavior, ObjectType};

use super::RuleDef;
use crate::lint::ast::{self, ColumnSite};
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "changing-column-type",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::TableRewrite],
    severity: Severity::Blocking,
    summary: "changing a column's type (or converting it with USING) rewrites the table while blocking reads and writes",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for col in ast::declared_columns(node) {
            if col.site != ColumnSite::AlterType || s.table_is_new(&ast::table_key(col.table)) {
                continue;
            }
            let t = col.type_name;
            let base = ast::type_base(t);
            let widening = t.array_bounds.is_empty()
                && (base == "text" || (base == "varchar" && !ast::type_has_modifiers(t)));
            if widening && !col.using {
                continue;
            }
            let why = if col.using {
                "converting every value with USING"
            } else {
                "which is not a binary-compatible widening"
            };
            out.push(Violation::new(
                s,
                format!(
                    "changing the type of `{}` of `{}` to `{}` ({why}) rewrites the table and its indexes while blocking reads and writes",
                    col.name,
                    ast::table_display(col.table),
                    ast::type_display(t)
                ),
                "add a column of the new type, backfill it in batches and switch clients to it; if this is a binary-compatible widening (a longer or removed varchar limit, numeric(p,s) to numeric), mark it with `-- pgshift:allow changing-column-type`",
            ));
        }
        // Foreign tables and composite types: no local rewrite (or a refused one) to block on.
        let kinds = [ObjectType::ObjectForeignTable, ObjectType::ObjectType];
        let Some((a, rel)) = ast::alter_relation(node, &kinds) else {
            continue;
        };
        let composite = a.objtype() == ObjectType::ObjectType;
        let new_type = composite
            && super::objects::created_before(
                file,
                s,
                ObjectType::ObjectType,
                &super::objects::name_key(&ast::table_display(rel)),
            );
        if new_type || s.table_is_new(&ast::table_key(rel)) {
            continue;
        }
        for cmd in ast::alter_cmds(a) {
            if cmd.subtype() != AlterTableType::AtAlterColumnType {
                continue;
            }
            let new = ast::column_def(cmd)
                .and_then(|c| c.type_name.as_ref())
                .map(ast::type_display)
                .unwrap_or_default();
            let (message, hint) = if composite {
                let cascade = if cmd.behavior() == DropBehavior::DropCascade {
                    "with CASCADE, every table column of this type is rewritten"
                } else {
                    "PostgreSQL refuses it while a table column uses the type"
                };
                (
                    format!(
                        "changing the type of attribute `{}` of composite type `{}` to `{new}`: {cascade}, and clients reading the type get the new one",
                        cmd.name,
                        ast::table_display(rel)
                    ),
                    "add an attribute of the new type, move clients to it, then drop the old one",
                )
            } else {
                (
                    format!(
                        "changing the type of `{}` of foreign table `{}` to `{new}` changes the values clients read (the remote data is not converted)",
                        cmd.name,
                        ast::table_display(rel)
                    ),
                    "change the type on the remote side first, then here",
                )
            };
            out.push(
                Violation::new(s, message, hint)
                    .with_severity(Severity::Warning)
                    .with_hazards(&[Hazard::BreaksClients]),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_type_changes() {
        lint_count(
            "changing-column-type",
            "alter table users alter column id type bigint;",
            1,
        );
        lint_count(
            "changing-column-type",
            "alter table users alter column name type varchar(200), alter column tags set data type text[];",
            2,
        );
        lint_count(
            "changing-column-type",
            "alter table users alter column edits type text using edits::text;",
            1,
        );
    }

    #[test]
    fn allows_widenings_and_new_tables() {
        lint_ok(
            "changing-column-type",
            "alter table users alter column name type text;\nalter table users alter column code type varchar;",
        );
        lint_ok(
            "changing-column-type",
            "create table t (id int); alter table t alter column id type bigint using id::bigint;",
        );
    }

    #[test]
    fn names_the_new_type_as_written() {
        let msgs = lint_errors(
            "changing-column-type",
            r#"alter table "Recipient" alter column "sendStatus" type "SendStatus_new" using "sendStatus"::text::"SendStatus_new";"#,
        );
        assert_eq!(msgs.len(), 1);
        assert!(msgs[0].contains("to `SendStatus_new`"), "{}", msgs[0]);
    }
}
