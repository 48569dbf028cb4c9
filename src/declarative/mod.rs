//! Declarative schema files: a directory holding the desired schema as SQL files (one per
//! table or area, any names), loaded in dependency order whatever the files are called, and
//! written back from a schema by `pgshift export`.
//!
//! Loading parses every statement of every file (`analyze`), orders them by what each creates
//! and names (`order`), and runs them, retrying what fails until nothing more succeeds
//! (`load`). Exporting groups the plan from an empty database by object (`export`).

mod analyze;
pub mod export;
pub mod files;
pub mod load;
mod order;

pub use export::{export, ExportFile, Layout};
pub use files::looks_declarative;
pub use load::{load, LoadReport};
