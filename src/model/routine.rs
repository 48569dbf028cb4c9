//! Functions, procedures and aggregates.

use serde::{Deserialize, Serialize};

use super::{FunctionId, Grant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoutineKind {
    Function,
    Procedure,
    Window,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Function {
    pub id: FunctionId,
    pub kind: RoutineKind,
    /// `pg_get_functiondef`: the complete `CREATE OR REPLACE FUNCTION` statement.
    pub definition: String,
    /// `pg_get_function_arguments` (with names and defaults).
    pub arguments: String,
    /// `pg_get_function_result`; `None` for procedures.
    pub returns: Option<String>,
    pub language: String,
    /// `i` immutable, `s` stable, `v` volatile.
    pub volatility: String,
    pub security_definer: bool,
    pub strict: bool,
    pub leakproof: bool,
    /// `s` safe, `r` restricted, `u` unsafe.
    pub parallel: String,
    /// `SET` clauses (`search_path=""`), sorted.
    pub config: Vec<String>,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aggregate {
    pub id: FunctionId,
    /// `pg_get_function_arguments`.
    pub arguments: String,
    /// `n` normal, `o` ordered-set, `h` hypothetical-set.
    pub kind: String,
    pub state_function: FunctionId,
    pub state_type: String,
    /// `SSPACE`: the state's average size in bytes, a planner estimate (0 when not given).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub state_space: i32,
    pub final_function: Option<FunctionId>,
    pub combine_function: Option<FunctionId>,
    /// `FINALFUNC_EXTRA`.
    #[serde(default)]
    pub final_extra: bool,
    /// `FINALFUNC_MODIFY`: `r` read-only, `s` shareable, `w` read-write.
    #[serde(default)]
    pub final_modify: String,
    #[serde(default)]
    pub serial_function: Option<FunctionId>,
    #[serde(default)]
    pub deserial_function: Option<FunctionId>,
    /// The moving-aggregate mode (`MSFUNC`, `MINVFUNC`, ...), if any.
    #[serde(default)]
    pub moving: Option<MovingAggregate>,
    pub initial_value: Option<String>,
    pub sort_operator: Option<String>,
    pub parallel: String,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

/// An aggregate's moving-aggregate mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MovingAggregate {
    pub state_function: FunctionId,
    pub inverse_function: FunctionId,
    pub state_type: String,
    /// `MSSPACE` (0 when not given).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub state_space: i32,
    pub final_function: Option<FunctionId>,
    pub final_extra: bool,
    pub final_modify: String,
    pub initial_value: Option<String>,
}

/// Serde: a size estimate left at 0 (not given) is left out of stored models.
fn is_zero(n: &i32) -> bool {
    *n == 0
}
