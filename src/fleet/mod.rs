//! Fleets: one environment, many databases (a database per tenant or per region). The targets
//! of an environment (`targets`), the runner that drives them (canaries, then at most `jobs` at
//! once: `run`), the schemas they are compared with, built once per run (`shadow`), and what a run
//! reports (`report`). The commands' work on one target lives in `cli::fleet`.

pub mod report;
pub mod run;
pub mod shadow;
pub mod targets;

pub use report::{Outcome, Scrub, TargetError, TargetResult};
pub use run::Plan;
pub use targets::FleetTarget;
