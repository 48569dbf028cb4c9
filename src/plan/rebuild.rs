//! Objects the plan rebuilds although they do not change themselves (something they depend on is
//! dropped, retyped or recreated). Pure.

use super::retype::*;
use super::*;

/// The table an object belongs to, if any (columns, constraints, triggers, policies, indexes).
pub(super) fn owning_table(id: &ObjectId, schema: &Schema) -> Option<QualifiedName> {
    owner_name(id, schema).cloned()
}

/// [`owning_table`], borrowed.
pub(super) fn owner_name<'a>(id: &'a ObjectId, schema: &'a Schema) -> Option<&'a QualifiedName> {
    match id {
        ObjectId::Column { table, .. }
        | ObjectId::Constraint { table, .. }
        | ObjectId::Trigger { table, .. }
        | ObjectId::Policy { table, .. }
        | ObjectId::Rule { table, .. } => Some(table),
        ObjectId::Index { name } => schema.indexes.get(name).map(|i| &i.table),
        _ => None,
    }
}

/// Whether `table` stays, has parents in `from` (partitioned or by inheritance) and none of them
/// is still its parent in `to`.
fn leaves_its_parents(table: &QualifiedName, from: &Schema, to: &Schema) -> bool {
    if !to.tables.contains_key(table) {
        return false;
    }
    let parents = |s: &Schema| -> BTreeSet<QualifiedName> {
        s.tables
            .get(table)
            .map(|t| {
                t.partition_of
                    .iter()
                    .map(|p| p.parent.clone())
                    .chain(t.inherits.iter().cloned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let (before, after) = (parents(from), parents(to));
    !before.is_empty() && before.is_disjoint(&after)
}

/// Drop and create changes for an unchanged object of `from` that must be rebuilt.
pub(super) fn rebuild(id: &ObjectId, from: &Schema, to: &Schema) -> Vec<Change> {
    let mut out = Vec::new();
    if from.objects.contains_key(id) || to.objects.contains_key(id) {
        if let Some(o) = from.objects.get(id) {
            out.push(Change::DropObject(o.spec.clone()));
        }
        if let Some(o) = to.objects.get(id) {
            out.extend(crate::diff::objects::create_changes(o));
        }
        return out;
    }
    match id {
        ObjectId::View { name } => {
            if let Some(v) = from.views.get(name) {
                out.push(Change::DropView(v.clone()));
            }
            if let Some(v) = to.views.get(name) {
                out.push(Change::CreateView(v.clone()));
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    v.comment.as_ref(),
                    &v.privileges,
                ));
                out.extend(crate::diff::views::new_view_columns(v));
            }
        }
        ObjectId::MaterializedView { name } => {
            if let Some(v) = from.materialized_views.get(name) {
                out.push(Change::DropMaterializedView(v.clone()));
            }
            if let Some(v) = to.materialized_views.get(name) {
                out.push(Change::CreateMaterializedView(v.clone()));
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    v.comment.as_ref(),
                    &v.privileges,
                ));
                out.extend(crate::diff::views::new_view_columns(v));
            }
        }
        // A function whose argument or result type is recreated (an enum rebuilt).
        ObjectId::Function { id: fid } => {
            if let (Some(a), Some(b)) = (from.functions.get(fid), to.functions.get(fid)) {
                out.push(Change::DropFunction(a.clone()));
                out.push(Change::CreateFunction(b.clone()));
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    b.comment.as_ref(),
                    &b.privileges,
                ));
            }
        }
        // A stored generated column that reads a column changing type: PostgreSQL refuses the
        // type change while the generated column uses it ("cannot alter type of a column used
        // by a generated column"), so the generated column is dropped first and added again
        // with its expression after (its values are computed again; it comes back last).
        ObjectId::Column { table, column } => {
            let get = |s: &Schema| {
                s.tables
                    .get(table)
                    .and_then(|t| t.columns.iter().find(|c| &c.name == column))
                    .filter(|c| c.generated.is_some() && !c.inherited)
                    .cloned()
            };
            // A plain column whose default uses what goes: the default goes first and is set
            // again after (its type, if that is what depends, is converted by the recreate).
            // An inherited column's default is its parent's business, unless the table leaves
            // all its parents (a partition detached from a parent that is dropped keeps the
            // copy of the parent's default, and the sequence behind it goes with the parent).
            let leaves_parents = leaves_its_parents(table, from, to);
            let plain = |s: &Schema| {
                s.tables
                    .get(table)
                    .and_then(|t| t.columns.iter().find(|c| &c.name == column))
                    .filter(|c| c.generated.is_none() && (!c.inherited || leaves_parents))
                    .cloned()
            };
            if let Some(a) = plain(from).filter(|a| a.default.is_some()) {
                out.push(Change::SetColumnDefault {
                    table: table.clone(),
                    column: a.name.clone(),
                    default: None,
                });
                // The target's default, also on a column the table then inherits (a table
                // attached as a partition keeps no default its parent has unless it is set).
                let target = to
                    .tables
                    .get(table)
                    .and_then(|t| t.columns.iter().find(|c| &c.name == column))
                    .filter(|c| c.generated.is_none());
                let parent_default = target.and_then(|b| b.default.clone());
                if let Some(default) = parent_default.clone() {
                    out.push(Change::SetColumnDefault {
                        table: table.clone(),
                        column: a.name.clone(),
                        default: Some(default),
                    });
                }
                // DROP and SET DEFAULT on a parent recurse to its partitions and inheritance
                // children, overwriting a default of their own: each child whose target default
                // is not the parent's gets its own back after (`SET DEFAULT NULL` for none).
                for (child, own) in descendant_defaults(table, &a.name, to) {
                    if own != parent_default {
                        out.push(Change::SetColumnDefault {
                            table: child,
                            column: a.name.clone(),
                            default: Some(own.unwrap_or_else(|| "NULL".into())),
                        });
                    }
                }
            }
            if let (Some(a), Some(b)) = (get(from), get(to)) {
                out.push(Change::DropColumn {
                    table: table.clone(),
                    column: a,
                    only: false,
                });
                if !b.settings.is_default() {
                    out.push(Change::SetColumnSettings {
                        table: table.clone(),
                        column: b.name.clone(),
                        from: ColumnSettings::default(),
                        to: b.settings.clone(),
                    });
                }
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    b.comment.as_ref(),
                    &b.privileges,
                ));
                out.insert(
                    1,
                    Change::AddColumn {
                        table: table.clone(),
                        column: b,
                    },
                );
            }
        }
        // An aggregate whose support function or state type is recreated: PostgreSQL has no
        // ALTER AGGREGATE for them, and DROP FUNCTION refuses while the aggregate uses it.
        ObjectId::Aggregate { id: aid } => {
            if let (Some(a), Some(b)) = (from.aggregates.get(aid), to.aggregates.get(aid)) {
                out.push(Change::DropAggregate(a.clone()));
                out.push(Change::CreateAggregate(b.clone()));
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    b.comment.as_ref(),
                    &b.privileges,
                ));
            }
        }
        ObjectId::Trigger { table, name } => {
            let key = (table.clone(), name.clone());
            if let Some(t) = from.triggers.get(&key) {
                out.push(Change::DropTrigger(t.clone()));
            }
            if let Some(t) = to.triggers.get(&key) {
                out.push(Change::CreateTrigger(t.clone()));
            }
        }
        ObjectId::Policy { table, name } => {
            if let Some(p) = from.tables.get(table).and_then(|t| t.policies.get(name)) {
                out.push(Change::DropPolicy {
                    table: table.clone(),
                    policy: p.clone(),
                });
            }
            if let Some(p) = to.tables.get(table).and_then(|t| t.policies.get(name)) {
                out.push(Change::CreatePolicy {
                    table: table.clone(),
                    policy: p.clone(),
                });
            }
        }
        ObjectId::Constraint { table, name } => {
            let get = |s: &Schema| {
                s.tables
                    .get(table)
                    .and_then(|t| t.constraints.get(name))
                    .cloned()
            };
            if let Some(c) = get(from).filter(|c| !c.inherited) {
                out.push(Change::DropConstraint {
                    table: table.clone(),
                    constraint: c,
                });
            }
            if let Some(c) = get(to).filter(|c| !c.inherited) {
                let (comment, index) = (c.comment.clone(), c.index.clone());
                out.push(Change::AddConstraint {
                    table: table.clone(),
                    constraint: c,
                });
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    comment.as_ref(),
                    &[],
                ));
                if let Some(i) = index.as_ref().and_then(|ix| to.indexes.get(ix)) {
                    out.extend(crate::diff::index_properties(None, i, to));
                }
            }
        }
        ObjectId::Index { name } => {
            // An index attached to a parent index goes with that parent (and comes back with
            // it); one of the partition's own is dropped here.
            let own = from
                .indexes
                .get(name)
                .filter(|i| i.constraint.is_none() && i.parent.is_none());
            if let Some(i) = own {
                out.push(Change::DropIndex(i.clone()));
            }
            let Some(i) = to.indexes.get(name).filter(|i| i.constraint.is_none()) else {
                return out;
            };
            // One attached to a parent index in the target is made by the parent's rebuild,
            // unless it is the partition's own index dropped above: no rebuild of the parent
            // makes that one (it was not attached to it before), so it is made and attached.
            if i.parent.is_some() && own.is_none() {
                return out;
            }
            out.push(Change::CreateIndex(i.clone()));
            out.extend(crate::diff::index_properties(None, i, to));
            partition_indexes(name, to, &mut out);
            if let Some(parent) = &i.parent {
                out.push(Change::AttachIndex {
                    index: name.clone(),
                    parent: parent.clone(),
                });
            }
        }
        _ => {}
    }
    out
}

/// The copies of `table`'s `column` that its partitions and inheritance children (theirs in
/// turn) inherit in `schema`.
pub(super) fn inherited_copies(
    table: &QualifiedName,
    column: &str,
    schema: &Schema,
) -> Vec<ObjectId> {
    descendant_defaults(table, column, schema)
        .into_iter()
        .map(|(t, _)| ObjectId::Column {
            table: t,
            column: column.to_string(),
        })
        .collect()
}

/// The tables below `table` in `schema` (its partitions and inheritance children, theirs in
/// turn) that inherit `column`, with the default each has on it.
fn descendant_defaults(
    table: &QualifiedName,
    column: &str,
    schema: &Schema,
) -> Vec<(QualifiedName, Option<String>)> {
    let mut out = Vec::new();
    let mut queue = vec![table.clone()];
    while let Some(parent) = queue.pop() {
        for t in schema.tables.values().filter(|t| {
            t.inherits.contains(&parent)
                || t.partition_of.as_ref().is_some_and(|p| p.parent == parent)
        }) {
            if let Some(c) = t.columns.iter().find(|c| c.name == column && c.inherited) {
                out.push((t.name.clone(), c.default.clone()));
                queue.push(t.name.clone());
            }
        }
    }
    out
}

/// The constraint that owns index `id`, when what the index uses (`referenced`) is not that
/// constraint itself: PostgreSQL records the dependencies of a key's or an exclusion
/// constraint's expressions, WHERE predicate, operator classes and collations under its index
/// (the constraint only holds its plain columns, or the whole table when an element is an
/// expression), and drops the index only with its constraint. So whatever the plan drops or
/// recreates that the index uses (a column replaced or retyped, a type, collation, operator
/// class or routine recreated) rebuilds the constraint. The index's own edge on its constraint
/// is not such a use: a constraint the plan drops takes its index along, and a plain index of
/// that name the target has is made again by the index's own rebuild.
fn constraint_of_index(id: &ObjectId, referenced: &ObjectId, schema: &Schema) -> Option<ObjectId> {
    owning_constraint(id, schema).filter(|owner| owner != referenced)
}

/// The constraint that owns index `id` (a key's or an exclusion constraint's), if any.
pub(super) fn owning_constraint(id: &ObjectId, schema: &Schema) -> Option<ObjectId> {
    let ObjectId::Index { name } = id else {
        return None;
    };
    let i = schema.indexes.get(name)?;
    Some(ObjectId::Constraint {
        table: i.table.clone(),
        name: i.constraint.clone()?,
    })
}

/// A foreign key is bound to the first unique index over its referenced columns found when it
/// is added; the catalog names the one it has here, but a copy built elsewhere (the shadow a plan
/// is validated in, a database restored from a dump) may have bound it to another key over the
/// same columns. So every primary or unique key over exactly those columns counts as one it may
/// depend on: dropping such a key drops and adds the foreign key around it.
fn key_bindings(from: &Schema) -> Vec<(ObjectId, ObjectId)> {
    let mut out = Vec::new();
    for table in from.tables.values() {
        for fk in table.constraints.values() {
            let Some(f) = &fk.foreign_key else {
                continue;
            };
            let Some(referenced) = from.tables.get(&f.references) else {
                continue;
            };
            let mut wanted: Vec<&String> = f.referenced_columns.iter().collect();
            wanted.sort();
            for key in referenced.constraints.values() {
                let Some(index) = &key.index else {
                    continue;
                };
                let mut columns: Vec<&String> = key.columns.iter().collect();
                columns.sort();
                if matches!(
                    key.kind,
                    ConstraintKind::PrimaryKey | ConstraintKind::Unique
                ) && columns == wanted
                {
                    out.push((
                        ObjectId::Constraint {
                            table: table.name.clone(),
                            name: fk.name.clone(),
                        },
                        ObjectId::Index {
                            name: index.clone(),
                        },
                    ));
                }
            }
        }
    }
    out
}

/// The partitions' indexes of a partitioned index the plan creates again (`ON ONLY` the parent,
/// as the catalog gives it): dropping the parent index took them along, so each is built and
/// attached again (its own partitions' first, when it is partitioned itself).
fn partition_indexes(parent: &QualifiedName, to: &Schema, out: &mut Vec<Change>) {
    for i in to
        .indexes
        .values()
        .filter(|i| i.parent.as_ref() == Some(parent) && i.constraint.is_none())
    {
        out.push(Change::CreateIndex(i.clone()));
        out.extend(crate::diff::index_properties(None, i, to));
        partition_indexes(&i.name, to, out);
        out.push(Change::AttachIndex {
            index: i.name.clone(),
            parent: parent.clone(),
        });
    }
}

/// Adds the rebuilds forced by drops and column type changes (transitively).
pub(super) fn pull_in_dependents(
    from: &Schema,
    to: &Schema,
    mut changes: Vec<Change>,
) -> Vec<Change> {
    // dependents in `from`: referenced -> [dependent]; what uses a column of a relation also
    // goes when the relation goes (a view over a view's column), so column edges are listed
    // under the relation's name too.
    // Each dependent comes with its edge's position, so both lists merge in edge order.
    let mut dependents: HashMap<&ObjectId, Vec<(usize, &ObjectId)>> = HashMap::new();
    let mut column_users: HashMap<&QualifiedName, Vec<(usize, &ObjectId)>> = HashMap::new();
    let bound = key_bindings(from);
    let edges = from
        .dependencies
        .iter()
        .chain(bound.iter().map(|(a, b)| (a, b)));
    for (k, (a, b)) in edges.enumerate() {
        dependents.entry(b).or_default().push((k, a));
        if let ObjectId::Column { table, .. } = b {
            column_users.entry(table).or_default().push((k, a));
        }
    }
    // Columns dropped from a parent alone (`ONLY`): its children keep theirs.
    let kept_by_children: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| matches!(c, Change::DropColumn { only: true, .. }))
        .map(|c| c.target())
        .collect();
    let dependents_of = |id: &ObjectId| -> Vec<ObjectId> {
        let mut out: Vec<(usize, &ObjectId)> = dependents.get(id).cloned().unwrap_or_default();
        if let ObjectId::Table { name }
        | ObjectId::View { name }
        | ObjectId::MaterializedView { name } = id
        {
            out.extend(column_users.get(name).into_iter().flatten());
            out.sort_by_key(|(k, _)| *k);
        }
        // DROP COLUMN and ALTER COLUMN TYPE on a parent recurse to the copies its partitions
        // and inheritance children have of the column: what uses those goes too.
        if let ObjectId::Column { table, column } = id {
            if !kept_by_children.contains(id) {
                for copy in inherited_copies(table, column, from) {
                    out.extend(dependents.get(&copy).into_iter().flatten());
                }
            }
        }
        out.into_iter().map(|(_, a)| a.clone()).collect()
    };
    // Parts of a dropped table go with it; those of a stashed one go with the stash, and the
    // recreate makes the new table's own.
    let dropped_tables: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropTable(t) | Change::StashTable { table: t, .. } => Some(t.name.clone()),
            _ => None,
        })
        .collect();
    // Drops that remove (or retype) something others may use; grants, an identity or a
    // default going, a partition detached, or a child leaving a parent (NO INHERIT keeps its
    // columns and its copies of the parent's constraints as its own), leave the object itself
    // in place.
    let keeps_object = |c: &Change| {
        matches!(
            c,
            Change::AlterIdentity { .. }
                | Change::SetColumnDefault { .. }
                | Change::DetachPartition { .. }
                | Change::SetInherit { inherit: false, .. }
        )
    };
    let mut dropped: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() == Phase::Drop && !keeps_object(c))
        .map(|c| c.target())
        .collect();
    let seed = |c: &Change| {
        (c.phase() == Phase::Drop && !is_decoration(c) && !keeps_object(c))
            || matches!(
                c,
                Change::AlterColumnType { .. } | Change::ReplaceColumn { .. }
            )
    };
    let mut queue: Vec<ObjectId> = changes
        .iter()
        .filter(|c| seed(c))
        .map(|c| c.target())
        .collect();
    // A dropped key constraint takes its index along: foreign keys that reference it go first.
    for c in &changes {
        if let Change::DropConstraint {
            constraint: Constraint {
                index: Some(index), ..
            },
            ..
        } = c
        {
            queue.push(ObjectId::Index {
                name: index.clone(),
            });
        }
    }
    // A recreated enum or type takes its old type away from everything that used it.
    for c in &changes {
        if let Change::RecreateType { dependents, .. } = c {
            queue.extend(dependents.iter().map(|(_, create)| create.target()));
        }
        if let Change::RecreateEnum { columns, .. } | Change::RecreateType { columns, .. } = c {
            queue.push(c.target());
            queue.extend(columns.iter().map(|col| ObjectId::Column {
                table: col.table.clone(),
                column: col.column.clone(),
            }));
        }
    }
    // Columns a domain's new check parks around it: what uses them is rebuilt around that.
    for c in &changes {
        if let Change::AlterDomain { parked, .. } = c {
            queue.extend(parked.iter().map(|col| ObjectId::Column {
                table: col.table.clone(),
                column: col.column.clone(),
            }));
        }
    }
    // Columns a recreated type converts or a domain change parks (their defaults with them).
    let converted: BTreeSet<ObjectId> = changes
        .iter()
        .flat_map(|c| match c {
            Change::RecreateEnum { columns, .. } | Change::RecreateType { columns, .. } => {
                columns.as_slice()
            }
            Change::AlterDomain { parked, .. } => parked.as_slice(),
            _ => &[],
        })
        .map(|col| ObjectId::Column {
            table: col.table.clone(),
            column: col.column.clone(),
        })
        .collect();
    // A partition recreated with its rows is detached first, which PostgreSQL refuses while a
    // foreign key that references its parent (or a table above) has rows pointing into it: such
    // a foreign key is dropped before and added again once the rows are back.
    let stashed_partitions: Vec<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::StashTable { table, .. } if table.partition_of.is_some() => {
                Some(table.name.clone())
            }
            _ => None,
        })
        .collect();
    for p in &stashed_partitions {
        let mut above = super::table_edges::ancestors(from, p);
        above.push(p.clone());
        for t in from.tables.values() {
            if dropped_tables.contains(&t.name) {
                continue;
            }
            for c in t.constraints.values().filter(|c| !c.inherited) {
                if !c
                    .foreign_key
                    .as_ref()
                    .is_some_and(|fk| above.contains(&fk.references))
                {
                    continue;
                }
                let id = ObjectId::Constraint {
                    table: t.name.clone(),
                    name: c.name.clone(),
                };
                if dropped.insert(id.clone()) {
                    for c in rebuild(&id, from, to) {
                        if !changes.contains(&c) {
                            changes.push(c);
                        }
                    }
                }
            }
        }
    }
    let retyped = retyped_in_place(&changes, from);
    let recreated_collations: BTreeSet<ObjectId> = changes
        .iter()
        .filter_map(|c| match c {
            Change::RecreateType { drop, .. } if matches!(**drop, Change::DropCollation(_)) => {
                Some(c.target())
            }
            _ => None,
        })
        .collect();
    // What PostgreSQL rebuilds inside a type change whose lost settings are set again.
    let mut reset: BTreeSet<ObjectId> = BTreeSet::new();
    while let Some(id) = queue.pop() {
        for dep in dependents_of(&id) {
            // A plain index (or the key it backs) over a column a recreated type or collation
            // converts: PostgreSQL rebuilds it inside each `ALTER COLUMN ... TYPE` of the
            // conversion, so the table keeps it (and its uniqueness) throughout.
            if (converted.contains(&id) || recreated_collations.contains(&id))
                && kept_through_conversion(&dep, &recreated_collations, from)
            {
                continue;
            }
            let via_index = constraint_of_index(&dep, &id, from).map(|c| (c, dep.clone()));
            let dep = match &via_index {
                Some((constraint, _)) => constraint.clone(),
                None => dep,
            };
            if dropped.contains(&dep) || converted.contains(&dep) {
                continue;
            }
            if retyped.contains(&id) && rebuilt_by_alter_type(&dep, &retyped, from) {
                // (Once per object, however many of its columns change type.) An exclusion
                // constraint over an expression: its index's column targets.
                for settled in std::iter::once(&dep).chain(via_index.as_ref().map(|(_, i)| i)) {
                    if reset.insert(settled.clone()) {
                        settings_lost_in_rebuild(settled, to, &mut changes);
                    }
                }
                continue;
            }
            if owning_table(&dep, from).is_some_and(|t| dropped_tables.contains(&t)) {
                continue;
            }
            // A domain whose default or CHECK calls a dropped routine.
            if let Some(more) = callers::rebuild(&dep, &id, from, to) {
                for c in more {
                    if !changes.contains(&c) {
                        changes.push(c);
                    }
                }
                continue;
            }
            let rebuilt = rebuild(&dep, from, to);
            if rebuilt.is_empty() {
                continue;
            }
            // Any other change already planned for it is superseded by the rebuild's create: a
            // generated column added again comes with its target type, NOT NULL and settings; a
            // plain column only has its default set again, and stays (what uses it too).
            let readded = rebuilt
                .iter()
                .any(|c| matches!(c, Change::AddColumn { .. }));
            let only_default = matches!(dep, ObjectId::Column { .. }) && !readded;
            changes.retain(|c| {
                let superseded = if only_default {
                    matches!(c, Change::SetColumnDefault { .. })
                } else {
                    (c.phase() == Phase::Create || readded) && !is_decoration(c)
                };
                !(c.target() == dep && superseded)
            });
            dropped.insert(dep.clone());
            if !only_default {
                queue.push(dep);
            }
            // What uses the constraint's index (foreign keys) goes with it.
            if let Some((_, index)) = via_index {
                dropped.insert(index.clone());
                queue.push(index);
            }
            for c in rebuilt {
                if !changes.contains(&c) {
                    changes.push(c);
                }
            }
        }
    }
    changes
}
