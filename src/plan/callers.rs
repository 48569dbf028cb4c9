//! Domain expressions that call a routine the plan drops while the domain stays: its default
//! and CHECKs. Pure. (Column defaults and generated columns are rebuilt by the planner's
//! `rebuild`.)
//!
//! PostgreSQL records such an expression's dependency on the routine under the domain (the
//! catalog maps a domain constraint to its domain) and refuses to drop the routine while it
//! stands. A routine whose signature changes is a new routine (drop and create), and the
//! expressions may read the same before and after (a new argument with a default), so the diff
//! sees nothing to change: the default or CHECK goes first and comes back over the new routine.

use crate::diff::{Change, DomainAction};
use crate::model::*;

use super::body::expression_calls;

/// The changes that rebuild what of domain `dependent` calls `referenced` (a routine, or an
/// operator, which calls one), when it is a domain and `referenced` goes.
pub(super) fn rebuild(
    dependent: &ObjectId,
    referenced: &ObjectId,
    from: &Schema,
    to: &Schema,
) -> Option<Vec<Change>> {
    let routine = match referenced {
        ObjectId::Function { id } | ObjectId::Aggregate { id } => Some(&id.name),
        ObjectId::Operator { .. } => None,
        _ => return None,
    };
    match dependent {
        ObjectId::Type { name } => {
            let a = from.domains.get(name)?;
            Some(domain_rebuild(a, to.domains.get(name), routine))
        }
        _ => None,
    }
}

/// A domain's default and the CHECKs that call the routine (all of them when the routine is
/// unnamed, an operator, or an expression does not parse) are dropped and added again as the
/// target has them.
fn domain_rebuild(a: &Domain, b: Option<&Domain>, routine: Option<&QualifiedName>) -> Vec<Change> {
    let calls = |expression: &str| {
        routine
            .and_then(|r| expression_calls(expression, r))
            .unwrap_or(true)
    };
    let mut changes = Vec::new();
    if a.default.as_deref().is_some_and(calls) {
        changes.push(Change::AlterDomain {
            name: a.name.clone(),
            action: DomainAction::SetDefault(None),
            parked: Vec::new(),
        });
        if let Some(d) = b.and_then(|b| b.default.clone()) {
            changes.push(Change::AlterDomain {
                name: a.name.clone(),
                action: DomainAction::SetDefault(Some(d)),
                parked: Vec::new(),
            });
        }
    }
    for check in a.checks.iter().filter(|c| calls(&c.definition)) {
        changes.push(Change::AlterDomain {
            name: a.name.clone(),
            action: DomainAction::DropCheck(check.name.clone()),
            parked: Vec::new(),
        });
        if let Some(new) = b.and_then(|b| b.checks.iter().find(|c| c.name == check.name)) {
            changes.push(Change::AlterDomain {
                name: a.name.clone(),
                action: DomainAction::AddCheck(new.clone()),
                parked: Vec::new(),
            });
            let id = ObjectId::DomainConstraint {
                domain: a.name.clone(),
                name: new.name.clone(),
            };
            changes.extend(crate::diff::decorations_of_new(
                id,
                new.comment.as_ref(),
                &[],
            ));
        }
    }
    changes
}
