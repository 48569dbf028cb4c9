//! A `BEGIN` still open at the end of the file leaves what follows it to chance: rolled back when
//! the connection closes, or committed together with whatever runs next on it. Fires on the
//! `BEGIN` / `START TRANSACTION` / `BEGIN WORK` still open when the file ends (`COMMIT AND CHAIN`
//! keeps it open; `END`, `ABORT`, `ROLLBACK`, `PREPARE TRANSACTION` close it). Not caught:
//! transactions opened inside procedures.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::TransactionStmtKind as K;

use super::RuleDef;
use crate::lint::{File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: "ban-uncommitted-transaction",
    hazards: &[],
    severity: Severity::Blocking,
    summary: "a BEGIN without COMMIT or ROLLBACK before the end of the file",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    // The statement that opened the transaction block still open, if any.
    let mut open: Option<usize> = None;
    for s in &file.stmts {
        let Some(N::TransactionStmt(t)) = &s.node else {
            continue;
        };
        match t.kind() {
            K::TransStmtBegin | K::TransStmtStart => {
                open.get_or_insert(s.index);
            }
            K::TransStmtCommit | K::TransStmtRollback if !t.chain => open = None,
            K::TransStmtPrepare => open = None,
            _ => {}
        }
    }
    match open {
        Some(i) => vec![Violation::new(
            &file.stmts[i],
            "this transaction is never committed: the file ends with it open, so its statements are rolled back or committed by whatever runs next",
            "end it with COMMIT, or remove BEGIN and let pgshift run the file in its own transaction",
        )],
        None => vec![],
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_open_transaction_at_end() {
        lint_count(
            "ban-uncommitted-transaction",
            "begin;\nalter table users add column a int;",
            1,
        );
        lint_count(
            "ban-uncommitted-transaction",
            "begin;\nselect 1;\ncommit;\nstart transaction;\nselect 2;\ncommit and chain;\nselect 3;",
            1,
        );
    }

    #[test]
    fn allows_closed_transactions() {
        lint_ok(
            "ban-uncommitted-transaction",
            "begin;\nalter table users add column a int;\ncommit;",
        );
        lint_ok("ban-uncommitted-transaction", "begin;\nselect 1;\nrollback;");
        lint_ok(
            "ban-uncommitted-transaction",
            "alter table users add column a int;",
        );
    }
}
