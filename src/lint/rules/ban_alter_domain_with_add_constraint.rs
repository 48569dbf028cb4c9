//! `ALTER DOMAIN ... ADD CONSTRAINT` checks every value of the domain in every table column that
//! uses it, while holding locks on those tables. Added `NOT VALID`, only new values are checked,
//! and `ALTER DOMAIN ... VALIDATE CONSTRAINT` checks the old ones later. Fires on `ALTER DOMAIN
//! ... ADD [CONSTRAINT name] CHECK (...)` without NOT VALID. Fine: NOT VALID, VALIDATE, DROP and
//! RENAME CONSTRAINT, domains created earlier in the file. `ALTER DOMAIN ... SET NOT NULL`, which
//! checks every column of the domain for nulls the same way, is `adding-not-nullable-field`'s (a
//! warning there). Not caught: domain constraints added by functions or dynamic SQL.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-domain-with-add-constraint",
    hazards: &[Hazard::FullTableScan],
    severity: Severity::Blocking,
    summary: "adding a constraint to a domain checks every column of that domain in every table",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut created: Vec<String> = Vec::new();
    for s in &file.stmts {
        if let Some(N::CreateDomainStmt(c)) = &s.node {
            created.push(ast::name_key(&ast::dotted(&c.domainname)));
        }
        let Some(N::AlterDomainStmt(d)) = &s.node else {
            continue;
        };
        if created.contains(&ast::name_key(&ast::dotted(&d.type_name))) {
            continue;
        }
        // Subtype `C` is ADD CONSTRAINT.
        if d.subtype != "C" {
            continue;
        }
        let Some(N::Constraint(c)) = d.def.as_deref().and_then(ast::inner) else {
            continue;
        };
        if c.skip_validation {
            continue;
        }
        out.push(Violation::new(
            s,
            format!(
                "adding constraint{} to domain `{}` checks every value of every column that uses it, in every table",
                if c.conname.is_empty() {
                    String::new()
                } else {
                    format!(" `{}`", c.conname)
                },
                ast::dotted(&d.type_name)
            ),
            "add it NOT VALID, then ALTER DOMAIN ... VALIDATE CONSTRAINT in a later migration",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_validated_domain_constraint() {
        lint_count(
            "ban-alter-domain-with-add-constraint",
            "alter domain positive_int add constraint positive check (value > 0);",
            1,
        );
    }

    #[test]
    fn leaves_set_not_null_and_new_domains() {
        lint_ok(
            "ban-alter-domain-with-add-constraint",
            "alter domain positive_int set not null;",
        );
        lint_ok(
            "ban-alter-domain-with-add-constraint",
            "create domain d as int;
alter domain d add constraint positive check (value > 0);",
        );
    }

    #[test]
    fn allows_not_valid_and_other_changes() {
        lint_ok(
            "ban-alter-domain-with-add-constraint",
            "alter domain positive_int add constraint positive check (value > 0) not valid;",
        );
        lint_ok(
            "ban-alter-domain-with-add-constraint",
            "alter domain positive_int validate constraint positive; alter domain positive_int drop constraint positive;",
        );
    }
}
