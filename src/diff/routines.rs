//! Functions and procedures: replaced in place with CREATE OR REPLACE where PostgreSQL allows,
//! dropped and created when the result type or the arguments change, with comments and grants.
//! Pure. Aggregates are recreated on any change (`Recreated`).

use std::collections::BTreeMap;

use super::{keyed, Change, Out};
use crate::model::*;

pub(super) fn diff_functions(
    out: &mut Out,
    from: &BTreeMap<FunctionId, Function>,
    to: &BTreeMap<FunctionId, Function>,
) {
    let (removed, added, both) = keyed(from, to);
    for f in removed {
        out.push(Change::DropFunction(f.clone()));
    }
    for f in added {
        out.push(Change::CreateFunction(f.clone()));
        out.decorate_new(
            ObjectId::Function { id: f.id.clone() },
            f.comment.as_ref(),
            &f.privileges,
        );
    }
    for (a, b) in both {
        let Function {
            id,
            kind,
            definition,
            arguments,
            returns,
            language: _,
            volatility: _,
            security_definer: _,
            strict: _,
            leakproof: _,
            parallel: _,
            config: _,
            owner: _,
            comment,
            privileges,
        } = b;
        // Everything but comment, privileges and owner is in the definition.
        let oid = ObjectId::Function { id: id.clone() };
        if &a.definition != definition {
            if &a.kind != kind || &a.returns != returns || &a.arguments != arguments {
                // CREATE OR REPLACE cannot change the result type or argument names/defaults.
                out.push(Change::DropFunction(a.clone()));
                out.push(Change::CreateFunction(b.clone()));
                out.decorate_new(oid, comment.as_ref(), privileges);
                continue;
            }
            out.push(Change::ReplaceFunction(b.clone()));
        }
        out.comment(oid.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(
            oid,
            &a.privileges,
            privileges,
            super::same_owner(&a.owner, &b.owner),
        );
    }
}
