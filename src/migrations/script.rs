//! A SQL file as the one executor (`apply::executor`) runs it: its statements in sections. Pure.
//!
//! The rule deciding how a file runs lives here and only here: a file runs inside one
//! transaction unless it says `-- pgshift:no-transaction` or holds a statement that cannot run in
//! one (`CREATE INDEX CONCURRENTLY`, `VACUUM`, ...) or manages its own transactions (`BEGIN`,
//! `COMMIT`); such a file runs statement by statement, its own `BEGIN ... COMMIT` blocks
//! included. Replay, plan validation, dry runs, `apply` and `rollback` all run files this way, so
//! what is validated is exactly what a user applies.

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
    fn a_file_the_parser_rejects_is_kept_as_pieces_for_replay() {
        assert!(Script::parse("create tabel a (x int);").is_err());
        let s = Script::parse_lenient("create table a (x int);\ncreate tabel b (x int);\n");
        assert_eq!(s.len(), 2);
        assert!(s.parse_error.is_some());
    }
}
