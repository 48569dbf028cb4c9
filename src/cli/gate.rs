//! The fingerprint gate as `apply` (text and JSON), `apply --dry-run` and `serve` show it: the
//! gate's options from the flags and the environment, what each decision says, and the report of
//! a refusal (both fingerprints and the drift report of what differs).

use super::drift::{compare, render_text};
use super::Context_;
use crate::apply::gate::{Basis, Decision, GateOptions, Mismatch};
use crate::apply::outcome::{DriftedObject, FingerprintRefusal};

/// The gate's options: `--ignore-fingerprint`, and `verify_before` of the target.
pub fn options(ignore: bool, verify_before: bool) -> GateOptions {
    GateOptions {
        ignore,
        verify_before,
    }
}

/// A line for people about a decision that lets `file` run (none for a plain match, which the
/// history records).
pub fn decision_line(file: &str, d: &Decision) -> Option<String> {
    match d {
        Decision::Matched(_) => None,
        Decision::Verified(fp) => Some(format!(
            "  verified {file}: the target matches the migrations before it ({fp})"
        )),
        Decision::Ignored => Some(format!(
            "  note: {file}: fingerprint not checked (--ignore-fingerprint; the history says so)"
        )),
        Decision::NotChecked(why) => {
            Some(format!("  note: {file}: fingerprint not checked: {why}"))
        }
        Decision::Mismatch(m) => Some(format!("  refused {file}: {m}")),
    }
}

/// What the gate said over a run, for people: a file let run unchecked is not a line of its own
/// (a history of hand-written files would print one per file); the files are grouped by reason
/// in [`DecisionNotes::summary`], shown after the run.
#[derive(Default)]
pub struct DecisionNotes {
    unchecked: Vec<(String, Vec<String>)>,
}

impl DecisionNotes {
    /// The line to show now for `file`, if any ([`decision_line`], but files let run unchecked
    /// are kept for the summary).
    pub fn line(&mut self, file: &str, d: &Decision) -> Option<String> {
        let Decision::NotChecked(why) = d else {
            return decision_line(file, d);
        };
        match self.unchecked.iter_mut().find(|(w, _)| w == why) {
            Some((_, files)) => files.push(file.to_string()),
            None => self.unchecked.push((why.clone(), vec![file.to_string()])),
        }
        None
    }

    /// One line per reason files were let run unchecked, naming them (the first few and how
    /// many more).
    pub fn summary(&self) -> Vec<String> {
        self.unchecked
            .iter()
            .map(|(why, files)| match files.as_slice() {
                [one] => format!("  note: {one}: fingerprint not checked: {why}"),
                many => {
                    let shown: Vec<&str> = many.iter().take(3).map(String::as_str).collect();
                    let more = match many.len() - shown.len() {
                        0 => String::new(),
                        n => format!(" and {n} more"),
                    };
                    format!(
                        "  note: {} files' fingerprints not checked ({}{more}): {why}",
                        many.len(),
                        shown.join(", ")
                    )
                }
            })
            .collect()
    }
}

/// The refusal for people (the two fingerprints, what differs) and for programs.
pub fn report(ctx: &Context_, m: &Mismatch, target: &str) -> (String, FingerprintRefusal) {
    let mut text = format!(
        "refused: {m}\n  expected: {} ({})\n  actual:   {} (the target, {target})\n",
        m.expected,
        match m.basis {
            Basis::Header => format!("the `-- from:` line of {}", m.file_name),
            Basis::Replay => "the migrations before it, replayed in a shadow".into(),
        },
        m.actual
    );
    let mut differences = None;
    match (&m.replayed, &m.replay_error) {
        (Some((schema, fp)), _) => {
            let label = format!("the migrations before {}, replayed", m.file_name);
            if m.basis == Basis::Header && *fp != m.expected {
                text.push_str(&format!(
                    "  (the migrations before it replayed give {fp}: the file was generated from \
                     another schema; the differences below are against that replay)\n"
                ));
            }
            match compare(ctx.config.diff, &label, schema, target, &m.target) {
                Ok(r) => {
                    differences = Some(
                        r.objects
                            .iter()
                            .map(|o| DriftedObject {
                                change: o.change.clone(),
                                object: o.object.clone(),
                            })
                            .collect(),
                    );
                    text.push('\n');
                    text.push_str(&render_text(&r));
                }
                Err(e) => text.push_str(&format!("  what differs could not be shown: {e:#}\n")),
            }
        }
        (None, Some(e)) => text.push_str(&format!(
            "  what differs could not be shown: the migrations before it could not be replayed: {e}\n"
        )),
        (None, None) => {}
    }
    text.push_str(
        "  make the target match again (`pgshift drift` shows how), regenerate the file against \
         it, or pass --ignore-fingerprint to run it anyway\n",
    );
    let refusal = FingerprintRefusal {
        version: m.version.clone(),
        file: m.file_name.clone(),
        basis: m.basis,
        expected: m.expected.clone(),
        actual: m.actual.clone(),
        differences,
        replayed: m.replayed.as_ref().map(|(_, fp)| fp.clone()),
    };
    (crate::redact::text(&text), refusal)
}

/// What a refusal after some files of the run were applied says about them.
pub fn kept_line(applied: usize) -> Option<String> {
    (applied > 0).then(|| {
        format!(
            "the {applied} migration(s) this run applied before it stay applied (each committed on its own)"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchecked_files_are_said_once_per_reason() {
        let mut notes = DecisionNotes::default();
        let hand = Decision::NotChecked("a hand-written file".into());
        for k in 1..=5 {
            assert_eq!(notes.line(&format!("{k}_x.sql"), &hand), None);
        }
        assert_eq!(
            notes.line("6_y.sql", &Decision::Ignored).as_deref(),
            Some("  note: 6_y.sql: fingerprint not checked (--ignore-fingerprint; the history says so)")
        );
        notes.line("7_z.sql", &Decision::NotChecked("older format".into()));
        assert_eq!(
            notes.summary(),
            [
                "  note: 5 files' fingerprints not checked (1_x.sql, 2_x.sql, 3_x.sql and 2 more): a hand-written file",
                "  note: 7_z.sql: fingerprint not checked: older format",
            ]
        );
    }
}
