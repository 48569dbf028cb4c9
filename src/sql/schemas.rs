//! Schemas, extensions and sequences: CREATE, DROP and ALTER, a narrowed sequence's bounds checked
//! against its current value on the server.

use super::writer::{ident, literal, qualified, type_ref};
use crate::model::*;

fn sequence_options(o: &SequenceOptions) -> String {
    let SequenceOptions {
        data_type,
        start,
        increment,
        min_value,
        max_value,
        cache,
        cycle,
    } = o;
    format!(
        "AS {} INCREMENT BY {increment} MINVALUE {min_value} MAXVALUE {max_value} START WITH {start} CACHE {cache} {}CYCLE",
        type_ref(data_type),
        if *cycle { "" } else { "NO " }
    )
}

/// A DO block that narrows a sequence's bounds with `alter` when its current value fits them,
/// with `restart` when it never gave out a value, and otherwise stops with a message naming
/// setval() (values it gave out would come again).
pub(super) fn within_bounds(
    sequence: &QualifiedName,
    options: &SequenceOptions,
    alter: &str,
    restart: &str,
) -> String {
    let seq = qualified(sequence);
    let (min, max) = (options.min_value, options.max_value);
    let message = literal(&format!(
        "sequence {} is at %, outside its new bounds {min} to {max}: move it into them with setval() first",
        seq.replace('%', "%%")
    ));
    [
        "DO $pgshift$".to_string(),
        "DECLARE".into(),
        "  s record;".into(),
        "BEGIN".into(),
        format!("  SELECT last_value, is_called INTO s FROM {seq};"),
        format!("  IF s.last_value BETWEEN {min} AND {max} THEN"),
        format!("    {alter};"),
        "  ELSIF NOT s.is_called THEN".into(),
        format!("    {restart};"),
        "  ELSE".into(),
        format!("    RAISE EXCEPTION {message}, s.last_value;"),
        "  END IF;".into(),
        "END".into(),
        "$pgshift$".into(),
    ]
    .join("\n")
}

pub(super) fn create_schema(s: &Namespace, if_not_exists: &str) -> String {
    format!("CREATE SCHEMA {if_not_exists}{}", ident(&s.name))
}

pub(super) fn drop_schema(s: &Namespace, if_exists: &str) -> String {
    format!("DROP SCHEMA {if_exists}{}", ident(&s.name))
}

pub(super) fn create_extension(e: &Extension) -> String {
    format!(
        "CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {} VERSION {}",
        ident(&e.name),
        ident(&e.schema),
        literal(&e.version)
    )
}

pub(super) fn drop_extension(e: &Extension, if_exists: &str) -> String {
    format!("DROP EXTENSION {if_exists}{}", ident(&e.name))
}

pub(super) fn update_extension(name: &str, version: &str) -> String {
    format!(
        "ALTER EXTENSION {} UPDATE TO {}",
        ident(name),
        literal(version)
    )
}

pub(super) fn create_sequence(s: &Sequence, if_not_exists: &str) -> String {
    format!(
        "CREATE {}SEQUENCE {if_not_exists}{} {}",
        if s.unlogged { "UNLOGGED " } else { "" },
        qualified(&s.name),
        sequence_options(&s.options)
    )
}

pub(super) fn drop_sequence(s: &Sequence, if_exists: &str) -> String {
    format!("DROP SEQUENCE {if_exists}{}", qualified(&s.name))
}

pub(super) fn set_extension_schema(name: &str, schema: &str) -> String {
    format!(
        "ALTER EXTENSION {} SET SCHEMA {}",
        ident(name),
        ident(schema)
    )
}

pub(super) fn alter_sequence(name: &QualifiedName, options: &SequenceOptions) -> String {
    format!(
        "ALTER SEQUENCE {} {}",
        qualified(name),
        sequence_options(options)
    )
}

/// Only the server knows the current value. The bounds are set when it fits them; a
/// sequence that never gave out a value restarts at its START; one that did stops the
/// migration (values would come again), saying how to go on.
pub(super) fn alter_sequence_narrowed(name: &QualifiedName, options: &SequenceOptions) -> String {
    let alter = format!(
        "ALTER SEQUENCE {} {}",
        qualified(name),
        sequence_options(options)
    );
    within_bounds(name, options, &alter, &format!("{alter} RESTART"))
}

pub(super) fn set_sequence_owned_by(
    name: &QualifiedName,
    owned_by: &Option<(QualifiedName, String)>,
    past_rows: &Option<(i64, i64)>,
) -> String {
    let alter = format!(
        "ALTER SEQUENCE {} OWNED BY {}",
        qualified(name),
        match owned_by {
            Some((t, c)) => format!("{}.{}", qualified(t), ident(c)),
            None => "NONE".into(),
        }
    );
    match (owned_by, past_rows) {
        (Some((table, column)), Some((start, increment))) => format!(
            "{alter};\n{}",
            super::columns::continue_past_rows(name, table, column, *start, *increment)
        ),
        _ => alter,
    }
}

pub(super) fn set_sequence_logged(name: &QualifiedName, logged: &bool) -> String {
    format!(
        "ALTER SEQUENCE {} SET {}",
        qualified(name),
        if *logged { "LOGGED" } else { "UNLOGGED" }
    )
}
