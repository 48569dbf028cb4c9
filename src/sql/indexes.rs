//! Indexes: CREATE (also CONCURRENTLY, under a temporary name when built beside the one they
//! replace), DROP, RENAME, ATTACH, statistics targets and clustering.

use super::writer::{ident, qualified};
use crate::model::*;
use std::collections::BTreeSet;

/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] name ...` of `index`, under `name` when given.
fn create_index_statement(index: &Index, concurrently: bool, name: Option<&str>) -> String {
    format!(
        "CREATE {}INDEX {}{} {}",
        if index.unique { "UNIQUE " } else { "" },
        if concurrently { "CONCURRENTLY " } else { "" },
        ident(name.unwrap_or(&index.name.name)),
        index.body
    )
}

pub(super) fn attach_index(index: &QualifiedName, parent: &QualifiedName) -> String {
    format!(
        "ALTER INDEX {} ATTACH PARTITION {}",
        qualified(parent),
        qualified(index)
    )
}

pub(super) fn set_cluster(table: &QualifiedName, index: &Option<String>) -> String {
    match index {
        Some(i) => format!("ALTER TABLE {} CLUSTER ON {}", qualified(table), ident(i)),
        None => format!("ALTER TABLE {} SET WITHOUT CLUSTER", qualified(table)),
    }
}

pub(super) fn set_index_statistics(
    index: &QualifiedName,
    from: &std::collections::BTreeMap<u16, i32>,
    to: &std::collections::BTreeMap<u16, i32>,
) -> String {
    let columns: BTreeSet<&u16> = from.keys().chain(to.keys()).collect();
    let parts: Vec<String> = columns
        .into_iter()
        .filter(|n| from.get(n) != to.get(n))
        .map(|n| {
            format!(
                "ALTER COLUMN {n} SET STATISTICS {}",
                to.get(n).copied().unwrap_or(-1)
            )
        })
        .collect();
    format!("ALTER INDEX {} {}", qualified(index), parts.join(", "))
}

pub(super) fn create_index(i: &Index) -> String {
    create_index_statement(i, false, None)
}

/// A unique index of a partitioned table (not a key's) may have partitions' own keys attached
/// to it, which PostgreSQL drops only with `CASCADE` (the plan adds back those the target has).
/// What else depends on such an index, a foreign key referencing its columns, the plan drops
/// before it.
pub(super) fn drop_index(i: &Index, if_exists: &str) -> String {
    let cascade = i.unique && i.constraint.is_none() && i.partitioned();
    format!(
        "DROP INDEX {if_exists}{}{}",
        qualified(&i.name),
        if cascade { " CASCADE" } else { "" }
    )
}

pub(super) fn create_index_concurrently(index: &Index, build_as: &Option<String>) -> String {
    create_index_statement(index, true, build_as.as_deref())
}

pub(super) fn drop_index_concurrently(name: &QualifiedName) -> String {
    format!("DROP INDEX CONCURRENTLY IF EXISTS {}", qualified(name))
}

pub(super) fn rename_index(from: &QualifiedName, to: &str) -> String {
    format!("ALTER INDEX {} RENAME TO {}", qualified(from), ident(to))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::Change;
    use crate::sql::render::render;

    #[test]
    fn index_statements_are_written_from_name_uniqueness_and_body() {
        let index = |name: &str, unique: bool, body: &str| Index {
            name: QualifiedName::new("public", name),
            table: QualifiedName::new("public", "t"),
            body: body.into(),
            method: "btree".into(),
            unique,
            primary: false,
            key_columns: vec!["x".into()],
            include_columns: vec![],
            predicate: None,
            constraint: None,
            parent: None,
            nulls_not_distinct: false,
            valid: true,
            comment: None,
            clustered: false,
            statistics: Default::default(),
        };
        let a = index("a", true, "ON public.t USING btree (x)");
        assert_eq!(
            render(&Change::CreateIndex(a.clone())),
            "CREATE UNIQUE INDEX a ON public.t USING btree (x)"
        );
        assert_eq!(
            render(&Change::CreateIndexConcurrently {
                index: a.clone(),
                build_as: None
            }),
            "CREATE UNIQUE INDEX CONCURRENTLY a ON public.t USING btree (x)"
        );
        let quoted = index("A b", false, "ON public.t USING gin (x)");
        assert_eq!(
            render(&Change::CreateIndexConcurrently {
                index: quoted.clone(),
                build_as: Some("pgshift_new_1".into())
            }),
            "CREATE INDEX CONCURRENTLY pgshift_new_1 ON public.t USING gin (x)"
        );
        assert_eq!(
            render(&Change::CreateIndex(quoted)),
            "CREATE INDEX \"A b\" ON public.t USING gin (x)"
        );
        let step = render(&Change::CreateIndexConcurrently {
            index: a,
            build_as: Some("select".into()),
        });
        assert_eq!(
            step,
            "CREATE UNIQUE INDEX CONCURRENTLY \"select\" ON public.t USING btree (x)"
        );
    }

    #[test]
    fn index_properties_quote_their_names() {
        let name = QualifiedName::new("app", "weird \"name\"");
        let table = QualifiedName::new("app", "Mixed Case");
        let sql: Vec<String> = [
            Change::Comment {
                target: ObjectId::Index { name: name.clone() },
                comment: Some("lookups".into()),
            },
            Change::SetIndexStatistics {
                index: name.clone(),
                from: Default::default(),
                to: [(1, 3000)].into(),
            },
            Change::SetCluster {
                table: table.clone(),
                index: Some(name.name.clone()),
            },
            Change::SetReplicaIdentity {
                table,
                identity: ReplicaIdentity::Index(name.name.clone()),
            },
        ]
        .iter()
        .map(render)
        .collect();
        assert_eq!(
            sql,
            vec![
                "COMMENT ON INDEX app.\"weird \"\"name\"\"\" IS 'lookups'",
                "ALTER INDEX app.\"weird \"\"name\"\"\" ALTER COLUMN 1 SET STATISTICS 3000",
                "ALTER TABLE app.\"Mixed Case\" CLUSTER ON \"weird \"\"name\"\"\"",
                "ALTER TABLE app.\"Mixed Case\" REPLICA IDENTITY USING INDEX \"weird \"\"name\"\"\"",
            ]
        );
    }
}
