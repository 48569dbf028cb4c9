//! What a schema exposes to the API roles (`[exposure] roles`), and what a change widens.
//!
//! `access` reads, from one schema model, what each role can do per table, view, column,
//! SECURITY DEFINER function, sequence and default privilege; `diff` compares two of those and
//! says which changes open data up (the `exposes-data` hazard) and which only narrow it or stay
//! within row level security (information); `attach` puts each widening on the plan step that
//! causes it; `report` renders the table. Pure: everything comes from the models.

pub mod access;
pub mod attach;
pub mod diff;
pub mod report;

pub use access::{exposure, Entry, Exposure, Object, Rows};
pub use diff::{changes, Cause, Change, Direction};
