//! Procedural languages and transforms: changed in place with `CREATE OR REPLACE`, which keeps
//! the functions written in the language (and its owner and privileges). Pure.

use super::ObjectAction;
use crate::model::{Language, Spec, Transform};

/// The in-place changes that turn `a` into `b` when both are a language or both a transform;
/// `None` for other kinds.
pub(super) fn alterations(a: &Spec, b: &Spec) -> Option<Vec<ObjectAction>> {
    match (a, b) {
        (Spec::Language(x), Spec::Language(y)) => {
            let Language {
                name: _,
                trusted,
                handler,
                inline,
                validator,
            } = y;
            let same = (&x.trusted, &x.handler, &x.inline, &x.validator)
                == (trusted, handler, inline, validator);
            Some(replace_unless(same, b))
        }
        (Spec::Transform(x), Spec::Transform(y)) => {
            let Transform {
                data_type: _,
                language: _,
                from_sql,
                to_sql,
            } = y;
            let same = (&x.from_sql, &x.to_sql) == (from_sql, to_sql);
            Some(replace_unless(same, b))
        }
        _ => None,
    }
}

fn replace_unless(same: bool, b: &Spec) -> Vec<ObjectAction> {
    if same {
        Vec::new()
    } else {
        vec![ObjectAction::Replace(Box::new(b.clone()))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FunctionId;

    fn language(trusted: bool) -> Spec {
        Spec::Language(Language {
            name: "plx".into(),
            trusted,
            handler: Some(FunctionId::new("public", "h", "")),
            inline: None,
            validator: None,
        })
    }

    #[test]
    fn a_changed_language_is_replaced_in_place() {
        let (a, b) = (language(false), language(true));
        assert_eq!(
            alterations(&a, &b),
            Some(vec![ObjectAction::Replace(Box::new(b.clone()))])
        );
        assert_eq!(alterations(&a, &a), Some(vec![]));
    }
}
