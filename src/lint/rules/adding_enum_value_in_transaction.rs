//! `ALTER TYPE ... ADD VALUE` inside a transaction together with other statements (a
//! transactional file, a BEGIN block, a DO block): the new value cannot be used until that
//! transaction commits (PostgreSQL raises "unsafe use of new value" for a default, an UPDATE or
//! a cast that uses it in the same transaction), the lock it takes on the type is held until the
//! other statements finish, and before PostgreSQL 12 the statement fails inside a transaction
//! block at all (docs: ALTER TYPE, "Notes"). A file whose only statement is the ADD VALUE (with
//! its SETs) is fine. The message says when a later statement of the same transaction holds the
//! new value as a string literal, which is most likely a use that fails. Not caught: uses built
//! at run time, and uses in later files of the set (those run in their own transaction).

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-enum-value-in-transaction",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "ALTER TYPE ... ADD VALUE in a transaction with other statements: the value is unusable until commit",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterEnumStmt(e)) = &s.node else {
            continue;
        };
        if e.new_val.is_empty() || !e.old_val.is_empty() || !s.shares_transaction(file) {
            continue;
        }
        let name = ast::dotted(&e.type_name);
        let used = file
            .stmts
            .iter()
            .filter(|o| o.tx == s.tx && o.index > s.index)
            .find(|o| ast::string_literals(&o.text).contains(&e.new_val));
        let message = match used {
            Some(o) => format!(
                "'{}' is added to enum `{name}` and line {} of the same transaction uses it: PostgreSQL refuses a new enum value before the transaction that added it commits",
                e.new_val, o.line
            ),
            None => format!(
                "'{}' is added to enum `{name}` inside a transaction with other statements: it cannot be used until that transaction commits (and before PostgreSQL 12 ADD VALUE fails in a transaction block)",
                e.new_val
            ),
        };
        out.push(Violation::new(
            s,
            message,
            "put the ADD VALUE in a migration file of its own (or one marked `-- pgshift:no-transaction`), before the migrations that use the value",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_add_value_sharing_a_transaction() {
        let errors = lint_errors(
            "adding-enum-value-in-transaction",
            "alter type status add value 'archived';\nupdate posts set status = 'archived' where deleted;",
        );
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("line 2"), "{errors:?}");
        lint_count(
            "adding-enum-value-in-transaction",
            "-- pgshift:no-transaction\nbegin;\nalter type status add value 'archived';\nalter table posts add column note text;\ncommit;",
            1,
        );
    }

    #[test]
    fn allows_add_value_alone() {
        lint_ok(
            "adding-enum-value-in-transaction",
            "set lock_timeout = '1s';\nalter type status add value if not exists 'archived' after 'active';",
        );
        lint_ok(
            "adding-enum-value-in-transaction",
            "-- pgshift:no-transaction\nalter type status add value 'archived';\nupdate posts set status = 'archived' where deleted;",
        );
        lint_ok(
            "adding-enum-value-in-transaction",
            "alter type status rename value 'old' to 'new';\nselect 1;",
        );
    }
}
