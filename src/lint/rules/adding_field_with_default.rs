//! Adding a column whose value must be computed for every existing row rewrites the whole table
//! (and its indexes) under an ACCESS EXCLUSIVE lock. Since PostgreSQL 11 a default that is not
//! volatile (a constant, `now()`, `current_timestamp`, stable or immutable built-ins and
//! operators over them) is evaluated once and stored in the catalog: no rewrite (docs: ALTER
//! TABLE, "Notes"). Fires on `ADD COLUMN` (also `IF NOT EXISTS`, in multi-command ALTER TABLE,
//! on `ONLY`, partitioned and quoted or schema-qualified tables, inside DO blocks) with a
//! volatile default (`gen_random_uuid()`, `random()`, `clock_timestamp()`, `nextval(...)`), a
//! call to a function that is not a known built-in (user-defined and extension functions, such
//! as `uuid_generate_v4()`, are volatile unless declared otherwise, which one statement cannot
//! show), a `serial` type, an identity column, or a `GENERATED ... STORED` column; tables created
//! earlier in the file or migration set are fine, and so are PostgreSQL 18's virtual generated
//! columns. Not caught: a volatile default that comes from the column's domain, and a user
//! function that is in fact declared STABLE or IMMUTABLE (silence it with an allow comment).

use pg_query::protobuf::{AlterTableType, ConstrType};

use super::RuleDef;
use crate::lint::{ast, volatility, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-field-with-default",
    hazards: &[Hazard::TableRewrite, Hazard::AcquiresAccessExclusiveLock],
    severity: Severity::Blocking,
    summary: "adding a column with a volatile default (or a serial, identity or stored generated column) rewrites the table",
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
            let stored = ast::column_constraints(col).any(|c| {
                c.contype() == ConstrType::ConstrGenerated && c.generated_kind != "v"
            }) || col.generated == "s";
            let identity =
                !col.identity.is_empty() || ast::column_has(col, ConstrType::ConstrIdentity);
            let serial = col.type_name.as_ref().is_some_and(ast::is_serial);
            let volatile = ast::column_default(col).is_some_and(volatility::is_volatile);
            let why = if stored {
                "a stored generated column, computed for every row,"
            } else if identity {
                "an identity column, numbered for every row,"
            } else if serial {
                "a serial column, whose nextval() default runs for every row,"
            } else if volatile {
                "a default that is volatile (or calls a function not known to be stable), evaluated for every row,"
            } else {
                continue;
            };
            out.push(Violation::new(
                s,
                format!(
                    "adding column `{}` to `{}` with {why} rewrites the table while blocking reads and writes",
                    col.colname,
                    ast::table_display(rel)
                ),
                "add the column without a default (or with a constant one), set the default in a second statement, and backfill existing rows in batches",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_values_computed_per_row() {
        lint_count(
            "adding-field-with-default",
            "alter table users add column token uuid default gen_random_uuid();\nalter table users add column total int generated always as (a + b) stored;\nalter table users add column n bigint generated always as identity;\nalter table users add column s bigserial;\nalter table users add column x jsonb default myjsonb();\nalter table users add column t timestamptz default now(123);",
            6,
        );
    }

    #[test]
    fn allows_constant_and_stable_defaults() {
        lint_ok(
            "adding-field-with-default",
            "alter table users add column n int default 0;\nalter table users add column at timestamptz default now();\nalter table users add column j jsonb default '{}'::jsonb;\nalter table users add column v int generated always as (a + b) virtual;\nalter table users add column k int default 2 + 2;",
        );
        lint_ok(
            "adding-field-with-default",
            "create table t (a int); alter table t add column id uuid default gen_random_uuid();",
        );
    }
}
