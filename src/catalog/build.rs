//! Rows -> model. Pure: no database, unit-tested with hand-made rows.
//!
//! Besides reshaping, this is where the filter applies (system schemas never reach here;
//! excluded schemas are dropped, except triggers and policies users attach to managed tables),
//! where owners' implicit self-grants are dropped from ACLs (so an ACL equal to the default does
//! not differ from a NULL one), and where dependency edges are kept only when both ends are in
//! the model.

use std::collections::{BTreeSet, HashMap};

use super::rows::*;
use crate::model::privilege::parse_aclitem;
use crate::model::*;

/// Which schemas the model covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Left out of the model.
    pub excluded_schemas: BTreeSet<String>,
    /// Keep triggers that call functions in included schemas, and policies, on tables of
    /// excluded schemas (a trigger on `auth.users`, a policy on `storage.objects`).
    pub keep_attached_to_excluded: bool,
}

impl Filter {
    pub fn includes(&self, schema: &str) -> bool {
        !self.excluded_schemas.contains(schema)
    }
}

fn qn(schema: &str, name: &str) -> QualifiedName {
    QualifiedName::new(schema, name)
}

fn name_ref(r: &NameRef) -> QualifiedName {
    qn(&r.schema, &r.name)
}

fn fn_ref(r: &FunctionRef) -> FunctionId {
    FunctionId::new(&r.schema, &r.name, &r.args)
}

/// Grants from an ACL, without the owner's own (implicit) privileges; sorted, deduplicated.
pub fn grants(acl: Option<&[String]>, owner: Option<&str>) -> Vec<Grant> {
    let mut out: Vec<Grant> = acl
        .unwrap_or_default()
        .iter()
        .flat_map(|item| parse_aclitem(item))
        .filter(|g| Some(g.grantee.as_str()) != owner)
        .collect();
    out.sort();
    out.dedup();
    out
}

fn sequence_options(
    data_type: &str,
    start: i64,
    increment: i64,
    min: i64,
    max: i64,
    cache: i64,
    cycle: bool,
) -> SequenceOptions {
    SequenceOptions {
        data_type: data_type.to_string(),
        start,
        increment,
        min_value: min,
        max_value: max,
        cache,
        cycle,
    }
}

/// Builds the model of one snapshot.
pub fn build(mut rows: Rows, filter: &Filter) -> Schema {
    let mut s = Schema {
        server_version: rows.server_version,
        ..Schema::default()
    };
    let inc = |schema: &str| filter.includes(schema);

    s.schemas = keyed(
        rows.schemas
            .into_iter()
            .filter(|r| inc(&r.name))
            .map(|r| Namespace {
                privileges: grants(r.acl.as_deref(), Some(&r.owner)),
                name: r.name,
                owner: r.owner,
                comment: r.comment,
            }),
    );
    s.extensions = keyed(
        rows.extensions
            .into_iter()
            // plpgsql is part of every database; extensions living in excluded schemas are the
            // platform's.
            .filter(|r| r.name != "plpgsql" && inc(&r.schema))
            .map(|r| Extension {
                name: r.name,
                schema: r.schema,
                version: r.version,
                comment: r.comment,
                update_targets: Some(r.update_targets),
                member_types: r.member_types,
                relocatable: r.relocatable,
            }),
    );
    s.collations = keyed(
        rows.collations
            .into_iter()
            .filter(|r| inc(&r.schema))
            .map(|r| Collation {
                name: qn(&r.schema, &r.name),
                provider: r.provider,
                deterministic: r.deterministic,
                lc_collate: r.lc_collate,
                lc_ctype: r.lc_ctype,
                icu_locale: r.icu_locale,
                icu_rules: r.icu_rules,
                owner: r.owner,
                comment: r.comment,
            }),
    );
    for r in rows.types.into_iter().filter(|r| inc(&r.schema)) {
        let name = qn(&r.schema, &r.name);
        let privileges = grants(r.acl.as_deref(), Some(&r.owner));
        match r.kind.as_str() {
            "enum" => {
                s.enums.insert(
                    name.clone(),
                    Enum {
                        name,
                        values: r.enum_values.unwrap_or_default(),
                        owner: r.owner,
                        comment: r.comment,
                        privileges,
                    },
                );
            }
            "domain" => {
                s.domains.insert(
                    name.clone(),
                    Domain {
                        name,
                        base_type: r.base_type.unwrap_or_default(),
                        collation: r.collation.as_ref().map(name_ref),
                        default: r.default,
                        not_null: r.not_null,
                        checks: r
                            .checks
                            .unwrap_or_default()
                            .into_iter()
                            .map(|c| DomainCheck {
                                name: c.name,
                                definition: c.definition,
                                validated: c.validated,
                                comment: c.comment,
                            })
                            .collect(),
                        owner: r.owner,
                        comment: r.comment,
                        privileges,
                    },
                );
            }
            "composite" => {
                s.composite_types.insert(
                    name.clone(),
                    CompositeType {
                        name,
                        attributes: r
                            .attributes
                            .unwrap_or_default()
                            .into_iter()
                            .map(|a| Attribute {
                                name: a.name,
                                data_type: a.data_type,
                                collation: a.collation.as_ref().map(name_ref),
                                comment: a.comment,
                            })
                            .collect(),
                        owner: r.owner,
                        comment: r.comment,
                        privileges,
                    },
                );
            }
            _ => {
                s.range_types.insert(
                    name.clone(),
                    RangeType {
                        name,
                        subtype: r.subtype.unwrap_or_default(),
                        subtype_opclass: r.subtype_opclass,
                        collation: r.range_collation.as_ref().map(name_ref),
                        canonical: r.canonical,
                        subtype_diff: r.subtype_diff,
                        multirange_name: r.multirange_name.as_ref().map(name_ref),
                        owner: r.owner,
                        comment: r.comment,
                        privileges,
                    },
                );
            }
        }
    }
    // pg_depend addresses (class oid, object oid, sub-id) of the relations, columns and
    // constraints read here; dependency edges are resolved through them (and the few other
    // objects the dependency_objects query lists).
    let mut addresses = Addresses::default();
    s.sequences = keyed(
        rows.sequences
            .into_iter()
            .filter(|r| inc(&r.schema))
            .map(|r| Sequence {
                name: {
                    let name = qn(&r.schema, &r.name);
                    addresses.add(
                        PG_CLASS,
                        r.oid,
                        0,
                        ObjectId::Sequence { name: name.clone() },
                    );
                    name
                },
                options: sequence_options(
                    &r.data_type,
                    r.start,
                    r.increment,
                    r.min_value,
                    r.max_value,
                    r.cache,
                    r.cycle,
                ),
                owned_by: r.owned_by.map(|o| (qn(&o.schema, &o.table), o.column)),
                unlogged: r.unlogged,
                privileges: grants(r.acl.as_deref(), Some(&r.owner)),
                owner: r.owner,
                comment: r.comment,
            }),
    );
    // Attribute numbers of each table's columns, in column order, for naming constraint columns.
    let mut attnums: HashMap<QualifiedName, Vec<i16>> = HashMap::new();
    let names = ColumnNames::new(&rows.tables, &rows.views);
    for r in &mut rows.indexes {
        name_index_columns(r, &names);
    }
    let (included, excluded): (Vec<TableRow>, Vec<TableRow>) =
        rows.tables.into_iter().partition(|r| inc(&r.schema));
    // Tables of excluded schemas, by oid: the policies kept on them make stubs (see below).
    let excluded_tables: Vec<(u32, QualifiedName)> = excluded
        .iter()
        .map(|r| (r.oid, qn(&r.schema, &r.name)))
        .collect();
    let mut identities: HashMap<(u32, i16), IdentityRow> = rows
        .identities
        .into_iter()
        .map(|i| ((i.table_oid, i.num), i.identity))
        .collect();
    s.tables = keyed(included.into_iter().map(|mut r| {
        for c in r.columns.iter_mut().flatten() {
            if c.identity.is_none() {
                c.identity = identities.remove(&(r.oid, c.num));
            }
        }
        let name = qn(&r.schema, &r.name);
        let nums: Vec<i16> = r.columns.iter().flatten().map(|c| c.num).collect();
        for (c, n) in r.columns.iter().flatten().zip(&nums) {
            let column = ObjectId::Column {
                table: name.clone(),
                column: c.name.clone(),
            };
            if let Some(default) = c.default_oid {
                addresses.add(PG_ATTRDEF, default, 0, column.clone());
            }
            addresses.add(PG_CLASS, r.oid, i32::from(*n), column);
        }
        addresses.add(PG_CLASS, r.oid, 0, ObjectId::Table { name: name.clone() });
        attnums.insert(name, nums);
        table(r)
    }));
    let indexes: HashMap<u32, &IndexRow> = rows.indexes.iter().map(|r| (r.oid, r)).collect();
    // The constraint each index enforces, by the index's oid.
    let mut enforces: HashMap<u32, String> = HashMap::new();
    for c in rows.constraints {
        if let Some(i) = c.index_oid {
            enforces.insert(i, c.name.clone());
        }
        let name = qn(&c.schema, &c.table);
        if let Some(t) = s.tables.get_mut(&name) {
            let nums = attnums.get(&name).map(Vec::as_slice).unwrap_or_default();
            let columns: Vec<String> = c
                .column_numbers
                .iter()
                .flatten()
                .filter_map(|n| Some(t.columns[nums.iter().position(|m| m == n)?].name.clone()))
                .collect();
            let id = ObjectId::Constraint {
                table: name.clone(),
                name: c.name.clone(),
            };
            addresses.add(PG_CONSTRAINT, c.oid, 0, id);
            let index = c.index_oid.and_then(|i| indexes.get(&i).copied());
            t.constraints
                .insert(c.name.clone(), constraint(c, columns, index, &names));
        }
    }
    drop(indexes);
    s.indexes = keyed(
        rows.indexes
            .into_iter()
            .filter(|r| inc(&r.table_schema))
            .map(|r| Index {
                name: {
                    let name = qn(&r.schema, &r.name);
                    addresses.add(PG_CLASS, r.oid, 0, ObjectId::Index { name: name.clone() });
                    name
                },
                table: qn(&r.table_schema, &r.table),
                definition: r
                    .definition
                    .clone()
                    .unwrap_or_else(|| plain_index_definition(&r)),
                method: r.method,
                unique: r.unique,
                primary: r.primary,
                key_columns: r.key_columns.unwrap_or_default(),
                include_columns: r.include_columns.unwrap_or_default(),
                predicate: r.predicate,
                constraint: r.constraint.or_else(|| enforces.get(&r.oid).cloned()),
                parent: r.parent.as_ref().map(name_ref),
                nulls_not_distinct: r.nulls_not_distinct,
                valid: r.valid,
                comment: r.comment,
                clustered: r.clustered,
                statistics: r.statistics.unwrap_or_default(),
            }),
    );
    for r in rows.views.into_iter().filter(|r| inc(&r.schema)) {
        let materialized = r.materialized;
        let oid = r.oid;
        let v = view(r);
        // View columns are never dropped: attribute numbers follow their order.
        for (i, c) in v.columns.iter().enumerate() {
            let column = ObjectId::Column {
                table: v.name.clone(),
                column: c.name.clone(),
            };
            addresses.add(PG_CLASS, oid, i as i32 + 1, column);
        }
        let id = if materialized {
            ObjectId::MaterializedView {
                name: v.name.clone(),
            }
        } else {
            ObjectId::View {
                name: v.name.clone(),
            }
        };
        addresses.add(PG_CLASS, oid, 0, id);
        if materialized {
            s.materialized_views.insert(v.name.clone(), v);
        } else {
            s.views.insert(v.name.clone(), v);
        }
    }
    s.functions = keyed(
        rows.functions
            .into_iter()
            .filter(|r| inc(&r.schema))
            .map(|r| {
                let oid = r.oid;
                let f = function(r);
                let id = ObjectId::Function { id: f.id.clone() };
                addresses.add(PG_PROC, oid, 0, id);
                f
            }),
    );
    s.aggregates = keyed(
        rows.aggregates
            .into_iter()
            .filter(|r| inc(&r.schema))
            .map(|r| Aggregate {
                id: {
                    let id = FunctionId::new(&r.schema, &r.name, &r.identity_args);
                    let address = ObjectId::Aggregate { id: id.clone() };
                    addresses.add(PG_PROC, r.oid, 0, address);
                    id
                },
                arguments: r.arguments,
                kind: r.kind,
                state_function: fn_ref(&r.state_function),
                state_type: r.state_type,
                final_function: r.final_function.as_ref().map(fn_ref),
                combine_function: r.combine_function.as_ref().map(fn_ref),
                final_extra: r.final_extra,
                final_modify: r.final_modify.unwrap_or_default(),
                serial_function: r.serial_function.as_ref().map(fn_ref),
                deserial_function: r.deserial_function.as_ref().map(fn_ref),
                moving: r.moving.map(|m| MovingAggregate {
                    state_function: fn_ref(&m.state_function),
                    inverse_function: fn_ref(&m.inverse_function),
                    state_type: m.state_type,
                    final_function: m.final_function.as_ref().map(fn_ref),
                    final_extra: m.final_extra,
                    final_modify: m.final_modify,
                    initial_value: m.initial_value,
                }),
                initial_value: r.initial_value,
                sort_operator: r.sort_operator,
                parallel: r.parallel,
                privileges: grants(r.acl.as_deref(), Some(&r.owner)),
                owner: r.owner,
                comment: r.comment,
            }),
    );
    s.triggers = keyed(
        rows.triggers
            .into_iter()
            .filter(|r| {
                inc(&r.schema) || (filter.keep_attached_to_excluded && inc(&r.function.schema))
            })
            .map(|r| Trigger {
                table: qn(&r.schema, &r.table),
                name: r.name,
                function: fn_ref(&r.function),
                definition: r.definition,
                enabled: r.enabled,
                constraint_trigger: r.constraint_trigger,
                comment: r.comment,
            }),
    );
    s.event_triggers = keyed(rows.event_triggers.into_iter().map(|r| EventTrigger {
        name: r.name,
        event: r.event,
        function: fn_ref(&r.function),
        tags: r.tags,
        enabled: r.enabled,
        owner: r.owner,
        comment: r.comment,
    }));
    for r in rows.policies {
        let p = Policy {
            name: r.name.clone(),
            permissive: r.permissive,
            command: r.command,
            roles: {
                let mut roles = r.roles.unwrap_or_default();
                roles.sort();
                roles
            },
            using: r.using,
            with_check: r.with_check,
            comment: r.comment,
        };
        let table = qn(&r.schema, &r.table);
        if let Some(t) = s.tables.get_mut(&table) {
            t.policies.insert(r.name, p);
        } else if filter.keep_attached_to_excluded && !inc(&r.schema) {
            // A policy on a managed table: the table itself stays out of the model, so the
            // policy is kept on a stub that carries nothing else.
            let stub = s
                .tables
                .entry(table.clone())
                .or_insert_with(|| stub_table(table));
            stub.policies.insert(r.name, p);
        }
    }
    for (oid, name) in excluded_tables {
        if s.tables.contains_key(&name) {
            addresses.add(PG_CLASS, oid, 0, ObjectId::Table { name });
        }
    }
    s.publications = keyed(rows.publications.into_iter().map(|r| {
        Publication {
            name: r.name,
            all_tables: r.all_tables,
            insert: r.insert,
            update: r.update,
            delete: r.delete,
            truncate: r.truncate,
            via_root: r.via_root,
            tables: r
                .tables
                .unwrap_or_default()
                .into_iter()
                .map(|t| PublicationTable {
                    table: qn(&t.schema, &t.table),
                    columns: t.columns,
                    row_filter: t.row_filter,
                })
                .collect(),
            schemas: r.schemas.unwrap_or_default(),
            owner: r.owner,
            comment: r.comment,
        }
    }));
    s.default_privileges = rows
        .default_privileges
        .into_iter()
        .filter(|r| r.schema.as_deref().is_none_or(inc))
        .map(|r| DefaultPrivilege {
            grants: grants(r.acl.as_deref(), None),
            role: r.role,
            schema: r.schema,
            object_type: r.object_type,
        })
        .collect();
    s.default_privileges.sort();
    for r in std::mem::take(&mut rows.objects) {
        if !r.schema.as_deref().is_none_or(inc) {
            continue;
        }
        let id = r.spec.id();
        addresses.add(r.class, r.oid, 0, id.clone());
        for sub in r.subs.unwrap_or_default() {
            addresses.add(r.class, r.oid, sub, id.clone());
        }
        for (class, oid) in r.parts.unwrap_or_default() {
            addresses.add(class, oid, 0, id.clone());
        }
        let owner = r.owner.unwrap_or_default();
        let object = CatalogObject {
            privileges: grants(r.acl.as_deref(), Some(&owner)),
            spec: hide_secrets(r.spec),
            owner,
            comment: r.comment,
        };
        s.objects.insert(id, object);
    }
    // Edges arrive as pg_depend addresses; both ends are resolved through the object list, which
    // keeps the objects the model holds (an edge to anything else is dropped).
    for DependencyObjectRow(class, oid, sub, kind, schema, name, subname) in
        &rows.dependency_objects
    {
        if let Some(id) = object_id(kind, schema.as_deref(), name, subname.as_deref()) {
            if s.contains(&id) {
                addresses.add(*class, *oid, *sub, id);
            }
        }
    }
    s.dependencies = rows
        .dependencies
        .iter()
        .filter_map(
            |DependencyRow(class, oid, sub, ref_class, ref_oid, ref_sub)| {
                let from = addresses.0.get(&(*class, *oid, *sub))?;
                let to = addresses.0.get(&(*ref_class, *ref_oid, *ref_sub))?;
                (from != to).then(|| (from.clone(), to.clone()))
            },
        )
        .collect();
    crate::model::base_type::route_through_shells(&s.objects, &mut s.dependencies);
    // What the model does not hold, in the included schemas and in the database itself.
    s.unmodelled = rows
        .unmodelled
        .into_iter()
        .filter(|r| r.schema.as_deref().is_none_or(inc))
        .map(|r| UnmodelledObject {
            description: r.description,
            kind: r.kind,
            schema: r.schema,
        })
        .collect();
    s.unmodelled
        .sort_by(|a, b| (&a.kind, &a.description).cmp(&(&b.kind, &b.description)));
    s.unmodelled.dedup();
    s
}

/// The definition of a plain index (columns only, defaults everywhere) as pg_get_indexdef
/// writes it: `CREATE [UNIQUE ]INDEX name ON [ONLY ]schema.table USING method (keys)[ INCLUDE
/// (columns)]`. Key and INCLUDE columns arrive quoted the same way.
pub fn plain_index_definition(r: &IndexRow) -> String {
    let list = |c: &Option<Vec<String>>| c.as_deref().unwrap_or_default().join(", ");
    let include = match r.include_columns.as_deref() {
        Some(c) if !c.is_empty() => format!(" INCLUDE ({})", list(&r.include_columns)),
        _ => String::new(),
    };
    format!(
        "CREATE {}INDEX {} ON {}{} USING {} ({}){include}",
        if r.unique { "UNIQUE " } else { "" },
        crate::sql::writer::ident(&r.name),
        if r.partitioned { "ONLY " } else { "" },
        crate::sql::writer::qualified(&qn(&r.table_schema, &r.table)),
        r.method,
        list(&r.key_columns)
    )
}

/// The model's objects by their pg_depend address: (class oid, object oid, sub-id).
#[derive(Default)]
struct Addresses(HashMap<(u32, u32, i32), ObjectId>);

impl Addresses {
    /// Records `id`'s address; oid 0 (a hand-made row) has none.
    fn add(&mut self, class: u32, oid: u32, sub: i32, id: ObjectId) {
        if oid != 0 {
            self.0.insert((class, oid, sub), id);
        }
    }
}

/// System catalogs as pg_depend names them (their oids are fixed).
const PG_CLASS: u32 = 1259;
const PG_CONSTRAINT: u32 = 2606;
const PG_ATTRDEF: u32 = 2604;
const PG_PROC: u32 = 1255;

/// A table of an excluded schema that holds kept policies only (see the module comment).
fn stub_table(name: QualifiedName) -> Table {
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
fn storage_name(letter: &str) -> String {
    match letter {
        "p" => "plain",
        "e" => "external",
        "m" => "main",
        _ => "extended",
    }
    .to_string()
}

fn table(r: TableRow) -> Table {
    // Storage parameters and view options keep the catalog's order (the order they were set
    // in, which dumps show); the diff compares them as sets.
    let options = r.options;
    Table {
        name: qn(&r.schema, &r.name),
        columns: r
            .columns
            .unwrap_or_default()
            .into_iter()
            .map(|c| Column {
                privileges: grants(c.acl.as_deref(), None),
                settings: ColumnSettings {
                    statistics: c.statistics,
                    storage: c.storage.as_deref().map(|s| ColumnStorage {
                        storage: storage_name(s),
                        type_default: storage_name(c.type_storage.as_deref().unwrap_or("x")),
                    }),
                    compression: c.compression,
                    options: c.options.unwrap_or_default(),
                },
                name: c.name,
                data_type: c.data_type,
                collation: c.collation.as_ref().map(name_ref),
                not_null: c.not_null,
                default: c.default,
                identity: c.identity.map(|i| Identity {
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
                    privileges: grants(i.acl.as_deref(), i.owner.as_deref()),
                }),
                generated: c.generated,
                inherited: c.inherited,
                comment: c.comment,
                rewrites_on_add: c.rewrites_on_add,
            })
            .collect(),
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
fn constraint(
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
        foreign_key: c.foreign_key.map(|f| ForeignKey {
            references: qn(&f.schema, &f.table),
            referenced_columns: f.columns.unwrap_or_default(),
            on_update: f.on_update,
            on_delete: f.on_delete,
            match_type: f.match_type,
        }),
        deferrable: c.deferrable,
        initially_deferred: c.initially_deferred,
        validated: c.validated,
        no_inherit: c.no_inherit,
        inherited: c.inherited,
        index: index.map(|i| qn(&i.schema, &i.name)),
        comment: c.comment,
    }
}

/// The definition of a primary key, unique constraint, foreign key or check as
/// pg_get_constraintdef writes it (the server sends the others): `PRIMARY KEY (a, b)`,
/// `UNIQUE [NULLS NOT DISTINCT ](a)[ INCLUDE (c)]`, `FOREIGN KEY (a) REFERENCES s.t(b)[ MATCH
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
fn name_index_columns(r: &mut IndexRow, names: &ColumnNames) {
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

fn view(r: ViewRow) -> View {
    let options = r.options;
    View {
        name: qn(&r.schema, &r.name),
        definition: r.definition,
        columns: r
            .columns
            .unwrap_or_default()
            .into_iter()
            .map(|c| ViewColumn {
                privileges: grants(c.acl.as_deref(), None),
                name: c.name,
                data_type: c.data_type,
                comment: c.comment,
            })
            .collect(),
        options,
        privileges: grants(r.acl.as_deref(), Some(&r.owner)),
        owner: r.owner,
        comment: r.comment,
    }
}

fn function(r: FunctionRow) -> Function {
    let mut config = r.config;
    config.sort();
    Function {
        id: FunctionId::new(&r.schema, &r.name, &r.identity_args),
        kind: match r.kind.as_str() {
            "p" => RoutineKind::Procedure,
            "w" => RoutineKind::Window,
            _ => RoutineKind::Function,
        },
        definition: r.definition,
        arguments: r.arguments,
        returns: r.returns,
        language: r.language,
        volatility: r.volatility,
        security_definer: r.security_definer,
        strict: r.strict,
        leakproof: r.leakproof,
        parallel: r.parallel,
        config,
        privileges: grants(r.acl.as_deref(), Some(&r.owner)),
        owner: r.owner,
        comment: r.comment,
    }
}

/// A secret's digest marker (the model never holds its text); a value that already is a marker
/// (a plan validated with markers in place of secrets) stays as it is.
fn secret_marker(value: &str) -> String {
    use sha2::{Digest, Sha256};
    if value.starts_with(secret::MARK) {
        return value.to_string();
    }
    let digest = Sha256::digest(value.as_bytes());
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("{}sha256:{hex}", secret::MARK)
}

fn hide_option_secrets(options: &mut Options) {
    for o in options.iter_mut() {
        let (name, value) = option_parts(o);
        if secret::is_secret_option(name) {
            *o = format!("{name}={}", secret_marker(value));
        }
    }
}

/// `spec` with every secret replaced by its digest marker.
fn hide_secrets(mut spec: Spec) -> Spec {
    match &mut spec {
        Spec::ForeignDataWrapper(w) => hide_option_secrets(&mut w.options),
        Spec::ForeignServer(s) => hide_option_secrets(&mut s.options),
        Spec::UserMapping(m) => hide_option_secrets(&mut m.options),
        Spec::Subscription(s) => {
            if let Some(range) = secret::conninfo_password(&s.connection) {
                let value = s.connection[range.clone()].trim_matches('\'').to_string();
                s.connection.replace_range(range, &secret_marker(&value));
            }
        }
        _ => {}
    }
    spec
}

/// The model id of one end of a dependency row.
fn object_id(kind: &str, schema: Option<&str>, name: &str, sub: Option<&str>) -> Option<ObjectId> {
    let q = || schema.map(|s| qn(s, name));
    Some(match kind {
        "schema" => ObjectId::Schema {
            name: name.to_string(),
        },
        "extension" => ObjectId::Extension {
            name: name.to_string(),
        },
        "publication" => ObjectId::Publication {
            name: name.to_string(),
        },
        "event_trigger" => ObjectId::EventTrigger {
            name: name.to_string(),
        },
        "collation" => ObjectId::Collation { name: q()? },
        "type" => ObjectId::Type { name: q()? },
        "sequence" => ObjectId::Sequence { name: q()? },
        "table" => ObjectId::Table { name: q()? },
        "view" => ObjectId::View { name: q()? },
        "materialized_view" => ObjectId::MaterializedView { name: q()? },
        "index" => ObjectId::Index { name: q()? },
        "column" => ObjectId::Column {
            table: q()?,
            column: sub?.to_string(),
        },
        "constraint" => ObjectId::Constraint {
            table: q()?,
            name: sub?.to_string(),
        },
        "trigger" => ObjectId::Trigger {
            table: q()?,
            name: sub?.to_string(),
        },
        "policy" => ObjectId::Policy {
            table: q()?,
            name: sub?.to_string(),
        },
        "function" => ObjectId::Function {
            id: FunctionId::new(schema?, name, sub.unwrap_or("")),
        },
        "aggregate" => ObjectId::Aggregate {
            id: FunctionId::new(schema?, name, sub.unwrap_or("")),
        },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows<T: serde::de::DeserializeOwned>(json: &str) -> Vec<T> {
        serde_json::from_str(json).unwrap()
    }

    fn table_row(schema: &str, name: &str, columns: &str) -> String {
        format!(
            r#"{{"schema":"{schema}","name":"{name}","unlogged":false,"partition_key":null,"partition_of":null,
               "inherits":null,"replica_identity":"d","replica_identity_index":null,"rls_enabled":false,
               "rls_forced":false,"options":[],"owner":"app","comment":null,"acl":["app=arwdDxt/app"],
               "columns":{columns}}}"#
        )
    }

    #[test]
    fn unmodelled_objects_of_excluded_schemas_are_left_out() {
        let r = Rows {
            unmodelled: rows(
                r#"[{"description":"rule r on table auth.users","kind":"rule","schema":"auth"},
                    {"description":"rule r on table public.t","kind":"rule","schema":"public"},
                    {"description":"cast from integer to public.p","kind":"cast","schema":null}]"#,
            ),
            ..Rows::default()
        };
        let filter = Filter {
            excluded_schemas: ["auth".to_string()].into(),
            keep_attached_to_excluded: true,
        };
        let s = build(r, &filter);
        let kept: Vec<&str> = s
            .unmodelled
            .iter()
            .map(|u| u.description.as_str())
            .collect();
        assert_eq!(
            kept,
            ["cast from integer to public.p", "rule r on table public.t"]
        );
    }

    #[test]
    fn identity_generated_and_column_privileges() {
        let t = table_row(
            "Mixed Case",
            "café",
            r#"[{"name":"id","data_type":"bigint","collation":null,"not_null":true,"default":null,"generated":null,
                 "identity":{"always":true,"schema":"Mixed Case","sequence":"café_id_seq","data_type":"bigint","start":1,
                             "increment":1,"min_value":1,"max_value":9223372036854775807,"cache":1,"cycle":false},
                 "inherited":false,"comment":null,"acl":null},
                {"name":"total","data_type":"numeric(10,2)","collation":null,"not_null":false,"default":null,
                 "generated":"(price * (qty)::numeric)","identity":null,"inherited":false,"comment":"derived",
                 "acl":["reader=r/app","\"Odd \"\"Role\"=w*/app"]}]"#,
        );
        let r = Rows {
            tables: rows(&format!("[{t}]")),
            ..Rows::default()
        };
        let s = build(r, &Filter::default());
        let table = &s.tables[&QualifiedName::new("Mixed Case", "café")];
        // The owner's own privileges are implicit and dropped.
        assert!(table.privileges.is_empty());
        let id = &table.columns[0];
        let identity = id.identity.as_ref().unwrap();
        assert!(identity.always);
        assert_eq!(
            identity.sequence,
            QualifiedName::new("Mixed Case", "café_id_seq")
        );
        assert_eq!(identity.options.max_value, i64::MAX);
        let total = &table.columns[1];
        assert_eq!(total.generated.as_deref(), Some("(price * (qty)::numeric)"));
        assert_eq!(total.default, None);
        assert_eq!(
            total.privileges,
            vec![
                Grant {
                    grantee: "Odd \"Role".into(),
                    privilege: "UPDATE".into(),
                    grantable: true
                },
                Grant {
                    grantee: "reader".into(),
                    privilege: "SELECT".into(),
                    grantable: false
                },
            ]
        );
    }

    #[test]
    fn partitions_keep_their_parent_and_bound() {
        let mut t: serde_json::Value =
            serde_json::from_str(&table_row("public", "events_2025", "[]")).unwrap();
        t["partition_of"] = serde_json::json!({"schema":"public","name":"events","bound":"FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"});
        let r = Rows {
            tables: vec![serde_json::from_value(t).unwrap()],
            ..Rows::default()
        };
        let s = build(r, &Filter::default());
        let p = s
            .tables
            .values()
            .next()
            .unwrap()
            .partition_of
            .clone()
            .unwrap();
        assert_eq!(p.parent, QualifiedName::new("public", "events"));
        assert!(p.bound.starts_with("FOR VALUES FROM"));
    }

    fn function_row(name: &str, args: &str) -> String {
        format!(
            r#"{{"schema":"public","name":"{name}","identity_args":"{args}","kind":"f","definition":"CREATE ...",
               "arguments":"{args}","returns":"integer","language":"sql","volatility":"i","security_definer":false,
               "strict":false,"leakproof":false,"parallel":"u","config":["search_path=\"\""],"owner":"app",
               "comment":null,"acl":["=X/app","app=X/app"]}}"#
        )
    }

    #[test]
    fn overloaded_functions_are_distinct_and_keep_default_execute() {
        let r = Rows {
            functions: rows(&format!(
                "[{},{}]",
                function_row("add", "a integer, b integer"),
                function_row("add", "a numeric, b numeric")
            )),
            ..Rows::default()
        };
        let s = build(r, &Filter::default());
        assert_eq!(s.functions.len(), 2);
        let f = &s.functions[&FunctionId::new("public", "add", "a integer, b integer")];
        assert_eq!(
            f.privileges,
            vec![Grant {
                grantee: "PUBLIC".into(),
                privilege: "EXECUTE".into(),
                grantable: false
            }]
        );
    }

    #[test]
    fn policies_and_triggers_on_managed_tables_are_kept_under_the_supabase_filter() {
        let filter = Filter {
            excluded_schemas: ["auth".to_string(), "storage".to_string()].into(),
            keep_attached_to_excluded: true,
        };
        let r = Rows {
            tables: rows(&format!("[{}]", table_row("auth", "users", "[]"))),
            policies: rows(
                r#"[{"schema":"storage","table":"objects","name":"own files","permissive":true,"command":"SELECT",
                     "roles":["authenticated"],"using":"(owner = auth.uid())","with_check":null,"comment":null}]"#,
            ),
            triggers: rows(
                r#"[{"schema":"auth","table":"users","name":"on_auth_user_created",
                     "function":{"schema":"public","name":"handle_new_user","args":""},
                     "definition":"CREATE TRIGGER ...","enabled":"O","constraint_trigger":false,"comment":null},
                    {"schema":"auth","table":"users","name":"platform_trigger",
                     "function":{"schema":"auth","name":"internal","args":""},
                     "definition":"CREATE TRIGGER ...","enabled":"O","constraint_trigger":false,"comment":null}]"#,
            ),
            ..Rows::default()
        };
        let s = build(r.clone(), &filter);
        assert!(!s.tables.contains_key(&QualifiedName::new("auth", "users")));
        assert_eq!(s.triggers.len(), 1, "{:?}", s.triggers.keys());
        let stub = &s.tables[&QualifiedName::new("storage", "objects")];
        assert!(stub.columns.is_empty() && stub.policies.contains_key("own files"));
        // Without the preset, excluded means excluded.
        let s = build(
            r,
            &Filter {
                keep_attached_to_excluded: false,
                ..filter
            },
        );
        assert!(s.triggers.is_empty() && s.tables.is_empty());
    }

    #[test]
    fn plain_indexes_are_written_as_pg_get_indexdef_writes_them() {
        let row = |name: &str, unique: bool, partitioned: bool, keys: &str, include: &str| {
            serde_json::from_str::<IndexRow>(&format!(
                r#"{{"schema":"app","name":"{name}","table_schema":"app","table":"Orders","definition":null,
                    "partitioned":{partitioned},"method":"btree","unique":{unique},"primary":false,
                    "key_columns":{keys},"include_columns":{include},"predicate":null,"constraint":null,
                    "parent":null,"nulls_not_distinct":false,"valid":true,"comment":null}}"#
            ))
            .unwrap()
        };
        assert_eq!(
            plain_index_definition(&row(
                "By Day",
                true,
                false,
                r#"["customer_id", "\"Day\""]"#,
                r#"["total"]"#
            )),
            r#"CREATE UNIQUE INDEX "By Day" ON app."Orders" USING btree (customer_id, "Day") INCLUDE (total)"#
        );
        assert_eq!(
            plain_index_definition(&row("orders_at", false, true, r#"["at"]"#, "null")),
            r#"CREATE INDEX orders_at ON ONLY app."Orders" USING btree (at)"#
        );
    }

    #[test]
    fn access_methods_attribute_options_and_index_attributes() {
        let with_method = |name: &str, method: &str| {
            table_row(
                "app",
                name,
                r#"[{"name":"kind","data_type":"text","collation":null,"not_null":false,
                 "default":null,"generated":null,"inherited":false,"comment":null,"acl":null,
                 "options":["n_distinct=-0.5","n_distinct_inherited=100"]}]"#,
            )
            .replace(
                r#""owner":"app""#,
                &format!(r#""owner":"app","access_method":{method}"#),
            )
        };
        let index = r#"{"schema":"app","name":"events_lower","table_schema":"app","table":"events",
            "definition":"CREATE INDEX events_lower ON app.events USING btree (lower(kind))","method":"btree",
            "unique":false,"primary":false,"key_columns":["lower(kind)"],"predicate":null,"parent":null,
            "nulls_not_distinct":false,"valid":true,"comment":null,"clustered":true,"statistics":{"1":3000}}"#;
        let r = Rows {
            tables: rows(&format!(
                "[{}, {}, {}]",
                with_method("events", r#""heap""#),
                with_method("archive", r#""heap2""#),
                with_method("parted", "null")
            )),
            indexes: rows(&format!("[{index}]")),
            ..Rows::default()
        };
        let s = build(r, &Filter::default());
        let method = |t: &str| {
            s.tables[&QualifiedName::new("app", t)]
                .access_method
                .clone()
        };
        // heap is what every table gets unless it says otherwise: not said.
        assert_eq!(method("events"), None);
        assert_eq!(method("archive"), Some("heap2".into()));
        assert_eq!(method("parted"), None);
        assert_eq!(
            s.tables[&QualifiedName::new("app", "events")].columns[0]
                .settings
                .options,
            vec!["n_distinct=-0.5", "n_distinct_inherited=100"]
        );
        let i = &s.indexes[&QualifiedName::new("app", "events_lower")];
        assert!(i.clustered);
        assert_eq!(i.statistics.get(&1), Some(&3000));
    }

    #[test]
    fn default_privileges_and_dependencies() {
        let r = Rows {
            default_privileges: rows(
                r#"[{"role":"app","schema":"public","object_type":"tables","acl":["reader=r/app"]},
                    {"role":"app","schema":null,"object_type":"functions","acl":["app=X/app"]}]"#,
            ),
            tables: rows(&format!(
                "[{}]",
                table_row(
                    "public",
                    "t",
                    r#"[{"name":"a","data_type":"integer","collation":null,"not_null":false,"default":null,
                         "generated":null,"identity":null,"inherited":false,"comment":null,"acl":null}]"#
                )
            )),
            views: rows(
                r#"[{"materialized":false,"schema":"public","name":"v","definition":" SELECT t.a FROM public.t;",
                     "options":[],"owner":"app","comment":null,"acl":null,"columns":[]}]"#,
            ),
            // Addresses: the view's rewrite rule (2618, 30) stands for the view; (1259, 10, 1)
            // is column a of t, (1259, 10, 2) a column the model does not have.
            dependency_objects: rows(
                r#"[[2618, 30, 0, "view", "public", "v", null],
                    [1259, 20, 0, "view", "public", "v", null],
                    [1259, 10, 1, "column", "public", "t", "a"],
                    [1259, 10, 2, "column", "public", "t", "gone"]]"#,
            ),
            dependencies: rows(
                r#"[[2618, 30, 0, 1259, 10, 1], [2618, 30, 0, 1259, 10, 2],
                    [2618, 30, 0, 1259, 20, 0], [2618, 30, 0, 1259, 99, 0]]"#,
            ),
            ..Rows::default()
        };
        let s = build(r, &Filter::default());
        assert_eq!(s.default_privileges.len(), 2);
        assert_eq!(s.default_privileges[0].schema, None);
        assert_eq!(s.default_privileges[0].grants[0].privilege, "EXECUTE");
        // Only the edge whose both ends exist survives; self-edges and unknown addresses are dropped.
        let v = ObjectId::View {
            name: QualifiedName::new("public", "v"),
        };
        let a = ObjectId::Column {
            table: QualifiedName::new("public", "t"),
            column: "a".into(),
        };
        assert_eq!(s.dependencies.iter().collect::<Vec<_>>(), vec![&(v, a)]);
    }
}
