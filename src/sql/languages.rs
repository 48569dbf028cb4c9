//! SQL of procedural languages and transforms: CREATE (or CREATE OR REPLACE, which changes
//! either in place, keeping what uses it). DROP, COMMENT ON, OWNER TO and GRANT name them
//! through `objects::reference`.

use super::writer::{function, ident, qualified, type_ref};
use crate::model::{Language, Transform};

/// `CREATE [OR REPLACE] [TRUSTED] LANGUAGE name HANDLER f [INLINE f] [VALIDATOR f]`. HANDLER,
/// INLINE and VALIDATOR take a function name (their argument types are fixed).
pub fn create_language(l: &Language, replace: bool) -> String {
    let mut out = format!(
        "CREATE {}{}LANGUAGE {}",
        if replace { "OR REPLACE " } else { "" },
        if l.trusted { "TRUSTED " } else { "" },
        ident(&l.name)
    );
    for (word, f) in [
        ("HANDLER", &l.handler),
        ("INLINE", &l.inline),
        ("VALIDATOR", &l.validator),
    ] {
        if let Some(f) = f {
            out.push_str(&format!(" {word} {}", qualified(&f.name)));
        }
    }
    out
}

/// `CREATE [OR REPLACE] TRANSFORM FOR type LANGUAGE lang (FROM SQL WITH FUNCTION f(internal),
/// TO SQL WITH FUNCTION g(internal))`.
pub fn create_transform(t: &Transform, replace: bool) -> String {
    let mut parts = Vec::new();
    if let Some(f) = &t.from_sql {
        parts.push(format!("FROM SQL WITH FUNCTION {}", function(f)));
    }
    if let Some(f) = &t.to_sql {
        parts.push(format!("TO SQL WITH FUNCTION {}", function(f)));
    }
    format!(
        "CREATE {}TRANSFORM FOR {} LANGUAGE {} ({})",
        if replace { "OR REPLACE " } else { "" },
        type_ref(&t.data_type),
        ident(&t.language),
        parts.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FunctionId;

    #[test]
    fn languages_and_transforms_quote_their_names() {
        let l = Language {
            name: "Pl \"x\"".into(),
            trusted: true,
            handler: Some(FunctionId::new("public", "call", "")),
            inline: None,
            validator: Some(FunctionId::new("Mixed Case", "check", "oid")),
        };
        assert_eq!(
            create_language(&l, false),
            "CREATE TRUSTED LANGUAGE \"Pl \"\"x\"\"\" HANDLER public.call VALIDATOR \"Mixed Case\".\"check\""
        );
        let t = Transform {
            data_type: "integer".into(),
            language: "plx".into(),
            from_sql: Some(FunctionId::new("public", "f", "internal")),
            to_sql: None,
        };
        assert_eq!(
            create_transform(&t, true),
            "CREATE OR REPLACE TRANSFORM FOR integer LANGUAGE plx (FROM SQL WITH FUNCTION public.f(internal))"
        );
    }
}
