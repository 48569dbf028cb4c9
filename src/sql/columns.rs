//! Table columns: their definition as CREATE TABLE and ADD COLUMN write it, ADD, DROP, type,
//! default, NOT NULL (also in online stages), identity, generated expression and settings.

use super::schemas::within_bounds;
use super::tables::storage_option;
use super::writer::{ident, literal, qualified, type_ref};
use crate::diff::{IdentityAction, NotNullStage};
use crate::model::*;

/// ` GENERATED ... AS IDENTITY (SEQUENCE NAME ... options)`.
fn identity_clause(i: &Identity) -> String {
    let o = &i.options;
    format!(
        " GENERATED {} AS IDENTITY (SEQUENCE NAME {} INCREMENT BY {} MINVALUE {} MAXVALUE {} START WITH {} CACHE {}{})",
        if i.always { "ALWAYS" } else { "BY DEFAULT" },
        qualified(&i.sequence),
        o.increment,
        o.min_value,
        o.max_value,
        o.start,
        o.cache,
        if o.cycle { " CYCLE" } else { "" }
    )
}

/// A column as it appears in CREATE TABLE and ADD COLUMN.
pub fn column_definition(c: &Column) -> String {
    let Column {
        name,
        data_type,
        collation,
        not_null,
        default,
        identity,
        generated,
        inherited: _,
        comment: _,
        privileges: _,
        // Set by their own statements after the column exists.
        settings: _,
        rewrites_on_add: _,
    } = c;
    let mut s = format!("{} {}", ident(name), type_ref(data_type));
    if let Some(coll) = collation {
        s.push_str(&format!(" COLLATE {}", qualified(coll)));
    }
    s.push_str(&column_clauses(generated, identity, default, *not_null));
    s
}

/// What follows a column's type: generated expression, identity, default, NOT NULL.
pub(super) fn column_clauses(
    generated: &Option<String>,
    identity: &Option<Box<Identity>>,
    default: &Option<String>,
    not_null: bool,
) -> String {
    let mut s = String::new();
    if let Some(g) = generated {
        s.push_str(&format!(" GENERATED ALWAYS AS ({g}) STORED"));
    }
    if let Some(i) = identity {
        s.push_str(&identity_clause(i));
    }
    if let Some(d) = default {
        if generated.is_none() {
            s.push_str(&format!(" DEFAULT {d}"));
        }
    }
    if not_null {
        s.push_str(" NOT NULL");
    }
    s
}

pub(super) fn add_column(table: &QualifiedName, column: &Column, if_not_exists: &str) -> String {
    format!(
        "ALTER TABLE {} ADD COLUMN {if_not_exists}{}",
        qualified(table),
        column_definition(column)
    )
}

pub(super) fn drop_column(
    table: &QualifiedName,
    column: &Column,
    only: &bool,
    if_exists: &str,
) -> String {
    format!(
        "ALTER TABLE {}{} DROP COLUMN {if_exists}{}",
        if *only { "ONLY " } else { "" },
        qualified(table),
        ident(&column.name)
    )
}

pub(super) fn alter_column_type(
    table: &QualifiedName,
    column: &str,
    data_type: &TypeRef,
    collation: &Option<QualifiedName>,
    via_text: &bool,
    using: &Option<String>,
    no_using: bool,
) -> String {
    let array = data_type.is_array();
    let data_type = type_ref(data_type);
    if no_using {
        return format!(
            "ALTER TABLE {} ALTER COLUMN {} TYPE {data_type}{}",
            qualified(table),
            ident(column),
            collation
                .as_ref()
                .map(|c| format!(" COLLATE {}", qualified(c)))
                .unwrap_or_default(),
        );
    }
    format!(
        "ALTER TABLE {} ALTER COLUMN {} TYPE {data_type}{} USING {}",
        qualified(table),
        ident(column),
        collation
            .as_ref()
            .map(|c| format!(" COLLATE {}", qualified(c)))
            .unwrap_or_default(),
        conversion(column, &data_type, array, *via_text, using.as_deref())
    )
}

/// The value of `column` converted to `data_type` (rendered; `array` when it is an array
/// type): the user's expression, else a cast, through text where `via_text`. Used by `ALTER
/// COLUMN ... TYPE ... USING` and by the row copy of a recreated table.
pub(super) fn conversion(
    column: &str,
    data_type: &str,
    array: bool,
    via_text: bool,
    using: Option<&str>,
) -> String {
    match using {
        Some(expression) => expression.to_string(),
        None => {
            // Through text, unless text is where it goes.
            let through = match (via_text, array) {
                (false, _) => "",
                (true, false) => "::text",
                (true, true) => "::text[]",
            };
            let through = if through.strip_prefix("::") == Some(data_type) {
                ""
            } else {
                through
            };
            format!("{}{through}::{data_type}", ident(column))
        }
    }
}

pub(super) fn replace_column(table: &QualifiedName, old: &Column, new: &Column) -> String {
    format!(
        "ALTER TABLE {} DROP COLUMN {}, ADD COLUMN {}",
        qualified(table),
        ident(&old.name),
        column_definition(new)
    )
}

pub(super) fn set_column_default(
    table: &QualifiedName,
    column: &str,
    default: &Option<String>,
) -> String {
    match default {
        Some(d) => format!(
            "ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {d}",
            qualified(table),
            ident(column)
        ),
        None => format!(
            "ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT",
            qualified(table),
            ident(column)
        ),
    }
}

pub(super) fn set_column_not_null(table: &QualifiedName, column: &str, not_null: &bool) -> String {
    format!(
        "ALTER TABLE {} ALTER COLUMN {} {} NOT NULL",
        qualified(table),
        ident(column),
        if *not_null { "SET" } else { "DROP" }
    )
}

pub(super) fn set_column_settings(
    table: &QualifiedName,
    column: &str,
    from: &ColumnSettings,
    to: &ColumnSettings,
) -> String {
    let ColumnSettings {
        statistics,
        storage,
        compression,
        options,
    } = to;
    let col = format!("ALTER COLUMN {}", ident(column));
    let mut parts = Vec::new();
    if &from.statistics != statistics {
        parts.push(format!("{col} SET STATISTICS {}", statistics.unwrap_or(-1)));
    }
    if &from.storage != storage {
        let word = match (storage, &from.storage) {
            (Some(s), _) => &s.storage,
            (None, Some(old)) => &old.type_default,
            (None, None) => "extended",
        };
        parts.push(format!("{col} SET STORAGE {}", word.to_uppercase()));
    }
    if &from.compression != compression {
        parts.push(format!(
            "{col} SET COMPRESSION {}",
            compression.as_deref().unwrap_or("default")
        ));
    }
    let (set, reset) = crate::diff::option_changes(&from.options, options);
    if !reset.is_empty() {
        parts.push(format!("{col} RESET ({})", reset.join(", ")));
    }
    if !set.is_empty() {
        let set: Vec<String> = set.iter().map(|o| storage_option(o)).collect();
        parts.push(format!("{col} SET ({})", set.join(", ")));
    }
    // ONLY: SET STATISTICS and SET STORAGE recurse to inheritance children and partitions,
    // which have settings of their own (each table's are set by a step of its own).
    format!("ALTER TABLE ONLY {} {}", qualified(table), parts.join(", "))
}

pub(super) fn alter_identity(
    table: &QualifiedName,
    column: &str,
    action: &IdentityAction,
) -> String {
    let head = format!(
        "ALTER TABLE {} ALTER COLUMN {}",
        qualified(table),
        ident(column)
    );
    match action {
        IdentityAction::Add {
            identity,
            replaces_sequence,
        } => {
            let add = format!("{head} ADD{}", identity_clause(identity));
            let past_rows = continue_past_rows(
                &identity.sequence,
                table,
                column,
                identity.options.start,
                identity.options.increment,
            );
            if *replaces_sequence {
                let seq = qualified(&identity.sequence);
                format!("DROP SEQUENCE {seq};\n{add};\n{past_rows}")
            } else {
                format!("{add};\n{past_rows}")
            }
        }
        IdentityAction::Drop => format!("{head} DROP IDENTITY"),
        IdentityAction::SetGenerated(always) => format!(
            "{head} SET GENERATED {}",
            if *always { "ALWAYS" } else { "BY DEFAULT" }
        ),
        IdentityAction::SetOptions {
            options: o,
            sequence,
            narrowed,
        } => {
            let alter = format!(
                        "{head} SET INCREMENT BY {} SET MINVALUE {} SET MAXVALUE {} SET START WITH {} SET CACHE {} SET {}CYCLE",
                        o.increment,
                        o.min_value,
                        o.max_value,
                        o.start,
                        o.cache,
                        if o.cycle { "" } else { "NO " }
                    );
            if *narrowed {
                within_bounds(sequence, o, &alter, &format!("{alter} RESTART"))
            } else {
                alter
            }
        }
    }
}

/// A sequence new to a column that already exists, and may hold values (an identity added to it,
/// or a serial sequence made its default), would hand out its START again, colliding with them.
/// This moves it past the values already there (past the highest, or the lowest when it counts
/// down), and leaves it at its START when no value reaches that far, so a START or MINVALUE
/// above the rows' values still holds.
pub(super) fn continue_past_rows(
    sequence: &QualifiedName,
    table: &QualifiedName,
    column: &str,
    start: i64,
    increment: i64,
) -> String {
    let (aggregate, step, reached) = if increment < 0 {
        ("min", "- 1", "<=")
    } else {
        ("max", "+ 1", ">=")
    };
    let col = ident(column);
    format!(
        "SELECT pg_catalog.setval({}, pg_catalog.{aggregate}({col}) {step}, false) FROM {} HAVING pg_catalog.{aggregate}({col}) {reached} {start}",
        literal(&qualified(sequence)),
        qualified(table),
    )
}

pub(super) fn drop_expression(table: &QualifiedName, column: &str) -> String {
    format!(
        "ALTER TABLE {} ALTER COLUMN {} DROP EXPRESSION",
        qualified(table),
        ident(column)
    )
}

pub(super) fn set_not_null_online(
    table: &QualifiedName,
    column: &str,
    check: &str,
    stage: &NotNullStage,
) -> String {
    let t = qualified(table);
    match stage {
        NotNullStage::AddCheck => format!(
            "ALTER TABLE {t} ADD CONSTRAINT {} CHECK ({} IS NOT NULL) NOT VALID",
            ident(check),
            ident(column)
        ),
        NotNullStage::Validate => {
            format!("ALTER TABLE {t} VALIDATE CONSTRAINT {}", ident(check))
        }
        NotNullStage::SetNotNull => {
            format!(
                "ALTER TABLE {t} ALTER COLUMN {} SET NOT NULL",
                ident(column)
            )
        }
        NotNullStage::DropCheck => {
            format!("ALTER TABLE {t} DROP CONSTRAINT {}", ident(check))
        }
    }
}
