//! Code that goes while other code may still call it. PostgreSQL records what views, defaults
//! and SQL-standard bodies (`BEGIN ATOMIC`, `RETURN`) use, and refuses a drop under them, but not
//! what a body written as a string (plpgsql, or SQL in quotes) calls: such a caller survives the
//! drop and fails when it runs (PostgreSQL docs, "CREATE FUNCTION": the body of a function not
//! written in the SQL-standard form is not checked for what it references). So dropping a
//! routine, an aggregate or an extension (with every function and type it created) breaks
//! callers now and callers nobody can see. Pure.

use super::Hazard;
use crate::diff::Change;

use Hazard as H;

/// `what` names the object; `callers` says who calls it.
fn gone(what: &str, callers: &str, add: &mut dyn FnMut(Hazard, String)) {
    add(H::BreaksClients, format!("{callers} {what} fail"));
    add(
        H::UntrackableDependencies,
        format!(
            "PostgreSQL does not track calls made from function bodies: routines that use {what} \
             survive the drop and fail when they run"
        ),
    );
}

/// The hazards of dropping a routine, an aggregate or an extension for good (`recreated`: the
/// plan creates it again, and its callers find it).
pub(super) fn dropped(change: &Change, recreated: bool, add: &mut dyn FnMut(Hazard, String)) {
    if recreated {
        return;
    }
    match change {
        Change::DropFunction(f) => gone(&f.id.to_string(), "callers of", add),
        Change::DropAggregate(a) => gone(&a.id.to_string(), "queries that use", add),
        Change::DropExtension(e) => gone(
            &format!("the functions, types and operators of extension {}", e.name),
            "queries that use",
            add,
        ),
        _ => {}
    }
}
