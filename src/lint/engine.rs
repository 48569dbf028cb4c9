//! Running the rules: which ones run and how they count (`[lint]` configuration), how their
//! violations become findings placed in their files, and the findings of one file or of a
//! migration set (files deployed together, in order).

use std::collections::BTreeSet;

use super::file::{File, State, Stmt};
use super::rules::{self, RuleDef, RULES};
use crate::plan::hazard::Hazard;

/// How a finding counts toward the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// A note about client compatibility or style that many migrations trip on purpose (a new
    /// column, a new policy, an unqualified name): listed in one line in text reports, in full
    /// in JSON; `[lint] enable` (or `--include`) makes the rule's notes warnings.
    Info,
    Warning,
    Blocking,
}

impl Severity {
    /// The name reports and `--list-rules` use.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Blocking => "blocking",
        }
    }
}

/// What a rule reports about one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Index of the statement in the file.
    pub stmt: usize,
    pub message: String,
    pub hint: String,
    /// A severity for this violation only, when it differs from the rule's default (a rule that
    /// usually warns and is sure this case fails, for example). `[lint] warn`/`block` still
    /// decide for the whole rule.
    pub severity: Option<Severity>,
    /// The hazards of this violation, when they are a part of the rule's (a foreign key takes a
    /// weaker lock than a check, for example).
    pub hazards: Option<&'static [Hazard]>,
}

impl Violation {
    pub fn new(stmt: &Stmt, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Violation {
            stmt: stmt.index,
            message: message.into(),
            hint: hint.into(),
            severity: None,
            hazards: None,
        }
    }

    /// The same violation with its own hazards.
    pub fn with_hazards(mut self, hazards: &'static [Hazard]) -> Self {
        self.hazards = Some(hazards);
        self
    }

    /// The same violation with its own severity.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = Some(severity);
        self
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

/// Which rules run and how they count.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Rules that only warn even if they block by default.
    pub warn: BTreeSet<String>,
    /// Rules that block even if they only warn by default.
    pub block: BTreeSet<String>,
    /// Rules that do not run.
    pub disable: BTreeSet<String>,
    /// Rules whose `info` notes are reported as warnings (`[lint] enable`, `--include`).
    pub enable: BTreeSet<String>,
    /// `semantic = false`: `pgshift lint` runs the static rules only, never the semantic tier
    /// (replaying the files in a shadow database), unless `--semantic` asks for it.
    pub static_only: bool,
}

impl Options {
    /// Checks that every named rule exists (and that `syntax-error`, which always blocks, is not
    /// turned down).
    pub fn validate(&self) -> Result<(), String> {
        for name in self
            .warn
            .iter()
            .chain(&self.block)
            .chain(&self.disable)
            .chain(&self.enable)
        {
            if rules::find(name).is_none() {
                return Err(format!(
                    "unknown lint rule `{name}`; `pgshift lint --list-rules` lists them"
                ));
            }
        }
        if self.warn.contains(rules::SYNTAX_ERROR) || self.disable.contains(rules::SYNTAX_ERROR) {
            return Err(format!(
                "`{}` cannot be turned into a warning or disabled: a statement PostgreSQL cannot parse always blocks; fix the SQL instead",
                rules::SYNTAX_ERROR
            ));
        }
        Ok(())
    }

    /// Whether the rule runs: every rule does unless `disable` names it.
    pub fn runs(&self, rule: &RuleDef) -> bool {
        !self.disable.contains(rule.name)
    }

    /// The severity a rule's findings get (`own`: the violation's own, if it has one).
    pub fn severity(&self, rule: &RuleDef, own: Option<Severity>) -> Severity {
        if self.block.contains(rule.name) {
            Severity::Blocking
        } else if self.warn.contains(rule.name) {
            Severity::Warning
        } else {
            let s = own.unwrap_or(rule.severity);
            if s == Severity::Info && self.enable.contains(rule.name) {
                Severity::Warning
            } else {
                s
            }
        }
    }
}

/// Lints one file's text.
pub fn lint_text(path: &str, text: &str, options: &Options) -> Vec<Finding> {
    lint_file(&File::parse(path, text), options)
}

/// Lints files that are deployed together, in order (the migrations not yet applied to a
/// database): what an earlier file created counts as new in the later ones, and a constraint
/// added `NOT VALID` in one file and validated in a later one was validated in another
/// transaction. Findings come file by file.
pub fn lint_set(files: &[(String, String)], options: &Options) -> Vec<Finding> {
    let mut state = State::default();
    let mut out = Vec::new();
    for (path, text) in files {
        let file = File::parse_after(path, text, &state);
        out.extend(lint_file(&file, options));
        state = file.end.for_next_file();
    }
    out
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
                hint: "fix the SQL; PostgreSQL would reject this statement, so the migration fails here".into(),
                statement: first_line(&stmt.text),
            });
        }
    }
    for rule in RULES {
        if !options.runs(rule) {
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
                severity: options.severity(rule, v.severity),
                hazards: v.hazards.unwrap_or(rule.hazards).to_vec(),
                message: v.message,
                hint: v.hint,
                statement: first_line(&stmt.text),
            });
        }
    }
    findings.sort_by(|a, b| {
        (a.line, a.column, a.rule, &a.message).cmp(&(b.line, b.column, b.rule, &b.message))
    });
    findings.dedup();
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

    /// The severities `rule`'s findings get on `sql` with the default options.
    pub fn severities(rule: &str, sql: &str) -> Vec<Severity> {
        lint_text("test.sql", sql, &Options::default())
            .into_iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.severity)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn unparsable_statements_are_always_blocking_findings() {
        for (sql, line) in [
            ("create table a (id int);\ncreate tabel b ();\n", 2),
            ("select 1;\ngarbage here;\n", 2),
            ("select 1;\nselect 'unterminated\n", 2),
            ("select 1;\n\\connect other\nselect 2;\n", 2),
            ("create function f() returns int language sql begin atomic select 1; select 2; end;\nselect 1 from;\n", 2),
        ] {
            let mut o = Options::default();
            o.disable.insert("prefer-robust-stmts".into());
            let findings = lint_text("m.sql", sql, &o);
            let syntax: Vec<_> = findings
                .iter()
                .filter(|f| f.rule == "syntax-error")
                .collect();
            assert_eq!(syntax.len(), 1, "{sql}: {findings:?}");
            assert_eq!(syntax[0].line, line, "{sql}");
            assert_eq!(syntax[0].severity, Severity::Blocking);
        }
        let mut o = Options::default();
        o.warn.insert("syntax-error".into());
        assert!(o.validate().unwrap_err().contains("always blocks"));
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

    #[test]
    fn notes_run_by_default_and_enable_makes_them_warnings() {
        let sql = "create table users (id bigint);";
        let schema = |o: &Options| {
            lint_text("m.sql", sql, o)
                .into_iter()
                .filter(|f| f.rule == "require-table-schema")
                .map(|f| f.severity)
                .collect::<Vec<_>>()
        };
        let mut o = Options::default();
        assert_eq!(schema(&o), vec![Severity::Info]);
        o.enable.insert("require-table-schema".into());
        assert_eq!(schema(&o), vec![Severity::Warning]);
        o.disable.insert("require-table-schema".into());
        assert!(schema(&o).is_empty());
        let mut o = Options::default();
        o.block.insert("require-table-schema".into());
        assert_eq!(schema(&o), vec![Severity::Blocking]);
        assert!(o.validate().is_ok());
    }

    #[test]
    fn a_migration_set_knows_what_earlier_files_created() {
        let files = vec![
            (
                "1.sql".to_string(),
                "create table events (id bigint);\nalter table orders add constraint positive check (amount > 0) not valid;".to_string(),
            ),
            (
                "2.sql".to_string(),
                "create index events_id on events (id);\nalter table events add column at timestamptz default clock_timestamp();\nalter table orders validate constraint positive;".to_string(),
            ),
        ];
        let o = Options::default();
        let blocking: Vec<_> = lint_set(&files, &o)
            .into_iter()
            .filter(|f| f.severity == Severity::Blocking)
            .collect();
        assert!(blocking.is_empty(), "{blocking:?}");
        // Linted on its own, the second file changes a table it did not create.
        let alone = lint_text(&files[1].0, &files[1].1, &o);
        assert!(alone
            .iter()
            .any(|f| f.rule == "require-concurrent-index-creation"));
        // Deleting data is judged file by file: a deploy can stop between the two.
        let files = vec![
            files[0].clone(),
            ("2.sql".to_string(), "drop table events;".to_string()),
        ];
        assert!(lint_set(&files, &o)
            .iter()
            .any(|f| f.rule == "ban-drop-table" && f.path == "2.sql"));
    }
}
