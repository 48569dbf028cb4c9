//! Table triggers: created, dropped, recreated when their definition changes, enabled or
//! disabled in place, with their comments. Pure.

use std::collections::BTreeMap;

use super::{diff_recreated, keyed, Change, Out, Recreated};
use crate::model::*;

impl Out {
    /// A new trigger, its enabled state when not the default, and its comment.
    pub(super) fn new_trigger(&mut self, t: &Trigger, target: &Schema) {
        self.push(Change::CreateTrigger(t.clone()));
        if t.enabled != "O" {
            self.push(Change::SetTriggerEnabled {
                table: t.table.clone(),
                name: t.name.clone(),
                enabled: t.enabled.clone(),
            });
        }
        // Its clones on partitions take its state; those that differ are set after it.
        self.partition_states(t, &BTreeMap::new(), true, target);
        let id = ObjectId::Trigger {
            table: t.table.clone(),
            name: t.name.clone(),
        };
        self.comment(id, None, t.comment.as_ref());
    }

    /// The enabled state of `t`'s clones on partitions. PostgreSQL passes a state set on a
    /// table down to every partition below it, so the clones are walked from the top (by depth,
    /// then name), with what each holds at that point: its state in `from` (each clone not set
    /// apart has its parent's), or the trigger's own after `reset` (the trigger is created, or
    /// its own state set); a clone whose state is not the target's is set, which passes its
    /// state to the clones below it. `target` says which partitions there are and whose.
    fn partition_states(
        &mut self,
        t: &Trigger,
        from: &BTreeMap<QualifiedName, String>,
        reset: bool,
        target: &Schema,
    ) {
        // Only a partitioned table has clones: no walk over every table for the others (once
        // per trigger, that walk was most of a 10,000-table diff's time).
        let partitioned = |name: &QualifiedName| {
            target
                .tables
                .get(name)
                .is_some_and(|t| t.partition_key.is_some())
        };
        if !partitioned(&t.table) {
            return;
        }
        // The partitions below the trigger's table, each with its chain of ancestors (nearest
        // first, ending at the trigger's table).
        let mut tree: Vec<(QualifiedName, Vec<QualifiedName>)> = Vec::new();
        for name in target.tables.keys() {
            let mut chain = Vec::new();
            let mut up = target.partition_parent(name);
            while let Some(a) = up {
                chain.push(a.clone());
                if *a == t.table || chain.len() > 64 {
                    break;
                }
                up = target.partition_parent(a);
            }
            if chain.last() == Some(&t.table) {
                tree.push((name.clone(), chain));
            }
        }
        tree.sort_by(|a, b| (a.1.len(), &a.0).cmp(&(b.1.len(), &b.0)));
        // A clone's state under `states` (those set apart) below a trigger in `root`.
        let effective = |p: &QualifiedName,
                         chain: &[QualifiedName],
                         states: &BTreeMap<QualifiedName, String>,
                         root: &String| {
            std::iter::once(p)
                .chain(chain.iter())
                .find_map(|x| states.get(x))
                .unwrap_or(root)
                .clone()
        };
        let mut now: BTreeMap<QualifiedName, String> = tree
            .iter()
            .map(|(p, chain)| {
                let state = if reset {
                    t.enabled.clone()
                } else {
                    effective(p, chain, from, &t.enabled)
                };
                (p.clone(), state)
            })
            .collect();
        for (p, chain) in &tree {
            let want = effective(p, chain, &t.partition_states, &t.enabled);
            if now.get(p) == Some(&want) {
                continue;
            }
            self.push(Change::SetTriggerEnabled {
                table: p.clone(),
                name: t.name.clone(),
                enabled: want.clone(),
            });
            for (q, below) in &tree {
                if q == p || below.contains(p) {
                    now.insert(q.clone(), want.clone());
                }
            }
        }
    }
}

pub(super) fn diff_triggers(
    out: &mut Out,
    from: &BTreeMap<(QualifiedName, String), Trigger>,
    to: &BTreeMap<(QualifiedName, String), Trigger>,
    target: &Schema,
) {
    let (removed, added, both) = keyed(from, to);
    for t in removed {
        out.push(Change::DropTrigger(t.clone()));
    }
    for t in added {
        out.new_trigger(t, target);
    }
    for (a, b) in both {
        let Trigger {
            table,
            name,
            function,
            definition,
            enabled,
            constraint_trigger,
            comment,
            partition_states: _,
        } = b;
        let tid = ObjectId::Trigger {
            table: table.clone(),
            name: name.clone(),
        };
        if &a.definition != definition
            || &a.function != function
            || &a.constraint_trigger != constraint_trigger
        {
            out.push(Change::DropTrigger(a.clone()));
            out.new_trigger(b, target);
            continue;
        }
        if &a.enabled != enabled {
            out.push(Change::SetTriggerEnabled {
                table: table.clone(),
                name: name.clone(),
                enabled: enabled.clone(),
            });
        }
        out.partition_states(b, &a.partition_states, &a.enabled != enabled, target);
        out.comment(tid, a.comment.as_ref(), comment.as_ref());
    }
}

/// Event triggers: recreated when their event, tags or function change; enabled or disabled
/// in place when only that differs.
pub(super) fn diff_event_triggers(
    out: &mut Out,
    from: &BTreeMap<String, EventTrigger>,
    to: &BTreeMap<String, EventTrigger>,
) {
    let same_but_state = |a: &EventTrigger, b: &EventTrigger| {
        a.enabled != b.enabled
            && EventTrigger {
                enabled: b.enabled.clone(),
                ..a.core()
            } == b.core()
    };
    let switched: Vec<(&EventTrigger, &EventTrigger)> = to
        .iter()
        .filter_map(|(name, b)| {
            from.get(name)
                .filter(|a| same_but_state(a, b))
                .map(|a| (a, b))
        })
        .collect();
    let others = |m: &BTreeMap<String, EventTrigger>| -> BTreeMap<String, EventTrigger> {
        m.iter()
            .filter(|(name, _)| !switched.iter().any(|(_, b)| &b.name == *name))
            .map(|(name, e)| (name.clone(), e.clone()))
            .collect()
    };
    diff_recreated(
        out,
        &others(from),
        &others(to),
        Change::DropEventTrigger,
        Change::CreateEventTrigger,
    );
    for (a, b) in switched {
        out.push(Change::SetEventTriggerEnabled {
            name: b.name.clone(),
            enabled: b.enabled.clone(),
        });
        let id = ObjectId::EventTrigger {
            name: b.name.clone(),
        };
        out.comment(id, a.comment.as_ref(), b.comment.as_ref());
    }
}
