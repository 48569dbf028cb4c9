//! Table triggers: created, dropped, recreated when their definition changes, enabled or
//! disabled in place, with their comments. Pure.

use std::collections::BTreeMap;

use super::{keyed, Change, Out};
use crate::model::*;

impl Out {
    /// A new trigger, its enabled state when not the default, and its comment.
    pub(super) fn new_trigger(&mut self, t: &Trigger) {
        self.push(Change::CreateTrigger(t.clone()));
        if t.enabled != "O" {
            self.push(Change::SetTriggerEnabled {
                table: t.table.clone(),
                name: t.name.clone(),
                enabled: t.enabled.clone(),
            });
        }
        // Its clones on partitions take its state; those that differ are set after it.
        self.partition_states(t, &BTreeMap::new(), true, None);
        let id = ObjectId::Trigger {
            table: t.table.clone(),
            name: t.name.clone(),
        };
        self.comment(id, None, t.comment.as_ref());
    }

    /// The enabled state of `t`'s clones on partitions: set where the target's differs from
    /// what `from` had, or everywhere after `reset` (the trigger is created, or its own state
    /// set, which PostgreSQL passes down to every clone). A clone `from` set apart that the
    /// target leaves like its parent's goes back to the parent's state (`target` says which
    /// partitions are still there and whose they are).
    fn partition_states(
        &mut self,
        t: &Trigger,
        from: &BTreeMap<QualifiedName, String>,
        reset: bool,
        target: Option<&Schema>,
    ) {
        for (p, state) in &t.partition_states {
            if reset || from.get(p) != Some(state) {
                self.push(Change::SetTriggerEnabled {
                    table: p.clone(),
                    name: t.name.clone(),
                    enabled: state.clone(),
                });
            }
        }
        let Some(target) = target.filter(|_| !reset) else {
            return;
        };
        let parent = |p: &QualifiedName| {
            target
                .tables
                .get(p)
                .and_then(|x| x.partition_of.as_ref())
                .map(|o| o.parent.clone())
        };
        for p in from.keys().filter(|p| !t.partition_states.contains_key(*p)) {
            // Still below the trigger's table: its state is its nearest set-apart ancestor's.
            let mut state = None;
            let mut up = parent(p);
            while let Some(a) = up {
                if a == t.table {
                    state = Some(t.enabled.clone());
                    break;
                }
                if let Some(s) = t.partition_states.get(&a) {
                    state = Some(s.clone());
                    break;
                }
                up = parent(&a);
            }
            if let Some(enabled) = state {
                self.push(Change::SetTriggerEnabled {
                    table: p.clone(),
                    name: t.name.clone(),
                    enabled,
                });
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
        out.new_trigger(t);
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
            out.new_trigger(b);
            continue;
        }
        if &a.enabled != enabled {
            out.push(Change::SetTriggerEnabled {
                table: table.clone(),
                name: name.clone(),
                enabled: enabled.clone(),
            });
        }
        out.partition_states(b, &a.partition_states, &a.enabled != enabled, Some(target));
        out.comment(tid, a.comment.as_ref(), comment.as_ref());
    }
}
