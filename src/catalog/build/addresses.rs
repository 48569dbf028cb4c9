//! The model's objects by their pg_depend address, through which dependency rows become edges
//! between model ids.

use super::*;

/// The model's objects by their pg_depend address: (class oid, object oid, sub-id).
///
/// Scratch of the build, and at 10,000 tables one of its largest parts: relations and their
/// columns (most of the addresses) are kept as positions, resolved to ids only for the edges
/// that name them, instead of an id per column copying the table's and the column's names.
#[derive(Default)]
pub(super) struct Addresses {
    map: HashMap<(u32, u32, i32), Target>,
    /// Ids of the objects that are neither relations nor columns.
    ids: Vec<ObjectId>,
    relations: Vec<(RelationKind, QualifiedName)>,
}

/// What an address stands for (see [`Addresses`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Id(u32),
    /// A relation, by its place in `relations`.
    Relation(u32),
    /// Column `col` (its place in the relation's columns) of a relation.
    Column {
        rel: u32,
        col: u32,
    },
}

#[derive(Clone, Copy)]
pub(super) enum RelationKind {
    Table,
    View,
    MaterializedView,
}

impl Addresses {
    /// Records `id`'s address; oid 0 (a hand-made row) has none.
    pub(super) fn add(&mut self, class: u32, oid: u32, sub: i32, id: ObjectId) {
        if oid != 0 {
            self.map
                .insert((class, oid, sub), Target::Id(self.ids.len() as u32));
            self.ids.push(id);
        }
    }

    /// Records the address of a relation (at sub-id 0) and returns its place, for its columns.
    pub(super) fn relation(&mut self, oid: u32, kind: RelationKind, name: QualifiedName) -> u32 {
        let rel = self.relations.len() as u32;
        self.relations.push((kind, name));
        if oid != 0 {
            self.map.insert((PG_CLASS, oid, 0), Target::Relation(rel));
        }
        rel
    }

    /// Records the address of column `col` of relation `rel`.
    pub(super) fn column(&mut self, class: u32, oid: u32, sub: i32, rel: u32, col: usize) {
        if oid != 0 {
            let col = col as u32;
            self.map
                .insert((class, oid, sub), Target::Column { rel, col });
        }
    }

    /// Adds the model's dependency edges: the listed objects' addresses first (an edge to
    /// anything the model does not hold is dropped), then every pg_depend row whose two ends
    /// resolve to two distinct objects of the model.
    pub(super) fn edges(
        &mut self,
        objects: &[DependencyObjectRow],
        dependencies: &[DependencyRow],
        s: &Schema,
        edges: &mut DependencyBuilder,
    ) {
        // Edges arrive as pg_depend addresses; both ends are resolved through the object list, which
        // keeps the objects the model holds (an edge to anything else is dropped).
        // An identity sequence belongs to its column rather than standing as a sequence of the
        // model, but a default elsewhere may call it: edges to it are kept (the planner orders
        // them by its column); its own internal edge to its column is left out.
        let identity: HashSet<&QualifiedName> = s
            .tables
            .values()
            .flat_map(|t| t.columns.iter())
            .filter_map(|c| c.identity.as_ref().map(|i| &i.sequence))
            .collect();
        let is_identity =
            |id: &ObjectId| matches!(id, ObjectId::Sequence { name } if identity.contains(name));
        for DependencyObjectRow(class, oid, sub, kind, schema, name, subname) in objects {
            if let Some(id) = object_id(kind, schema.as_deref(), name, subname.as_deref()) {
                if s.contains(&id) {
                    self.add(*class, *oid, *sub, id);
                }
            }
        }
        // Inserted one by one into the builder, which holds each object once.
        for DependencyRow(class, oid, sub, ref_class, ref_oid, ref_sub) in dependencies {
            let (from, to) = (&(*class, *oid, *sub), &(*ref_class, *ref_oid, *ref_sub));
            if self.map.get(from) == self.map.get(to) {
                // Unknown both, or one object under two addresses (a column and its default).
                continue;
            }
            let (Some(from), Some(to)) = (self.resolve(from, s), self.resolve(to, s)) else {
                continue;
            };
            if from != to && !is_identity(&from) {
                edges.insert(from, to);
            }
        }
    }

    /// The id at `address`, if it is one of the model's objects.
    fn resolve(&self, address: &(u32, u32, i32), s: &Schema) -> Option<ObjectId> {
        Some(match *self.map.get(address)? {
            Target::Id(i) => self.ids[i as usize].clone(),
            Target::Relation(rel) => {
                let (kind, name) = &self.relations[rel as usize];
                let name = name.clone();
                match kind {
                    RelationKind::Table => ObjectId::Table { name },
                    RelationKind::View => ObjectId::View { name },
                    RelationKind::MaterializedView => ObjectId::MaterializedView { name },
                }
            }
            Target::Column { rel, col } => {
                let (kind, name) = &self.relations[rel as usize];
                let col = col as usize;
                let column = match kind {
                    RelationKind::Table => &s.tables.get(name)?.columns.get(col)?.name,
                    RelationKind::View => &s.views.get(name)?.columns.get(col)?.name,
                    RelationKind::MaterializedView => {
                        &s.materialized_views.get(name)?.columns.get(col)?.name
                    }
                };
                ObjectId::Column {
                    table: name.clone(),
                    column: column.clone(),
                }
            }
        })
    }
}

/// System catalogs as pg_depend names them (their oids are fixed).
pub(super) const PG_CLASS: u32 = 1259;
pub(super) const PG_CONSTRAINT: u32 = 2606;
pub(super) const PG_ATTRDEF: u32 = 2604;
pub(super) const PG_PROC: u32 = 1255;

/// The model id of one end of a dependency row.
pub(super) fn object_id(
    kind: &str,
    schema: Option<&str>,
    name: &str,
    sub: Option<&str>,
) -> Option<ObjectId> {
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
        "language" => ObjectId::Language {
            name: name.to_string(),
        },
        "foreign_data_wrapper" => ObjectId::ForeignDataWrapper {
            name: name.to_string(),
        },
        "server" => ObjectId::ForeignServer {
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
