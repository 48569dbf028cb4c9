//! Puts each widening on the plan step that causes it, as the `exposes-data` hazard: the step
//! its cause names (the GRANT, the RLS switch, the policy, the CREATE of the function or view),
//! else the last step about the object, else the first step. Pure.

use super::access::{exposure, Object};
use super::diff::{changes, Cause, Change, Direction};
use crate::diff::Change as C;
use crate::model::{ObjectId, QualifiedName, Schema};
use crate::plan::hazard::{Hazard, StepHazard};
use crate::plan::{Plan, Step};

/// The exposure changes from `from` to `to` for `roles`; each widening is added to its step of
/// `plan` as an `exposes-data` hazard. All changes are returned, for reports (narrowing and
/// access within row level security are information).
pub fn annotate(plan: &mut Plan, from: &Schema, to: &Schema, roles: &[String]) -> Vec<Change> {
    let found = changes(&exposure(from, roles), &exposure(to, roles), from, to);
    for c in found.iter().filter(|c| c.direction == Direction::Widened) {
        if let Some(i) = step_for(&plan.steps, c) {
            let h = StepHazard {
                hazard: Hazard::ExposesData,
                message: c.message.clone(),
                evidence: None,
            };
            if !plan.steps[i].hazards.contains(&h) {
                plan.steps[i].hazards.push(h);
            }
        }
    }
    found
}

/// The step a change comes from: the GRANT or REVOKE of its very privilege on its very object,
/// else the step its cause names on the object itself, else on its relation, else the last step
/// about the object, else the first.
fn step_for(steps: &[Step], c: &Change) -> Option<usize> {
    let id = c.object.id();
    let same_grant = |s: &Step| match &s.change {
        C::Grant { target, grant } | C::Revoke { target, grant } => {
            Some(target) == id.as_ref() && grant.privilege == c.privilege
        }
        _ => false,
    };
    let grants = matches!(c.cause, Cause::Created | Cause::Privileges);
    steps
        .iter()
        .rposition(|s| grants && same_grant(s))
        .or_else(|| {
            steps
                .iter()
                .rposition(|s| caused_by(&c.cause, &c.object, &s.change, true))
        })
        .or_else(|| {
            steps
                .iter()
                .rposition(|s| caused_by(&c.cause, &c.object, &s.change, false))
        })
        .or_else(|| {
            steps
                .iter()
                .rposition(|s| about(&c.object, &s.change.target(), false))
        })
        .or(if steps.is_empty() { None } else { Some(0) })
}

/// The table, view or materialized view an object id is or belongs to.
pub fn relation_of(id: &ObjectId) -> Option<&QualifiedName> {
    match id {
        ObjectId::Table { name }
        | ObjectId::View { name }
        | ObjectId::MaterializedView { name } => Some(name),
        ObjectId::Column { table, .. }
        | ObjectId::Policy { table, .. }
        | ObjectId::Constraint { table, .. }
        | ObjectId::Trigger { table, .. } => Some(table),
        _ => None,
    }
}

/// Whether a change's target is the object (`exact`), or else part of its relation.
fn about(object: &Object, target: &ObjectId, exact: bool) -> bool {
    object.id().as_ref() == Some(target)
        || (!exact && object.relation().is_some() && object.relation() == relation_of(target))
}

/// Whether `change` is what `cause` says made the object's access change; `exact`: on the
/// object itself, not another part of its relation.
fn caused_by(cause: &Cause, object: &Object, change: &C, exact: bool) -> bool {
    let target = change.target();
    let grant_on = |t: &ObjectId| about(object, t, exact);
    let about = |object: &Object, t: &ObjectId| about(object, t, exact);
    match cause {
        Cause::Created => match change {
            C::Grant { target, .. } => grant_on(target),
            C::CreateTable(_)
            | C::CreateView(_)
            | C::CreateMaterializedView(_)
            | C::CreateFunction(_)
            | C::CreateSequence(_) => about(object, &target),
            _ => false,
        },
        Cause::Privileges => match change {
            C::Grant { target, .. } | C::Revoke { target, .. } | C::SetOwner { target, .. } => {
                grant_on(target)
            }
            _ => false,
        },
        Cause::RowLevelSecurity { table } => match change {
            C::SetRowLevelSecurity { table: t, .. }
            | C::SetForceRowLevelSecurity { table: t, .. } => t == table,
            _ => false,
        },
        Cause::Policy { table, name } => match change {
            C::CreatePolicy { table: t, policy } | C::DropPolicy { table: t, policy } => {
                t == table && &policy.name == name
            }
            _ => false,
        },
        Cause::Definition => match change {
            C::CreateFunction(_) | C::ReplaceFunction(_) | C::CreateView(_) | C::ReplaceView(_) => {
                about(object, &target)
            }
            _ => false,
        },
        Cause::Membership => false,
        Cause::DefaultPrivileges => match (change, object) {
            (
                C::DefaultPrivilege {
                    role,
                    schema,
                    object_type,
                    ..
                },
                Object::DefaultPrivileges {
                    creator,
                    schema: s,
                    object_type: o,
                },
            ) => role == creator && schema == s && object_type == o,
            _ => false,
        },
    }
}
