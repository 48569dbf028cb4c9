//! The semantic tier: what a file really changed, found by replaying it in a shadow database
//! and diffing the schema before and after it. Pure: it turns that plan into findings with the
//! same hazard words as the static rules, so a DROP built at run time inside a DO block, or a
//! column dropped by a function call, is still caught. Hazards a static finding on the same file
//! already names are not repeated.

use std::collections::BTreeSet;

use crate::lint::{rules, Finding, Options, Severity};
use crate::plan::hazard::Hazard;
use crate::plan::Plan;

/// Rule name of data-deleting changes found only by replaying.
pub const DELETES_DATA: &str = "semantic-deletes-data";
/// Rule name of other hazardous changes found only by replaying.
pub const HAZARD: &str = "semantic-hazard";
/// Rule name of a file the shadow database rejected.
pub const REPLAY_ERROR: &str = "replay-error";

/// Hazards worth a finding when only the replay shows them (the rest, such as authz-change on a
/// new table's policy, are what a migration is for).
const REPORTED: &[Hazard] = &[
    Hazard::DeletesData,
    Hazard::BreaksClients,
    Hazard::TableRewrite,
    Hazard::AcquiresShareLock,
    Hazard::FullTableScan,
];

/// Findings for the changes `plan` (before the file to after it) makes that the file's static
/// findings do not already explain.
pub fn findings(
    path: &str,
    plan: &Plan,
    static_findings: &[Finding],
    options: &Options,
) -> Vec<Finding> {
    let explained: BTreeSet<Hazard> = static_findings
        .iter()
        .filter(|f| f.path == path)
        .flat_map(|f| f.hazards.iter().copied())
        .collect();
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for step in &plan.steps {
        for h in &step.hazards {
            if !REPORTED.contains(&h.hazard) || explained.contains(&h.hazard) {
                continue;
            }
            let rule = if h.hazard == Hazard::DeletesData {
                DELETES_DATA
            } else {
                HAZARD
            };
            if options.disable.contains(rule) || !seen.insert((rule, h.message.clone())) {
                continue;
            }
            let def = rules::find(rule).expect("semantic rules are registered");
            let severity = if options.block.contains(rule) {
                Severity::Blocking
            } else if options.warn.contains(rule) {
                Severity::Warning
            } else {
                def.severity
            };
            out.push(Finding {
                path: path.to_string(),
                line: 1,
                column: 1,
                rule: def.name,
                severity,
                hazards: vec![h.hazard],
                message: format!("replayed in a shadow database: {}", h.message),
                hint: "make the change explicit in the SQL so it is reviewed (and silence a deliberate one with `[lint] warn`)".into(),
                statement: step.sql.lines().next().unwrap_or("").to_string(),
            });
        }
    }
    out
}
