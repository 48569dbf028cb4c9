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
        let id = ObjectId::Trigger {
            table: t.table.clone(),
            name: t.name.clone(),
        };
        self.comment(id, None, t.comment.as_ref());
    }
}

pub(super) fn diff_triggers(
    out: &mut Out,
    from: &BTreeMap<(QualifiedName, String), Trigger>,
    to: &BTreeMap<(QualifiedName, String), Trigger>,
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
        out.comment(tid, a.comment.as_ref(), comment.as_ref());
    }
}
