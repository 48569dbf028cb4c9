//! Objects a database holds that the model does not (an operator, a rule, a cast, a foreign
//! table...): kept by name so that comparisons can refuse instead of passing over them in
//! silence. Pure data; never compared by the diff.

use serde::{Deserialize, Serialize};

/// One object the model does not hold, as PostgreSQL describes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct UnmodelledObject {
    /// `pg_describe_object` text, e.g. `rule r1 on table public.t`, `cast from integer to text`.
    pub description: String,
    /// One of [`UNMODELLED_KINDS`], e.g. `rule`, `cast`.
    pub kind: String,
    /// The object's schema; `None` for kinds that live in the database (casts, languages,
    /// foreign data wrappers, servers, user mappings, access methods, subscriptions, ...).
    pub schema: Option<String>,
}

/// Every kind the catalog may report as unmodelled, as `[schemas] ignore_unmodelled` names them.
/// A kind stays listed after the model learns it (the catalog then no longer reports it), so a
/// config that names it keeps working.
pub const UNMODELLED_KINDS: &[&str] = &[
    "access_method",
    "base_type",
    "builtin_owner",
    "cast",
    "cluster_index",
    "column_options",
    "conversion",
    "foreign_data_wrapper",
    "foreign_server",
    "foreign_table",
    "foreign_table_column_settings",
    "foreign_table_constraint",
    "foreign_table_inheritance",
    "foreign_table_partition",
    "language",
    "operator",
    "operator_class",
    "operator_family",
    "operator_family_member",
    "owner_privileges",
    "rule",
    "shell_type",
    "statistics",
    "subscription",
    "system_column_privileges",
    "text_search_configuration",
    "text_search_dictionary",
    "text_search_parser",
    "text_search_template",
    "transform",
    "user_mapping",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_sorted_and_unique() {
        assert!(UNMODELLED_KINDS.windows(2).all(|w| w[0] < w[1]));
    }

    /// Every kind the catalog query can return is one a config may name: a branch's header
    /// comment names its kind, and its `'kind' AS kind` literal is in the list.
    #[test]
    fn every_kind_of_the_query_is_known() {
        let sql = include_str!("../catalog/queries/unmodelled.sql");
        let mut found = 0;
        for line in sql.lines() {
            if let Some(i) = line.find("' AS kind") {
                let start = line[..i].rfind('\'').expect("kind literal") + 1;
                let kind = &line[start..i];
                assert!(UNMODELLED_KINDS.contains(&kind), "{kind}");
                found += 1;
            }
        }
        assert!(found > 0 || !sql.contains("UNION ALL"));
    }
}
