//! Types built over a domain or range type the plan recreates: domains over it (or over an
//! array of it), ranges of it, and so on down. PostgreSQL cannot drop a type another type is
//! built on, so they are recreated with it, inside its [`Change::RecreateType`] step: their
//! columns move off (as text) with the type's own, they are dropped (last built first), the
//! type is created again, then they are (in their target definitions), and every column comes
//! back. Composite types built over it are recreated with it the same way (their values go
//! through text, field by field), unless tables are made OF one: the diff refuses that by name.
//! A composite type the plan recreates takes the domains and ranges over it (or over arrays of
//! it) along the same way. Pure.

use std::collections::{BTreeMap, BTreeSet};

use super::types::columns_using;
use super::{Change, ConvertedColumn, Out};
use crate::model::*;

/// The target's domains and range types.
#[derive(Clone, Copy)]
pub(super) struct TargetTypes<'a> {
    pub(super) domains: &'a BTreeMap<QualifiedName, Domain>,
    pub(super) range_types: &'a BTreeMap<QualifiedName, RangeType>,
    pub(super) composite_types: &'a BTreeMap<QualifiedName, CompositeType>,
}

impl TargetTypes<'_> {
    /// Whether a composite type of the target has an attribute that `uses` picks: one of the
    /// source that has none there leaves the type before the plan recreates it.
    pub(super) fn composite_uses(
        &self,
        c: &QualifiedName,
        uses: impl Fn(&Attribute) -> bool,
    ) -> bool {
        self.composite_types
            .get(c)
            .is_some_and(|c| c.attributes.iter().any(uses))
    }
}

/// The types to recreate along with `name`.
pub(super) struct Dependents {
    /// (drop, create), in creation order.
    pairs: Vec<(Change, Change)>,
    columns: Vec<ConvertedColumn>,
    /// Comments and grants of the recreated types, as the target has them.
    decorations: Vec<Change>,
    names: BTreeSet<QualifiedName>,
}

impl Dependents {
    /// Whether table columns use any of the types (they are then converted with them).
    pub(super) fn in_use(&self) -> bool {
        !self.columns.is_empty()
    }

    /// Adds type `name` (dropped as `drop`, made again as `create`, with the target's comment
    /// and grants) and the columns that hold it; false when it is listed already.
    fn add(
        &mut self,
        name: &QualifiedName,
        (drop, create): (Change, Change),
        columns: Vec<ConvertedColumn>,
        (comment, privileges): (Option<&String>, &[Grant]),
    ) -> bool {
        if !self.names.insert(name.clone()) {
            return false;
        }
        self.pairs.push((drop, create));
        self.columns.extend(columns);
        self.decorations.extend(super::decorations_of_new(
            ObjectId::Type { name: name.clone() },
            comment,
            privileges,
        ));
        true
    }
}

/// The domains, ranges and composite types built over `name` in `from`, transitively, with
/// their columns; `None` when tables are made OF such a composite type, or its attributes
/// change names or order too.
pub(super) fn dependents(
    from: &Schema,
    to: TargetTypes,
    name: &QualifiedName,
    to_tables: &BTreeMap<QualifiedName, Table>,
) -> Option<Dependents> {
    dependents_of(from, to, name, to_tables, false)
}

/// The domains, ranges and composite types that use collation `name` (a domain's or range's
/// own collation, an attribute's), and those built over them, as [`dependents`].
pub(super) fn collation_dependents(
    from: &Schema,
    to: TargetTypes,
    name: &QualifiedName,
    to_tables: &BTreeMap<QualifiedName, Table>,
) -> Option<Dependents> {
    dependents_of(from, to, name, to_tables, true)
}

fn dependents_of(
    from: &Schema,
    to: TargetTypes,
    name: &QualifiedName,
    to_tables: &BTreeMap<QualifiedName, Table>,
    collation: bool,
) -> Option<Dependents> {
    let mut out = Dependents {
        pairs: Vec::new(),
        columns: Vec::new(),
        decorations: Vec::new(),
        names: BTreeSet::new(),
    };
    let mut queue = vec![name.clone()];
    // The first step from a collation: what names it as its collation; types after that.
    let mut by_collation = collation;
    while let Some(cur) = queue.pop() {
        let first = std::mem::take(&mut by_collation);
        let uses_type = |t: &TypeRef| !first && t.names(&cur);
        let uses_collation = |c: &Option<QualifiedName>| first && c.as_ref() == Some(&cur);
        let uses_attribute =
            |a: &Attribute| uses_type(&a.data_type) || uses_collation(&a.collation);
        // A composite type that still holds it in the target (one that leaves it is altered
        // or dropped before, by its own step): recreated with it, its values converted through
        // text like the columns of the type itself; not one that tables are made OF.
        for c in from.composite_types.values().filter(|c| {
            c.attributes.iter().any(uses_attribute) && to.composite_uses(&c.name, uses_attribute)
        }) {
            if from
                .tables
                .values()
                .any(|t| t.of_type.as_ref() == Some(&c.name))
            {
                return None;
            }
            let Some(b) = to.composite_types.get(&c.name) else {
                continue;
            };
            // Values go through text, which holds the attributes by position.
            if !c
                .attributes
                .iter()
                .map(|x| &x.name)
                .eq(b.attributes.iter().map(|x| &x.name))
            {
                return None;
            }
            if !out.add(
                &c.name,
                (
                    Change::DropCompositeType(c.clone()),
                    Change::CreateCompositeType(b.clone()),
                ),
                columns_using(from, &c.name, None, to_tables),
                (b.comment.as_ref(), &b.privileges),
            ) {
                continue;
            }
            out.decorations.extend(b.attributes.iter().filter_map(|at| {
                Some(Change::Comment {
                    target: ObjectId::Column {
                        table: b.name.clone(),
                        column: at.name.clone(),
                    },
                    comment: Some(at.comment.clone()?),
                })
            }));
            queue.push(c.name.clone());
        }
        for d in from
            .domains
            .values()
            .filter(|d| uses_type(&d.base_type) || uses_collation(&d.collation))
        {
            // A domain the target no longer has is dropped before, by its own step.
            let Some(b) = to.domains.get(&d.name) else {
                continue;
            };
            if out.add(
                &d.name,
                (
                    Change::DropDomain(d.clone()),
                    Change::CreateDomain(b.clone()),
                ),
                columns_using(from, &d.name, None, to_tables),
                (b.comment.as_ref(), &b.privileges),
            ) {
                queue.push(d.name.clone());
            }
        }
        for r in from
            .range_types
            .values()
            .filter(|r| uses_type(&r.subtype) || uses_collation(&r.collation))
        {
            let Some(b) = to.range_types.get(&r.name) else {
                continue;
            };
            let multirange = r.multirange_name.as_ref().zip(b.multirange_name.as_ref());
            if out.add(
                &r.name,
                (
                    Change::DropRangeType(r.clone()),
                    Change::CreateRangeType(b.clone()),
                ),
                columns_using(from, &r.name, multirange, to_tables),
                (b.comment.as_ref(), &b.privileges),
            ) {
                queue.push(r.name.clone());
            }
        }
    }
    Some(out)
}

/// Turns the drop at `i` and the create at `j` into one [`Change::RecreateType`] that also
/// recreates `deps`; any other change of those types goes (the target's definitions, comments
/// and grants come with the step). Returns the index to go on from.
pub(super) fn recreate_with(
    out: &mut Out,
    i: usize,
    j: usize,
    mut columns: Vec<ConvertedColumn>,
    deps: Dependents,
) -> usize {
    let create = out.changes.remove(j);
    let at = if j < i { i - 1 } else { i };
    let drop = out.changes[at].clone();
    columns.extend(deps.columns);
    out.changes[at] = Change::RecreateType {
        drop: Box::new(drop),
        create: Box::new(create),
        columns,
        dependents: deps.pairs,
        typed_tables: Vec::new(),
    };
    let about = |c: &Change| match c.target() {
        ObjectId::Type { name } => deps.names.contains(&name),
        ObjectId::DomainConstraint { domain, .. } => deps.names.contains(&domain),
        _ => false,
    };
    let mut kept = Vec::with_capacity(out.changes.len());
    let mut next = 0;
    for (k, c) in std::mem::take(&mut out.changes).into_iter().enumerate() {
        if k == at {
            next = kept.len() + 1;
        } else if about(&c) {
            continue;
        }
        kept.push(c);
    }
    out.changes = kept;
    out.changes.extend(deps.decorations);
    next
}
