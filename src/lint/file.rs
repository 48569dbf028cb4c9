//! A migration file as the rules see it: its statements, each parsed with `pg_query` and carrying
//! what ran before it ([`State`]): tables and indexes created earlier, enum values, constraints
//! added `NOT VALID` and validated, the open transaction block, the timeouts set, and the
//! transaction the statement runs in. Files linted as one migration set carry the state from one
//! file to the next.
//!
//! A statement that does not parse, and a psql meta-command pgshift cannot run, become statements
//! with a parse error (reported as `syntax-error`), never a silent skip.

use std::collections::{BTreeMap, BTreeSet};

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ConstrType, Constraint, NullTestType, ObjectType};

use super::ast;
use crate::migrations::psql;
use crate::migrations::split::{self, StatementKind};

/// A constraint added `NOT VALID` and not validated yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotValid {
    /// The column it proves not null once validated (`CHECK (col IS NOT NULL)`, `NOT NULL col`).
    pub not_null_column: Option<String>,
    /// The transaction that added it ([`Stmt::tx`]).
    pub tx: usize,
}

/// What the migration did before a statement.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Tables (and materialized views) created earlier in the file (`schema.name` as written,
    /// `public` when unqualified): changing them is safe because nobody uses them yet.
    pub created_tables: BTreeSet<String>,
    /// Tables `CREATE TABLE IF NOT EXISTS` (or `CREATE TABLE ... AS` with it) named earlier: new
    /// when they did not exist, so nobody holds locks on them yet in the case the statement was
    /// written for, but the file does not prove they hold no data.
    pub created_if_absent: BTreeSet<String>,
    /// Tables created by earlier files of the migration set: nobody holds locks on them yet.
    pub created_in_set: BTreeSet<String>,
    /// Named indexes created earlier (`schema.name`, the schema of their table).
    pub created_indexes: BTreeSet<String>,
    /// The values of enum types created earlier, in their sort order (`schema.name` keys).
    pub enum_values: BTreeMap<String, Vec<String>>,
    /// `(table, constraint)` added NOT VALID and not validated yet.
    pub not_valid: BTreeMap<(String, String), NotValid>,
    /// `(table, column)` a validated constraint proves not null.
    pub proven_not_null: BTreeSet<(String, String)>,
    /// `(table, constraint)` validated here but added before the migration (its definition is
    /// not known).
    pub validated_elsewhere: BTreeSet<(String, String)>,
    /// An explicit BEGIN is open.
    pub in_transaction_block: bool,
    /// `SET lock_timeout` ran earlier in the file (or its transaction).
    pub lock_timeout_set: bool,
    /// `SET statement_timeout` ran earlier.
    pub statement_timeout_set: bool,
    /// Transactions started so far: the next statement's [`Stmt::tx`] is numbered from here.
    transactions: usize,
    /// The transaction of the open BEGIN block.
    block_tx: usize,
}

impl State {
    fn new_transaction(&mut self) -> usize {
        self.transactions += 1;
        self.transactions
    }

    /// The state a later file of the same migration set starts from: what was created and
    /// validated carries over, the session settings and transaction blocks do not.
    pub fn for_next_file(&self) -> State {
        State {
            created_in_set: self
                .created_in_set
                .union(&self.created_tables)
                .chain(&self.created_if_absent)
                .cloned()
                .collect(),
            created_indexes: self.created_indexes.clone(),
            enum_values: self.enum_values.clone(),
            not_valid: self.not_valid.clone(),
            proven_not_null: self.proven_not_null.clone(),
            validated_elsewhere: self.validated_elsewhere.clone(),
            transactions: self.transactions,
            ..State::default()
        }
    }
}

/// One statement of a file, parsed.
#[derive(Debug, Clone)]
pub struct Stmt {
    pub index: usize,
    pub text: String,
    pub line: usize,
    pub column: usize,
    pub kind: StatementKind,
    /// The parse tree; `None` when the statement does not parse.
    pub node: Option<N>,
    /// The parser's message when it does not.
    pub parse_error: Option<String>,
    pub state: State,
    /// Rules silenced by `-- pgshift:allow RULE` right above the statement.
    pub allowed: BTreeSet<String>,
    /// The statement runs inside a `DO` block (found by PostgreSQL's PL/pgSQL parser), so the
    /// rules see what the block really does.
    pub in_do_block: bool,
    /// The transaction the statement runs in, as pgshift runs the file: one for the whole of a
    /// transactional file, one per BEGIN ... COMMIT block, and one per statement outside blocks
    /// in a file run statement by statement. Statements with the same number share locks.
    pub tx: usize,
}

impl Stmt {
    /// True when `table` (as [`ast::table_key`] names it) was created earlier in the file or the
    /// migration set: locking or rewriting it blocks nobody. The lock and rewrite rules use this;
    /// `CREATE TABLE IF NOT EXISTS` counts (the re-runnable way to create a table, whose later
    /// indexes and constraints are written for the new table).
    pub fn table_is_new(&self, key: &str) -> bool {
        self.state.created_tables.contains(key)
            || self.state.created_if_absent.contains(key)
            || self.state.created_in_set.contains(key)
    }

    /// True when `table` was created earlier in this file. The rules about deleting data and
    /// breaking clients use this: a deploy can stop between two files of a set, and what the
    /// first one created may then hold rows and have readers before the second runs, so only the
    /// same file proves that dropping or renaming it loses nothing. `CREATE TABLE IF NOT EXISTS`
    /// does not count: when the table existed it did nothing, and the table keeps its rows.
    pub fn table_created_in_file(&self, key: &str) -> bool {
        self.state.created_tables.contains(key)
    }

    /// True when the statement runs in a transaction together with other statements (a
    /// transactional file, a BEGIN block or a DO block), so the locks it takes are held until
    /// the others are done.
    pub fn shares_transaction(&self, file: &File) -> bool {
        file.stmts
            .iter()
            .filter(|o| o.tx == self.tx && o.index != self.index)
            .any(|o| !matches!(o.node, Some(N::TransactionStmt(_) | N::VariableSetStmt(_))))
    }
}

/// A parsed file as the rules see it.
#[derive(Debug, Clone)]
pub struct File {
    pub path: String,
    pub stmts: Vec<Stmt>,
    /// pgshift runs the file inside one transaction (`migrations::script::runs_in_transaction`:
    /// no `-- pgshift:no-transaction` directive, no statement that cannot run in one, no
    /// validation of a constraint the file added `NOT VALID`).
    pub transactional: bool,
    /// The file is a rollback, not a forward migration (some rules do not apply).
    pub is_rollback: bool,
    /// The state after the last statement.
    pub end: State,
}

impl File {
    pub fn parse(path: &str, text: &str) -> File {
        File::parse_after(path, text, &State::default())
    }

    /// Parses a file that runs after others of the same migration set (`before` is the state
    /// they left, see [`State::for_next_file`]).
    pub fn parse_after(path: &str, text: &str, before: &State) -> File {
        let (pieces, unrunnable) = match split::split_with_includes(text) {
            Ok((s, _includes)) => (s, None),
            Err(failure) => {
                let meta = refused_meta_command(text);
                let parse_failed = failure
                    .statements
                    .iter()
                    .any(|s| pg_query::parse(&s.text, 0).is_err());
                let unrunnable = match meta {
                    Some(m) => Some(m),
                    None if !parse_failed => Some((
                        failure
                            .failing
                            .and_then(|i| failure.statements.get(i))
                            .map(|s| s.line)
                            .unwrap_or(1),
                        failure.message.clone(),
                    )),
                    None => None,
                };
                (failure.statements, unrunnable)
            }
        };
        // Decided as the executor decides it, so the findings are about how the file runs.
        let transactional = crate::migrations::script::runs_in_transaction(text, &pieces);
        let lines: Vec<&str> = text.lines().collect();
        let mut state = before.clone();
        let file_tx = transactional.then(|| state.new_transaction());
        let mut stmts: Vec<Stmt> = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let (node, parse_error) = parse_one(&piece.text);
            let inner = match &node {
                Some(N::DoStmt(d)) => do_block_statements(d),
                _ => vec![],
            };
            let tx = match file_tx {
                Some(t) => t,
                None if state.in_transaction_block => state.block_tx,
                None => state.new_transaction(),
            };
            let allowed = allowed_rules(&lines, piece.line);
            let stmt = Stmt {
                index: stmts.len(),
                allowed: allowed.clone(),
                text: piece.text,
                line: piece.line,
                column: piece.column,
                kind: piece.kind,
                node,
                parse_error,
                state: state.clone(),
                in_do_block: false,
                tx,
            };
            if let Some(node) = &stmt.node {
                advance(&mut state, node, tx);
            }
            let (line, column, kind) = (stmt.line, stmt.column, stmt.kind);
            stmts.push(stmt);
            for text in inner {
                let (node, _) = parse_one(&text);
                let Some(node) = node else { continue };
                let s = Stmt {
                    index: stmts.len(),
                    allowed: allowed.clone(),
                    text,
                    line,
                    column,
                    kind,
                    node: Some(node),
                    parse_error: None,
                    state: state.clone(),
                    in_do_block: true,
                    tx,
                };
                if let Some(node) = &s.node {
                    advance(&mut state, node, tx);
                }
                stmts.push(s);
            }
        }
        if let Some((line, message)) = unrunnable {
            let at = stmts
                .iter()
                .position(|s| s.line > line)
                .unwrap_or(stmts.len());
            let text = lines
                .get(line.saturating_sub(1))
                .map(|l| l.trim().to_string())
                .unwrap_or_default();
            let stmt = Stmt {
                index: at,
                allowed: allowed_rules(&lines, line),
                text,
                line,
                column: 1,
                kind: StatementKind::Transactional,
                node: None,
                parse_error: Some(message),
                state: stmts
                    .get(at)
                    .map(|s| s.state.clone())
                    .unwrap_or_else(|| state.clone()),
                in_do_block: false,
                tx: 0,
            };
            stmts.insert(at, stmt);
            for (i, s) in stmts.iter_mut().enumerate() {
                s.index = i;
            }
        }
        File {
            path: path.to_string(),
            stmts,
            transactional,
            is_rollback: false,
            end: state,
        }
    }
}

/// The line of the first psql meta-command pgshift cannot run, and why.
fn refused_meta_command(text: &str) -> Option<(usize, String)> {
    psql::layout(text).meta.iter().find_map(|m| {
        m.refusal()
            .map(|why| (m.line, format!("psql meta-command \\{}: {why}", m.name)))
    })
}

pub(crate) fn parse_one(text: &str) -> (Option<N>, Option<String>) {
    match pg_query::parse(text, 0) {
        Ok(parsed) => (
            parsed
                .protobuf
                .stmts
                .into_iter()
                .next()
                .and_then(|r| r.stmt)
                .and_then(|n| n.node),
            None,
        ),
        Err(e) => (None, Some(e.to_string())),
    }
}

/// The SQL statements a PL/pgSQL `DO` block runs: static statements, and `EXECUTE` of a
/// constant string. Statements built at run time cannot be seen here (the semantic tier, which
/// replays the file, sees their effect). A body the PL/pgSQL parser rejects yields nothing: the
/// server is the judge of its syntax, not a lint finding.
fn do_block_statements(d: &pg_query::protobuf::DoStmt) -> Vec<String> {
    let (language, body) = ast::language_and_body(&d.args);
    if language.as_deref().is_some_and(|l| l != "plpgsql") {
        return vec![];
    }
    let Some(wrapped) = body.as_deref().and_then(ast::do_body_as_function) else {
        return vec![];
    };
    let Ok(tree) = pg_query::parse_plpgsql(&wrapped) else {
        return vec![];
    };
    let mut out = Vec::new();
    collect_plpgsql(&tree, &mut out);
    out
}

fn collect_plpgsql(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, child) in m {
                let query = |c: &serde_json::Value, key: &str| {
                    c.get(key)
                        .and_then(|e| e.get("PLpgSQL_expr"))
                        .and_then(|e| e.get("query"))
                        .and_then(|q| q.as_str())
                        .map(str::to_string)
                };
                match k.as_str() {
                    "PLpgSQL_stmt_execsql" => out.extend(query(child, "sqlstmt")),
                    "PLpgSQL_stmt_dynexecute" => {
                        if let Some(q) = query(child, "query") {
                            out.extend(constant_string(&q));
                        }
                    }
                    _ => {}
                }
                collect_plpgsql(child, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|c| collect_plpgsql(c, out)),
        _ => {}
    }
}

/// The value of a SQL string literal expression (`'drop table x'`), if it is one.
fn constant_string(expr: &str) -> Option<String> {
    match parse_one(&format!("SELECT {expr}")).0? {
        N::SelectStmt(s) => {
            let target = s.target_list.first()?;
            let Some(N::ResTarget(rt)) = target.node.as_ref() else {
                return None;
            };
            ast::string_constant(rt.val.as_deref()?).map(str::to_string)
        }
        _ => None,
    }
}

/// Records a created table: for sure, or (`IF NOT EXISTS`) only if it was absent.
fn created_table(state: &mut State, key: String, if_not_exists: bool) {
    if !if_not_exists {
        state.created_tables.insert(key);
    } else if !state.created_tables.contains(&key) {
        state.created_if_absent.insert(key);
    }
}

/// Updates the state after a statement ran in transaction `tx`.
fn advance(state: &mut State, node: &N, tx: usize) {
    use pg_query::protobuf::{TransactionStmtKind as K, VariableSetKind};
    match node {
        N::CreateStmt(c) => {
            if let Some(rel) = &c.relation {
                created_table(state, ast::table_key(rel), c.if_not_exists);
            }
        }
        N::CreateTableAsStmt(c) => {
            if let Some(rel) = c.into.as_ref().and_then(|i| i.rel.as_ref()) {
                created_table(state, ast::table_key(rel), c.if_not_exists);
            }
        }
        N::SelectStmt(s) => {
            if let Some(rel) = s.into_clause.as_ref().and_then(|i| i.rel.as_ref()) {
                state.created_tables.insert(ast::table_key(rel));
            }
        }
        N::CreateSchemaStmt(c) => {
            for element in &c.schema_elts {
                if let Some(inner) = ast::inner(element) {
                    let mut inner = inner.clone();
                    qualify_schema_element(&mut inner, &c.schemaname);
                    advance(state, &inner, tx);
                }
            }
        }
        N::IndexStmt(i) if !i.idxname.is_empty() => {
            let schema = i.relation.as_ref().map(|r| r.schemaname.as_str());
            state.created_indexes.insert(match schema {
                Some(schema) if !schema.is_empty() => format!("{schema}.{}", i.idxname),
                _ => ast::name_key(&i.idxname),
            });
        }
        N::RenameStmt(r) if r.rename_type() == ObjectType::ObjectTable => {
            if let Some(rel) = &r.relation {
                let schema = if rel.schemaname.is_empty() {
                    "public"
                } else {
                    &rel.schemaname
                };
                let key = ast::table_key(rel);
                let renamed = format!("{schema}.{}", r.newname);
                if state.created_tables.contains(&key) {
                    state.created_tables.insert(renamed);
                } else if state.created_if_absent.contains(&key) {
                    state.created_if_absent.insert(renamed);
                }
            }
        }
        N::CreateEnumStmt(e) => {
            let values = e
                .vals
                .iter()
                .filter_map(ast::string_value)
                .map(str::to_string)
                .collect();
            state
                .enum_values
                .insert(ast::name_key(&ast::dotted(&e.type_name)), values);
        }
        N::AlterEnumStmt(e) if !e.new_val.is_empty() => {
            let key = ast::name_key(&ast::dotted(&e.type_name));
            if let Some(values) = state.enum_values.get_mut(&key) {
                if !values.contains(&e.new_val) {
                    let at = values
                        .iter()
                        .position(|v| *v == e.new_val_neighbor)
                        .map(|p| if e.new_val_is_after { p + 1 } else { p })
                        .unwrap_or(values.len());
                    values.insert(at, e.new_val.clone());
                }
            }
        }
        N::TransactionStmt(t) => match t.kind() {
            K::TransStmtBegin | K::TransStmtStart => {
                if !state.in_transaction_block {
                    state.block_tx = tx;
                }
                state.in_transaction_block = true;
            }
            // `COMMIT AND CHAIN` opens the next transaction at once.
            K::TransStmtCommit | K::TransStmtRollback => {
                state.in_transaction_block = t.chain;
                if t.chain {
                    state.block_tx = state.new_transaction();
                }
            }
            K::TransStmtCommitPrepared | K::TransStmtRollbackPrepared | K::TransStmtPrepare => {
                state.in_transaction_block = false;
            }
            _ => {}
        },
        N::VariableSetStmt(v) => {
            let name = v.name.to_ascii_lowercase();
            // `SET lock_timeout = 0` turns the timeout off; RESET and SET ... TO DEFAULT too.
            let set = matches!(v.kind(), VariableSetKind::VarSetValue)
                && !v.args.first().is_some_and(is_zero_setting);
            if name == "lock_timeout" {
                state.lock_timeout_set = set;
            } else if name == "statement_timeout" {
                state.statement_timeout_set = set;
            } else if matches!(v.kind(), VariableSetKind::VarResetAll) {
                state.lock_timeout_set = false;
                state.statement_timeout_set = false;
            }
        }
        _ => {
            let Some((a, rel)) = ast::alter_table(node) else {
                return;
            };
            let table = ast::table_key(rel);
            for cmd in ast::alter_cmds(a) {
                match cmd.subtype() {
                    AlterTableType::AtAddConstraint => {
                        let Some(c) = ast::constraint_def(cmd) else {
                            continue;
                        };
                        let column = not_null_column(c);
                        if c.skip_validation {
                            if !c.conname.is_empty() {
                                state.not_valid.insert(
                                    (table.clone(), c.conname.clone()),
                                    NotValid {
                                        not_null_column: column,
                                        tx,
                                    },
                                );
                            }
                        } else if let Some(column) = column {
                            state.proven_not_null.insert((table.clone(), column));
                        }
                    }
                    AlterTableType::AtValidateConstraint => {
                        let key = (table.clone(), cmd.name.clone());
                        match state.not_valid.remove(&key) {
                            Some(NotValid {
                                not_null_column: Some(column),
                                ..
                            }) => {
                                state.proven_not_null.insert((table.clone(), column));
                            }
                            Some(_) => {}
                            None => {
                                state.validated_elsewhere.insert(key);
                            }
                        }
                    }
                    AlterTableType::AtSetNotNull => {
                        state
                            .proven_not_null
                            .insert((table.clone(), cmd.name.clone()));
                    }
                    _ => {}
                }
            }
        }
    }
}

/// `CREATE SCHEMA s CREATE TABLE t ...` creates `s.t`: its elements name no schema.
fn qualify_schema_element(node: &mut N, schema: &str) {
    let rel = match node {
        N::CreateStmt(c) => c.relation.as_mut(),
        N::ViewStmt(v) => v.view.as_mut(),
        N::IndexStmt(i) => i.relation.as_mut(),
        _ => None,
    };
    if let Some(rel) = rel {
        if rel.schemaname.is_empty() {
            rel.schemaname = schema.to_string();
        }
    }
}

/// The column a constraint proves not null once validated: `CHECK (col IS NOT NULL)`, or a
/// PostgreSQL 18 `NOT NULL col` table constraint.
pub fn not_null_column(c: &Constraint) -> Option<String> {
    match c.contype() {
        ConstrType::ConstrNotnull => c.keys.first().and_then(ast::string_value).map(String::from),
        ConstrType::ConstrCheck => {
            let Some(N::NullTest(t)) = c.raw_expr.as_deref().and_then(ast::inner) else {
                return None;
            };
            if t.nulltesttype() != NullTestType::IsNotNull {
                return None;
            }
            match t.arg.as_deref().and_then(ast::inner) {
                Some(N::ColumnRef(r)) => r
                    .fields
                    .last()
                    .and_then(ast::string_value)
                    .map(String::from),
                _ => None,
            }
        }
        _ => None,
    }
}

/// True for a setting value of zero (`0`, `'0'`, `'0s'`, `'0ms'`).
fn is_zero_setting(arg: &pg_query::protobuf::Node) -> bool {
    use pg_query::protobuf::a_const::Val;
    let Some(N::AConst(c)) = ast::inner(arg) else {
        return false;
    };
    match &c.val {
        Some(Val::Ival(i)) => i.ival == 0,
        Some(Val::Fval(f)) => f.fval.parse::<f64>().is_ok_and(|v| v == 0.0),
        Some(Val::Sval(s)) => {
            let number: String = s
                .sval
                .trim()
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            number.parse::<f64>().is_ok_and(|v| v == 0.0)
        }
        _ => false,
    }
}

/// Rules named by `-- pgshift:allow RULE [reason]` in the comment lines directly above `line`
/// (1-based).
fn allowed_rules(lines: &[&str], line: usize) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut i = line.saturating_sub(1);
    while i > 0 {
        let l = lines.get(i - 1).map(|l| l.trim()).unwrap_or("");
        let Some(comment) = l.strip_prefix("--") else {
            break;
        };
        if let Some(rest) = comment.trim().strip_prefix("pgshift:allow") {
            if let Some(rule) = rest.split_whitespace().next() {
                out.insert(rule.to_ascii_lowercase());
            }
        }
        i -= 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_follows_the_file() {
        let f = File::parse(
            "x.sql",
            "create table a (id int);\nset lock_timeout = '2s';\nbegin;\nalter table a add column b int;\ncommit;\nselect 1;",
        );
        assert!(f.stmts[1].table_is_new("public.a"));
        assert!(!f.stmts[1].state.lock_timeout_set);
        assert!(f.stmts[2].state.lock_timeout_set);
        assert!(f.stmts[3].state.in_transaction_block);
        assert!(!f.stmts[5].state.in_transaction_block);
    }

    #[test]
    fn zero_lock_timeout_and_chained_commit() {
        let f = File::parse(
            "x.sql",
            "set lock_timeout = '3s';\nset lock_timeout = 0;\nset local lock_timeout to '0ms';\nset lock_timeout = '1s';\nbegin;\ncommit and chain;\nselect 1;\ncommit;\nselect 2;",
        );
        assert!(f.stmts[1].state.lock_timeout_set);
        assert!(!f.stmts[2].state.lock_timeout_set);
        assert!(!f.stmts[3].state.lock_timeout_set);
        assert!(f.stmts[4].state.lock_timeout_set);
        assert!(f.stmts[6].state.in_transaction_block);
        assert!(!f.stmts[8].state.in_transaction_block);
    }

    #[test]
    fn transactions_follow_how_pgshift_runs_the_file() {
        // One transaction for a transactional file.
        let f = File::parse("x.sql", "select 1;\nselect 2;\nselect 3;");
        assert!(f.transactional);
        assert!(f.stmts.iter().all(|s| s.tx == f.stmts[0].tx));
        assert!(f.stmts[0].shares_transaction(&f));
        // Statement by statement, with BEGIN blocks (and chained commits) grouping statements.
        let f = File::parse(
            "x.sql",
            "select 1;\nbegin;\nselect 2;\ncommit and chain;\nselect 3;\nselect 4;\ncommit;\nselect 5;",
        );
        let tx: Vec<usize> = f.stmts.iter().map(|s| s.tx).collect();
        assert_ne!(tx[0], tx[1]);
        assert_eq!((tx[1], tx[2], tx[3]), (tx[1], tx[1], tx[1]));
        assert_eq!((tx[4], tx[5], tx[6]), (tx[4], tx[4], tx[4]));
        assert_ne!(tx[4], tx[3]);
        assert_ne!(tx[7], tx[6]);
        assert!(!f.stmts[0].shares_transaction(&f));
        // Alone in its block but for BEGIN and COMMIT.
        assert!(!f.stmts[2].shares_transaction(&f));
        assert!(f.stmts[4].shares_transaction(&f));
        // A statement alone in a transactional file shares it with nothing.
        let f = File::parse(
            "x.sql",
            "set lock_timeout = '1s';\nalter type e add value 'x';",
        );
        assert!(!f.stmts[1].shares_transaction(&f));
    }

    #[test]
    fn what_a_migration_created_and_validated() {
        let f = File::parse(
            "x.sql",
            "create schema s create table t (a int);\ncreate table u as select 1 as a;\nselect 1 as a into v;\n\
             create type s.mood as enum ('a', 'c');\nalter type s.mood add value 'b' before 'c';\n\
             create index i on s.t (a);\nalter table w add constraint w_a check (a is not null) not valid;\n\
             alter table w validate constraint w_a;\nalter table w validate constraint other;\nselect 1;",
        );
        let end = &f.stmts.last().unwrap().state;
        for t in ["s.t", "public.u", "public.v"] {
            assert!(end.created_tables.contains(t), "{t}: {end:?}");
        }
        assert_eq!(end.enum_values["s.mood"], ["a", "b", "c"]);
        assert!(end.created_indexes.contains("s.i"));
        assert!(end
            .proven_not_null
            .contains(&("public.w".to_string(), "a".to_string())));
        assert!(end
            .validated_elsewhere
            .contains(&("public.w".to_string(), "other".to_string())));
        assert!(f.stmts[7]
            .state
            .not_valid
            .contains_key(&("public.w".into(), "w_a".into())));
    }

    #[test]
    fn conditional_creates_are_new_for_locks_but_may_hold_data() {
        let f = File::parse(
            "x.sql",
            "create table if not exists t (a int);\ncreate table if not exists u as select 1 as a;\n\
             alter table u rename to w;\ncreate table x (a int);\ncreate table if not exists x (a int);\nselect 1;",
        );
        let end = &f.stmts.last().unwrap();
        for t in ["public.t", "public.u", "public.w", "public.x"] {
            assert!(end.table_is_new(t), "{t}");
        }
        for t in ["public.t", "public.u", "public.w"] {
            assert!(!end.table_created_in_file(t), "{t}");
        }
        assert!(end.table_created_in_file("public.x"));
        assert!(end
            .state
            .for_next_file()
            .created_in_set
            .contains("public.t"));
    }

    #[test]
    fn unrunnable_files_get_a_statement_with_the_error() {
        let f = File::parse("x.sql", "select 1;\n\\connect other\nselect 2;");
        let bad: Vec<_> = f.stmts.iter().filter(|s| s.parse_error.is_some()).collect();
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].line, 2);
        assert!(bad[0].parse_error.as_ref().unwrap().contains("connect"));
        let f = File::parse("x.sql", "select 1;\nselect 'abc");
        assert_eq!(f.stmts.len(), 2);
        assert!(f.stmts[1].parse_error.is_some());
    }

    #[test]
    fn a_migration_set_carries_what_earlier_files_created() {
        let first = File::parse(
            "1.sql",
            "create table a (id int);\nbegin;\nset lock_timeout = '1s';",
        );
        let next = File::parse_after(
            "2.sql",
            "alter table a add column b int;",
            &first.end.for_next_file(),
        );
        assert!(next.stmts[0].table_is_new("public.a"));
        assert!(!next.stmts[0].table_created_in_file("public.a"));
        assert!(!next.stmts[0].state.in_transaction_block);
        assert!(!next.stmts[0].state.lock_timeout_set);
        assert!(next.stmts[0].tx > first.stmts.last().unwrap().tx);
    }
}
