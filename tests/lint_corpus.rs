//! The lint corpus: every file under `tests/lint/dangerous/` must get at least one blocking
//! finding, every file under `tests/lint/safe/` none. The rendered diagnostics of each file are
//! kept as an insta snapshot (`tests/lint/snapshots/`), reviewed like code.

mod common;

use common::repo;
use pgshift::lint::{lint_text, report, Options};

fn files(polarity: &str) -> Vec<(String, String)> {
    let dir = repo().join("tests/lint").join(polarity);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .map(|p| {
            (
                format!("{polarity}/{}", p.file_name().unwrap().to_string_lossy()),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn check(polarity: &str, want_blocking: bool) {
    let all = files(polarity);
    assert!(all.len() >= 5, "too few {polarity} files");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo().join("tests/lint/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut wrong = Vec::new();
    for (name, text) in &all {
        let findings = lint_text(name, text, &Options::default());
        let blocking = report::blocking(&findings);
        if (blocking > 0) != want_blocking {
            wrong.push(format!(
                "{name}: {blocking} blocking finding(s)\n{}",
                report::text(std::slice::from_ref(name), &findings)
            ));
        }
        let snap = name.trim_end_matches(".sql").replace('/', "__");
        settings.bind(|| {
            insta::assert_snapshot!(snap, report::text(std::slice::from_ref(name), &findings))
        });
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn dangerous_files_are_not_safe_to_deploy() {
    check("dangerous", true);
}

#[test]
fn safe_files_are_safe_to_deploy() {
    check("safe", false);
}
