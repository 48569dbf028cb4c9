//! Views and materialized views: CREATE, CREATE OR REPLACE and DROP.

use super::tables::with_options;
use super::writer::qualified;
use crate::model::*;

/// A view's query without its trailing semicolon (`pg_get_viewdef` ends with one).
fn view_body(v: &View) -> String {
    v.definition.trim_end().trim_end_matches(';').to_string()
}

pub(super) fn create_view(v: &View) -> String {
    format!(
        "CREATE VIEW {}{} AS\n{}",
        qualified(&v.name),
        with_options(&v.options),
        view_body(v)
    )
}

pub(super) fn replace_view(v: &View) -> String {
    format!(
        "CREATE OR REPLACE VIEW {}{} AS\n{}",
        qualified(&v.name),
        with_options(&v.options),
        view_body(v)
    )
}

pub(super) fn drop_view(v: &View, if_exists: &str) -> String {
    format!("DROP VIEW {if_exists}{}", qualified(&v.name))
}

pub(super) fn create_materialized_view(v: &View) -> String {
    format!(
        "CREATE MATERIALIZED VIEW {}{} AS\n{}",
        qualified(&v.name),
        with_options(&v.options),
        view_body(v)
    )
}

pub(super) fn drop_materialized_view(v: &View, if_exists: &str) -> String {
    format!("DROP MATERIALIZED VIEW {if_exists}{}", qualified(&v.name))
}
