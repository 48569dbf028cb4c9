//! Splitting a migration file into statements with the real PostgreSQL parser (`pg_query`), each
//! with its position and whether it may run inside a transaction block.
//!
//! Positions are byte offsets into the file plus 1-based line and column (columns count
//! characters), so an error can name `file:line:column`. A statement's position is that of its
//! first token: leading blank lines and comments belong to no statement.

use pg_query::protobuf::node::Node as N;

use super::psql::CopyData;

/// How a statement may be run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatementKind {
    /// Runs inside a transaction block like most DDL.
    Transactional,
    /// Cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, ALTER SYSTEM...).
    NoTransaction,
    /// BEGIN, COMMIT, ROLLBACK, SAVEPOINT...: the file manages its own transactions.
    TransactionControl,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The statement's text from its first token, without the terminating semicolon.
    pub text: String,
    /// Byte offset of the first token in the file.
    pub offset: usize,
    pub line: usize,
    pub column: usize,
    pub kind: StatementKind,
    /// What the statement does to the file's own transaction block: `Some(true)` opens one
    /// (BEGIN, START TRANSACTION), `Some(false)` ends it (COMMIT, END, ROLLBACK, ABORT), `None`
    /// for anything else (SAVEPOINT, ROLLBACK TO, ordinary statements).
    pub block: Option<bool>,
    /// The rows of a `COPY ... FROM stdin`, which follow it in the file.
    pub copy: Option<CopyData>,
    /// The file the statement comes from when another file included it (`\\i`, `\\ir`): its
    /// offset, line and column point into that file.
    pub origin: Option<std::sync::Arc<Origin>>,
    /// The table constraints an `ALTER TABLE` adds `NOT VALID` or validates: a file that
    /// validates a constraint it added `NOT VALID` runs statement by statement (see
    /// `migrations::script`).
    pub constraint_steps: Vec<ConstraintStep>,
}

/// A constraint an `ALTER TABLE` adds `NOT VALID` (`validates: false`) or validates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConstraintStep {
    /// The table's schema as written (`public` when unqualified) and name, as the lint rules key
    /// tables.
    pub table: (String, String),
    pub constraint: String,
    pub validates: bool,
}

/// An included file: its path and text.
#[derive(Debug, PartialEq, Eq)]
pub struct Origin {
    pub path: std::path::PathBuf,
    pub text: String,
}

/// The file does not parse. `statements` is a best-effort split by the SQL scanner (tokens, not
/// grammar) so a caller can still find which statement is wrong, for example by sending them to a
/// server that reports the exact position; `failing` is the index of the first one the parser
/// rejects on its own, when it can be found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseFailure {
    pub message: String,
    pub statements: Vec<Statement>,
    pub failing: Option<usize>,
}

/// Splits `sql` into statements. Empty statements (a lone `;`) are dropped. `COPY ... FROM
/// stdin` statements carry the rows that follow them; psql meta-commands that only matter to
/// psql are left out, and one pgshift cannot run (or an include, which only a reader of files can
/// follow: see `migrations::include`) fails the split, naming its line.
pub fn split(sql: &str) -> Result<Vec<Statement>, ParseFailure> {
    split_with_includes(sql).and_then(|(statements, includes)| match includes.first() {
        None => Ok(statements),
        Some(m) => Err(ParseFailure {
            message: format!(
                "line {}: \\{} includes another file, which only a migration read from its file can do",
                m.line, m.name
            ),
            failing: statements.iter().position(|s| s.line > m.line),
            statements,
        }),
    })
}

/// [`split`], with the include meta-commands (`\\i`, `\\ir`) given back instead of refused.
pub fn split_with_includes(
    sql: &str,
) -> Result<(Vec<Statement>, Vec<super::psql::MetaCommand>), ParseFailure> {
    let layout = super::psql::layout(sql);
    let text = &*layout.sql;
    let mut statements: Vec<Statement> = match pg_query::parse(text, 0) {
        Ok(parsed) => parsed
            .protobuf
            .stmts
            .iter()
            .filter_map(|raw| {
                let node = raw.stmt.as_ref().and_then(|n| n.node.as_ref());
                statement_at(text, raw.stmt_location, raw.stmt_len, node)
            })
            .collect(),
        Err(e) => {
            let mut f = scanner_fallback(text, e.to_string());
            attach_copies(&mut f.statements, &layout.copies);
            return Err(f);
        }
    };
    attach_copies(&mut statements, &layout.copies);
    let refused = layout
        .meta
        .iter()
        .find_map(|m| m.refusal().map(|why| (m, why)));
    if let Some((m, why)) = refused {
        let failing = statements.iter().position(|s| s.line > m.line);
        return Err(ParseFailure {
            message: format!("line {}: {why}", m.line),
            statements,
            failing,
        });
    }
    let includes = layout
        .meta
        .into_iter()
        .filter(|m| m.include().is_some())
        .collect();
    Ok((statements, includes))
}

/// Gives each `COPY ... FROM stdin` statement the rows that follow it.
fn attach_copies(statements: &mut [Statement], copies: &[(usize, CopyData)]) {
    for (end, data) in copies {
        if let Some(s) = statements
            .iter_mut()
            .filter(|s| s.offset < *end)
            .max_by_key(|s| s.offset)
        {
            s.copy = Some(data.clone());
        }
    }
}

/// How many `;` a statement may hold (a `BEGIN ATOMIC` body) before the fallback gives up
/// joining pieces and calls the first one unparsable.
const MAX_PIECES_PER_STATEMENT: usize = 64;

/// The file does not parse as a whole. It is cut after every `;` the SQL scanner finds (or every
/// `;` character when the scanner fails, at an unterminated string for example), and the parser
/// judges the pieces in order: a piece that does not parse alone is joined with the ones after
/// it until the whole parses (a `BEGIN ATOMIC` body holds semicolons); when none does, the piece
/// is a statement that does not parse, and the next one starts after it. So every statement
/// before and after a bad one keeps its tree and position, and every bad one is kept.
fn scanner_fallback(sql: &str, message: String) -> ParseFailure {
    let mut cuts: Vec<usize> = match pg_query::scan(sql) {
        Ok(scan) => scan
            .tokens
            .iter()
            .filter(|t| sql.get(t.start as usize..t.end as usize) == Some(";"))
            .map(|t| t.end as usize)
            .collect(),
        Err(_) => sql.match_indices(';').map(|(i, _)| i + 1).collect(),
    };
    if cuts.last() != Some(&sql.len()) {
        cuts.push(sql.len());
    }
    let mut statements = Vec::new();
    let mut failing = None;
    let (mut start, mut next) = (0, 0);
    while next < cuts.len() {
        if sql[start..].len() == leading_trivia(&sql[start..]) {
            break;
        }
        let joined = (next..cuts.len().min(next + MAX_PIECES_PER_STATEMENT)).find_map(|k| {
            pg_query::parse(&sql[start..cuts[k]], 0)
                .ok()
                .map(|parsed| (k, parsed))
        });
        match joined {
            Some((k, parsed)) => {
                for raw in &parsed.protobuf.stmts {
                    let node = raw.stmt.as_ref().and_then(|n| n.node.as_ref());
                    let from = start + raw.stmt_location.max(0) as usize;
                    let len = match raw.stmt_len {
                        0 => cuts[k].saturating_sub(from),
                        n => n as usize,
                    };
                    if len == 0 {
                        continue;
                    }
                    statements.extend(statement_at(sql, from as i32, len as i32, node));
                }
                (start, next) = (cuts[k], k + 1);
            }
            None => {
                failing.get_or_insert(statements.len());
                let end = cuts[next];
                statements.extend(statement_at(sql, start as i32, (end - start) as i32, None));
                (start, next) = (end, next + 1);
            }
        }
    }
    ParseFailure {
        message,
        statements,
        failing,
    }
}

/// Builds the statement that the parser placed at `location`/`len` (len 0: to the end), `node`
/// being its parse tree (none when it does not parse).
fn statement_at(sql: &str, location: i32, len: i32, node: Option<&N>) -> Option<Statement> {
    let start = (location.max(0) as usize).min(sql.len());
    let end = if len <= 0 {
        sql.len()
    } else {
        (start + len as usize).min(sql.len())
    };
    let raw = sql.get(start..end)?;
    let skip = leading_trivia(raw);
    let text = raw[skip..].trim_end().trim_end_matches(';').trim_end();
    if text.is_empty() {
        return None;
    }
    let offset = start + skip;
    let (line, column) = line_col(sql, offset);
    Some(Statement {
        text: text.to_string(),
        offset,
        line,
        column,
        kind: node.map(classify).unwrap_or(StatementKind::Transactional),
        block: node.and_then(block_effect),
        copy: None,
        origin: None,
        constraint_steps: node.map(constraint_steps).unwrap_or_default(),
    })
}

/// The constraints an `ALTER TABLE` adds `NOT VALID` (named ones: an unnamed one cannot be
/// validated by name) or validates, in command order.
fn constraint_steps(node: &N) -> Vec<ConstraintStep> {
    use pg_query::protobuf::{AlterTableType as T, ObjectType};
    let N::AlterTableStmt(a) = node else {
        return Vec::new();
    };
    if a.objtype() != ObjectType::ObjectTable {
        return Vec::new();
    }
    let Some(rel) = &a.relation else {
        return Vec::new();
    };
    let schema = match rel.schemaname.as_str() {
        "" => "public",
        s => s,
    };
    let table = (schema.to_string(), rel.relname.clone());
    let mut out = Vec::new();
    for cmd in &a.cmds {
        let Some(N::AlterTableCmd(cmd)) = &cmd.node else {
            continue;
        };
        let step = match cmd.subtype() {
            T::AtValidateConstraint => Some((cmd.name.clone(), true)),
            T::AtAddConstraint => match cmd.def.as_deref().and_then(|d| d.node.as_ref()) {
                Some(N::Constraint(c)) if c.skip_validation && !c.conname.is_empty() => {
                    Some((c.conname.clone(), false))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((constraint, validates)) = step {
            out.push(ConstraintStep {
                table: table.clone(),
                constraint,
                validates,
            });
        }
    }
    out
}

/// Length in bytes of the whitespace and comments (`-- ...`, nested `/* ... */`) that start `s`.
fn leading_trivia(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b[i..].starts_with(b"--") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i = super::psql::comment_end(b, i);
        } else {
            return i;
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|p| p + 1).unwrap_or(0);
    (line, before[line_start..].chars().count() + 1)
}

/// Byte offset in `text` of the 1-based character position the server reports for errors.
pub fn char_position_to_offset(text: &str, position: usize) -> usize {
    text.char_indices()
        .nth(position.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(text.len())
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// What a statement does to the file's own transaction block (see [`Statement::block`]).
fn block_effect(node: &N) -> Option<bool> {
    use pg_query::protobuf::TransactionStmtKind as K;
    let N::TransactionStmt(t) = node else {
        return None;
    };
    match K::try_from(t.kind).ok()? {
        K::TransStmtBegin | K::TransStmtStart => Some(true),
        K::TransStmtCommit | K::TransStmtRollback => Some(false),
        _ => None,
    }
}

/// Statements PostgreSQL refuses inside a transaction block (see the reference page of each:
/// "cannot be executed inside a transaction block").
fn classify(node: &N) -> StatementKind {
    use pg_query::protobuf::{AlterTableType, ReindexObjectType as R};
    match node {
        N::TransactionStmt(_) => StatementKind::TransactionControl,
        N::IndexStmt(s) if s.concurrent => StatementKind::NoTransaction,
        N::DropStmt(s) if s.concurrent => StatementKind::NoTransaction,
        N::ReindexStmt(s) if option_is_on(&s.params, "concurrently") => {
            StatementKind::NoTransaction
        }
        N::ReindexStmt(s)
            if matches!(
                R::try_from(s.kind),
                Ok(R::ReindexObjectSystem | R::ReindexObjectDatabase | R::ReindexObjectSchema)
            ) =>
        {
            StatementKind::NoTransaction
        }
        N::VacuumStmt(s) if s.is_vacuumcmd => StatementKind::NoTransaction,
        // ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY.
        N::AlterTableStmt(a)
            if a.cmds.iter().any(|c| match &c.node {
                Some(N::AlterTableCmd(cmd)) => {
                    cmd.subtype() == AlterTableType::AtDetachPartition
                        && matches!(
                            cmd.def.as_deref().and_then(|d| d.node.as_ref()),
                            Some(N::PartitionCmd(p)) if p.concurrent
                        )
                }
                _ => false,
            }) =>
        {
            StatementKind::NoTransaction
        }
        N::AlterSystemStmt(_)
        | N::CreatedbStmt(_)
        | N::DropdbStmt(_)
        | N::CreateTableSpaceStmt(_)
        | N::DropTableSpaceStmt(_) => StatementKind::NoTransaction,
        N::CreateSubscriptionStmt(_) | N::DropSubscriptionStmt(_) => StatementKind::NoTransaction,
        _ => StatementKind::Transactional,
    }
}

/// True when a utility statement's option list turns `name` on: `(CONCURRENTLY)`,
/// `(CONCURRENTLY true)`, `(FULL on)`, `(FULL 1)`; `false`, `off` and `0` turn it off (the way
/// PostgreSQL reads a boolean option).
pub fn option_is_on(params: &[pg_query::protobuf::Node], name: &str) -> bool {
    use pg_query::protobuf::a_const::Val;
    params.iter().any(|p| {
        let Some(N::DefElem(d)) = &p.node else {
            return false;
        };
        if !d.defname.eq_ignore_ascii_case(name) {
            return false;
        }
        let Some(arg) = d.arg.as_deref().and_then(|a| a.node.as_ref()) else {
            return true;
        };
        let text = match arg {
            N::String(s) => s.sval.to_ascii_lowercase(),
            N::Integer(i) => i.ival.to_string(),
            N::Boolean(b) => b.boolval.to_string(),
            N::AConst(c) => match &c.val {
                Some(Val::Ival(i)) => i.ival.to_string(),
                Some(Val::Sval(s)) => s.sval.to_ascii_lowercase(),
                Some(Val::Boolval(b)) => b.boolval.to_string(),
                _ => return true,
            },
            _ => return true,
        };
        !matches!(text.as_str(), "false" | "off" | "0" | "no")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_skip_comments_and_blank_lines() {
        let sql = "-- header\n\ncreate table a (id int);\n/* one\n /* nested */ two */\n  create index on a (id);\n";
        let s = split(sql).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].line, s[0].column), (3, 1));
        assert_eq!(s[0].text, "create table a (id int)");
        assert_eq!((s[1].line, s[1].column), (6, 3));
    }

    #[test]
    fn classifies_statements_that_cannot_run_in_a_transaction() {
        let sql = "create index concurrently i on t (a); drop index concurrently i; vacuum t; \
                   reindex index concurrently i; alter system set work_mem = '4MB'; begin; commit; \
                   create index i2 on t (a); analyze t;";
        let kinds: Vec<_> = split(sql).unwrap().into_iter().map(|s| s.kind).collect();
        use StatementKind::*;
        assert_eq!(
            kinds,
            [
                NoTransaction,
                NoTransaction,
                NoTransaction,
                NoTransaction,
                NoTransaction,
                TransactionControl,
                TransactionControl,
                Transactional,
                Transactional
            ]
        );
    }

    #[test]
    fn function_bodies_with_semicolons_stay_whole() {
        let sql = "create function f() returns int language sql begin atomic select 1; select 2; end;\n\
                   create function g() returns trigger language plpgsql as $$ begin return new; end $$;";
        let s = split(sql).unwrap();
        assert_eq!(s.len(), 2);
        assert!(s[0].text.ends_with("end"), "{}", s[0].text);
        assert_eq!(s[1].line, 2);
    }

    #[test]
    fn a_syntax_error_points_at_the_bad_statement() {
        let sql =
            "create table a (id int);\n\ncreate tabel b (id int);\ncreate table c (id int);\n";
        let err = split(sql).unwrap_err();
        assert!(err.message.contains("tabel"), "{}", err.message);
        let bad = &err.statements[err.failing.unwrap()];
        assert_eq!(bad.line, 3);
        assert_eq!(err.statements.len(), 3);
    }

    #[test]
    fn every_unparsable_statement_is_kept_and_good_ones_keep_their_trees() {
        // A BEGIN ATOMIC body (semicolons inside) before the bad statement stays one statement.
        let sql =
            "create function f() returns int language sql begin atomic select 1; select 2; end;\n\
                   create tabel x ();\nselect 1; garbage here;\nselect 2;";
        let err = split(sql).unwrap_err();
        let texts: Vec<&str> = err.statements.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts.len(), 5, "{texts:?}");
        assert!(texts[0].ends_with("end"), "{texts:?}");
        assert_eq!(err.failing, Some(1));
        assert_eq!((texts[1], err.statements[1].line), ("create tabel x ()", 2));
        assert_eq!(texts[3], "garbage here");
        assert_eq!(texts[4], "select 2");
        // An unterminated string: the statements before it are kept, and so is the bad one.
        let err = split("select 1;\nselect 'abc").unwrap_err();
        let texts: Vec<&str> = err.statements.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["select 1", "select 'abc"]);
        assert_eq!(err.failing, Some(1));
        let err = split("select $$abc").unwrap_err();
        assert_eq!(err.statements.len(), 1);
    }

    #[test]
    fn concurrent_partition_detach_and_database_wide_reindex_run_outside_transactions() {
        let sql = "alter table t detach partition p concurrently; alter table t detach partition p; \
                   reindex schema s; reindex (concurrently false) index i; reindex (concurrently) index i; \
                   alter table t detach partition p finalize;";
        let kinds: Vec<_> = split(sql).unwrap().into_iter().map(|s| s.kind).collect();
        use StatementKind::*;
        assert_eq!(
            kinds,
            [
                NoTransaction,
                Transactional,
                NoTransaction,
                Transactional,
                NoTransaction,
                Transactional
            ]
        );
    }

    #[test]
    fn pg_dump_restrict_guards_are_ignored() {
        let sql = "\\restrict abc123\n-- dump\ncreate table a (id int);\n\\unrestrict abc123\n";
        let s = split(sql).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(
            (s[0].line, s[0].text.as_str()),
            (3, "create table a (id int)")
        );
    }

    #[test]
    fn line_and_column_count_characters() {
        let t = "ab\né x";
        assert_eq!(line_col(t, t.find('x').unwrap()), (2, 3));
        assert_eq!(char_position_to_offset("éx", 2), 2);
    }

    #[test]
    fn transaction_blocks_open_and_close() {
        let sql = "begin; savepoint a; rollback to savepoint a; commit; start transaction; \
                   rollback; BEGIN ISOLATION LEVEL SERIALIZABLE; END; select 1";
        let effects: Vec<_> = split(sql).unwrap().iter().map(|s| s.block).collect();
        assert_eq!(
            effects,
            [
                Some(true),
                None,
                None,
                Some(false),
                Some(true),
                Some(false),
                Some(true),
                Some(false),
                None
            ]
        );
    }
}
