//! Rewrite rules on tables and views, and extended statistics.

use serde::{Deserialize, Serialize};

use super::QualifiedName;

/// A rule other than a view's own `_RETURN` rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub table: QualifiedName,
    pub name: String,
    /// `pg_get_ruledef`: the complete `CREATE RULE` statement, names schema-qualified.
    pub definition: String,
    /// `O` enabled (origin), `D` disabled, `R` replica, `A` always.
    pub enabled: String,
}

/// Extended statistics (`CREATE STATISTICS`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statistics {
    pub name: QualifiedName,
    pub table: QualifiedName,
    /// `pg_get_statisticsobjdef`: the complete `CREATE STATISTICS` statement.
    pub definition: String,
    /// `ALTER STATISTICS ... SET STATISTICS`; `None` for the default.
    pub target: Option<i32>,
}
