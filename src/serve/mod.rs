//! The deploy service, `pgshift serve`: one non-production environment's `apply` and `status`
//! over HTTP, behind a bearer token; the environment is one database or a fleet (`fleet`).
//!
//! Invariants: `/api/*` answers nothing without the token (compared in constant time); the token
//! never reaches a log line, a response or an error; one request at a time works on the
//! environment; a termination signal lets the running request finish (each migration commits
//! or rolls back whole) before the process exits.

pub mod auth;
pub mod fleet;
pub mod listen;
pub mod log;
pub mod routes;
pub mod server;
