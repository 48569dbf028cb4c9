//! A CHECK constraint on a domain applies to every column of that domain in every table, so
//! changing it later means checking all of them at once, and dropping or replacing it cannot be
//! done one table at a time. Fires on `CREATE DOMAIN ... CHECK (...)` (named or not, with other
//! constraints or not). Fine: domains without CHECK (`NOT NULL` and `DEFAULT` only). Not caught:
//! checks added later with ALTER DOMAIN (that is `ban-alter-domain-with-add-constraint`).

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ConstrType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-create-domain-with-constraint",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "CHECK constraints on domains are hard to change later; put them on the columns",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::CreateDomainStmt(d)) = &s.node else {
            continue;
        };
        let has_check = d.constraints.iter().any(|c| {
            matches!(ast::inner(c), Some(N::Constraint(c)) if c.contype() == ConstrType::ConstrCheck)
        });
        if !has_check {
            continue;
        }
        out.push(Violation::new(
            s,
            format!(
                "domain `{}` has a CHECK constraint: changing it later checks every column of the domain in every table at once",
                ast::dotted(&d.domainname)
            ),
            "put the CHECK on the columns that need it, where it can be replaced NOT VALID one table at a time",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_domain_check() {
        lint_count(
            "ban-create-domain-with-constraint",
            "create domain positive_int as int check (value > 0);",
            1,
        );
        lint_count(
            "ban-create-domain-with-constraint",
            "create domain app.code as text not null constraint short check (char_length(value) <= 8);",
            1,
        );
    }

    #[test]
    fn allows_plain_domains() {
        lint_ok(
            "ban-create-domain-with-constraint",
            "create domain email as text; create domain id as bigint not null;",
        );
    }
}
