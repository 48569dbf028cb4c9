//! `TRUNCATE ... CASCADE` also empties every table with a foreign key to the truncated ones,
//! whichever tables those are on the database it runs against. Fires on `TRUNCATE ... CASCADE`
//! unless every truncated table was created earlier in the file (then only
//! tables created there can reference them). Not caught: ON DELETE CASCADE foreign keys of a
//! DELETE.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::DropBehavior;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-truncate-cascade",
    hazards: &[Hazard::DeletesData, Hazard::Irreversible],
    severity: Severity::Blocking,
    summary: "TRUNCATE CASCADE also empties every table that references the truncated ones",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::TruncateStmt(t)) = &s.node else {
            continue;
        };
        if t.behavior() != DropBehavior::DropCascade {
            continue;
        }
        let rels: Vec<_> = t
            .relations
            .iter()
            .filter_map(|r| match ast::inner(r) {
                Some(N::RangeVar(rel)) => Some(rel),
                _ => None,
            })
            .collect();
        // Only tables created in the file can reference tables created in the file.
        if rels.iter().all(|rel| s.table_created_in_file(&ast::table_key(rel))) {
            continue;
        }
        let tables: Vec<String> = rels
            .iter()
            .map(|rel| format!("`{}`", ast::table_display(rel)))
            .collect();
        out.push(Violation::new(
            s,
            format!(
                "truncating {} with CASCADE also deletes all rows of every table that references {}, whichever those are",
                tables.join(", "),
                if tables.len() == 1 { "it" } else { "them" }
            ),
            "truncate the referencing tables explicitly by name, without CASCADE",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_truncate_cascade() {
        lint_count("ban-truncate-cascade", "truncate users cascade;", 1);
        lint_count("ban-truncate-cascade", "truncate a, b cascade;", 1);
        lint_count(
            "ban-truncate-cascade",
            "create table a (id bigint); truncate a, users cascade;",
            1,
        );
    }

    #[test]
    fn allows_plain_truncate() {
        lint_ok("ban-truncate-cascade", "truncate users;");
        lint_ok("ban-truncate-cascade", "truncate users restrict;");
        lint_ok(
            "ban-truncate-cascade",
            "create table a (id bigint primary key); create table b (a_id bigint references a); truncate a cascade;",
        );
    }
}
