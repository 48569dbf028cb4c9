//! Hazards of the objects of `model::object` (rules, statistics, operators, casts, text search
//! and foreign data objects, ...), dispatched by the exhaustive match of `hazards`. Each
//! function is total over its kinds, so a new kind does not compile until its hazards are
//! decided.

use super::Hazard;
use crate::diff::ObjectAction;
use crate::model::{ObjectId, Schema, Spec};

use Hazard as H;

/// CREATE RULE and DROP RULE take an ACCESS EXCLUSIVE lock on the rule's table (PostgreSQL
/// docs, "Explicit Locking": the rewrite system locks the relation whose rules change).
fn rule_lock(spec: &Spec, from: &Schema, add: &mut dyn FnMut(Hazard, String)) {
    let Spec::Rule(r) = spec else {
        return;
    };
    // A relation the plan creates is not in use yet.
    let existing = from.tables.contains_key(&r.table)
        || from.views.contains_key(&r.table)
        || from.materialized_views.contains_key(&r.table);
    if existing {
        add(
            H::AcquiresAccessExclusiveLock,
            format!(
                "blocks reads and writes of {} while its rule {} changes",
                r.table, r.name
            ),
        );
    }
}

pub(super) fn created(spec: &Spec, from: &Schema, add: &mut dyn FnMut(Hazard, String)) {
    match spec {
        Spec::Rule(_) => rule_lock(spec, from, add),
        Spec::UserMapping(m) => add(
            H::AuthzChange,
            format!(
                "{} reaches server {} with new credentials",
                m.user, m.server
            ),
        ),
        // Created without reaching the publisher (a plan must not depend on it): it replicates
        // nothing until someone starts it.
        Spec::Subscription(s) => add(
            H::Correctness,
            format!(
                "subscription {0} is created disabled, without a replication slot: once the \
                 publisher is reachable, create the slot (or ALTER SUBSCRIPTION {0} SET \
                 (slot_name = ...) to an existing one), then ALTER SUBSCRIPTION {0} ENABLE and \
                 ALTER SUBSCRIPTION {0} REFRESH PUBLICATION",
                s.name
            ),
        ),
        Spec::Statistics(_)
        | Spec::BaseType(_)
        | Spec::ShellType(_)
        | Spec::Language(_)
        | Spec::Transform(_)
        | Spec::Operator(_)
        | Spec::OperatorFamily(_)
        | Spec::OperatorClass(_)
        | Spec::Cast(_)
        | Spec::Conversion(_)
        | Spec::AccessMethod(_)
        | Spec::TextSearchParser(_)
        | Spec::TextSearchTemplate(_)
        | Spec::TextSearchDictionary(_)
        | Spec::TextSearchConfiguration(_)
        | Spec::ForeignDataWrapper(_)
        | Spec::ForeignServer(_)
        | Spec::ForeignTable(_) => {}
    }
}

/// `DROP TYPE ... CASCADE` of a base type takes its I/O functions along, and whatever else
/// still uses it: the columns of it whose own drops the plan holds back would go too, so the
/// drop counts as deleting their data.
fn base_type_dropped(
    t: &crate::model::BaseType,
    from: &Schema,
    recreated: bool,
    add: &mut dyn FnMut(Hazard, String),
) {
    let ty = ObjectId::Type {
        name: t.name.clone(),
    };
    let columns: Vec<String> = from
        .dependencies
        .iter()
        .filter(|(a, b)| *b == &ty && matches!(a, ObjectId::Column { .. }))
        .map(|(a, _)| a.to_string())
        .collect();
    if !columns.is_empty() {
        add(
            H::DeletesData,
            format!(
                "DROP TYPE {} CASCADE drops {} with it unless earlier steps did",
                t.name,
                columns.join(", ")
            ),
        );
    }
    if !recreated {
        let functions: Vec<String> = t.functions().iter().map(|f| f.to_string()).collect();
        add(
            H::BreaksClients,
            format!(
                "queries that use type {} fail, and its I/O functions go with it (CASCADE): {}",
                t.name,
                functions.join(", ")
            ),
        );
    }
}

/// A sequence, domain, composite or range type, or collation dropped (routines, aggregates and
/// extensions: `untracked::dropped`). A sequence takes its current value along. Dropped for
/// good, queries, defaults elsewhere and function bodies that name it fail, and PostgreSQL
/// tracks only some of those uses (a `nextval('name')` in a PL/pgSQL body, a cast to a domain in
/// a client's query).
pub(super) fn named_dropped(
    change: &crate::diff::Change,
    recreated: bool,
    add: &mut dyn FnMut(Hazard, String),
) {
    if let crate::diff::Change::DropSequence(s) = change {
        add(
            H::DeletesData,
            format!("drops sequence {} and its current value", s.name),
        );
    }
    if recreated {
        return;
    }
    let what = change.target().to_string();
    add(
        H::BreaksClients,
        format!("queries and code that use {what} fail"),
    );
}

pub(super) fn dropped(
    spec: &Spec,
    from: &Schema,
    recreated: bool,
    add: &mut dyn FnMut(Hazard, String),
) {
    match spec {
        Spec::Rule(r) => {
            rule_lock(spec, from, add);
            if !recreated {
                add(
                    H::BreaksClients,
                    format!("writes to {} no longer go through rule {}", r.table, r.name),
                );
            }
        }
        Spec::ForeignTable(_) | Spec::Operator(_) | Spec::Cast(_) | Spec::Transform(_)
            if !recreated =>
        {
            add(
                H::BreaksClients,
                format!("queries that use {} fail", spec.id()),
            )
        }
        Spec::BaseType(t) => base_type_dropped(t, from, recreated, add),
        Spec::Language(_) if !recreated => add(
            H::BreaksClients,
            format!(
                "code written in {} can no longer run (DO blocks too)",
                spec.id()
            ),
        ),
        Spec::UserMapping(m) if !recreated => add(
            H::AuthzChange,
            format!(
                "{} can no longer reach server {} with its own credentials",
                m.user, m.server
            ),
        ),
        Spec::ForeignTable(_)
        | Spec::Operator(_)
        | Spec::Cast(_)
        | Spec::UserMapping(_)
        | Spec::ShellType(_)
        | Spec::Language(_)
        | Spec::Transform(_)
        | Spec::Statistics(_)
        | Spec::OperatorFamily(_)
        | Spec::OperatorClass(_)
        | Spec::Conversion(_)
        | Spec::AccessMethod(_)
        | Spec::TextSearchParser(_)
        | Spec::TextSearchTemplate(_)
        | Spec::TextSearchDictionary(_)
        | Spec::TextSearchConfiguration(_)
        | Spec::ForeignDataWrapper(_)
        | Spec::ForeignServer(_)
        | Spec::Subscription(_) => {}
    }
}

pub(super) fn altered(id: &ObjectId, action: &ObjectAction, add: &mut dyn FnMut(Hazard, String)) {
    match action {
        ObjectAction::SetRuleEnabled(_) => add(
            H::Correctness,
            format!("what {id} rewrites changes with its enabled state"),
        ),
        ObjectAction::SetStatisticsTarget(_)
        | ObjectAction::SetOptions(_)
        | ObjectAction::SetColumnOptions { .. }
        | ObjectAction::AddForeignColumn(_)
        | ObjectAction::SetForeignColumnSettings { .. }
        | ObjectAction::SetForeignColumnDefault { .. }
        | ObjectAction::SetForeignColumnNotNull { .. }
        | ObjectAction::SetServerVersion(_)
        | ObjectAction::SetWrapperFunctions { .. }
        | ObjectAction::SetMapping { .. }
        | ObjectAction::SetPublications(_)
        | ObjectAction::AddToPublication { .. }
        | ObjectAction::SetPublicationOptions(_)
        | ObjectAction::SetConnection(_)
        | ObjectAction::SetSubscriptionSettings(_) => {}
        ObjectAction::DropFromPublication { leaving: true, .. } => add(
            H::BreaksClients,
            format!("subscribers of {id} stop receiving changes of what it no longer lists"),
        ),
        // Added back in the same transaction with its new column list or row filter.
        ObjectAction::DropFromPublication { leaving: false, .. } => {}
        // Not checked against the remote rows: queries trust it (constraint exclusion).
        ObjectAction::AddForeignCheck(c) => add(
            H::Correctness,
            format!(
                "PostgreSQL does not check the remote rows of {id} against check {}: queries trust it",
                crate::sql::writer::display_ident(&c.name)
            ),
        ),
        ObjectAction::DropForeignCheck(_) => {}
        // Queries of the parent read (or stop reading) the remote rows; nothing is checked.
        ObjectAction::AttachForeignPartition(p) => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {id} while it becomes a partition of {}", p.parent),
            );
            add(
                H::Correctness,
                format!(
                    "queries of {} read the remote rows of {id}, which PostgreSQL does not check against its bound",
                    p.parent
                ),
            )
        }
        ObjectAction::DetachForeignPartition(parent) => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {parent} and {id} against reads and writes while {id} leaves it"),
            );
            add(
                H::BreaksClients,
                format!("queries of {parent} no longer read the remote rows of {id}"),
            )
        }
        ObjectAction::SetForeignInherit { parent, inherit } => {
            add(
                H::AcquiresAccessExclusiveLock,
                format!("locks {id} against reads and writes while its parents change"),
            );
            add(
                H::BreaksClients,
                format!(
                    "queries of {parent} {} the remote rows of {id}",
                    if *inherit { "now read" } else { "no longer read" }
                ),
            )
        }
        ObjectAction::SetTypeOptions { .. } => add(
            H::Correctness,
            format!("values of {id} are read, written and analyzed with its new functions"),
        ),
        ObjectAction::Replace(_) => add(
            H::Correctness,
            format!("functions that use {id} run with its new definition"),
        ),
    }
}
