//! `ADD COLUMN ... NOT NULL` without a default fails on a table that has rows (existing rows
//! would be null), and once it is in, inserts from deployed clients that do not know the column
//! fail too. Fires on `ADD COLUMN` (any ALTER TABLE form) declared `NOT NULL` or `PRIMARY KEY`
//! with no default or with `DEFAULT NULL`; a default, an identity, a `serial` type or a generated
//! column fills existing rows, and tables created earlier in the file or migration set have none.
//! A warning: on a table with rows the statement fails (nothing is kept), on an empty one it
//! breaks older clients' inserts; neither blocks the table nor loses data. Not caught: a NOT
//! NULL that comes from the column's domain, and a later `SET NOT NULL` (that is
//! `adding-not-nullable-field`).

use pg_query::protobuf::{AlterTableType, ConstrType};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-required-field",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "adding a NOT NULL column without a default fails on a filled table and breaks inserts of older clients",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtAddColumn) {
            if s.table_is_new(&ast::table_key(rel)) {
                continue;
            }
            let Some(col) = ast::column_def(cmd) else { continue };
            let required = col.is_not_null
                || ast::column_has(col, ConstrType::ConstrNotnull)
                || ast::column_has(col, ConstrType::ConstrPrimary);
            let null_default = ast::column_default(col).is_some_and(|d| {
                matches!(ast::inner(d), Some(pg_query::protobuf::node::Node::AConst(c)) if c.isnull)
            });
            let filled = (ast::column_default(col).is_some() && !null_default)
                || !col.generated.is_empty()
                || !col.identity.is_empty()
                || ast::column_has(col, ConstrType::ConstrGenerated)
                || ast::column_has(col, ConstrType::ConstrIdentity)
                || col.type_name.as_ref().is_some_and(ast::is_serial);
            if required && !filled {
                out.push(Violation::new(
                    s,
                    format!(
                        "adding NOT NULL column `{}` to `{}` without a default fails if the table has rows, and inserts from clients that do not set it fail",
                        col.colname,
                        ast::table_display(rel)
                    ),
                    "give the column a DEFAULT, or add it nullable, backfill it, and make it NOT NULL in a later migration",
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_not_null_without_default() {
        lint_count(
            "adding-required-field",
            "alter table users add column tenant_id bigint not null;",
            1,
        );
        lint_count(
            "adding-required-field",
            "alter table users add column code text primary key;",
            1,
        );
        lint_count(
            "adding-required-field",
            "alter table users add column code text not null default null;",
            1,
        );
    }

    #[test]
    fn allows_defaults_generated_nullable_and_new_tables() {
        lint_ok(
            "adding-required-field",
            "alter table users add column active boolean not null default true;",
        );
        lint_ok("adding-required-field", "alter table users add column note text;");
        lint_ok(
            "adding-required-field",
            "alter table users add column n bigint not null generated always as identity;",
        );
        lint_ok(
            "adding-required-field",
            "alter table users add column total int not null generated always as (a + b) stored;",
        );
        lint_ok(
            "adding-required-field",
            "alter table users add column id bigserial not null;",
        );
        lint_ok(
            "adding-required-field",
            "create table t (a int); alter table t add column b int not null;",
        );
    }
}
