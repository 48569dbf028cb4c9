//! Changing a sequence's values (`RESTART`, `INCREMENT`, `MINVALUE`, `MAXVALUE`, `START`, `CYCLE`,
//! `CACHE`) changes the ids clients are handed next: a restart hands out ids already used, a
//! smaller maximum makes inserts fail. Fires on each option of `ALTER SEQUENCE s ...` of sequences
//! not created earlier in the file, and on identity options of `ALTER TABLE ... ALTER [COLUMN] c
//! {RESTART | SET INCREMENT BY ...}` on existing tables. An `info` note (on by default). Not
//! caught: `setval()` calls, which move a sequence from a query.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ObjectType};

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-sequence-values",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
        summary: "ALTER SEQUENCE RESTART / INCREMENT / MAXVALUE changes the ids clients get next",
    check,
};

fn option_names(options: &[pg_query::protobuf::Node]) -> Vec<String> {
    options
        .iter()
        .filter_map(|o| match ast::inner(o) {
            Some(N::DefElem(e)) if e.defname != "generated" && e.defname != "owned_by" => {
                Some(e.defname.clone())
            }
            _ => None,
        })
        .collect()
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterSeqStmt(a)) = &s.node else {
            continue;
        };
        let Some(rel) = &a.sequence else { continue };
        if objects::created_before(file, s, ObjectType::ObjectSequence, &ast::table_key(rel)) {
            continue;
        }
        for name in option_names(&a.options) {
            out.push(Violation::new(
                s,
                format!("changing {name} of sequence `{}` changes the values clients get next", ast::table_display(rel)),
                "make sure the new values cannot collide with ids already handed out",
            ));
        }
    }
    for (s, rel, c) in objects::existing_table_cmds(file) {
        if c.subtype() != AlterTableType::AtSetIdentity {
            continue;
        }
        let Some(N::List(l)) = c.def.as_deref().and_then(ast::inner) else {
            continue;
        };
        for name in option_names(&l.items) {
            out.push(Violation::new(
                s,
                format!("changing {name} of the identity of `{}.{}` changes the values clients get next", ast::table_display(rel), c.name),
                "make sure the new values cannot collide with ids already handed out",
            ));
        }
    }
    out.sort_by_key(|v| v.stmt);
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_value_changes() {
        lint_count(
            "ban-alter-sequence-values",
            "alter sequence ids restart with 1 increment by 2;",
            2,
        );
        lint_count(
            "ban-alter-sequence-values",
            "alter table t alter column id restart with 5;",
            1,
        );
    }

    #[test]
    fn allows_new_sequences_and_owners() {
        lint_ok(
            "ban-alter-sequence-values",
            "create sequence ids; alter sequence ids restart with 1;",
        );
        lint_ok(
            "ban-alter-sequence-values",
            "alter sequence ids owner to app; alter table t alter column id set generated always;",
        );
    }
}
