//! Ordering edges between steps on different tables that PostgreSQL ties together without a
//! recorded dependency. Pure.
//!
//! - A child's own default, NOT NULL or settings on a column it inherits are set after the
//!   change of that column on any of its ancestors: ALTER TABLE on them recurses and would
//!   overwrite them (a type change resets the storage and compression). A child the plan
//!   creates copies its parents' columns, their types, collations, storage and compression,
//!   and merges the columns it declares with them (refused when the types or collations
//!   differ): it is created after its ancestors' columns are added, retyped or set.
//! - `SET LOGGED` and `SET UNLOGGED` follow foreign keys: a logged table cannot reference an
//!   unlogged one, so a referenced table becomes logged before the tables referencing it, and
//!   becomes unlogged after them.
//! - A table's `SET LOGGED` / `SET UNLOGGED` switches the sequences it owns at that moment
//!   along with it (PostgreSQL 15+): a sequence's own switch runs after its owner's (an
//!   identity's sequence's also after the step that makes it); a sequence
//!   leaving a switching table is released before the switch, one joining it is given to it
//!   after.
//! - A view's column default, and a materialized view's column settings (statistics target,
//!   storage ...), are set once the view is created (or replaced).
//! - A partition the plan detaches keeps its copies of its parent's keys, checks and indexes
//!   as its own: it is detached before the parent's constraints and indexes are dropped (which
//!   would take the copies along) and before its own copies that the target lacks are dropped
//!   (PostgreSQL refuses to drop them while they are inherited), and before the table itself
//!   is dropped (a partition that a foreign key's per-partition copies reference cannot be),
//!   and before it drops a column it inherits (PostgreSQL refuses while it is inherited).
//!   One that leaves a table the plan stashes (recreates) is detached before the stash. A
//!   table leaving its parent does so before the parent drops a column it has too (the drop
//!   recurses to an inherited copy and its values).
//! - A table-level `REVOKE` runs before the column-level `GRANT`s of the same privilege to the
//!   same role on that table: revoking a privilege on a table also revokes it on each of its
//!   columns (PostgreSQL docs, REVOKE).
//! - A partition's own index (one not attached to a parent index) is created before the keys
//!   its ancestors get: PostgreSQL builds a partition's share of a parent's key under a name it
//!   picks (`<partition>_<columns>_key`, the next free one), so the partition's own index
//!   created after it would find its name taken.
//! - A column dropped, replaced or retyped on a parent recurses to its partitions' and
//!   children's copies: what uses a copy (their own indexes, constraints, views) is dropped
//!   before the parent's step and made again after it.
//! - A child's check that is both its own and inherited (merged) is dropped after the check of
//!   that name on its ancestors: the ancestor's drop leaves it the child's own, and PostgreSQL
//!   refuses to drop it while it is inherited.
//! - A generated column that becomes plain (`DROP EXPRESSION`) does so before a column it
//!   reads changes type: PostgreSQL refuses to retype a column a generated column uses.

use crate::diff::{Change, Phase};
use crate::model::*;

/// (before, after) pairs of step indexes.
pub(super) fn table_edges(from: &Schema, to: &Schema, changes: &[Change]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, c) in changes.iter().enumerate() {
        let (Change::SetColumnDefault { table, column, .. }
        | Change::SetColumnNotNull { table, column, .. }
        | Change::SetColumnSettings { table, column, .. }) = c
        else {
            continue;
        };
        // A change on any of its ancestors recurses down to it; their comments and grants are
        // their own and do not.
        for p in ancestors(to, table) {
            let parent_column = ObjectId::Column {
                table: p,
                column: column.clone(),
            };
            for (j, d) in changes.iter().enumerate() {
                let own = matches!(
                    d,
                    Change::Comment { .. } | Change::Grant { .. } | Change::Revoke { .. }
                );
                if j != i && !own && d.target() == parent_column {
                    out.push((j, i));
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        let Change::DropConstraint { table, constraint } = c else {
            continue;
        };
        for p in ancestors(from, table) {
            for (j, d) in changes.iter().enumerate() {
                if matches!(d, Change::DropConstraint { table: t, constraint: pc }
                    if t == &p && pc.name == constraint.name)
                {
                    out.push((j, i));
                }
            }
        }
    }
    // A table created `PARTITION OF` or `INHERITS` copies its parents' columns (types,
    // collations, storage, compression) and merges its own with them: it is created once they
    // are there with the target's types and settings.
    for (i, c) in changes.iter().enumerate() {
        let Change::CreateTable(t) = c else {
            continue;
        };
        for p in ancestors(to, &t.name) {
            for (j, d) in changes.iter().enumerate() {
                let shapes = match d {
                    Change::AddColumn { table, .. }
                    | Change::AlterColumnType { table, .. }
                    | Change::ReplaceColumn { table, .. }
                    | Change::SetColumnSettings { table, .. } => table == &p,
                    _ => false,
                };
                if shapes && !out.contains(&(j, i)) {
                    out.push((j, i));
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        let (Change::SetColumnDefault { table, .. } | Change::SetColumnSettings { table, .. }) = c
        else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            if let Change::CreateView(v)
            | Change::ReplaceView(v)
            | Change::CreateMaterializedView(v) = d
            {
                if &v.name == table {
                    out.push((j, i));
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        // A stash detaches its partitions itself, after the drops that free its names.
        let (leaving, stash): (Vec<(&QualifiedName, &QualifiedName)>, bool) = match c {
            Change::DetachPartition { table, parent }
            | Change::SetInherit {
                table,
                parent,
                inherit: false,
            } => (vec![(table, parent)], false),
            Change::StashTable { table, detach, .. } => {
                (detach.iter().map(|d| (d, &table.name)).collect(), true)
            }
            _ => continue,
        };
        for (table, parent) in leaving {
            for (j, d) in changes.iter().enumerate() {
                let first = leave_first(from, to, changes, table, parent, d);
                if let Some(first) =
                    first.filter(|&f| !stash || (f && !drops_from(d, parent, from)))
                {
                    let edge = if first { (i, j) } else { (j, i) };
                    if i != j && !out.contains(&edge) {
                        out.push(edge);
                    }
                }
            }
        }
    }
    // A partition leaving a table the plan stashes is detached before the stash renames the
    // table (the detach names it); so is a partition stashed itself, whose stash detaches it.
    for (i, c) in changes.iter().enumerate() {
        let Change::StashTable { table, .. } = c else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            let leaves = match d {
                Change::DetachPartition { parent, .. } => parent == &table.name,
                Change::StashTable { table: part, .. } => part
                    .partition_of
                    .as_ref()
                    .is_some_and(|p| p.parent == table.name),
                _ => false,
            };
            if leaves && !out.contains(&(j, i)) {
                out.push((j, i));
            }
        }
    }
    // A stash leaves its own parents (NO INHERIT, DETACH) before they drop a column it has.
    for (i, c) in changes.iter().enumerate() {
        let Change::StashTable { table, .. } = c else {
            continue;
        };
        let parents: Vec<&QualifiedName> = table
            .inherits
            .iter()
            .chain(table.partition_of.as_ref().map(|p| &p.parent))
            .collect();
        for (j, d) in changes.iter().enumerate() {
            if let Change::DropColumn {
                table: t,
                column,
                only: false,
            } = d
            {
                let has = table.columns.iter().any(|x| x.name == column.name);
                if has && parents.contains(&t) && !out.contains(&(i, j)) {
                    out.push((i, j));
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        let Some((name, grant)) = c.relation_revoke() else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            if let Change::Grant {
                target: ObjectId::Column { table, .. },
                grant: g,
            } = d
            {
                if table == name && g.same_privilege(grant) {
                    out.push((i, j));
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        let Change::CreateIndex(own) = c else {
            continue;
        };
        if own.parent.is_some() {
            continue;
        }
        let ancestors = ancestors(to, &own.table);
        for (j, d) in changes.iter().enumerate() {
            // (A new index on a partitioned table is created ON ONLY it, which builds nothing.)
            let Change::AddConstraint {
                table: on,
                constraint,
            } = d
            else {
                continue;
            };
            if constraint.index.is_none() {
                continue;
            }
            if ancestors.contains(on) {
                out.push((i, j));
            }
        }
    }
    // A table attached as a partition: indexes it loses go before the attach (PostgreSQL would
    // take one as a copy of its parent's), its own new indexes, the renames of the copies
    // PostgreSQL makes and the keys made of them come after (see
    // `diff::partition_indexes::joining_partitions`).
    for (i, c) in changes.iter().enumerate() {
        let Change::AttachPartition { table, .. } = c else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            let edge = match d {
                Change::DropIndex(x) if &x.table == table => (j, i),
                Change::DropIndexConcurrently { name, .. }
                    if from.indexes.get(name).is_some_and(|x| &x.table == table) =>
                {
                    (j, i)
                }
                Change::CreateIndex(x) | Change::CreateIndexConcurrently { index: x, .. }
                    if &x.table == table && x.parent.is_none() =>
                {
                    (i, j)
                }
                Change::RenameIndex { table: t, .. }
                | Change::AddKeyUsingIndex { table: t, .. }
                    if t == table =>
                {
                    (i, j)
                }
                _ => continue,
            };
            if !out.contains(&edge) {
                out.push(edge);
            }
        }
    }
    // A partitioned table's new partition is made (or attached) before the table's new (ON
    // ONLY) indexes, which attach the copies the target has: PostgreSQL would otherwise make
    // copies itself.
    for (i, c) in changes.iter().enumerate() {
        let parent = match c {
            Change::CreateTable(t) => t.partition_of.as_ref().map(|p| &p.parent),
            Change::AttachPartition { parent, .. } => Some(parent),
            _ => None,
        };
        let Some(parent) = parent else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            if matches!(d, Change::CreateIndex(x) if &x.table == parent) && !out.contains(&(i, j)) {
                out.push((i, j));
            }
        }
    }
    // A partition's key the target has as the copy of its parent's key is added before the
    // parent's, which adopts it (see `diff::partition_indexes::keys_adopted`).
    let key_index = |c: &Change| match c {
        Change::AddConstraint {
            constraint: Constraint {
                index: Some(ix), ..
            },
            ..
        } => Some(ix.clone()),
        _ => None,
    };
    for (i, c) in changes.iter().enumerate() {
        let Some(parent) = key_index(c)
            .and_then(|ix| to.indexes.get(&ix))
            .and_then(|x| x.parent.clone())
        else {
            continue;
        };
        for (j, d) in changes.iter().enumerate() {
            if key_index(d).as_ref() == Some(&parent) && !out.contains(&(i, j)) {
                out.push((i, j));
            }
        }
    }
    let logged: Vec<(usize, &QualifiedName, bool)> = changes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Change::SetTableLogged { table, logged } => Some((i, table, *logged)),
            _ => None,
        })
        .collect();
    for &(i, referencing, _) in &logged {
        for s in [from, to] {
            let Some(t) = s.tables.get(referencing) else {
                continue;
            };
            for fk in t
                .constraints
                .values()
                .filter_map(|c| c.foreign_key.as_ref())
            {
                for &(j, referenced, now_logged) in &logged {
                    if i == j || referenced != &fk.references {
                        continue;
                    }
                    let edge = if now_logged { (j, i) } else { (i, j) };
                    if !out.contains(&edge) {
                        out.push(edge);
                    }
                }
            }
        }
    }
    // A table switching to LOGGED or UNLOGGED switches the sequences it owns at that moment
    // too: a sequence's own switch comes after its owner's (which would otherwise undo it), a
    // sequence leaving a switching table is released before the switch, and one a switching
    // table takes is given to it after the switch (`diff::schemas::owner_switch`).
    let switch_of = |table: &QualifiedName| -> Vec<usize> {
        logged
            .iter()
            .filter(|(_, t, _)| *t == table)
            .map(|&(j, _, _)| j)
            .collect()
    };
    for (i, c) in changes.iter().enumerate() {
        let mut edges = Vec::new();
        match c {
            Change::SetSequenceLogged { name, .. } => {
                for s in [from, to] {
                    if let Some((owner, _)) =
                        s.sequences.get(name).and_then(|s| s.owned_by.as_ref())
                    {
                        edges.extend(switch_of(owner).into_iter().map(|j| (j, i)));
                    }
                    // An identity's sequence: after its table's switch, and after the step
                    // that makes it (`diff::identity_sequences`).
                    if let Some((owner, _)) = s.identity_sequence(name) {
                        edges.extend(switch_of(&owner.name).into_iter().map(|j| (j, i)));
                    }
                }
                for (j, d) in changes.iter().enumerate() {
                    if crate::diff::identity_sequences_created(d).contains(name) {
                        edges.push((j, i));
                    }
                }
            }
            Change::SetSequenceOwnedBy { name, owned_by, .. } => {
                let new_owner = owned_by.as_ref().map(|(t, _)| t);
                if let Some(t) = new_owner {
                    edges.extend(switch_of(t).into_iter().map(|j| (j, i)));
                }
                let old_owner = from
                    .sequences
                    .get(name)
                    .and_then(|s| s.owned_by.as_ref())
                    .map(|(t, _)| t);
                if let Some(t) = old_owner.filter(|t| Some(*t) != new_owner) {
                    edges.extend(switch_of(t).into_iter().map(|j| (i, j)));
                }
            }
            _ => {}
        }
        for e in edges {
            if e.0 != e.1 && !out.contains(&e) {
                out.push(e);
            }
        }
    }
    // A column dropped, replaced or retyped on a parent recurses to its partitions' and
    // children's copies: what uses a copy is dropped before and made again after.
    for (i, c) in changes.iter().enumerate() {
        let (table, column, drops, creates) = match c {
            Change::DropColumn {
                table,
                column,
                only: false,
            } => (table, &column.name, true, false),
            Change::AddColumn { table, column } => (table, &column.name, false, true),
            Change::AlterColumnType { table, column, .. } => (table, column, true, true),
            Change::ReplaceColumn { table, old, .. } => (table, &old.name, true, true),
            _ => continue,
        };
        for (schema, phase) in [(from, Phase::Drop), (to, Phase::Create)] {
            if (phase == Phase::Drop && !drops) || (phase == Phase::Create && !creates) {
                continue;
            }
            let users = copy_users(schema, table, column);
            for (j, d) in changes.iter().enumerate() {
                if i == j || d.phase() != phase || !users.contains(&d.target()) {
                    continue;
                }
                let edge = if phase == Phase::Drop { (j, i) } else { (i, j) };
                if !out.contains(&edge) {
                    out.push(edge);
                }
            }
        }
    }
    // A generated column that becomes plain stops reading its columns before they change type
    // (PostgreSQL refuses to retype a column a generated column uses).
    for (i, c) in changes.iter().enumerate() {
        let Change::DropExpression { table, column } = c else {
            continue;
        };
        let generated = ObjectId::Column {
            table: table.clone(),
            column: column.clone(),
        };
        for (j, d) in changes.iter().enumerate() {
            if !matches!(
                d,
                Change::AlterColumnType { .. } | Change::ReplaceColumn { .. }
            ) {
                continue;
            }
            if from.dependencies.contains(&generated, &d.target()) && !out.contains(&(i, j)) {
                out.push((i, j));
            }
        }
    }
    out
}

/// What uses the copies that the partitions and inheritance children of `table` have of
/// `column` in `schema` (a constraint standing for the index it owns).
fn copy_users(schema: &Schema, table: &QualifiedName, column: &str) -> Vec<ObjectId> {
    let copies = super::rebuild::inherited_copies(table, column, schema);
    let mut out = Vec::new();
    for (a, b) in &schema.dependencies {
        if !copies.contains(b) {
            continue;
        }
        let user = super::rebuild::owning_constraint(a, schema).unwrap_or_else(|| a.clone());
        if !out.contains(&user) {
            out.push(user);
        }
    }
    out
}

/// Whether `table` leaving `parent` goes before (`Some(true)`) or after (`Some(false)`) the
/// drop `d`, or `None` when they are unrelated. The table's own drops come after; a drop of the
/// parent's constraint or index comes after when the target keeps the table's copy of it (as
/// its own), before when it does not (the drop takes the copy along).
fn leave_first(
    from: &Schema,
    to: &Schema,
    changes: &[Change],
    table: &QualifiedName,
    parent: &QualifiedName,
    d: &Change,
) -> Option<bool> {
    // Kept as they are: the target has them as the table's own and the plan does not make
    // them again (a copy it builds anew must be gone first).
    let kept_constraint = |name: &str| {
        to.tables
            .get(table)
            .and_then(|t| t.constraints.get(name))
            .is_some_and(|c| !c.inherited)
            && !changes.iter().any(|c| match c {
                Change::AddConstraint {
                    table: t,
                    constraint,
                }
                | Change::AddKeyUsingIndex {
                    table: t,
                    constraint,
                    ..
                } => t == table && constraint.name == name,
                _ => false,
            })
    };
    let kept_index = |name: &QualifiedName| {
        to.indexes
            .get(name)
            .is_some_and(|x| &x.table == table && x.parent.is_none())
            && !changes.iter().any(|c| match c {
                Change::CreateIndex(x) => &x.name == name,
                Change::CreateIndexConcurrently { index, .. } => &index.name == name,
                _ => false,
            })
    };
    // The table's copies of the parent's index `ix` (its own index, or its key's).
    let copies_of = |ix: &QualifiedName| -> Vec<&Index> {
        from.indexes
            .values()
            .filter(|x| &x.table == table && x.parent.as_ref() == Some(ix))
            .collect()
    };
    // A key's index is kept with its key.
    let renamed = |x: &Index| {
        changes
            .iter()
            .any(|c| matches!(c, Change::RenameIndex { from: f, .. } if f == &x.name))
    };
    let kept_copy = |x: &Index| {
        renamed(x)
            || match &x.constraint {
                Some(k) => kept_constraint(k),
                None => kept_index(&x.name),
            }
    };
    let index_table = |name: &QualifiedName| from.indexes.get(name).map(|x| &x.table);
    let parent_index = |name: &QualifiedName| -> Option<bool> {
        (index_table(name) == Some(parent)).then(|| copies_of(name).iter().any(|x| kept_copy(x)))
    };
    match d {
        Change::DropTable(t) if &t.name == table => Some(true),
        // A column the table inherits cannot be dropped while it does ("cannot drop inherited
        // column"): a partition's columns all are.
        Change::DropColumn { table: t, .. } if t == table => Some(true),
        Change::DropConstraint { table: t, .. } if t == table => Some(true),
        Change::DropIndex(ix) if &ix.table == table => Some(true),
        Change::DropIndexConcurrently { name, .. } if index_table(name) == Some(table) => {
            Some(true)
        }
        Change::DropConstraint {
            table: t,
            constraint,
        } if t == parent => Some(match &constraint.index {
            Some(ix) => copies_of(ix).iter().any(|x| kept_copy(x)),
            None => {
                // A check or foreign key: the copy has the parent's name.
                from.tables
                    .get(table)
                    .and_then(|t| t.constraints.get(&constraint.name))
                    .is_some_and(|c| c.inherited)
                    && kept_constraint(&constraint.name)
            }
        }),
        Change::DropIndex(ix) => parent_index(&ix.name),
        Change::DropIndexConcurrently { name, .. } => parent_index(name),
        // The parent's column drop recurses to the copy the table has only by inheritance,
        // taking its values: the table leaves first and keeps the column as its own.
        Change::DropColumn {
            table: t,
            column,
            only: false,
        } if t == parent => Some(
            from.tables
                .get(table)
                .is_some_and(|t| t.columns.iter().any(|c| c.name == column.name)),
        )
        .filter(|&first| first),
        _ => None,
    }
}

/// Whether `d` drops a constraint or index of `table`.
fn drops_from(d: &Change, table: &QualifiedName, from: &Schema) -> bool {
    match d {
        Change::DropConstraint { table: t, .. } => t == table,
        Change::DropIndex(ix) => &ix.table == table,
        Change::DropIndexConcurrently { name, .. } => {
            from.indexes.get(name).is_some_and(|x| &x.table == table)
        }
        _ => false,
    }
}

/// The tables `table` inherits from or is a partition of, at every level.
pub(super) fn ancestors(schema: &Schema, table: &QualifiedName) -> Vec<QualifiedName> {
    let mut out = Vec::new();
    let mut queue = vec![table.clone()];
    while let Some(t) = queue.pop() {
        if let Some(t) = schema.tables.get(&t) {
            for p in t
                .inherits
                .iter()
                .chain(t.partition_of.as_ref().map(|p| &p.parent))
            {
                if !out.contains(p) {
                    out.push(p.clone());
                    queue.push(p.clone());
                }
            }
        }
    }
    out
}
