//! A SQL file as the one executor (`apply::executor`) runs it: its statements in sections. Pure.
//!
//! The rule deciding how a file runs lives here and only here: a file runs inside one
//! transaction unless it says `-- pgshift:no-transaction`, holds a statement that cannot run in
//! one (`CREATE INDEX CONCURRENTLY`, `VACUUM`, ...), manages its own transactions (`BEGIN`,
//! `COMMIT`), or validates a constraint it added `NOT VALID` (`VALIDATE CONSTRAINT` is only
//! online when the ADD has committed and released its lock: in one transaction the lock the ADD
//! took is still held while every row is checked); such a file runs statement by statement, as
//! psql runs it, its own `BEGIN ... COMMIT` blocks included. Replay, plan validation, dry runs,
//! `apply`, `rollback` and `lint` all run (or judge) files this way, so what is validated is
//! exactly what a user applies.

use super::{directives, split, ParseFailure, Statement, StatementKind};

/// A run of statements that share one way of running.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Run inside one transaction that the executor opens and commits.
    pub transactional: bool,
    pub statements: Vec<Statement>,
}

/// A file's statements, ready to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    /// The file's text (statement offsets point into it).
    pub text: String,
    pub sections: Vec<Section>,
    /// The parser rejects the file, though the scanner could split it (replay sends the pieces
    /// and reports this if the server takes them all): the message and the failing statement.
    pub parse_error: Option<(String, Option<usize>)>,
}

impl Script {
    /// Splits `text`; a file the parser rejects is an error naming the statement.
    pub fn parse(text: &str) -> Result<Script, ParseFailure> {
        let statements = split(text)?;
        Ok(Script::from_statements(text, statements, None))
    }

    /// [`Script::parse`] of the file at `path`, following its includes (`\\i`, `\\ir`).
    pub fn load(path: &std::path::Path, text: &str) -> Result<Script, ParseFailure> {
        let statements = super::include::statements(path, text)?;
        Ok(Script::from_statements(text, statements, None))
    }

    /// [`Script::parse_lenient`] of the file at `path`, following its includes.
    pub fn load_lenient(path: &std::path::Path, text: &str) -> Script {
        match super::include::statements(path, text) {
            Ok(s) => Script::from_statements(text, s, None),
            Err(f) => Script::from_statements(text, f.statements, Some((f.message, f.failing))),
        }
    }

    /// Splits `text`, keeping a file the parser rejects as the scanner's pieces (for replay,
    /// where the server then names the exact position).
    pub fn parse_lenient(text: &str) -> Script {
        match split(text) {
            Ok(s) => Script::from_statements(text, s, None),
            Err(f) => Script::from_statements(text, f.statements, Some((f.message, f.failing))),
        }
    }

    fn from_statements(
        text: &str,
        statements: Vec<Statement>,
        parse_error: Option<(String, Option<usize>)>,
    ) -> Script {
        let transactional = runs_in_transaction(text, &statements);
        Script {
            text: text.to_string(),
            sections: vec![Section {
                transactional,
                statements,
            }],
            parse_error,
        }
    }

    /// Whether the whole file runs in one transaction.
    pub fn transactional(&self) -> bool {
        self.sections.iter().all(|s| s.transactional)
    }

    /// Every statement, in order.
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.sections.iter().flat_map(|s| s.statements.iter())
    }

    pub fn len(&self) -> usize {
        self.sections.iter().map(|s| s.statements.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Whether a file with these statements runs inside one transaction (see the module docs).
pub fn runs_in_transaction(text: &str, statements: &[Statement]) -> bool {
    !directives::parse(text).no_transaction
        && statements
            .iter()
            .all(|s| s.kind == StatementKind::Transactional)
        && !validates_what_it_added_not_valid(statements)
}

/// True when a statement validates a constraint an earlier statement of the file added `NOT
/// VALID` (docs: ALTER TABLE, "Notes": validation takes only a SHARE UPDATE EXCLUSIVE lock,
/// once the ADD has committed).
fn validates_what_it_added_not_valid(statements: &[Statement]) -> bool {
    let mut added = std::collections::BTreeSet::new();
    for step in statements.iter().flat_map(|s| &s.constraint_steps) {
        let key = (&step.table, &step.constraint);
        if !step.validates {
            added.insert(key);
        } else if added.contains(&key) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_runs_in_one_transaction_unless_it_cannot() {
        let s = Script::parse("create table a (x int);\ninsert into a values (1);\n").unwrap();
        assert!(s.transactional());
        assert_eq!(s.len(), 2);
        for text in [
            "create table a (x int);\ncreate index concurrently a_x on a (x);\n",
            "begin;\ncreate table a (x int);\ncommit;\n",
            "-- pgshift:no-transaction\ncreate table a (x int);\n",
        ] {
            let s = Script::parse(text).unwrap();
            assert!(!s.transactional(), "{text}");
        }
    }

    #[test]
    fn validating_a_constraint_added_not_valid_in_the_file_runs_statement_by_statement() {
        for text in [
            "alter table t add constraint c check (x > 0) not valid;\nalter table t validate constraint c;\n",
            // Qualified or not, quoted as written, among other commands.
            "alter table public.t add column y int, add constraint \"C\" foreign key (y) references u not valid;\n\
             select 1;\nalter table only t validate constraint \"C\";\n",
        ] {
            assert!(!Script::parse(text).unwrap().transactional(), "{text}");
        }
        for text in [
            // Validated by a later file, or validating one an earlier file added.
            "alter table t add constraint c check (x > 0) not valid;\n",
            "alter table t validate constraint c;\nalter table t add column y int;\n",
            // Another constraint, another table, or validated before it is added.
            "alter table t add constraint c check (x > 0) not valid;\nalter table t validate constraint d;\n",
            "alter table t add constraint c check (x > 0) not valid;\nalter table u validate constraint c;\n",
            "alter table t validate constraint c;\nalter table t add constraint c check (x > 0) not valid;\n",
            // A DO block is one statement, one transaction: lint reports it.
            "do $$ begin alter table t add constraint c check (x > 0) not valid; alter table t validate constraint c; end $$;\n",
        ] {
            assert!(Script::parse(text).unwrap().transactional(), "{text}");
        }
    }

    #[test]
    fn a_file_the_parser_rejects_is_kept_as_pieces_for_replay() {
        assert!(Script::parse("create tabel a (x int);").is_err());
        let s = Script::parse_lenient("create table a (x int);\ncreate tabel b (x int);\n");
        assert_eq!(s.len(), 2);
        assert!(s.parse_error.is_some());
    }
}
