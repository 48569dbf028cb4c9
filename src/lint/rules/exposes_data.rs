//! Reported by the semantic tier: replaying the file widened what an exposure role (`[exposure]
//! roles`, `anon` and `authenticated` under the supabase preset) can reach without row level
//! security in the way: a grant on a table without RLS, RLS turned off, a policy `USING (true)`, a
//! SECURITY DEFINER function it may call, a view that bypasses RLS. Found by comparing what each
//! role can do before and after the file (`exposure`), placed on the statement that caused it
//! (`lint::exposure`). There is nothing to check statically. Not caught: exposure through roles
//! outside `[exposure] roles`, and data reachable only through functions the model cannot read.

use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: crate::lint::exposure::RULE,
    hazards: &[Hazard::ExposesData],
    severity: Severity::Blocking,
    summary: "--semantic: an API role can read or change data it could not before",
    check,
};

fn check(_: &File) -> Vec<Violation> {
    Vec::new()
}
