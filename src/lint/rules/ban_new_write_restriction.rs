//! A new constraint can reject writes existing clients still make, even when it is added `NOT
//! VALID` (that only skips checking the rows already there). Fires, on tables that existed before
//! the file, on `ADD [CONSTRAINT] CHECK | FOREIGN KEY | UNIQUE | PRIMARY KEY | EXCLUDE | NOT NULL`,
//! `SET NOT NULL`, `ADD COLUMN` with `NOT NULL`, `REFERENCES`, `CHECK`, `UNIQUE` or `PRIMARY KEY`,
//! `ALTER CONSTRAINT` making a constraint enforced or changing when it is checked, any constraint
//! on a foreign table, `ALTER DOMAIN ... SET NOT NULL | ADD CONSTRAINT`, and `CREATE UNIQUE INDEX`
//! (concurrent or not). An `info` note (on by default): the lock and scan rules report what blocks.
//! Not caught: triggers that reject writes, and a domain's constraint reached through `ALTER TABLE
//! ... ALTER COLUMN TYPE`.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType as T, ConstrType as C, ObjectType};

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-new-write-restriction",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Info,
        summary: "a new constraint (even NOT VALID), SET NOT NULL or unique index can reject writes clients make",
    check,
};

const RESTRICTING: [C; 6] = [
    C::ConstrCheck,
    C::ConstrForeign,
    C::ConstrUnique,
    C::ConstrPrimary,
    C::ConstrExclusion,
    C::ConstrNotnull,
];

fn hint() -> &'static str {
    "make sure every deployed client already writes rows that satisfy it"
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for (s, rel, c) in objects::existing_table_cmds(file) {
        let table = ast::table_display(rel);
        let foreign = matches!(&s.node, Some(N::AlterTableStmt(a)) if a.objtype() == ObjectType::ObjectForeignTable);
        let message = match c.subtype() {
            T::AtAddConstraint => match ast::constraint_def(c) {
                Some(k) if foreign || RESTRICTING.contains(&k.contype()) => {
                    format!("a new constraint on `{table}` can reject writes clients make, even NOT VALID")
                }
                _ => continue,
            },
            T::AtSetNotNull => format!("SET NOT NULL on `{table}.{}` rejects clients that write NULL", c.name),
            T::AtAddColumn => match ast::column_def(c) {
                Some(col)
                    if ast::column_constraints(col).any(|k| {
                        RESTRICTING.contains(&k.contype()) || k.contype() == C::ConstrNotnull
                    }) =>
                {
                    format!("new column `{table}.{}` has a constraint that can reject writes clients make", col.colname)
                }
                _ => continue,
            },
            T::AtAlterConstraint => match c.def.as_deref().and_then(ast::inner) {
                Some(N::AtalterConstraint(a))
                    if a.alter_deferrability || (a.alter_enforceability && a.is_enforced) =>
                {
                    format!("changing how constraint `{}` on `{table}` is enforced can reject writes clients make", a.conname)
                }
                _ => continue,
            },
            _ => continue,
        };
        out.push(Violation::new(s, message, hint()));
    }
    for s in &file.stmts {
        let message = match &s.node {
            Some(N::AlterDomainStmt(d)) if d.subtype == "O" || d.subtype == "C" => format!(
                "a new requirement on domain `{}` can reject writes clients make, even NOT VALID",
                ast::dotted(&d.type_name)
            ),
            Some(N::IndexStmt(i)) if i.unique => {
                let Some(rel) = &i.relation else { continue };
                if s.table_created_in_file(&ast::table_key(rel)) {
                    continue;
                }
                format!("a unique index on `{}` rejects duplicate writes clients make, even built CONCURRENTLY", ast::table_display(rel))
            }
            _ => continue,
        };
        out.push(Violation::new(s, message, hint()));
    }
    out.sort_by_key(|v| v.stmt);
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_write_restrictions() {
        lint_count(
            "ban-new-write-restriction",
            "alter table t add constraint ck check (id > 0) not valid; alter table t add constraint fk foreign key (id) references p(id) not valid; alter table t alter column id set not null; create unique index concurrently idx on t(id);",
            4,
        );
        lint_count(
            "ban-new-write-restriction",
            "alter domain d set not null; alter domain d add constraint c check (value > 0) not valid; alter table t add column c int not null; alter table t alter constraint fk not deferrable;",
            4,
        );
    }

    #[test]
    fn allows_new_tables_and_loosening() {
        lint_ok(
            "ban-new-write-restriction",
            "create table t (id int); alter table t add constraint ck check (id > 0) not valid; create unique index idx on t(id);",
        );
        lint_ok(
            "ban-new-write-restriction",
            "create index concurrently idx on t(id); alter table t alter constraint fk not enforced; alter table t add column c int;",
        );
    }
}
