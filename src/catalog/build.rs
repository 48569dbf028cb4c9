//! Rows -> model. Pure: no database, unit-tested with hand-made rows.
//!
//! Besides reshaping, this is where the filter applies (system schemas never reach here;
//! excluded schemas are dropped, except triggers and policies users attach to managed tables),
//! where owners' implicit self-grants are dropped from ACLs (so an ACL equal to the default does
//! not differ from a NULL one), and where dependency edges are kept only when both ends are in
//! the model.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::rows::*;
use crate::model::privilege::parse_aclitem;
use crate::model::*;

mod addresses;
mod relations;
mod routines;
mod secrets;
mod types;
use addresses::*;
use relations::*;
pub use relations::{constraint_definition, plain_index_definition, with_default_classes};
use routines::*;
use secrets::*;

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
/// A grant made by another role than `owner` keeps its grantor.
pub fn grants(acl: Option<&[String]>, owner: Option<&str>) -> Vec<Grant> {
    grants_of(acl, owner, owner)
}

/// Column privileges of a relation owned by `owner`: each kept as listed (the owner's own
/// included), with its grantor where that is not the owner.
pub fn column_grants(acl: Option<&[String]>, owner: &str) -> Vec<Grant> {
    grants_of(acl, None, Some(owner))
}

/// [`grants`] leaving out `implicit`'s own privileges and naming grantors other than `owner`
/// (none where the owner is not known).
fn grants_of(acl: Option<&[String]>, implicit: Option<&str>, owner: Option<&str>) -> Vec<Grant> {
    let mut out: Vec<Grant> = acl
        .unwrap_or_default()
        .iter()
        .flat_map(|item| parse_aclitem(item))
        // The owner's own privileges are implicit; a grant option it gave itself is not (pg_dump
        // writes it): kept.
        .filter(|g| g.grantable || Some(g.grantee.as_str()) != implicit)
        .map(|mut g| {
            if owner.is_none() || g.grantor.as_deref() == owner {
                g.grantor = None;
            }
            g
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn sequence_options(
    data_type: &TypeRef,
    start: i64,
    increment: i64,
    min: i64,
    max: i64,
    cache: i64,
    cycle: bool,
) -> SequenceOptions {
    SequenceOptions {
        data_type: data_type.clone(),
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
    s.excluded_extensions = rows
        .extensions
        .iter()
        .filter(|r| r.name != "plpgsql" && !inc(&r.schema))
        .map(|r| (r.name.clone(), r.schema.clone()))
        .collect();
    // Built-in objects' (extension `None`) come with the extensions' members.
    let builtin = std::mem::take(&mut rows.builtin_privileges);
    s.member_privileges = keyed(
        rows.extensions
            .iter_mut()
            .filter(|r| r.name == "plpgsql" || inc(&r.schema))
            .flat_map(|r| {
                let rows = r.member_privileges.take().unwrap_or_default();
                rows.into_iter().map(|m| (Some(r.name.clone()), m))
            })
            .chain(builtin.into_iter().map(|m| (None, m)))
            .filter(|(_, m)| m.schema.as_deref().is_none_or(inc))
            .filter_map(|(extension, m)| {
                let member = object_id(&m.kind, m.schema.as_deref(), &m.name, m.sub.as_deref())?;
                // A column's grants to the table's owner are explicit (the owner's implicit
                // privileges are the table's), as for users' tables.
                let acl = |a: &[String]| match m.kind.as_str() {
                    "column" => column_grants(Some(a), &m.owner),
                    _ => grants(Some(a), Some(&m.owner)),
                };
                let initial = acl(&m.initial);
                let current = acl(&m.current);
                (initial != current).then_some(MemberPrivileges {
                    member,
                    extension,
                    initial,
                    current,
                })
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
    types::types(rows.types, inc, &mut s);
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
                c.identity = identities.remove(&(r.oid, c.num)).map(Box::new);
            }
        }
        let name = qn(&r.schema, &r.name);
        let nums: Vec<i16> = r.columns.iter().flatten().map(|c| c.num).collect();
        let rel = addresses.relation(r.oid, RelationKind::Table, name.clone());
        for (i, (c, n)) in r.columns.iter().flatten().zip(&nums).enumerate() {
            if let Some(default) = c.default_oid {
                addresses.column(PG_ATTRDEF, default, 0, rel, i);
            }
            addresses.column(PG_CLASS, r.oid, i32::from(*n), rel, i);
            // An identity's sequence, which defaults elsewhere may call.
            if let Some(identity) = &c.identity {
                let name = qn(&identity.schema, &identity.sequence);
                addresses.add(
                    PG_CLASS,
                    identity.sequence_oid,
                    0,
                    ObjectId::Sequence { name },
                );
            }
        }
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
    for t in s.tables.values_mut() {
        t.constraints.shrink_to_fit();
    }
    drop(indexes);
    // Copies of every column's name and number: gone before the rest of the model is built.
    drop((names, attnums));
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
                body: {
                    let def = r
                        .definition
                        .clone()
                        .unwrap_or_else(|| plain_index_definition(&r));
                    index_body(&match &r.default_classes {
                        Some(classes) => with_default_classes(def, classes),
                        None => def,
                    })
                },
                method: r.method,
                unique: r.unique,
                primary: r.primary,
                key_columns: r.key_columns.unwrap_or_default(),
                include_columns: r.include_columns.unwrap_or_default(),
                predicate: r.predicate,
                constraint: r.constraint.or_else(|| enforces.get(&r.oid).cloned()),
                parent: r.parent.as_deref().map(name_ref),
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
        let kind = if materialized {
            RelationKind::MaterializedView
        } else {
            RelationKind::View
        };
        let rel = addresses.relation(oid, kind, v.name.clone());
        // View columns are never dropped: attribute numbers follow their order.
        for i in 0..v.columns.len() {
            addresses.column(PG_CLASS, oid, i as i32 + 1, rel, i);
        }
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
            .map(|r| aggregate(r, &mut addresses)),
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
                partition_states: r
                    .partition_states
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(schema, table, state)| (qn(&schema, &table), state))
                    .collect(),
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
            addresses.relation(oid, RelationKind::Table, name);
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
    s.reader = Reader(rows.roles.iter().find(|r| r.reads).map(|r| r.name.clone()));
    s.roles = rows
        .roles
        .drain(..)
        .map(|r| {
            (
                r.name.clone(),
                Role {
                    name: r.name,
                    superuser: r.superuser,
                    bypass_rls: r.bypass_rls,
                    member_of: r.member_of,
                },
            )
        })
        .collect();
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
    let mut edges = DependencyBuilder::default();
    addresses.edges(&rows.dependency_objects, &rows.dependencies, &s, &mut edges);
    drop(addresses);
    crate::model::base_type::route_through_shells(&s.objects, &mut edges);
    crate::model::operator::order_one_way_links(&s.objects, &mut edges);
    s.dependencies = edges.build();
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

#[cfg(test)]
mod tests;
