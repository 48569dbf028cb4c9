//! Base and shell types. Pure.
//!
//! A base type is created from a shell (`CREATE TYPE name`), which its I/O functions take or
//! return; the full `CREATE TYPE name (...)` follows the functions (the catalog routes the
//! functions' dependency on the type to the shell, see `catalog::build`). Its receive, send,
//! typmod, analyze and subscript functions and (for a variable-length type) its storage change
//! in place (`ALTER TYPE ... SET`, PostgreSQL 13); anything else recreates the type.
//!
//! A base type and its I/O functions depend on each other, so it is dropped with `CASCADE`,
//! which takes the functions along: their own drops go, and those the target still has are
//! created again. A type recreated while columns or other types use it is refused: the
//! columns would have to move off it while its functions are rebuilt.

use std::collections::BTreeSet;

use super::{decorations_of_new, Change, ObjectAction, Out};
use crate::model::*;

/// The in-place changes that turn base type `x` into `y`, or `None` when it must be recreated.
pub(super) fn alterations(x: &BaseType, y: &BaseType) -> Option<Vec<ObjectAction>> {
    let BaseType {
        name,
        input,
        output,
        receive: _,
        send: _,
        typmod_in: _,
        typmod_out: _,
        analyze: _,
        subscript: _,
        internal_length,
        passed_by_value,
        alignment,
        storage,
        category,
        preferred,
        default,
        element,
        delimiter,
        collatable,
    } = y;
    let fixed = (
        &x.name,
        &x.input,
        &x.output,
        &x.internal_length,
        &x.passed_by_value,
        &x.alignment,
        &x.category,
        &x.preferred,
        &x.default,
        &x.element,
        &x.delimiter,
        &x.collatable,
    ) == (
        name,
        input,
        output,
        internal_length,
        passed_by_value,
        alignment,
        category,
        preferred,
        default,
        element,
        delimiter,
        collatable,
    );
    // Only a variable-length type may change storage (PostgreSQL refuses to make a fixed-length
    // type toastable, or to make a toastable one plain).
    let storage_ok = &x.storage == storage
        || (*internal_length == -1 && x.storage != "plain" && storage != "plain");
    if !fixed || !storage_ok {
        return None;
    }
    let functions: Vec<(String, Option<FunctionId>)> = x
        .settable_functions()
        .into_iter()
        .zip(y.settable_functions())
        .filter(|((_, a), (_, b))| a != b)
        .map(|(_, (word, b))| (word.to_string(), b.clone()))
        .collect();
    let storage = (&x.storage != storage).then(|| storage.clone());
    if functions.is_empty() && storage.is_none() {
        return Some(Vec::new());
    }
    Some(vec![ObjectAction::SetTypeOptions { functions, storage }])
}

/// After the whole diff: a base type's drop takes its I/O functions along (their drops go,
/// and those the target keeps are created again, with their comments and grants), and a shell
/// that becomes a base type (or stays one) is not dropped and created again.
pub(super) fn cascade_io_functions(out: &mut Out, from: &Schema, to: &Schema) {
    let dropped: Vec<BaseType> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::DropObject(Spec::BaseType(t)) => Some((**t).clone()),
            _ => None,
        })
        .collect();
    // A shell of `from` the target defines stays (and the functions using it with it): it is
    // neither dropped nor made again.
    let defined: BTreeSet<QualifiedName> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::DropObject(Spec::ShellType(s)) if !s.for_base_type => Some(s.name.clone()),
            _ => None,
        })
        .filter(|name| {
            out.changes.iter().any(|c| {
                matches!(c, Change::CreateObject(Spec::ShellType(s)) if s.for_base_type && &s.name == name)
            })
        })
        .collect();
    out.changes.retain(|c| match c {
        Change::DropObject(Spec::ShellType(s)) | Change::CreateObject(Spec::ShellType(s)) => {
            !defined.contains(&s.name)
        }
        _ => true,
    });
    for t in dropped {
        let ty = ObjectId::Type {
            name: t.name.clone(),
        };
        let recreated = to.objects.contains_key(&ty);
        if recreated {
            let users: Vec<String> = from
                .dependencies
                .iter()
                .filter(|(a, b)| {
                    *b == &ty && matches!(a, ObjectId::Column { .. } | ObjectId::Type { .. })
                })
                .map(|(a, _)| a.to_string())
                .collect();
            if !users.is_empty() {
                out.unsupported(
                    ty.clone(),
                    format!(
                        "recreating base type {}, which {} use(s)",
                        t.name,
                        users.join(", ")
                    ),
                );
            }
        }
        for f in t.functions() {
            let id = ObjectId::Function { id: f.clone() };
            // A function replaced in place goes with the type all the same: it is created anew.
            for c in out.changes.iter_mut() {
                if let Change::ReplaceFunction(g) = c {
                    if &g.id == f {
                        *c = Change::CreateFunction(g.clone());
                    }
                }
            }
            let created = out
                .changes
                .iter()
                .any(|c| matches!(c, Change::CreateFunction(g) if &g.id == f));
            out.changes.retain(|c| match c {
                Change::DropFunction(g) => &g.id != f,
                // Comments and grants of a kept function are set again below.
                Change::Comment { target, .. }
                | Change::Grant { target, .. }
                | Change::Revoke { target, .. } => created || target != &id,
                _ => true,
            });
            if let (Some(g), false) = (to.functions.get(f), created) {
                out.push(Change::CreateFunction(g.clone()));
                out.changes
                    .extend(decorations_of_new(id, g.comment.as_ref(), &g.privileges));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(storage: &str, send: Option<FunctionId>) -> BaseType {
        BaseType {
            name: QualifiedName::new("public", "t"),
            input: FunctionId::new("public", "t_in", "cstring"),
            output: FunctionId::new("public", "t_out", "public.t"),
            receive: None,
            send,
            typmod_in: None,
            typmod_out: None,
            analyze: None,
            subscript: None,
            internal_length: -1,
            passed_by_value: false,
            alignment: "int4".into(),
            storage: storage.into(),
            category: "U".into(),
            preferred: false,
            default: None,
            element: None,
            delimiter: ",".into(),
            collatable: false,
        }
    }

    #[test]
    fn support_functions_and_storage_change_in_place_the_rest_recreates() {
        let send = FunctionId::new("public", "t_send", "public.t");
        let a = base("extended", None);
        let b = base("main", Some(send.clone()));
        assert_eq!(
            alterations(&a, &b),
            Some(vec![ObjectAction::SetTypeOptions {
                functions: vec![("SEND".into(), Some(send))],
                storage: Some("main".into()),
            }])
        );
        assert_eq!(alterations(&a, &base("plain", None)), None);
        let mut c = base("extended", None);
        c.alignment = "double".into();
        assert_eq!(alterations(&a, &c), None);
    }
}
