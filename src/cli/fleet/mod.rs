//! `apply`, `rollback`, `status`, `drift`, `check` and `lint --env` over an environment of several
//! databases (a fleet): the commands dispatch here when `--env` names one.

mod check;
mod deploy;
mod job;
mod read;

pub use check::check;
pub use deploy::{apply, rollback, run_apply};
pub use job::{selected, Fleet, FleetArgs, Ran};
pub use read::{drift, lint, run_status, status};
