//! Tables as a whole: CREATE TABLE, DROP, their storage, partitioning and inheritance, constraints,
//! row level security and policies, and a table stashed and refilled when it is recreated with its
//! rows.

use super::columns::{column_clauses, column_definition};
use super::publications::publication_table;
use super::render::render;
use super::types::away_name;
use super::writer::{ident, idents, list, literal, qualified};
use crate::diff::{Change, CopyCast};
use crate::model::*;

/// A storage parameter as reloptions lists it (`name=value`), as SQL: the value quoted unless
/// it is a plain number or word.
pub(super) fn storage_option(option: &str) -> String {
    match option.split_once('=') {
        Some((k, v))
            if !v.is_empty()
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-') =>
        {
            format!("{k}={v}")
        }
        Some((k, v)) => format!("{k}={}", literal(v)),
        None => option.to_string(),
    }
}

pub(super) fn with_options(options: &[String]) -> String {
    if options.is_empty() {
        String::new()
    } else {
        let options: Vec<String> = options.iter().map(|o| storage_option(o)).collect();
        format!(" WITH ({})", options.join(", "))
    }
}

pub(super) fn create_table(t: &Table, if_not_exists: &str) -> String {
    let own: Vec<String> = t
        .columns
        .iter()
        .filter(|c| !c.inherited)
        .map(column_definition)
        .collect();
    let mut s = format!(
        "CREATE {}TABLE {if_not_exists}{}",
        if t.unlogged { "UNLOGGED " } else { "" },
        qualified(&t.name)
    );
    match (&t.partition_of, &t.of_type) {
        (Some(p), _) => {
            s.push_str(&format!(" PARTITION OF {}", qualified(&p.parent)));
            s.push_str(&format!(" {}", p.bound));
        }
        // A typed table's columns come from its type; only their options are written.
        (None, Some(ty)) => {
            s.push_str(&format!(" OF {}", qualified(ty)));
            let options: Vec<String> = t
                .columns
                .iter()
                .filter_map(|c| {
                    let clauses = column_clauses(&c.generated, &c.identity, &c.default, c.not_null);
                    (!clauses.is_empty())
                        .then(|| format!("{} WITH OPTIONS{clauses}", ident(&c.name)))
                })
                .collect();
            if !options.is_empty() {
                s.push_str(&format!(
                    " (
    {}
)",
                    options.join(
                        ",
    "
                    )
                ));
            }
        }
        (None, None) => {
            if own.is_empty() {
                s.push_str(" ()");
            } else {
                s.push_str(&format!(" (\n    {}\n)", own.join(",\n    ")));
            }
            if !t.inherits.is_empty() {
                s.push_str(&format!(
                    " INHERITS ({})",
                    t.inherits
                        .iter()
                        .map(qualified)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    }
    if let Some(k) = &t.partition_key {
        s.push_str(&format!(" PARTITION BY {k}"));
    }
    if let Some(m) = &t.access_method {
        s.push_str(&format!(" USING {}", ident(m)));
    }
    s.push_str(&with_options(&t.options));
    s
}

/// [`Change::StashTable`]: the table detached from what it is part of and what is part of it,
/// renamed to its stash, its identity sequences renamed away.
pub(super) fn stash_table(
    table: &Table,
    stash: &QualifiedName,
    detach: &[QualifiedName],
    released: &[QualifiedName],
) -> String {
    let name = qualified(&table.name);
    let mut out = Vec::new();
    if let Some(p) = &table.partition_of {
        out.push(format!(
            "ALTER TABLE {} DETACH PARTITION {name}",
            qualified(&p.parent)
        ));
    }
    for parent in &table.inherits {
        out.push(format!(
            "ALTER TABLE {name} NO INHERIT {}",
            qualified(parent)
        ));
    }
    for p in detach {
        out.push(format!(
            "ALTER TABLE {name} DETACH PARTITION {}",
            qualified(p)
        ));
    }
    out.push(format!(
        "-- pgshift:allow renaming-table it is created again under its name in this transaction\n\
         ALTER TABLE {name} RENAME TO {}",
        ident(&stash.name)
    ));
    for c in &table.columns {
        if let Some(i) = &c.identity {
            out.push(format!(
                "ALTER SEQUENCE {} RENAME TO {}",
                qualified(&i.sequence),
                ident(&stashed_sequence(&i.sequence).name)
            ));
        }
    }
    // Renaming the index of a key renames the key too. One whose parent index the plan dropped
    // went with it.
    for i in released {
        out.push(format!(
            "ALTER INDEX IF EXISTS {} RENAME TO {}",
            qualified(i),
            ident(&away_name(&qualified(i)))
        ));
    }
    out.join(";\n")
}

/// Where [`Change::StashTable`] puts an identity sequence of the stashed table.
fn stashed_sequence(sequence: &QualifiedName) -> QualifiedName {
    QualifiedName {
        schema: sequence.schema.clone(),
        name: away_name(&qualified(sequence)),
    }
}

pub(super) fn drop_table(t: &Table, if_exists: &str) -> String {
    format!("DROP TABLE {if_exists}{}", qualified(&t.name))
}

#[allow(clippy::too_many_arguments)] // the fields of the change
pub(super) fn copy_table_data(
    table: &QualifiedName,
    stash: &QualifiedName,
    columns: &[String],
    partitioned: &bool,
    overriding: &bool,
    identities: &[(QualifiedName, QualifiedName)],
    owned_sequences: &[(QualifiedName, Option<(QualifiedName, String)>)],
    publications: &[(String, PublicationTable)],
    through_text: &[(String, TypeRef)],
    old_enums: &[QualifiedName],
    casts: &[CopyCast],
) -> String {
    let cols = idents(columns);
    // A column whose enum was recreated holds the old type in the stash: no cast leads from
    // it to the new one but through text.
    let values = list(
        columns
            .iter()
            .map(|c| match through_text.iter().find(|(x, _)| x == c) {
                Some((_, t)) => format!(
                    "{}::{}::{}",
                    ident(c),
                    if t.is_array() { "text[]" } else { "text" },
                    super::writer::type_ref(t)
                ),
                None => match casts.iter().find(|x| &x.column == c) {
                    Some(x) => super::columns::conversion(
                        c,
                        &super::writer::type_ref(&x.data_type),
                        x.data_type.is_array(),
                        x.via_text,
                        x.using.as_deref(),
                    ),
                    None => ident(c),
                },
            }),
    );
    let mut out = Vec::new();
    // A new table that keeps none of the old one's columns has nothing to receive: its rows
    // are not copied (an empty column list is a syntax error).
    if !columns.is_empty() {
        out.push(format!(
            "INSERT INTO {} ({cols}){} SELECT {values} FROM {}{}",
            qualified(table),
            if *overriding {
                " OVERRIDING SYSTEM VALUE"
            } else {
                ""
            },
            // Inheritance children keep their own rows; a partitioned table's rows are
            // its partitions'.
            if *partitioned { "" } else { "ONLY " },
            qualified(stash)
        ));
    }
    for (old, new) in identities {
        out.push(format!(
            "SELECT pg_catalog.setval({}, last_value, is_called) FROM {}",
            literal(&qualified(new)),
            qualified(&stashed_sequence(old))
        ));
    }
    for (seq, owner) in owned_sequences {
        out.push(render(&Change::SetSequenceOwnedBy {
            name: seq.clone(),
            owned_by: owner.clone(),
            past_rows: None,
        }));
    }
    out.push(format!(
        "-- pgshift:allow ban-drop-table {}\n\
                 DROP TABLE {}",
        if columns.is_empty() {
            format!("none of its columns remain in {}", qualified(table))
        } else {
            format!("its rows were copied into {} above", qualified(table))
        },
        qualified(stash)
    ));
    out.extend(old_enums.iter().map(super::types::drop_away));
    for (p, t) in publications {
        out.push(format!(
            "ALTER PUBLICATION {} ADD {}",
            ident(p),
            publication_table(t)
        ));
    }
    out.join(";\n")
}

pub(super) fn add_constraint(table: &QualifiedName, constraint: &Constraint) -> String {
    format!(
        "ALTER TABLE {}{} ADD CONSTRAINT {} {}",
        if constraint.only { "ONLY " } else { "" },
        qualified(table),
        ident(&constraint.name),
        constraint.definition
    )
}

/// `ALTER TABLE ... RENAME CONSTRAINT`; re-runnable, only while the old name is there.
pub(super) fn rename_constraint(
    table: &QualifiedName,
    from: &str,
    to: &str,
    rerun: bool,
) -> String {
    let rename = format!(
        "ALTER TABLE {} RENAME CONSTRAINT {} TO {}",
        qualified(table),
        ident(from),
        ident(to)
    );
    if !rerun {
        return rename;
    }
    format!(
        "DO $pgshift$ BEGIN IF EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = {}::regclass AND conname = {}) THEN {rename}; END IF; END $pgshift$",
        literal(&qualified(table)),
        literal(from)
    )
}

pub(super) fn drop_constraint(
    table: &QualifiedName,
    constraint: &Constraint,
    if_exists: &str,
) -> String {
    format!(
        "ALTER TABLE {} DROP CONSTRAINT {if_exists}{}",
        qualified(table),
        ident(&constraint.name)
    )
}

pub(super) fn set_row_level_security(table: &QualifiedName, enabled: &bool) -> String {
    format!(
        "ALTER TABLE {} {} ROW LEVEL SECURITY",
        qualified(table),
        if *enabled { "ENABLE" } else { "DISABLE" }
    )
}

pub(super) fn set_force_row_level_security(table: &QualifiedName, forced: &bool) -> String {
    format!(
        "ALTER TABLE {} {} ROW LEVEL SECURITY",
        qualified(table),
        if *forced { "FORCE" } else { "NO FORCE" }
    )
}

pub(super) fn attach_partition(
    table: &QualifiedName,
    parent: &QualifiedName,
    bound: &str,
) -> String {
    format!(
        "ALTER TABLE {} ATTACH PARTITION {} {bound}",
        qualified(parent),
        qualified(table)
    )
}

pub(super) fn set_inherit(table: &QualifiedName, parent: &QualifiedName, inherit: &bool) -> String {
    format!(
        "ALTER TABLE {} {}INHERIT {}",
        qualified(table),
        if *inherit { "" } else { "NO " },
        qualified(parent)
    )
}

pub(super) fn detach_partition(table: &QualifiedName, parent: &QualifiedName) -> String {
    format!(
        "ALTER TABLE {} DETACH PARTITION {}",
        qualified(parent),
        qualified(table)
    )
}

pub(super) fn set_table_logged(table: &QualifiedName, logged: &bool) -> String {
    format!(
        "ALTER TABLE {} SET {}",
        qualified(table),
        if *logged { "LOGGED" } else { "UNLOGGED" }
    )
}

pub(super) fn set_table_options(table: &QualifiedName, set: &[String], reset: &[String]) -> String {
    let mut parts = Vec::new();
    if !reset.is_empty() {
        parts.push(format!("RESET ({})", reset.join(", ")));
    }
    if !set.is_empty() {
        let set: Vec<String> = set.iter().map(|o| storage_option(o)).collect();
        parts.push(format!("SET ({})", set.join(", ")));
    }
    format!("ALTER TABLE {} {}", qualified(table), parts.join(", "))
}

pub(super) fn set_access_method(table: &QualifiedName, method: &Option<String>) -> String {
    format!(
        "ALTER TABLE {} SET ACCESS METHOD {}",
        qualified(table),
        ident(method.as_deref().unwrap_or("heap"))
    )
}

pub(super) fn set_replica_identity(table: &QualifiedName, identity: &ReplicaIdentity) -> String {
    format!(
        "ALTER TABLE {} REPLICA IDENTITY {}",
        qualified(table),
        match identity {
            ReplicaIdentity::Default => "DEFAULT".to_string(),
            ReplicaIdentity::Full => "FULL".to_string(),
            ReplicaIdentity::Nothing => "NOTHING".to_string(),
            ReplicaIdentity::Index(i) => format!("USING INDEX {}", ident(i)),
        }
    )
}

pub(super) fn create_policy(table: &QualifiedName, policy: &Policy) -> String {
    let Policy {
        name,
        permissive,
        command,
        roles,
        using,
        with_check,
        comment: _,
    } = policy;
    let mut s = format!(
        "CREATE POLICY {} ON {} AS {} FOR {command} TO {}",
        ident(name),
        qualified(table),
        if *permissive {
            "PERMISSIVE"
        } else {
            "RESTRICTIVE"
        },
        roles
            .iter()
            .map(|r| if r == "public" {
                "PUBLIC".to_string()
            } else {
                ident(r)
            })
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let Some(u) = using {
        s.push_str(&format!(" USING ({u})"));
    }
    if let Some(w) = with_check {
        s.push_str(&format!(" WITH CHECK ({w})"));
    }
    s
}

pub(super) fn drop_policy(table: &QualifiedName, policy: &Policy, if_exists: &str) -> String {
    format!(
        "DROP POLICY {if_exists}{} ON {}",
        ident(&policy.name),
        qualified(table)
    )
}

pub(super) fn add_constraint_not_valid(table: &QualifiedName, constraint: &Constraint) -> String {
    format!(
        "ALTER TABLE {} ADD CONSTRAINT {} {} NOT VALID",
        qualified(table),
        ident(&constraint.name),
        constraint.definition
    )
}

pub(super) fn validate_constraint(table: &QualifiedName, constraint: &str) -> String {
    format!(
        "ALTER TABLE {} VALIDATE CONSTRAINT {}",
        qualified(table),
        ident(constraint)
    )
}

pub(super) fn add_key_using_index(
    table: &QualifiedName,
    constraint: &Constraint,
    index: &str,
) -> String {
    let kind = if constraint.kind == crate::model::ConstraintKind::PrimaryKey {
        "PRIMARY KEY"
    } else {
        "UNIQUE"
    };
    let mut sql = format!(
        "ALTER TABLE {} ADD CONSTRAINT {} {kind} USING INDEX {}",
        qualified(table),
        ident(&constraint.name),
        ident(index)
    );
    if constraint.deferrable {
        sql.push_str(" DEFERRABLE");
        if constraint.initially_deferred {
            sql.push_str(" INITIALLY DEFERRED");
        }
    }
    sql
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::Change;
    use crate::sql::render::render;

    #[test]
    fn table_and_index_attributes_quote_their_names() {
        let t = QualifiedName::new("Mixed Case", "select");
        assert_eq!(
            render(&Change::SetAccessMethod {
                table: t.clone(),
                method: Some("Heap Two".into()),
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" SET ACCESS METHOD \"Heap Two\""
        );
        assert_eq!(
            render(&Change::SetAccessMethod {
                table: t.clone(),
                method: None,
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" SET ACCESS METHOD heap"
        );
        assert_eq!(
            render(&Change::SetCluster {
                table: t.clone(),
                index: Some("with\"quote".into()),
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" CLUSTER ON \"with\"\"quote\""
        );
        assert_eq!(
            render(&Change::SetCluster {
                table: t.clone(),
                index: None,
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" SET WITHOUT CLUSTER"
        );
        let stats = |v: &[(u16, i32)]| v.iter().copied().collect();
        assert_eq!(
            render(&Change::SetIndexStatistics {
                index: QualifiedName::new("public", "é idx"),
                from: stats(&[(1, 10), (2, 20)]),
                to: stats(&[(2, 20), (3, 3000)]),
            }),
            "ALTER INDEX public.\"é idx\" ALTER COLUMN 1 SET STATISTICS -1, ALTER COLUMN 3 SET STATISTICS 3000"
        );
        let settings = |options: &[&str]| ColumnSettings {
            options: options.iter().map(|o| o.to_string()).collect(),
            ..ColumnSettings::default()
        };
        assert_eq!(
            render(&Change::SetColumnSettings {
                table: t,
                column: "Kind".into(),
                from: settings(&["n_distinct=-0.5", "n_distinct_inherited=100"]),
                to: settings(&["n_distinct=-0.25"]),
            }),
            "ALTER TABLE ONLY \"Mixed Case\".\"select\" ALTER COLUMN \"Kind\" RESET (n_distinct_inherited), ALTER COLUMN \"Kind\" SET (n_distinct=-0.25)"
        );
    }
}
