//! pgshift runs each migration in one transaction together with the row that records it. A file
//! with its own `BEGIN`/`COMMIT` makes pgshift run it statement by statement instead, so a failure
//! can leave part of the file applied; and PostgreSQL only warns about a `BEGIN` inside an open
//! block or a `COMMIT` with none open, so mismatched ones do not do what they say. Fires on the
//! first BEGIN of each block, a BEGIN inside an open block, a COMMIT or ROLLBACK with no block
//! open, and SAVEPOINT commands outside a block. Not caught: COMMIT inside procedures.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::TransactionStmtKind as K;

use super::RuleDef;
use crate::lint::{File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: "transaction-nesting",
    hazards: &[],
    severity: Severity::Warning,
    summary: "explicit transaction control in a migration (or a BEGIN/COMMIT that does not match)",
    check,
};

const HINT: &str = "remove BEGIN/COMMIT and let pgshift run the file in its own transaction";

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::TransactionStmt(t)) = &s.node else {
            continue;
        };
        let open = s.state.in_transaction_block;
        let message = match t.kind() {
            K::TransStmtBegin | K::TransStmtStart if open => {
                "BEGIN inside an open transaction block does nothing (PostgreSQL only warns): the next COMMIT already ends the outer transaction"
            }
            K::TransStmtBegin | K::TransStmtStart => {
                "explicit transaction control: pgshift runs each migration in a transaction with its tracking row; BEGIN/COMMIT in the file makes it run statement by statement, so a failure can leave part of the file applied"
            }
            K::TransStmtCommit | K::TransStmtRollback if !open => {
                "COMMIT or ROLLBACK without an open transaction block does nothing (PostgreSQL only warns): the statements before it already ran on their own"
            }
            K::TransStmtSavepoint | K::TransStmtRelease | K::TransStmtRollbackTo if !open => {
                "savepoint command outside a transaction block: PostgreSQL refuses it, since pgshift runs a file with transaction control statement by statement"
            }
            _ => continue,
        };
        out.push(Violation::new(s, message, HINT));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_explicit_transactions_once_per_block() {
        lint_count(
            "transaction-nesting",
            "begin;\nalter table users add column a int;\ncommit;",
            1,
        );
        lint_count(
            "transaction-nesting",
            "begin;\nselect 1;\ncommit;\nstart transaction;\nselect 2;\nrollback;",
            2,
        );
    }

    #[test]
    fn flags_mismatched_control() {
        // The outer BEGIN, the nested one, and the COMMIT that finds no block open.
        lint_count(
            "transaction-nesting",
            "begin;\nbegin;\nselect 1;\ncommit;\ncommit;",
            3,
        );
        lint_count("transaction-nesting", "select 1;\ncommit;", 1);
        lint_count("transaction-nesting", "savepoint a;\nselect 1;", 1);
    }

    #[test]
    fn allows_files_without_transaction_control() {
        lint_ok(
            "transaction-nesting",
            "alter table users add column a int;\ncreate index concurrently i on users (a);",
        );
        lint_ok(
            "transaction-nesting",
            "set lock_timeout = '3s';\nalter table users add column a int;",
        );
    }
}
