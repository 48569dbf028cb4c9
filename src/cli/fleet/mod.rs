//! `apply`, `rollback`, `status`, `drift` and `lint --env` over an environment of several
//! databases (a fleet): the commands dispatch here when `--env` names one.

mod deploy;
mod job;
mod read;

pub use deploy::{apply, rollback};
pub use job::{selected, Fleet, FleetArgs};
pub use read::{drift, lint, status};
