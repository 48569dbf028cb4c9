//! Statements PostgreSQL refuses inside a transaction block: `CREATE INDEX CONCURRENTLY`, `DROP
//! INDEX CONCURRENTLY`, `REINDEX ... CONCURRENTLY`, `ALTER TABLE ... DETACH PARTITION ...
//! CONCURRENTLY`, `REINDEX SCHEMA | DATABASE | SYSTEM` and `VACUUM` ("cannot run inside a
//! transaction block"). pgshift runs files holding them outside a transaction, so this fires
//! when the file itself puts one inside a block: after an explicit `BEGIN` (until its COMMIT or
//! ROLLBACK), or inside a `DO` block (which always runs in a transaction). Not caught: such
//! statements run through EXECUTE of a string built at run time.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ReindexObjectType as R};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::migrations::split::option_is_on;

pub const RULE: RuleDef = RuleDef {
    name: "ban-concurrent-index-creation-in-transaction",
    hazards: &[],
    severity: Severity::Blocking,
    summary: "CONCURRENTLY statements (and VACUUM, database-wide REINDEX) fail inside BEGIN ... COMMIT or DO",
    check,
};

/// What the statement is, when PostgreSQL refuses it inside a transaction block.
fn refused_in_block(node: &N) -> Option<&'static str> {
    match node {
        N::IndexStmt(i) if i.concurrent => Some("CREATE INDEX CONCURRENTLY"),
        N::DropStmt(d) if d.concurrent => Some("DROP INDEX CONCURRENTLY"),
        N::ReindexStmt(r) if option_is_on(&r.params, "concurrently") => {
            Some("REINDEX CONCURRENTLY")
        }
        N::ReindexStmt(r)
            if matches!(
                R::try_from(r.kind),
                Ok(R::ReindexObjectSchema | R::ReindexObjectDatabase | R::ReindexObjectSystem)
            ) =>
        {
            Some("REINDEX SCHEMA, DATABASE or SYSTEM")
        }
        N::VacuumStmt(v) if v.is_vacuumcmd => Some("VACUUM"),
        _ => ast::alter_cmds_of(node, AlterTableType::AtDetachPartition)
            .iter()
            .any(|(_, cmd)| {
                matches!(cmd.def.as_deref().and_then(ast::inner), Some(N::PartitionCmd(p)) if p.concurrent)
            })
            .then_some("DETACH PARTITION ... CONCURRENTLY"),
    }
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(what) = s.node.as_ref().and_then(refused_in_block) else {
            continue;
        };
        let (block, hint) = if s.in_do_block {
            (
                "a DO block",
                "run it as a statement of its own in the file, not inside DO; pgshift runs it outside a transaction",
            )
        } else if s.state.in_transaction_block {
            (
                "the transaction block opened by BEGIN",
                "move it out of BEGIN ... COMMIT; pgshift runs it on its own, outside a transaction",
            )
        } else {
            continue;
        };
        out.push(Violation::new(
            s,
            format!("{what} cannot run inside {block}: PostgreSQL refuses it, so the migration fails here"),
            hint,
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
            "begin;\ncreate index concurrently i on users (email);\ndrop index concurrently j;\nreindex index concurrently k;\nalter table m detach partition m1 concurrently;\nvacuum users;\nreindex schema app;\ncommit;",
            6,
        );
        lint_count(
            "ban-concurrent-index-creation-in-transaction",
            "do $$ begin create index concurrently i on users (email); end $$;",
            1,
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
            "begin;\ncreate index i on users (email);\nreindex (concurrently false) index i;\ncommit;\ncreate index concurrently j on users (name);",
        );
    }
}
