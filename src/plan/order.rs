//! Ordering the changes: the dependency graph (petgraph) and its priority-aware topological
//! sort. Pure.

use super::*;

/// The plan order: Kahn's algorithm over the step graph, ready steps taken by (phase, rank,
/// position), so equal inputs give equal plans.
pub(super) fn order(
    from: &Schema,
    to: &Schema,
    changes: &[Change],
    soft: &[(usize, usize)],
) -> Result<Vec<usize>, Vec<Vec<usize>>> {
    let created: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() == Phase::Create && establishes(c))
        .map(|c| c.target())
        .chain(
            changes
                .iter()
                .flat_map(crate::diff::identity_sequences_created)
                .map(|name| ObjectId::Sequence { name }),
        )
        .collect();
    let created_routines: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::CreateFunction(f) | Change::ReplaceFunction(f) => Some(f.id.name.clone()),
            _ => None,
        })
        .collect();
    // A routine recreated under the same name (new argument names, or a function becoming a
    // procedure) must go before its replacement is created.
    let renamed_routine = |c: &Change| match c {
        Change::DropFunction(f) => created_routines.contains(&f.id.name),
        _ => false,
    };
    // Objects dropped in the drop phase proper (tables, columns, views ...).
    let mut dropped_early: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() == Phase::Drop)
        .filter(|c| {
            !may_drop_late(c)
                && !matches!(
                    c,
                    Change::DetachPartition { .. } | Change::SetInherit { inherit: false, .. }
                )
        })
        .flat_map(|c| {
            let t = c.target();
            // A dropped (or stashed) table takes its columns with it, and so does a dropped
            // view: a SQL-standard body (`BEGIN ATOMIC`) records its use of a view by column.
            let mut v = vec![t.clone()];
            let columns = |name: &QualifiedName, cols: Vec<&String>| {
                cols.into_iter()
                    .map(|col| ObjectId::Column {
                        table: name.clone(),
                        column: col.clone(),
                    })
                    .collect::<Vec<_>>()
            };
            match c {
                Change::DropTable(table) | Change::StashTable { table, .. } => v.extend(columns(
                    &table.name,
                    table.columns.iter().map(|col| &col.name).collect(),
                )),
                Change::DropView(view) | Change::DropMaterializedView(view) => v.extend(columns(
                    &view.name,
                    view.columns.iter().map(|col| &col.name).collect(),
                )),
                _ => {}
            }
            v
        })
        .collect();
    // A sequence released from its owner (OWNED BY NONE) no longer goes with it.
    let released: HashSet<ObjectId> = changes
        .iter()
        .filter_map(|c| match c {
            Change::SetSequenceOwnedBy {
                name,
                owned_by: None,
                ..
            } => Some(ObjectId::Sequence { name: name.clone() }),
            _ => None,
        })
        .collect();
    // What depends on an object dropped in the drop phase must go in it too, before that
    // object; a late drop kept in the drop phase (its object is created again, or something
    // it depends on goes early) brings its own dependents along (an operator recreated
    // while the operator class that lists it goes): until nothing more moves.
    let needs_first: HashSet<&ObjectId> = loop {
        let needs_first: HashSet<&ObjectId> = from
            .dependencies
            .iter()
            .filter(|(a, b)| dropped_early.contains(b) && !released.contains(a))
            .map(|(a, _)| a)
            .collect();
        let more: Vec<ObjectId> = changes
            .iter()
            .filter(|c| may_drop_late(c) && c.phase() == Phase::Drop)
            .map(|c| (c.target(), c))
            .filter(|(t, c)| {
                !dropped_early.contains(t)
                    && (created.contains(t) || renamed_routine(c) || needs_first.contains(t))
            })
            .map(|(t, _)| t)
            .collect();
        if more.is_empty() {
            break needs_first;
        }
        dropped_early.extend(more);
    };
    let releases_dropped_owner = |c: &Change| match c {
        Change::SetSequenceOwnedBy {
            name,
            owned_by: None,
            ..
        } => from
            .sequences
            .get(name)
            .and_then(|s| s.owned_by.as_ref())
            .is_some_and(|(t, col)| {
                dropped_early.contains(&ObjectId::Column {
                    table: t.clone(),
                    column: col.clone(),
                })
            }),
        _ => false,
    };
    // A type that leaves one the plan recreates is dropped before that step.
    let leaving = super::type_edges::leaving_drops(from, to, changes);
    let phase_of: Vec<Phase> = changes
        .iter()
        .map(|c| {
            let late = may_drop_late(c);
            let target = c.target();
            // Something it depends on goes in the drop phase (or leaves a type a step
            // recreates): it must go before that.
            let needed_first = needs_first.contains(&target) || leaving.contains(&target);
            if late && !created.contains(&target) && !renamed_routine(c) && !needed_first {
                Phase::Cleanup
            } else if releases_dropped_owner(c) {
                // A sequence released from the column or table that goes with it: before it.
                Phase::Drop
            } else if matches!(c, Change::Revoke { .. })
                && (created.contains(&target)
                    || member_extensions(from, to, c)
                        .iter()
                        .any(|e| created.contains(e)))
            {
                // A default privilege taken from an object the plan creates (or a member of an
                // extension it creates, updates or moves): after creating it.
                Phase::Create
            } else {
                c.phase()
            }
        })
        .collect();
    let mut graph: DiGraph<usize, ()> = DiGraph::new();
    let nodes: Vec<NodeIndex> = (0..changes.len()).map(|i| graph.add_node(i)).collect();
    // Which steps create (or drop) each object; constraint-backed indexes map to their constraint.
    let mut by_target: HashMap<ObjectId, Vec<(Phase, usize)>> = HashMap::new();
    // The steps that make or remove a table, view or materialized view, by its name: they make
    // or remove the parts (columns, constraints ...) that have no step of their own.
    let mut by_owner: HashMap<&QualifiedName, Vec<(Phase, usize)>> = HashMap::new();
    for (i, c) in changes.iter().enumerate() {
        by_target
            .entry(c.target())
            .or_default()
            .push((c.phase(), i));
        if let Change::AddConstraint {
            constraint: Constraint {
                index: Some(ix), ..
            },
            ..
        }
        | Change::DropConstraint {
            constraint: Constraint {
                index: Some(ix), ..
            },
            ..
        }
        | Change::AddKeyUsingIndex {
            constraint: Constraint {
                index: Some(ix), ..
            },
            ..
        } = c
        {
            by_target
                .entry(ObjectId::Index { name: ix.clone() })
                .or_default()
                .push((c.phase(), i));
        }
        match c {
            Change::CreateTable(t) | Change::DropTable(t) | Change::StashTable { table: t, .. } => {
                by_owner.entry(&t.name).or_default().push((c.phase(), i));
            }
            Change::CreateView(v)
            | Change::ReplaceView(v)
            | Change::DropView(v)
            | Change::CreateMaterializedView(v)
            | Change::DropMaterializedView(v) => {
                by_owner.entry(&v.name).or_default().push((c.phase(), i));
            }
            _ => {}
        }
    }
    let in_phase = |steps: Option<&Vec<(Phase, usize)>>, phase: Phase| -> Vec<usize> {
        steps
            .into_iter()
            .flatten()
            .filter(|(p, _)| *p == phase)
            .map(|(_, i)| *i)
            .collect()
    };
    // The steps that make an object exist (or go): not its comments, grants and settings.
    let steps_for = |phase: Phase, id: &ObjectId| -> Vec<usize> {
        let mut v: Vec<usize> = in_phase(by_target.get(id), phase);
        v.retain(|&i| establishes(&changes[i]));
        // Parts of a table (columns, constraints, ...) without a step of their own are made
        // or removed by the table's step.
        if !v.is_empty() {
            return v;
        }
        let schema = if phase == Phase::Drop { from } else { to };
        // A sequence with no step of its own that a dropped table or column owns (OWNED BY)
        // goes with it: what uses the sequence (another table's default) is dropped first.
        if let (Phase::Drop, ObjectId::Sequence { name }, None) = (phase, id, by_target.get(id)) {
            if let Some((t, col)) = from.sequences.get(name).and_then(|s| s.owned_by.as_ref()) {
                let column = ObjectId::Column {
                    table: t.clone(),
                    column: col.clone(),
                };
                let mut v = in_phase(by_owner.get(t), phase);
                v.extend(
                    in_phase(by_target.get(&column), phase)
                        .into_iter()
                        .filter(|&i| establishes(&changes[i])),
                );
                return v;
            }
        }
        // An identity sequence is made and removed with its column (or table): a default
        // elsewhere that calls it waits for that step, or goes before it.
        if let ObjectId::Sequence { name } = id {
            if let Some((t, _)) = schema.identity_sequence(name) {
                let mut v = in_phase(by_owner.get(&t.name), phase);
                for c in &t.columns {
                    if c.identity.as_ref().is_some_and(|i| &i.sequence == name) {
                        let column = ObjectId::Column {
                            table: t.name.clone(),
                            column: c.name.clone(),
                        };
                        v.extend(
                            in_phase(by_target.get(&column), phase)
                                .into_iter()
                                .filter(|&i| establishes(&changes[i])),
                        );
                    }
                }
                return v;
            }
        }
        match owner_name(id, schema) {
            Some(t) => in_phase(by_owner.get(t), phase),
            None => v,
        }
    };
    // A column's default (or generated expression) is what uses routines and sequences; its
    // type, collation and the rest come with the column itself. A default the cycle breaker
    // split out of its table's step carries only the first kind.
    let dependent_steps = |phase: Phase, dependent: &ObjectId, referenced: &ObjectId| {
        let mut v = steps_for(phase, dependent);
        if matches!(dependent, ObjectId::Column { .. }) && !cycles::expression_use(referenced) {
            let schema = if phase == Phase::Drop { from } else { to };
            if let Some(t) = owner_name(dependent, schema) {
                for i in in_phase(by_owner.get(t), phase) {
                    if !v.contains(&i) {
                        v.push(i);
                    }
                }
            }
        }
        v
    };
    let mut edge = |before: usize, after: usize| {
        if before != after {
            graph.update_edge(nodes[before], nodes[after], ());
        }
    };
    // Creates: what an object depends on in `to` comes first.
    for (dependent, referenced) in to
        .dependencies
        .iter()
        .filter(|(a, b)| ordering_edge(a, b) && !derived_constraint(a, to))
    {
        for a in dependent_steps(Phase::Create, dependent, referenced) {
            for b in steps_for(Phase::Create, referenced) {
                edge(b, a);
            }
        }
    }
    // Drops: an object goes before what it depended on in `from`.
    for (dependent, referenced) in from
        .dependencies
        .iter()
        .filter(|(a, b)| ordering_edge(a, b) && !derived_constraint(a, from))
    {
        for a in dependent_steps(Phase::Drop, dependent, referenced) {
            for b in steps_for(Phase::Drop, referenced) {
                edge(a, b);
            }
        }
    }
    // Within one object: its creation before alterations, comments and grants; for a table,
    // its creation before its columns, constraints, policies and triggers.
    for (i, c) in changes.iter().enumerate() {
        if phase_of[i] != Phase::Create {
            continue;
        }
        let target = c.target();
        let mut owners = vec![target.clone()];
        if let Some(t) = owning_table(&target, to) {
            owners.push(ObjectId::Table { name: t });
        }
        if let ObjectId::Sequence { name } = &target {
            if let Some((t, _)) = to.identity_sequence(name) {
                owners.push(ObjectId::Table {
                    name: t.name.clone(),
                });
                owners.extend(
                    t.columns
                        .iter()
                        .filter(|c| c.identity.as_ref().is_some_and(|i| &i.sequence == name))
                        .map(|c| ObjectId::Column {
                            table: t.name.clone(),
                            column: c.name.clone(),
                        }),
                );
            }
        }
        if let ObjectId::DomainConstraint { domain, .. } = &target {
            owners.push(ObjectId::Type {
                name: domain.clone(),
            });
        }
        owners.extend(member_extensions(from, to, c));
        for o in owners {
            for j in in_phase(by_target.get(&o), Phase::Create) {
                // A sequence's new owner goes before its OWNED BY (ordered below).
                let owner_first = matches!(c, Change::SetOwner { .. })
                    && matches!(changes[j], Change::SetSequenceOwnedBy { .. });
                if owner_first {
                    continue;
                }
                if changes[j].rank() < c.rank()
                    || (j < i
                        && changes[j].rank() == c.rank()
                        && !is_decoration(&changes[j])
                        && is_decoration(c))
                {
                    edge(j, i);
                }
            }
        }
    }
    // What created functions' bodies call and read (PostgreSQL records none of it), those the
    // caller has not given up to break a cycle.
    for &(before, after) in soft {
        edge(before, after);
    }
    for (before, after) in super::table_edges::table_edges(from, to, changes) {
        edge(before, after);
    }
    for (before, after) in super::check_edges::check_edges(from, to, changes) {
        edge(before, after);
    }
    for (before, after) in super::type_edges::type_edges(from, to, changes) {
        edge(before, after);
    }
    for (before, after) in super::grant_edges::grant_edges(changes) {
        edge(before, after);
    }
    // A recreated table's rows are copied once it and its partitions exist, with its columns'
    // storage and compression settings (rows are stored as they arrive, and partitions created
    // from it copy them), before its keys, indexes, triggers and policies (which would check or
    // fire per row) and before the foreign keys that reference it (which check the rows).
    for (i, c) in changes.iter().enumerate() {
        let Change::CopyTableData { table, .. } = c else {
            continue;
        };
        let mut parts: BTreeSet<QualifiedName> =
            to.tables_under(table, false).into_iter().collect();
        parts.insert(table.clone());
        // Columns the new table inherits come from its parents' own column changes.
        let mut ancestors: BTreeSet<&QualifiedName> = BTreeSet::new();
        let mut queue = vec![table];
        while let Some(t) = queue.pop() {
            if let Some(t) = to.tables.get(t) {
                let parents = t
                    .inherits
                    .iter()
                    .chain(t.partition_of.as_ref().map(|p| &p.parent));
                for p in parents {
                    if ancestors.insert(p) {
                        queue.push(p);
                    }
                }
            }
        }
        let this = ObjectId::Table {
            name: table.clone(),
        };
        for (j, d) in changes.iter().enumerate() {
            if j == i || phase_of[j] != Phase::Create {
                continue;
            }
            let target = d.target();
            let fills = match d {
                Change::CreateTable(t) => parts.contains(&t.name),
                Change::AttachPartition { parent, .. } => parts.contains(parent),
                Change::SetColumnSettings { table: t, .. } => {
                    parts.contains(t) || ancestors.contains(t)
                }
                _ => matches!(&target, ObjectId::Column { table: t, .. } if ancestors.contains(t)),
            };
            let checks = target == this
                || owner_name(&target, to) == Some(table)
                || matches!(d, Change::AddConstraint { constraint: Constraint { foreign_key: Some(fk), .. }, .. } if &fk.references == table);
            if fills {
                edge(j, i);
            } else if checks {
                edge(i, j);
            }
        }
    }
    // A recreated enum's old type goes with the last stash that uses it: the other stashes of
    // tables using it are dropped first.
    for (i, c) in changes.iter().enumerate() {
        let Change::CopyTableData { old_enums, .. } = c else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            if let Change::CopyTableData { through_text, .. } = d {
                if through_text
                    .iter()
                    .any(|(_, t)| old_enums.iter().any(|e| t.names(e)))
                {
                    edge(j, i);
                }
            }
        }
    }
    // A column a table keeps only by inheritance becomes its own once it leaves the parent:
    // dropped after that (before, PostgreSQL refuses to drop an inherited column).
    let mut leaves: HashMap<&QualifiedName, Vec<usize>> = HashMap::new();
    for (j, d) in changes.iter().enumerate() {
        if let Change::DetachPartition { table, .. }
        | Change::SetInherit {
            table,
            inherit: false,
            ..
        } = d
        {
            leaves.entry(table).or_default().push(j);
        }
    }
    for (i, c) in changes.iter().enumerate() {
        if let Change::DropColumn { table, .. } = c {
            for &j in leaves.get(table).into_iter().flatten() {
                edge(j, i);
            }
        }
    }
    // A replica identity names an index: set once the index exists.
    for (i, c) in changes.iter().enumerate() {
        if let Change::SetReplicaIdentity {
            table,
            identity: ReplicaIdentity::Index(ix),
        } = c
        {
            let id = ObjectId::Index {
                name: QualifiedName::new(table.schema.clone(), ix.clone()),
            };
            for j in steps_for(Phase::Create, &id) {
                edge(j, i);
            }
        }
    }
    // A partition's index is attached once it and its parent index exist.
    for (i, c) in changes.iter().enumerate() {
        if let Change::AttachIndex { index, parent } = c {
            for name in [index, parent] {
                let id = ObjectId::Index { name: name.clone() };
                for j in steps_for(Phase::Create, &id) {
                    edge(j, i);
                }
            }
        }
    }
    // A partitioned index built ON ONLY its parent is valid only once every partition's index
    // is attached, level by level; until then PostgreSQL does not count it as a key ("there is
    // no unique constraint matching given keys"): what uses it (a foreign key referencing its
    // columns) waits for those attachments.
    let mut attaches: HashMap<&QualifiedName, Vec<(usize, &QualifiedName)>> = HashMap::new();
    for (i, c) in changes.iter().enumerate() {
        if let Change::AttachIndex { index, parent } = c {
            attaches.entry(parent).or_default().push((i, index));
        }
    }
    if !attaches.is_empty() {
        for (dependent, referenced) in to
            .dependencies
            .iter()
            .filter(|(a, _)| !derived_constraint(a, to))
        {
            let ObjectId::Index { name } = referenced else {
                continue;
            };
            let mut steps = Vec::new();
            let mut queue = vec![name];
            while let Some(ix) = queue.pop() {
                for &(j, child) in attaches.get(ix).into_iter().flatten() {
                    steps.push(j);
                    queue.push(child);
                }
            }
            if steps.is_empty() {
                continue;
            }
            // Its own steps only: a table made with the constraint does not wait.
            for a in in_phase(by_target.get(dependent), Phase::Create) {
                if establishes(&changes[a]) {
                    for &j in &steps {
                        edge(j, a);
                    }
                }
            }
        }
    }
    // A sequence released from its owner (OWNED BY NONE) is released before that column or
    // table is dropped, which would drop the sequence with it.
    for (i, c) in changes.iter().enumerate() {
        if let Change::SetSequenceOwnedBy {
            name,
            owned_by: None,
            ..
        } = c
        {
            if let Some((t, col)) = from.sequences.get(name).and_then(|s| s.owned_by.as_ref()) {
                let column = ObjectId::Column {
                    table: t.clone(),
                    column: col.clone(),
                };
                for j in steps_for(Phase::Drop, &column) {
                    edge(i, j);
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        if let Change::SetSequenceOwnedBy {
            owned_by: Some((t, col)),
            ..
        } = c
        {
            for j in steps_for(
                Phase::Create,
                &ObjectId::Column {
                    table: t.clone(),
                    column: col.clone(),
                },
            ) {
                edge(j, i);
            }
            // Sequence and table have one owner when it runs: the sequence's new owner first,
            // the table's after (it carries the sequence along).
            let set_owner = |id: ObjectId| {
                by_target
                    .get(&id)
                    .into_iter()
                    .flatten()
                    .map(|&(_, j)| j)
                    .filter(|&j| matches!(changes[j], Change::SetOwner { .. }))
                    .collect::<Vec<usize>>()
            };
            for j in set_owner(c.target()) {
                edge(j, i);
            }
            for j in set_owner(ObjectId::Table { name: t.clone() }) {
                edge(i, j);
            }
        }
    }
    // Kahn's algorithm with a priority queue; drops always before creates.
    // Drops go in reverse rank (views before tables before types before extensions and
    // schemas), creates in rank order.
    let key = |i: usize| {
        let rank = changes[i].rank();
        let rank = if phase_of[i] == Phase::Create {
            rank
        } else {
            u8::MAX - rank
        };
        (phase_of[i], rank, i)
    };
    let mut indegree: Vec<usize> = nodes
        .iter()
        .map(|n| {
            graph
                .neighbors_directed(*n, petgraph::Direction::Incoming)
                .count()
        })
        .collect();
    let mut ready: BTreeSet<(Phase, u8, usize)> = (0..changes.len())
        .filter(|&i| indegree[i] == 0)
        .map(key)
        .collect();
    let mut out = Vec::with_capacity(changes.len());
    while let Some(first) = ready.iter().next().copied() {
        ready.remove(&first);
        let i = first.2;
        out.push(i);
        for n in graph.neighbors_directed(nodes[i], petgraph::Direction::Outgoing) {
            let j = graph[n];
            indegree[j] -= 1;
            if indegree[j] == 0 {
                ready.insert(key(j));
            }
        }
    }
    if out.len() < changes.len() {
        // The steps of each cycle, for the caller to break or name.
        let cycles = petgraph::algo::tarjan_scc(&graph)
            .into_iter()
            .filter(|scc| scc.len() > 1)
            .map(|scc| scc.into_iter().map(|n| graph[n]).collect())
            .collect();
        return Err(cycles);
    }
    // Every drop before every create: a drop that became ready late still goes first. Event
    // triggers fire on the plan's own statements (one that raises on ddl_command_start stops
    // the next CREATE): those that go are dropped before any other step, and those the plan
    // makes come after every other step with their comments and owners, as pg_dump restores
    // them last ("Event Triggers": nothing depends on one, and commands on event triggers do
    // not fire them).
    out.sort_by_cached_key(|&i| (event_trigger_slot(&changes[i]), phase_of[i]));
    Ok(out)
}

/// The extensions whose steps (created, updated, moved) a grant or revoke on `c`'s target
/// waits for: the extension whose member it is when either side holds privileges on it, and
/// any extension moved into its schema (a moved member's privileges are compared under its new
/// name, which exists only once the extension has moved).
fn member_extensions(from: &Schema, to: &Schema, c: &Change) -> Vec<ObjectId> {
    let (Change::Grant { target, .. } | Change::Revoke { target, .. }) = c else {
        return Vec::new();
    };
    let ext = |name: &String| ObjectId::Extension { name: name.clone() };
    if let Some(m) = to
        .member_privileges
        .get(target)
        .or_else(|| from.member_privileges.get(target))
    {
        // A built-in object waits for nothing.
        return m.extension.iter().map(ext).collect();
    }
    let schema = match target {
        ObjectId::Function { id } | ObjectId::Aggregate { id } => &id.name.schema,
        ObjectId::Table { name }
        | ObjectId::View { name }
        | ObjectId::MaterializedView { name }
        | ObjectId::Sequence { name }
        | ObjectId::Type { name }
        | ObjectId::Column { table: name, .. } => &name.schema,
        _ => return Vec::new(),
    };
    to.extensions
        .values()
        .filter(|e| {
            &e.schema == schema
                && from
                    .extensions
                    .get(&e.name)
                    .is_some_and(|before| before.schema != e.schema)
        })
        .map(|e| ext(&e.name))
        .collect()
}

/// Where a step goes relative to the event triggers (see the end of [`order`]): 0 before
/// everything (dropping one), 2 after everything (making one, its comment, its owner).
fn event_trigger_slot(c: &Change) -> u8 {
    match (c, c.target()) {
        (Change::DropEventTrigger(_), _) => 0,
        (_, ObjectId::EventTrigger { .. }) => 2,
        _ => 1,
    }
}
