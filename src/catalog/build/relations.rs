//! Tables, their constraints and indexes, and views, from their catalog rows.

use super::*;

/// The definition of a plain index (columns only, defaults but for ordering, a predicate or none)
/// as pg_get_indexdef writes it: `CREATE [UNIQUE ]INDEX name ON [ONLY ]schema.table USING method
/// (keys)[ INCLUDE (columns)][ WHERE predicate]`. Key and INCLUDE columns arrive quoted the same
/// way; the predicate is `pg_get_expr`'s text, which pg_get_indexdef prints after `WHERE` as is
/// (both deparse it with the table as context and the same flags).
pub fn plain_index_definition(r: &IndexRow) -> String {
    let list = |c: &Option<Vec<String>>| c.as_deref().unwrap_or_default().join(", ");
    let include = match r.include_columns.as_deref() {
        Some(c) if !c.is_empty() => format!(" INCLUDE ({})", list(&r.include_columns)),
        _ => String::new(),
    };
    let predicate = match r.predicate.as_deref() {
        Some(p) => format!(" WHERE {p}"),
        None => String::new(),
    };
    // Each key column's ordering, as pg_get_indexdef prints `indoption` (only methods that
    // order, btree, accept options, so only they have any set).
    let keys = match r.key_options.as_deref() {
        None => list(&r.key_columns),
        Some(options) => r
            .key_columns
            .as_deref()
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let option = options.get(k).copied().unwrap_or(0);
                let order = match (option & 1 != 0, option & 2 != 0) {
                    (true, true) => " DESC",
                    (true, false) => " DESC NULLS LAST",
                    (false, true) => " NULLS FIRST",
                    (false, false) => "",
                };
                format!("{c}{order}")
            })
            .collect::<Vec<_>>()
            .join(", "),
    };
    format!(
        "CREATE {}INDEX {} ON {}{} USING {} ({keys}){include}{predicate}",
        if r.unique { "UNIQUE " } else { "" },
        crate::sql::writer::ident(&r.name),
        if r.partitioned { "ONLY " } else { "" },
        crate::sql::writer::qualified(&qn(&r.table_schema, &r.table)),
        r.method,
    )
}

/// What follows the index's name in `definition` (`CREATE [UNIQUE] INDEX name ON ...`, as the
/// catalog and the parser print it): [`Index::body`]. A quoted name ends at the quote that is
/// not doubled.
pub fn index_body(definition: &str) -> String {
    let rest = definition
        .strip_prefix("CREATE UNIQUE INDEX ")
        .or_else(|| definition.strip_prefix("CREATE INDEX "))
        .unwrap_or(definition);
    let end = match rest.strip_prefix('"') {
        Some(q) => {
            let b = q.as_bytes();
            let mut k = 0;
            loop {
                match b.get(k) {
                    Some(b'"') if b.get(k + 1) == Some(&b'"') => k += 2,
                    Some(b'"') | None => break k + 2,
                    Some(_) => k += 1,
                }
            }
        }
        None => rest.find(' ').unwrap_or(rest.len()),
    };
    rest.get(end.min(rest.len())..)
        .unwrap_or("")
        .trim_start()
        .to_string()
}

/// `definition` with the operator class of each listed key column (1-based, schema, name)
/// written out. PostgreSQL prints an index without the classes its columns take by default, and
/// a user-defined default class is only the default once it exists: an index created before it
/// (a declarative file loaded first, say) silently takes the built-in class. Unchanged when the
/// definition does not parse as an index or a column already names its class.
pub fn with_default_classes(definition: String, classes: &[(usize, String, String)]) -> String {
    use pg_query::NodeEnum;
    let Ok(mut parsed) = pg_query::parse(&definition, 0).map(|p| p.protobuf) else {
        return definition;
    };
    let Some(NodeEnum::IndexStmt(stmt)) = parsed
        .stmts
        .get_mut(0)
        .and_then(|s| s.stmt.as_mut())
        .and_then(|n| n.node.as_mut())
    else {
        return definition;
    };
    let string = |s: &str| pg_query::Node {
        node: Some(NodeEnum::String(pg_query::protobuf::String {
            sval: s.to_string(),
        })),
    };
    for (key, schema, name) in classes {
        if let Some(NodeEnum::IndexElem(elem)) = stmt
            .index_params
            .get_mut(key.wrapping_sub(1))
            .and_then(|p| p.node.as_mut())
        {
            if elem.opclass.is_empty() {
                elem.opclass = vec![string(schema), string(name)];
            }
        }
    }
    pg_query::deparse(&parsed, Default::default()).unwrap_or(definition)
}

/// A table of an excluded schema that holds kept policies only (see the module comment).
pub(super) fn stub_table(name: QualifiedName) -> Table {
    Table {
        name,
        columns: Vec::new(),
        constraints: Default::default(),
        policies: Default::default(),
        unlogged: false,
        partition_key: None,
        partition_of: None,
        inherits: Vec::new(),
        of_type: None,
        replica_identity: ReplicaIdentity::Default,
        rls_enabled: false,
        rls_forced: false,
        options: Vec::new(),
        access_method: None,
        owner: String::new(),
        comment: None,
        privileges: Vec::new(),
    }
}

/// `attstorage` / `typstorage` letters as SQL words.
pub(super) fn storage_name(letter: &str) -> String {
    match letter {
        "p" => "plain",
        "e" => "external",
        "m" => "main",
        _ => "extended",
    }
    .to_string()
}

/// A table's or materialized view's column settings from the catalog's fields: the statistics
/// target, `attstorage` (sent when it differs from the type's own storage), compression and
/// `attoptions`.
fn column_settings(
    statistics: Option<i32>,
    storage: Option<&str>,
    type_storage: Option<&str>,
    compression: Option<String>,
    options: Option<Vec<String>>,
) -> ColumnSettings {
    ColumnSettings {
        statistics,
        storage: storage.map(|s| {
            Box::new(ColumnStorage {
                storage: storage_name(s),
                type_default: storage_name(type_storage.unwrap_or("x")),
            })
        }),
        compression,
        options: options.unwrap_or_default(),
    }
}

pub(super) fn table(r: TableRow) -> Table {
    // Storage parameters and view options keep the catalog's order (the order they were set
    // in, which dumps show); the diff compares them as sets.
    let options = r.options;
    let owner = r.owner.clone();
    Table {
        name: qn(&r.schema, &r.name),
        columns: r
            .columns
            .unwrap_or_default()
            .into_iter()
            .map(|c| Column {
                privileges: column_grants(c.acl.as_deref(), &owner),
                settings: column_settings(
                    c.statistics,
                    c.storage.as_deref(),
                    c.type_storage.as_deref(),
                    c.compression.map(String::from),
                    c.options,
                ),
                name: c.name,
                data_type: c.data_type,
                collation: c.collation.as_deref().map(name_ref),
                not_null: c.not_null,
                default: c.default,
                identity: c.identity.map(|i| {
                    Box::new(Identity {
                        always: i.always,
                        sequence: qn(&i.schema, &i.sequence),
                        options: sequence_options(
                            &i.data_type,
                            i.start,
                            i.increment,
                            i.min_value,
                            i.max_value,
                            i.cache,
                            i.cycle,
                        ),
                        unlogged: i.unlogged,
                        privileges: grants(i.acl.as_deref(), i.owner.as_deref()),
                        comment: i.comment,
                    })
                }),
                generated: c.generated.map(String::from),
                inherited: c.inherited,
                comment: c.comment,
                rewrites_on_add: c.rewrites_on_add,
            })
            // Collected in place, the vector would keep the rows' larger allocation for the
            // model's whole life (a third more per column).
            .collect::<Vec<_>>()
            .into_boxed_slice()
            .into_vec(),
        constraints: Default::default(),
        policies: Default::default(),
        unlogged: r.unlogged,
        partition_key: r.partition_key,
        partition_of: r.partition_of.map(|p| PartitionOf {
            parent: qn(&p.schema, &p.name),
            bound: p.bound,
        }),
        inherits: r
            .inherits
            .unwrap_or_default()
            .iter()
            .map(name_ref)
            .collect(),
        of_type: r.of_type.as_ref().map(name_ref),
        replica_identity: match (r.replica_identity.as_str(), r.replica_identity_index) {
            ("f", _) => ReplicaIdentity::Full,
            ("n", _) => ReplicaIdentity::Nothing,
            ("i", Some(ix)) => ReplicaIdentity::Index(ix),
            _ => ReplicaIdentity::Default,
        },
        rls_enabled: r.rls_enabled,
        rls_forced: r.rls_forced,
        options,
        // `heap` is the default every CREATE TABLE gets: only another method is said.
        access_method: r.access_method.filter(|m| m != "heap"),
        privileges: grants(r.acl.as_deref(), Some(&r.owner)),
        owner: r.owner,
        comment: r.comment,
    }
}

/// A table constraint; `columns` are its columns' names, `index` the row of the index it uses.
pub(super) fn constraint(
    mut c: ConstraintRow,
    columns: Vec<String>,
    index: Option<&IndexRow>,
    names: &ColumnNames,
) -> Constraint {
    if let Some(f) = &mut c.foreign_key {
        if f.columns.is_none() {
            f.columns = names.names(f.oid, &f.column_numbers);
        }
    }
    let definition = match c.definition.take() {
        Some(d) => d,
        None => constraint_definition(&c, &columns, index),
    };
    Constraint {
        kind: match c.kind.as_str() {
            "p" => ConstraintKind::PrimaryKey,
            "u" => ConstraintKind::Unique,
            "f" => ConstraintKind::ForeignKey,
            "x" => ConstraintKind::Exclusion,
            _ => ConstraintKind::Check,
        },
        name: c.name,
        definition,
        columns,
        foreign_key: c.foreign_key.map(|f| {
            Box::new(ForeignKey {
                references: qn(&f.schema, &f.table),
                referenced_columns: f.columns.unwrap_or_default(),
                on_update: f.on_update,
                on_delete: f.on_delete,
                match_type: f.match_type,
            })
        }),
        deferrable: c.deferrable,
        initially_deferred: c.initially_deferred,
        validated: c.validated,
        no_inherit: c.no_inherit,
        inherited: c.inherited,
        only: index.is_some_and(|i| i.partitioned && !i.valid),
        index: index.map(|i| qn(&i.schema, &i.name)),
        comment: c.comment,
    }
}

/// The definition of a primary key, unique constraint, foreign key or check as
/// pg_get_constraintdef writes it (the server sends the others): `PRIMARY KEY (a, b)`,
/// `UNIQUE [NULLS NOT DISTINCT ](a)[ INCLUDE (c)][ WITH (storage parameters)]`, `FOREIGN KEY (a) REFERENCES s.t(b)[ MATCH
/// FULL][ ON UPDATE action][ ON DELETE action]`, `CHECK (expression)[ NO INHERIT]`; then
/// `[ DEFERRABLE][ INITIALLY DEFERRED][ NOT VALID]`. Names are quoted as quote_ident quotes them.
pub fn constraint_definition(
    c: &ConstraintRow,
    columns: &[String],
    index: Option<&IndexRow>,
) -> String {
    use crate::sql::writer::ident;
    let list = |names: &[String]| {
        names
            .iter()
            .map(|n| ident(n))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = match c.kind.as_str() {
        "p" | "u" => {
            let mut out = if c.kind == "p" {
                "PRIMARY KEY ".to_string()
            } else if index.is_some_and(|i| i.nulls_not_distinct) {
                "UNIQUE NULLS NOT DISTINCT ".to_string()
            } else {
                "UNIQUE ".to_string()
            };
            out.push_str(&format!("({})", list(columns)));
            if let Some(include) = index
                .and_then(|i| i.include_columns.as_ref())
                .filter(|c| !c.is_empty())
            {
                out.push_str(&format!(" INCLUDE ({})", include.join(", ")));
            }
            // The index's storage parameters, which pg_get_constraintdef leaves out (pg_dump
            // adds them): without them a key created with its table loses its fillfactor.
            if let Some(options) = index
                .and_then(|i| i.options.as_ref())
                .filter(|o| !o.is_empty())
            {
                let options: Vec<String> = options
                    .iter()
                    .map(|o| match o.split_once('=') {
                        Some((k, v)) => format!("{k}={}", crate::sql::writer::literal(v)),
                        None => o.clone(),
                    })
                    .collect();
                out.push_str(&format!(" WITH ({})", options.join(", ")));
            }
            out
        }
        "f" => {
            let f = c.foreign_key.as_ref();
            let action = |code: &str| match code {
                "r" => Some("RESTRICT"),
                "c" => Some("CASCADE"),
                "n" => Some("SET NULL"),
                "d" => Some("SET DEFAULT"),
                _ => None,
            };
            let mut out = format!(
                "FOREIGN KEY ({}) REFERENCES {}({})",
                list(columns),
                f.map(|f| crate::sql::writer::qualified(&qn(&f.schema, &f.table)))
                    .unwrap_or_default(),
                list(f.and_then(|f| f.columns.as_deref()).unwrap_or_default())
            );
            if let Some(f) = f {
                out.push_str(match f.match_type.as_str() {
                    "f" => " MATCH FULL",
                    "p" => " MATCH PARTIAL",
                    _ => "",
                });
                if let Some(a) = action(&f.on_update) {
                    out.push_str(&format!(" ON UPDATE {a}"));
                }
                if let Some(a) = action(&f.on_delete) {
                    out.push_str(&format!(" ON DELETE {a}"));
                }
            }
            out
        }
        _ => format!(
            "CHECK ({}){}",
            c.expression.as_deref().unwrap_or_default(),
            if c.no_inherit { " NO INHERIT" } else { "" }
        ),
    };
    if c.deferrable {
        out.push_str(" DEFERRABLE");
    }
    if c.initially_deferred {
        out.push_str(" INITIALLY DEFERRED");
    }
    if !c.validated {
        out.push_str(" NOT VALID");
    }
    out
}

/// Column names of tables (of every schema) and views by relation oid and attribute number,
/// for the columns other queries give by number.
pub struct ColumnNames(HashMap<u32, Vec<(i16, String)>>);

impl ColumnNames {
    pub fn new(tables: &[TableRow], views: &[ViewRow]) -> Self {
        let mut map = HashMap::new();
        for t in tables {
            let columns = t.columns.iter().flatten();
            map.insert(t.oid, columns.map(|c| (c.num, c.name.clone())).collect());
        }
        // View columns are never dropped: attribute numbers follow their order.
        for v in views {
            let columns = v.columns.iter().flatten().enumerate();
            map.insert(
                v.oid,
                columns
                    .map(|(i, c)| (i as i16 + 1, c.name.clone()))
                    .collect(),
            );
        }
        ColumnNames(map)
    }

    fn name(&self, relation: u32, num: i16) -> Option<&str> {
        let columns = self.0.get(&relation)?;
        let i = columns.binary_search_by_key(&num, |(n, _)| *n).ok()?;
        Some(&columns[i].1)
    }

    /// The names of columns `nums` of `relation`; none unless every one is known.
    pub fn names(&self, relation: u32, nums: &[i16]) -> Option<Vec<String>> {
        nums.iter()
            .map(|n| self.name(relation, *n).map(str::to_string))
            .collect()
    }
}

/// Names an index's key columns (unless the server sent them: an index on expressions) and its
/// INCLUDE columns from their attribute numbers, quoted as pg_get_indexdef quotes them.
pub(super) fn name_index_columns(r: &mut IndexRow, names: &ColumnNames) {
    let quoted = |nums: &[i16]| {
        names
            .names(r.table_oid, nums)
            .map(|n| n.iter().map(|n| crate::sql::writer::ident(n)).collect())
    };
    let split = (r.key_count.max(0) as usize).min(r.column_numbers.len());
    let (keys, include) = r.column_numbers.split_at(split);
    let (keys, include) = (quoted(keys), quoted(include));
    if r.key_columns.is_none() {
        r.key_columns = keys;
    }
    if r.include_columns.is_none() {
        r.include_columns = include;
    }
}

pub(super) fn view(r: ViewRow) -> View {
    let options = r.options;
    let owner = r.owner.clone();
    // The pretty text leaves out the parentheses of an AND that is the first operand of
    // another AND (`a BETWEEN x AND y AND b`), so it reads back flattened, and a view that has
    // such a nesting would compare equal to one that has not. Such a view keeps the plain text,
    // which shows it, and which the plan writes back with the nesting kept
    // (`sql::reparse::stable_bool_nesting`).
    let definition = match r.plain_definition {
        Some(plain)
            if matches!(
                crate::sql::stable_bool_nesting(&plain),
                std::borrow::Cow::Owned(_)
            ) =>
        {
            plain
        }
        _ => r.definition,
    };
    View {
        name: qn(&r.schema, &r.name),
        definition,
        columns: r
            .columns
            .unwrap_or_default()
            .into_iter()
            .map(|c| ViewColumn {
                privileges: column_grants(c.acl.as_deref(), &owner),
                settings: column_settings(
                    c.statistics,
                    c.storage.as_deref(),
                    c.type_storage.as_deref(),
                    c.compression,
                    c.options,
                ),
                name: c.name,
                data_type: c.data_type,
                default: c.default,
                comment: c.comment,
            })
            .collect(),
        options,
        privileges: grants(r.acl.as_deref(), Some(&r.owner)),
        owner: r.owner,
        comment: r.comment,
    }
}
