//! Foreign tables: what creating one adds after its CREATE, and the in-place changes between
//! two definitions (`None` when it must be made anew). Pure.
//!
//! In place: the table's and its columns' options, columns added, defaults, NOT NULL, column
//! settings (statistics target, storage, attribute options), CHECK constraints, the partition
//! it is (detach, attach) and the tables it inherits from (INHERIT, NO INHERIT) while none of
//! its columns comes only from a parent. A column dropped, or whose type, collation or
//! generation changes, or a change of server or of which columns are inherited, makes the
//! table anew (views over it are rebuilt by the planner).

use std::collections::BTreeSet;

use super::objects::option_changes;
use super::ObjectAction;
use crate::model::*;

/// The tables that a foreign table kept on both sides inherits from (`INHERITS`), directly or
/// through other tables. A column type change recurses into the foreign table, where
/// PostgreSQL refuses a `USING` clause ("is not a table"): such a table's columns change type
/// by PostgreSQL's assignment cast, with no `USING` (a foreign table's own column takes any
/// type).
pub(super) fn foreign_heirs_above(from: &Schema, to: &Schema) -> BTreeSet<QualifiedName> {
    let mut out = BTreeSet::new();
    let mut queue: Vec<QualifiedName> = Vec::new();
    for (id, o) in &from.objects {
        if let Spec::ForeignTable(t) = &o.spec {
            if to.objects.contains_key(id) {
                queue.extend(t.inherits.iter().cloned());
            }
        }
    }
    while let Some(name) = queue.pop() {
        if let Some(t) = from.tables.get(&name) {
            queue.extend(t.inherits.iter().cloned());
        }
        out.insert(name);
    }
    out
}

/// What creating `t` adds after its CREATE: its CHECK constraints (added after the table, as
/// pg_dump does: a NOT VALID one cannot be written inline), what its inherited columns have of
/// their own (CREATE does not write them), its column settings and the partition it is.
pub(super) fn create_actions(t: &ForeignTable) -> Vec<ObjectAction> {
    let mut out = Vec::new();
    for c in t.columns.iter().filter(|c| c.inherited) {
        // A column from a parent takes the parent's default and NOT NULL at creation: set what
        // this table has (setting is idempotent; a default the parent has and this table does
        // not is dropped).
        if c.not_null {
            out.push(ObjectAction::SetForeignColumnNotNull {
                column: c.name.clone(),
                not_null: true,
            });
        }
        if c.generated.is_none() {
            out.push(ObjectAction::SetForeignColumnDefault {
                column: c.name.clone(),
                default: c.default.clone(),
            });
        }
        let changes = option_changes(&Vec::new(), &c.options);
        if !changes.is_empty() {
            out.push(ObjectAction::SetColumnOptions {
                column: c.name.clone(),
                changes,
            });
        }
    }
    for c in &t.columns {
        if !c.settings.is_default() {
            out.push(ObjectAction::SetForeignColumnSettings {
                column: c.name.clone(),
                from: ColumnSettings::default(),
                to: c.settings.clone(),
            });
        }
    }
    for c in t.checks.iter().filter(|c| !c.inherited) {
        out.push(ObjectAction::AddForeignCheck(c.clone()));
    }
    if let Some(p) = &t.partition_of {
        out.push(ObjectAction::AttachForeignPartition(p.clone()));
    }
    out
}

/// The in-place changes that turn `x` into `y`, or `None` when `y` must be created anew.
pub(super) fn alterations(x: &ForeignTable, y: &ForeignTable) -> Option<Vec<ObjectAction>> {
    let ForeignTable {
        name: _,
        server,
        options,
        columns,
        checks,
        partition_of,
        inherits,
    } = y;
    // A column dropped makes it anew (the views over it are dropped with it); columns are
    // matched by name. Which columns come only from parents cannot change in place.
    if &x.server != server
        || x.columns
            .iter()
            .any(|c| !columns.iter().any(|d| d.name == c.name))
    {
        return None;
    }
    // NO INHERIT leaves what came from the parent as the table's own, INHERIT needs it there
    // already: either way, columns or checks that come only from a parent cannot follow.
    let inherits_changes = &x.inherits != inherits;
    if inherits_changes
        && (x.columns.iter().any(|c| c.inherited)
            || columns.iter().any(|c| c.inherited)
            || x.checks.iter().any(|c| c.inherited)
            || checks.iter().any(|c| c.inherited))
    {
        return None;
    }
    // A check that is the table's own on one side and only inherited on the other.
    if x.checks.iter().any(|c| {
        checks
            .iter()
            .any(|d| d.name == c.name && d.inherited != c.inherited)
    }) {
        return None;
    }
    // A parent added goes last (INHERIT appends it): any other new order makes it anew.
    let kept = x.inherits.iter().filter(|p| inherits.contains(p));
    let added = inherits.iter().filter(|p| !x.inherits.contains(p));
    if !kept.chain(added).eq(inherits.iter()) {
        return None;
    }
    let mut out = Vec::new();
    let mut column_changes = Vec::new();
    for d in columns {
        let ForeignColumn {
            inherited,
            name,
            data_type,
            not_null,
            default,
            generated,
            collation,
            options,
            settings,
            comment: _,
            privileges: _,
        } = d;
        let Some(c) = x.columns.iter().find(|c| &c.name == name) else {
            if *inherited {
                return None;
            }
            column_changes.push(ObjectAction::AddForeignColumn(Box::new(d.clone())));
            if !settings.is_default() {
                column_changes.push(ObjectAction::SetForeignColumnSettings {
                    column: name.clone(),
                    from: ColumnSettings::default(),
                    to: settings.clone(),
                });
            }
            continue;
        };
        // An inherited column's type and collation follow its parent's (which the parent's
        // own change carries to it).
        if &c.inherited != inherited
            || &c.generated != generated
            || (!inherited && (&c.data_type, &c.collation) != (data_type, collation))
        {
            return None;
        }
        if &c.default != default {
            column_changes.push(ObjectAction::SetForeignColumnDefault {
                column: name.clone(),
                default: default.clone(),
            });
        }
        if &c.not_null != not_null {
            column_changes.push(ObjectAction::SetForeignColumnNotNull {
                column: name.clone(),
                not_null: *not_null,
            });
        }
        let changes = option_changes(&c.options, options);
        if !changes.is_empty() {
            column_changes.push(ObjectAction::SetColumnOptions {
                column: name.clone(),
                changes,
            });
        }
        if &c.settings != settings {
            column_changes.push(ObjectAction::SetForeignColumnSettings {
                column: name.clone(),
                from: c.settings.clone(),
                to: settings.clone(),
            });
        }
    }
    // Out of its old partition first (its bound may overlap the new one's), into the new
    // one last, once its columns match.
    if x.partition_of != *partition_of {
        if let Some(p) = &x.partition_of {
            out.push(ObjectAction::DetachForeignPartition(p.parent.clone()));
        }
    }
    for p in x.inherits.iter().filter(|p| !inherits.contains(p)) {
        out.push(ObjectAction::SetForeignInherit {
            parent: p.clone(),
            inherit: false,
        });
    }
    // A check whose definition changes is dropped and added again (PostgreSQL has no ALTER
    // CONSTRAINT for its expression); drops first, so a name can be reused.
    // Inherited checks come and go with the parent's.
    let same = |c: &ForeignCheck, list: &[ForeignCheck]| {
        c.inherited
            || list
                .iter()
                .any(|o| o.name == c.name && o.definition == c.definition)
    };
    for c in x.checks.iter().filter(|c| !same(c, checks)) {
        out.push(ObjectAction::DropForeignCheck(c.name.clone()));
    }
    let changes = option_changes(&x.options, options);
    if !changes.is_empty() {
        out.push(ObjectAction::SetOptions(changes));
    }
    out.extend(column_changes);
    for c in checks.iter().filter(|c| !same(c, &x.checks)) {
        out.push(ObjectAction::AddForeignCheck(c.clone()));
    }
    for p in inherits.iter().filter(|p| !x.inherits.contains(p)) {
        out.push(ObjectAction::SetForeignInherit {
            parent: p.clone(),
            inherit: true,
        });
    }
    if x.partition_of != *partition_of {
        if let Some(p) = partition_of {
            out.push(ObjectAction::AttachForeignPartition(p.clone()));
        }
    }
    Some(out)
}
