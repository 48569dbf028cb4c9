//! `CREATE INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY` and `REINDEX CONCURRENTLY` cannot run
//! inside a transaction block: PostgreSQL refuses them after an explicit `BEGIN`. (pgshift runs
//! files with such statements outside a transaction, so only a BEGIN in the file itself can put
//! them inside one.)

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: "ban-concurrent-index-creation-in-transaction",
    hazards: &[],
    severity: Severity::Blocking,
    summary: "concurrent index statements fail inside BEGIN ... COMMIT",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        if !s.state.in_transaction_block {
            continue;
        }
        let what = match &s.node {
            Some(N::IndexStmt(i)) if i.concurrent => "CREATE INDEX CONCURRENTLY",
            Some(N::DropStmt(d)) if d.concurrent => "DROP INDEX CONCURRENTLY",
            Some(N::ReindexStmt(r))
                if r.params.iter().any(|p| {
                    matches!(ast::inner(p), Some(N::DefElem(d)) if d.defname == "concurrently")
                }) =>
            {
                "REINDEX CONCURRENTLY"
            }
            _ => continue,
        };
        out.push(Violation::new(
            s,
            format!("{what} cannot run inside the transaction block opened by BEGIN: PostgreSQL refuses it"),
            "move it out of BEGIN ... COMMIT; pgshift runs it on its own, outside a transaction",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_concurrent_statements_after_begin() {
        lint_count(
            "ban-concurrent-index-creation-in-transaction",
            "begin;\ncreate index concurrently i on users (email);\ndrop index concurrently j;\nreindex index concurrently k;\ncommit;",
            3,
        );
    }

    #[test]
    fn allows_concurrent_statements_outside_blocks() {
        lint_ok(
            "ban-concurrent-index-creation-in-transaction",
            "create index concurrently i on users (email);",
        );
        lint_ok(
            "ban-concurrent-index-creation-in-transaction",
            "begin;\ncreate index i on users (email);\ncommit;\ncreate index concurrently j on users (name);",
        );
    }
}
