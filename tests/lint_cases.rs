//! Table-driven cases for every lint rule, run through the command line the way users run it:
//! `tests/lint/cases/<rule>.sql` holds sections headed `-- fire: what` (the rule must report the
//! section, and block when the rule blocks by default), `-- fire (warning): what` (the rule must
//! report it as a warning only, a form it deems milder) and `-- ok: what` (the rule must not
//! report it, and no rule may block it). Each section is a migration file of its own, linted with
//! `pgshift lint --static-only --format json`. Every rule has at least five of each.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use pgshift::lint::{rules, Severity, RULES};

/// Rules only the semantic tier reports (nothing to check statically).
const SEMANTIC_ONLY: &[&str] = &[
    "semantic-deletes-data",
    "semantic-hazard",
    "replay-error",
    "exposes-data",
    "undeclared-lock",
];

#[derive(Debug)]
struct Case {
    fire: bool,
    /// `fire (warning)`: reported, and only as a warning.
    warning: bool,
    title: String,
    sql: String,
}

fn cases(text: &str) -> Vec<Case> {
    let mut out: Vec<Case> = Vec::new();
    for line in text.lines() {
        let header = line
            .strip_prefix("-- fire:")
            .map(|t| (true, false, t))
            .or_else(|| {
                line.strip_prefix("-- fire (warning):")
                    .map(|t| (true, true, t))
            })
            .or_else(|| line.strip_prefix("-- ok:").map(|t| (false, false, t)));
        match (header, out.last_mut()) {
            (Some((fire, warning, title)), _) => out.push(Case {
                fire,
                warning,
                title: title.trim().to_string(),
                sql: String::new(),
            }),
            (None, Some(case)) => {
                case.sql.push_str(line);
                case.sql.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

fn case_files() -> BTreeMap<String, Vec<Case>> {
    let dir = repo().join("tests/lint/cases");
    std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .map(|p| {
            let rule = p.file_stem().unwrap().to_string_lossy().into_owned();
            (rule, cases(&std::fs::read_to_string(&p).unwrap()))
        })
        .collect()
}

/// Lints each case as its own file in one `pgshift lint` run; the findings of each file.
fn lint_cases(rule: &str, cases: &[Case], tmp: &Path) -> Vec<Vec<serde_json::Value>> {
    let project = open_tempdir();
    std::fs::write(project.path().join("pgshift.toml"), "").unwrap();
    let mut names = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let name = format!("case_{i:03}.sql");
        std::fs::write(project.path().join(&name), &case.sql).unwrap();
        names.push(name);
    }
    let r = run(pgshift(project.path(), tmp)
        .args(["lint", "--static-only", "--format", "json"])
        .args(&names));
    assert!(r.code == 0 || r.code == 1, "{rule}: {}", r.all());
    let report: serde_json::Value =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{rule}: {e}: {}", r.all()));
    let findings = report["findings"].as_array().unwrap();
    names
        .iter()
        .map(|n| {
            findings
                .iter()
                .filter(|f| f["path"] == n.as_str())
                .cloned()
                .collect()
        })
        .collect()
}

#[test]
fn every_rule_has_cases_and_every_case_holds() {
    let files = case_files();
    let tmp = open_tempdir();
    let mut problems = Vec::new();
    for rule in RULES {
        if SEMANTIC_ONLY.contains(&rule.name) {
            continue;
        }
        let Some(cases) = files.get(rule.name) else {
            problems.push(format!(
                "{}: no tests/lint/cases/{}.sql",
                rule.name, rule.name
            ));
            continue;
        };
        let fire = cases.iter().filter(|c| c.fire).count();
        let ok = cases.len() - fire;
        if fire < 5 || ok < 5 {
            problems.push(format!(
                "{}: {fire} fire and {ok} ok cases (at least 5 of each)",
                rule.name
            ));
        }
    }
    for (rule, cases) in &files {
        let Some(def) = rules::find(rule) else {
            problems.push(format!("tests/lint/cases/{rule}.sql: no such rule"));
            continue;
        };
        let results = lint_cases(rule, cases, tmp.path());
        for (case, findings) in cases.iter().zip(results) {
            let mine: Vec<&serde_json::Value> = findings
                .iter()
                .filter(|f| f["rule"] == rule.as_str())
                .collect();
            let blocking: Vec<&serde_json::Value> = findings
                .iter()
                .filter(|f| f["severity"] == "blocking")
                .collect();
            let summary = || {
                findings
                    .iter()
                    .map(|f| format!("{}[{}] {}", f["severity"], f["rule"], f["message"]))
                    .collect::<Vec<_>>()
                    .join("\n      ")
            };
            if case.fire {
                if mine.is_empty() {
                    problems.push(format!(
                        "{rule}: fire: {}: not reported\n      {}",
                        case.title,
                        summary()
                    ));
                } else if case.warning {
                    if mine.iter().any(|f| f["severity"] == "blocking") {
                        problems.push(format!(
                            "{rule}: fire (warning): {}: reported as blocking",
                            case.title
                        ));
                    }
                } else if def.severity == Severity::Blocking
                    && !mine.iter().any(|f| f["severity"] == "blocking")
                {
                    problems.push(format!(
                        "{rule}: fire: {}: reported but not blocking",
                        case.title
                    ));
                }
            } else if !mine.is_empty() || !blocking.is_empty() {
                problems.push(format!(
                    "{rule}: ok: {}: got\n      {}",
                    case.title,
                    summary()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn case_files_parse_into_sections() {
    let c = cases(
        "-- about\n-- fire: one\nselect 1;\n\n-- ok: two\nselect 2;\n-- fire (warning): three\n",
    );
    assert_eq!(c.len(), 3);
    assert!(c[0].fire && !c[1].fire && c[2].fire);
    assert!(!c[0].warning && c[2].warning);
    assert_eq!(c[0].sql, "select 1;\n\n");
    assert_eq!(c[1].title, "two");
}
