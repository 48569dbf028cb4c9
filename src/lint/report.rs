//! Rendering lint results: text for people, JSON for programs, GitHub workflow annotations.

use crate::lint::{Finding, Severity};

/// The verdict over all findings.
pub fn blocking(findings: &[Finding]) -> usize {
    count(findings, Severity::Blocking)
}

/// How many findings have this severity.
pub fn count(findings: &[Finding], severity: Severity) -> usize {
    findings.iter().filter(|f| f.severity == severity).count()
}

/// The last line of every report.
pub fn verdict(findings: &[Finding]) -> String {
    match blocking(findings) {
        0 => "SAFE TO DEPLOY".to_string(),
        1 => "NOT SAFE TO DEPLOY: 1 blocking finding".to_string(),
        n => format!("NOT SAFE TO DEPLOY: {n} blocking findings"),
    }
}

fn hazards(f: &Finding) -> String {
    if f.hazards.is_empty() {
        String::new()
    } else {
        format!(
            " [{}]",
            f.hazards
                .iter()
                .map(|h| h.name())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// Human-readable report: one block per blocking finding or warning, one line per note, then
/// a summary and the verdict.
pub fn text(files: &[String], findings: &[Finding]) -> String {
    let mut out = findings_text(findings);
    let warnings = count(findings, Severity::Warning);
    let notes = count(findings, Severity::Info);
    out.push_str(&format!(
        "{} file{} checked: {} blocking, {} warning{}{}\n{}\n",
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        blocking(findings),
        warnings,
        if warnings == 1 { "" } else { "s" },
        match notes {
            0 => String::new(),
            1 => ", 1 note".to_string(),
            n => format!(", {n} notes"),
        },
        verdict(findings)
    ));
    out
}

/// One block per blocking finding or warning; notes (`info`) follow, one line each, so a
/// migration that adds columns or policies on purpose is not buried in them.
pub fn findings_text(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings.iter().filter(|f| f.severity != Severity::Info) {
        let level = match f.severity {
            Severity::Blocking => "error",
            Severity::Warning | Severity::Info => "warning",
        };
        out.push_str(&format!(
            "{}:{}:{}: {level}[{}]{} {}\n    {}\n    hint: {}\n    silence: -- pgshift:allow {} <reason>\n\n",
            f.path,
            f.line,
            f.column,
            f.rule,
            hazards(f),
            f.message,
            f.statement,
            f.hint,
            f.rule
        ));
    }
    let notes: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Info)
        .collect();
    if !notes.is_empty() {
        for f in &notes {
            out.push_str(&format!(
                "{}:{}:{}: note[{}] {}\n",
                f.path, f.line, f.column, f.rule, f.message
            ));
        }
        out.push('\n');
    }
    out
}

/// JSON report.
pub fn json(files: &[String], findings: &[Finding]) -> String {
    let value = serde_json::json!({
        "files": files,
        "findings": findings,
        "blocking": blocking(findings),
        "warnings": count(findings, Severity::Warning),
        "notes": count(findings, Severity::Info),
        "safe": blocking(findings) == 0,
        "verdict": verdict(findings),
    });
    let mut s = serde_json::to_string_pretty(&value).expect("lint report serializes");
    s.push('\n');
    s
}

/// GitHub Actions workflow commands: one annotation per finding, then the verdict.
pub fn github(findings: &[Finding]) -> String {
    // Workflow command values escape %, CR and LF; properties also escape : and ,.
    fn data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }
    fn prop(s: &str) -> String {
        data(s).replace(':', "%3A").replace(',', "%2C")
    }
    let mut out = String::new();
    for f in findings {
        let level = match f.severity {
            Severity::Blocking => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        out.push_str(&format!(
            "::{level} file={},line={},col={},title={}::{}\n",
            prop(&f.path),
            f.line,
            f.column,
            prop(&format!("pgshift {}", f.rule)),
            data(&format!("{}{}. Hint: {}", f.message, hazards(f), f.hint))
        ));
    }
    out.push_str(&verdict(findings));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{lint_text, Options};

    fn sample() -> (Vec<String>, Vec<Finding>) {
        let sql = "alter table users drop column email;\ncreate index i on users (name);\n";
        let files = vec!["supabase/migrations/2_x.sql".to_string()];
        let findings = lint_text(&files[0], sql, &Options::default());
        (files, findings)
    }

    #[test]
    fn text_report() {
        let (files, findings) = sample();
        insta::assert_snapshot!(text(&files, &findings));
    }

    #[test]
    fn json_report() {
        let (files, findings) = sample();
        insta::assert_snapshot!(json(&files, &findings));
    }

    #[test]
    fn github_report() {
        let (_, findings) = sample();
        insta::assert_snapshot!(github(&findings));
    }

    #[test]
    fn safe_verdict() {
        assert_eq!(verdict(&[]), "SAFE TO DEPLOY");
    }
}
