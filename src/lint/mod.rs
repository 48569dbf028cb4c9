//! Reviewing migration files for operations that are dangerous on a live database.
//!
//! A file is split and parsed with `pg_query` (the real PostgreSQL parser); each rule in
//! `rules/` looks at the parse trees, never at the text. Rules see the file as a whole: every
//! statement carries what the file did before it (tables it created, whether a lock timeout is
//! set, whether an explicit transaction is open), so "adding a NOT NULL column to a table created
//! three lines up" is not a finding. A statement that does not parse is a finding, never a crash.
//!
//! `-- pgshift:allow RULE reason` in the comment lines right above a statement silences that rule
//! for that statement. Which rules block a deploy and which only warn is configurable
//! (`[lint]` in pgshift.toml).

pub mod ast;
pub mod hazards;
pub mod report;
pub mod rules;
pub mod semantic;

use std::collections::BTreeSet;

use pg_query::protobuf::node::Node as N;

use crate::migrations::directives;
use crate::migrations::split::{self, StatementKind};
use crate::plan::hazard::Hazard;

pub use rules::{RuleDef, RULES};

/// How a finding counts toward the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Warning,
    Blocking,
}

/// What a rule reports about one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Index of the statement in the file.
    pub stmt: usize,
    pub message: String,
    pub hint: String,
}

impl Violation {
    pub fn new(stmt: &Stmt, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Violation {
            stmt: stmt.index,
            message: message.into(),
            hint: hint.into(),
        }
    }
}

/// A violation placed in its file, with the rule's hazards and severity.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub rule: &'static str,
    pub severity: Severity,
    pub hazards: Vec<Hazard>,
    pub message: String,
    pub hint: String,
    /// The statement's first line, for context in reports.
    pub statement: String,
}

/// What the file did before a statement.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Tables created earlier in the file (`schema.name` as written, `public` when unqualified):
    /// changing them is safe because nobody uses them yet.
    pub created_tables: BTreeSet<String>,
    /// An explicit BEGIN is open.
    pub in_transaction_block: bool,
    /// `SET lock_timeout` ran earlier in the file (or its transaction).
    pub lock_timeout_set: bool,
    /// `SET statement_timeout` ran earlier.
    pub statement_timeout_set: bool,
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
}

impl Stmt {
    /// True when `table` (as [`ast::table_key`] names it) was created earlier in the file.
    pub fn table_is_new(&self, key: &str) -> bool {
        self.state.created_tables.contains(key)
    }
}

/// A parsed file as the rules see it.
#[derive(Debug, Clone)]
pub struct File {
    pub path: String,
    pub stmts: Vec<Stmt>,
    /// pgshift runs the file inside one transaction (no `-- pgshift:no-transaction` directive and
    /// no statement that cannot run in one).
    pub transactional: bool,
    /// The file is a rollback, not a forward migration (some rules do not apply).
    pub is_rollback: bool,
}

impl File {
    pub fn parse(path: &str, text: &str) -> File {
        let pieces = match split::split(text) {
            Ok(s) => s,
            Err(failure) => failure.statements,
        };
        let no_tx_directive = directives::parse(text).no_transaction;
        let transactional = !no_tx_directive
            && pieces
                .iter()
                .all(|s| s.kind == StatementKind::Transactional);
        let lines: Vec<&str> = text.lines().collect();
        let mut state = State::default();
        let mut stmts = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let (node, parse_error) = parse_one(&piece.text);
            let inner = match &node {
                Some(N::DoStmt(d)) => do_block_statements(d),
                _ => vec![],
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
            };
            if let Some(node) = &stmt.node {
                advance(&mut state, node);
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
                };
                if let Some(node) = &s.node {
                    advance(&mut state, node);
                }
                stmts.push(s);
            }
        }
        File {
            path: path.to_string(),
            stmts,
            transactional,
            is_rollback: false,
        }
    }
}

fn parse_one(text: &str) -> (Option<N>, Option<String>) {
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
    let mut body = None;
    let mut language = "plpgsql".to_string();
    for arg in &d.args {
        if let Some(N::DefElem(e)) = arg.node.as_ref() {
            let value = e.arg.as_deref().and_then(ast::string_value);
            match (e.defname.as_str(), value) {
                ("as", Some(v)) => body = Some(v.to_string()),
                ("language", Some(v)) => language = v.to_ascii_lowercase(),
                _ => {}
            }
        }
    }
    let Some(body) = body else { return vec![] };
    if language != "plpgsql" || body.contains("$pgshift_do$") {
        return vec![];
    }
    let wrapped = format!(
        "CREATE FUNCTION pgshift_do() RETURNS void LANGUAGE plpgsql AS $pgshift_do${body}$pgshift_do$"
    );
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
            match rt.val.as_deref()?.node.as_ref()? {
                N::AConst(c) => match c.val.as_ref()? {
                    pg_query::protobuf::a_const::Val::Sval(s) => Some(s.sval.clone()),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}

/// Updates the file state after a statement ran.
fn advance(state: &mut State, node: &N) {
    use pg_query::protobuf::{TransactionStmtKind as K, VariableSetKind};
    match node {
        N::CreateStmt(c) => {
            if let Some(rel) = &c.relation {
                state.created_tables.insert(ast::table_key(rel));
            }
        }
        N::CreateTableAsStmt(c) => {
            if let Some(rel) = c.into.as_ref().and_then(|i| i.rel.as_ref()) {
                state.created_tables.insert(ast::table_key(rel));
            }
        }
        N::TransactionStmt(t) => match t.kind() {
            K::TransStmtBegin | K::TransStmtStart => state.in_transaction_block = true,
            // `COMMIT AND CHAIN` opens the next transaction at once.
            K::TransStmtCommit | K::TransStmtRollback => state.in_transaction_block = t.chain,
            K::TransStmtCommitPrepared | K::TransStmtRollbackPrepared | K::TransStmtPrepare => {
                state.in_transaction_block = false;
            }
            _ => {}
        },
        N::VariableSetStmt(v) => {
            let name = v.name.to_ascii_lowercase();
            // `SET lock_timeout = 0` turns the timeout off.
            let set = matches!(v.kind(), VariableSetKind::VarSetValue)
                && !v.args.first().is_some_and(is_zero_setting);
            if name == "lock_timeout" {
                state.lock_timeout_set = set;
            } else if name == "statement_timeout" {
                state.statement_timeout_set = set;
            }
        }
        _ => {}
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

/// Which rules run and how they count.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Rules that only warn even if they block by default.
    pub warn: BTreeSet<String>,
    /// Rules that block even if they only warn by default.
    pub block: BTreeSet<String>,
    /// Rules that do not run.
    pub disable: BTreeSet<String>,
    /// `semantic = false`: `pgshift lint` runs the static rules only, never the semantic tier
    /// (replaying the files in a shadow database), unless `--semantic` asks for it.
    pub static_only: bool,
}

impl Options {
    /// Checks that every named rule exists.
    pub fn validate(&self) -> Result<(), String> {
        for name in self.warn.iter().chain(&self.block).chain(&self.disable) {
            if rules::find(name).is_none() {
                return Err(format!(
                    "unknown lint rule `{name}`; `pgshift lint --list-rules` lists them"
                ));
            }
        }
        Ok(())
    }

    fn severity(&self, rule: &RuleDef) -> Severity {
        if self.block.contains(rule.name) {
            Severity::Blocking
        } else if self.warn.contains(rule.name) {
            Severity::Warning
        } else {
            rule.severity
        }
    }
}

/// Lints one file's text.
pub fn lint_text(path: &str, text: &str, options: &Options) -> Vec<Finding> {
    lint_file(&File::parse(path, text), options)
}

/// Runs every enabled rule over a parsed file. Findings are ordered by position, then rule.
pub fn lint_file(file: &File, options: &Options) -> Vec<Finding> {
    let mut findings = Vec::new();
    for stmt in &file.stmts {
        if let Some(err) = &stmt.parse_error {
            findings.push(Finding {
                path: file.path.clone(),
                line: stmt.line,
                column: stmt.column,
                rule: rules::SYNTAX_ERROR,
                severity: Severity::Blocking,
                hazards: vec![],
                message: format!("statement does not parse: {err}"),
                hint: "fix the SQL; PostgreSQL would reject this statement".into(),
                statement: first_line(&stmt.text),
            });
        }
    }
    for rule in RULES {
        if options.disable.contains(rule.name) {
            continue;
        }
        for v in (rule.check)(file) {
            let stmt = &file.stmts[v.stmt];
            if stmt.allowed.contains(rule.name) {
                continue;
            }
            findings.push(Finding {
                path: file.path.clone(),
                line: stmt.line,
                column: stmt.column,
                rule: rule.name,
                severity: options.severity(rule),
                hazards: rule.hazards.to_vec(),
                message: v.message,
                hint: v.hint,
                statement: first_line(&stmt.text),
            });
        }
    }
    findings.sort_by(|a, b| {
        (a.line, a.column, a.rule, &a.message).cmp(&(b.line, b.column, b.rule, &b.message))
    });
    findings
}

pub(crate) fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim_end();
    if line.chars().count() > 100 {
        format!("{}...", line.chars().take(100).collect::<String>())
    } else {
        line.to_string()
    }
}

#[cfg(test)]
pub(crate) mod test_utils {
    //! Helpers that state a rule test's intent.
    use super::*;

    /// Messages of `rule`'s findings on `sql`.
    pub fn lint_errors(rule: &str, sql: &str) -> Vec<String> {
        let def = rules::find(rule).unwrap_or_else(|| panic!("no rule {rule}"));
        let file = File::parse("test.sql", sql);
        for s in &file.stmts {
            assert!(
                s.parse_error.is_none(),
                "test SQL does not parse: {}",
                s.text
            );
        }
        (def.check)(&file).into_iter().map(|v| v.message).collect()
    }

    /// Asserts `rule` finds nothing in `sql`.
    pub fn lint_ok(rule: &str, sql: &str) {
        let errors = lint_errors(rule, sql);
        assert!(errors.is_empty(), "{rule} reported {errors:?} on:\n{sql}");
    }

    /// Asserts `rule` finds exactly `n` problems in `sql`.
    pub fn lint_count(rule: &str, sql: &str, n: usize) {
        let errors = lint_errors(rule, sql);
        assert_eq!(errors.len(), n, "{rule} reported {errors:?} on:\n{sql}");
    }
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
    fn statements_inside_do_blocks_are_linted() {
        let sql = "do $$\nbegin\n  if true then\n    drop table users;\n  end if;\n  execute 'alter table t drop column c';\n  execute 'drop table ' || 'x';\nend\n$$;\n";
        let findings = lint_text("m.sql", sql, &Options::default());
        let rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
        assert!(rules.contains(&"ban-drop-table"), "{findings:?}");
        assert!(rules.contains(&"ban-drop-column"), "{findings:?}");
        assert!(findings.iter().all(|f| f.line == 1));
        // Trigger functions trip the PL/pgSQL parser upstream; that is not a finding.
        let f = "create function f() returns trigger language plpgsql as $$ begin return new; end $$;\ndo $$ begin perform 1; end $$;";
        assert!(lint_text("m.sql", f, &Options::default())
            .iter()
            .all(|f| f.rule != "syntax-error"));
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
    fn allow_comment_silences_one_statement() {
        let sql = "-- pgshift:allow ban-drop-table the table was never used\ndrop table a;\ndrop table b;\n";
        let findings = lint_text("m.sql", sql, &Options::default());
        let drops: Vec<_> = findings
            .iter()
            .filter(|f| f.rule == "ban-drop-table")
            .collect();
        assert_eq!(drops.len(), 1);
        assert_eq!(drops[0].line, 3);
    }

    #[test]
    fn unparsable_statement_is_a_finding() {
        let findings = lint_text(
            "m.sql",
            "create table a (id int);\ncreate tabel b ();\n",
            &Options::default(),
        );
        let syntax: Vec<_> = findings
            .iter()
            .filter(|f| f.rule == "syntax-error")
            .collect();
        assert_eq!(syntax.len(), 1);
        assert_eq!(syntax[0].line, 2);
        assert_eq!(syntax[0].severity, Severity::Blocking);
    }

    #[test]
    fn severity_is_configurable() {
        let sql = "drop table a;";
        let mut o = Options::default();
        assert_eq!(lint_text("m.sql", sql, &o)[0].severity, Severity::Blocking);
        o.warn.insert("ban-drop-table".into());
        assert_eq!(lint_text("m.sql", sql, &o)[0].severity, Severity::Warning);
        o.disable.insert("ban-drop-table".into());
        assert!(lint_text("m.sql", sql, &o)
            .iter()
            .all(|f| f.rule != "ban-drop-table"));
        o.block.insert("no-such-rule".into());
        assert!(o.validate().is_err());
    }
}
