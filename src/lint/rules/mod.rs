//! The rule registry. Each rule lives in its own file with its tests beside it and exposes
//! `pub const RULE: RuleDef`; adding a rule is one file plus one line in `rules!` below.

use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

mod objects;

/// A lint rule: its name as users write it, what it risks, and its check.
#[derive(Debug, Clone, Copy)]
pub struct RuleDef {
    /// kebab-case, shown to users as written.
    pub name: &'static str,
    /// What the flagged statements risk.
    pub hazards: &'static [Hazard],
    /// How a finding counts by default: blocking, a warning, or an `info` note.
    pub severity: Severity,
    /// One line for `--list-rules`.
    pub summary: &'static str,
    pub check: fn(&File) -> Vec<Violation>,
}

/// The rule name used for statements that do not parse (always blocking; see `syntax_error.rs`).
pub const SYNTAX_ERROR: &str = "syntax-error";

macro_rules! rules {
    ($($module:ident),* $(,)?) => {
        $(mod $module;)*
        /// Every rule, in the order reports list them.
        pub static RULES: &[RuleDef] = &[$($module::RULE),*];
    };
}

rules! {
    syntax_error,
    adding_enum_value_in_transaction,
    adding_exclusion_constraint,
    adding_field_with_default,
    adding_foreign_key_constraint,
    adding_not_nullable_field,
    adding_required_field,
    adding_serial_primary_key_field,
    ban_add_column,
    ban_add_composite_attribute,
    ban_add_enum_value,
    ban_alter_database_options,
    ban_alter_domain_with_add_constraint,
    ban_alter_extension,
    ban_alter_function_options,
    ban_alter_generated_expression,
    ban_alter_identity,
    ban_alter_policy_condition,
    ban_alter_policy_roles,
    ban_alter_role_options,
    ban_alter_row_level_security,
    ban_alter_sequence_values,
    ban_alter_system_options,
    ban_alter_view_options,
    ban_char_field,
    ban_concurrent_index_creation_in_transaction,
    ban_create_domain_with_constraint,
    ban_create_policy,
    ban_delete_without_where,
    ban_detach_inheritance,
    ban_disable_trigger,
    ban_drop_column,
    ban_drop_constraint,
    ban_drop_database,
    ban_drop_default,
    ban_drop_domain,
    ban_drop_extension,
    ban_drop_function,
    ban_drop_generated_expression,
    ban_drop_index,
    ban_drop_not_null,
    ban_drop_policy,
    ban_drop_schema,
    ban_drop_sequence,
    ban_drop_table,
    ban_drop_trigger,
    ban_drop_type,
    ban_drop_view,
    ban_duplicate_column_assignments,
    ban_new_write_restriction,
    ban_replace_view_function,
    ban_replica_identity,
    ban_revoke,
    ban_set_default,
    ban_set_schema,
    ban_truncate,
    ban_truncate_cascade,
    ban_uncommitted_transaction,
    ban_update_without_where,
    changing_column_type,
    constraint_missing_not_valid,
    disallowed_unique_constraint,
    exposes_data,
    identifier_too_long,
    prefer_big_int,
    prefer_bigint_over_int,
    prefer_bigint_over_smallint,
    prefer_identity,
    prefer_repack,
    prefer_robust_stmts,
    prefer_text_field,
    prefer_timestamptz,
    renaming_column,
    renaming_object,
    renaming_table,
    replay_error,
    require_concurrent_index_creation,
    require_concurrent_index_deletion,
    require_concurrent_partition_detach,
    require_concurrent_reindex,
    require_enum_value_ordering,
    require_lock_timeout,
    require_statement_timeout,
    require_table_schema,
    require_timeout_settings,
    semantic_deletes_data,
    semantic_hazard,
    transaction_nesting,
    undeclared_lock,
}

/// The violations of a rule about column types: `flag` looks at every column a statement
/// declares (CREATE TABLE, ADD COLUMN, and with `alter_type` the new type of ALTER COLUMN ...
/// TYPE) and gives a message and a hint for the ones it flags.
fn column_violations(
    file: &File,
    alter_type: bool,
    flag: impl Fn(&crate::lint::ast::DeclaredColumn) -> Option<(String, String)>,
) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for col in crate::lint::ast::declared_columns(node) {
            if !alter_type && col.site == crate::lint::ast::ColumnSite::AlterType {
                continue;
            }
            if let Some((message, hint)) = flag(&col) {
                out.push(Violation::new(s, message, hint));
            }
        }
    }
    out
}

/// The rule with this name.
pub fn find(name: &str) -> Option<&'static RuleDef> {
    RULES.iter().find(|r| r.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case_and_match_their_files() {
        let mut seen = std::collections::BTreeSet::new();
        for r in RULES {
            assert!(seen.insert(r.name), "duplicate rule {}", r.name);
            assert!(
                r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                r.name
            );
            assert!(!r.summary.is_empty());
        }
        assert!(find(SYNTAX_ERROR).is_some());
    }
}
