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
