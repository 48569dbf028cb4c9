//! Hazards of changes to who may read or change what: policies, row level security, grants,
//! owners, default privileges, a view's security options, and functions (their bodies, and
//! SECURITY DEFINER). One function,
//! dispatched by the exhaustive match of `hazards`. (What such a change opens to the API roles is
//! the `exposes-data` hazard, decided from both whole schemas by `exposure`.)

use super::Hazard;
use crate::diff::Change as C;
use crate::model::Schema;

use Hazard as H;

pub(super) fn changed(change: &C, from: &Schema, add: &mut dyn FnMut(Hazard, String)) {
    match change {
        C::CreatePolicy { table, policy } | C::DropPolicy { table, policy } => add(
            H::AuthzChange,
            format!(
                "policy {} on {table} changes who sees which rows",
                policy.name
            ),
        ),
        C::SetRowLevelSecurity { table, .. } | C::SetForceRowLevelSecurity { table, .. } => add(
            H::AuthzChange,
            format!("row level security on {table} changes who sees which rows"),
        ),
        C::Grant { target, .. } | C::Revoke { target, .. } => {
            add(H::AuthzChange, format!("privileges on {target} change"))
        }
        // A rebuilt object given back the owner it had: nothing changes hands.
        C::SetOwner { target, owner } if from.owner_of(target) == Some(owner.as_str()) => {}
        C::SetOwner { target, owner } => add(
            H::AuthzChange,
            format!("{target} passes to owner {owner}, with the owner's privileges"),
        ),
        // A view's security_invoker decides whose privileges (and row level security) apply to
        // the tables it reads; security_barrier whether the caller's functions see rows the
        // view's conditions filter out (PostgreSQL docs, CREATE VIEW).
        C::SetTableOptions { table, set, reset } if from.views.contains_key(table) => {
            let key = |o: &String| o.split('=').next().unwrap_or_default().to_string();
            let keys: std::collections::BTreeSet<String> =
                set.iter().chain(reset).map(key).collect();
            for k in ["security_invoker", "security_barrier"] {
                if keys.contains(k) {
                    add(
                        H::AuthzChange,
                        format!("{k} of view {table} changes whose privileges and filters apply"),
                    );
                }
            }
        }
        C::DefaultPrivilege {
            role, object_type, ..
        } => add(
            H::AuthzChange,
            format!("privileges on {object_type} that {role} creates from now on change"),
        ),
        C::CreateFunction(f) | C::ReplaceFunction(f) => {
            add(
                H::UntrackableDependencies,
                format!("PostgreSQL does not track what the body of {} uses", f.id),
            );
            let was_definer = from.functions.get(&f.id).map(|o| o.security_definer);
            if f.security_definer && was_definer != Some(true) {
                add(
                    H::AuthzChange,
                    format!(
                        "{} runs with the privileges of its owner (SECURITY DEFINER): whoever may call it acts as the owner",
                        f.id
                    ),
                );
            } else if !f.security_definer && was_definer == Some(true) {
                add(
                    H::AuthzChange,
                    format!(
                        "{} runs with its callers' privileges from now on, no longer its owner's",
                        f.id
                    ),
                );
            }
        }
        _ => {}
    }
}
