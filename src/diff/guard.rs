//! The guard against silent loss: a comparison is only as complete as the model, so objects the
//! model does not hold ([`Schema::unmodelled`]: an operator, a rule, a cast, a foreign table...)
//! make `diff`, `generate` and `drift` refuse, naming each object and how to leave it out, instead
//! of reporting two schemas equal that are not. Pure.
//!
//! Leaving out: objects of a schema go with the schema (`--exclude-schema`, `[schemas] exclude`,
//! applied when the catalog is read); any object by kind with `[schemas] ignore_unmodelled`,
//! applied here.

use std::collections::BTreeSet;

use crate::model::{Schema, UnmodelledObject};

/// The objects one side of a comparison holds that the model does not, and are not ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    /// What the side is, as people named it (`--to postgres://...`), redacted by the caller.
    pub label: String,
    pub objects: Vec<UnmodelledObject>,
}

/// Refusal: objects a comparison would pass over.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", message(.0))]
pub struct UnmodelledError(pub Vec<Side>);

/// Refuses when any side holds objects the model does not, other than kinds in `ignored`.
pub fn check(sides: &[(&str, &Schema)], ignored: &BTreeSet<String>) -> Result<(), UnmodelledError> {
    let refused: Vec<Side> = sides
        .iter()
        .map(|(label, schema)| Side {
            label: label.to_string(),
            objects: schema
                .unmodelled
                .iter()
                .filter(|o| !ignored.contains(&o.kind))
                .cloned()
                .collect(),
        })
        .filter(|s| !s.objects.is_empty())
        .collect();
    if refused.is_empty() {
        Ok(())
    } else {
        Err(UnmodelledError(refused))
    }
}

fn message(sides: &[Side]) -> String {
    let count: usize = sides.iter().map(|s| s.objects.len()).sum();
    let mut out = format!(
        "{count} object(s) of kinds pgshift does not model yet, so it cannot compare them \
         (it would pass over them in silence):\n"
    );
    let mut schemas = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    for side in sides {
        out.push_str(&format!("  in {}:\n", side.label));
        for o in &side.objects {
            match &o.schema {
                Some(s) => {
                    schemas.insert(s.as_str());
                    out.push_str(&format!("    {} ({}, schema {s})\n", o.description, o.kind));
                }
                None => out.push_str(&format!("    {} ({})\n", o.description, o.kind)),
            }
            kinds.insert(o.kind.as_str());
        }
    }
    let quoted = |items: &BTreeSet<&str>| {
        items
            .iter()
            .map(|s| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push_str(
        "manage these objects outside pgshift and leave them out of comparisons, or remove them:\n",
    );
    if !schemas.is_empty() {
        out.push_str(&format!(
            "  - a whole schema: --exclude-schema NAME, or in pgshift.toml [schemas] exclude = [{}]\n",
            quoted(&schemas)
        ));
    }
    out.push_str(&format!(
        "  - by kind (pgshift then does not compare them): in pgshift.toml [schemas] ignore_unmodelled = [{}]",
        quoted(&kinds)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(description: &str, kind: &str, schema: Option<&str>) -> UnmodelledObject {
        UnmodelledObject {
            description: description.into(),
            kind: kind.into(),
            schema: schema.map(Into::into),
        }
    }

    fn schema(objects: Vec<UnmodelledObject>) -> Schema {
        Schema {
            unmodelled: objects,
            ..Schema::default()
        }
    }

    #[test]
    fn nothing_unmodelled_passes() {
        let s = Schema::default();
        assert!(check(&[("--from empty", &s), ("--to x", &s)], &BTreeSet::new()).is_ok());
    }

    #[test]
    fn either_side_refuses_and_the_message_names_each_object_and_the_way_out() {
        let from = Schema::default();
        let to = schema(vec![
            object("rule r1 on table app.t", "rule", Some("app")),
            object("cast from integer to app.pair", "cast", None),
        ]);
        let err = check(
            &[("--from empty", &from), ("--to db", &to)],
            &BTreeSet::new(),
        )
        .unwrap_err();
        assert_eq!(err.0.len(), 1);
        let text = err.to_string();
        assert!(text.starts_with("2 object(s)"), "{text}");
        assert!(text.contains("  in --to db:\n"), "{text}");
        assert!(!text.contains("--from empty"), "{text}");
        assert!(
            text.contains("    rule r1 on table app.t (rule, schema app)\n"),
            "{text}"
        );
        assert!(
            text.contains("    cast from integer to app.pair (cast)\n"),
            "{text}"
        );
        assert!(text.contains("[schemas] exclude = [\"app\"]"), "{text}");
        assert!(
            text.contains("[schemas] ignore_unmodelled = [\"cast\", \"rule\"]"),
            "{text}"
        );
        // Both sides are listed when both hold some.
        let err = check(&[("a", &to), ("b", &to)], &BTreeSet::new()).unwrap_err();
        assert_eq!(err.0.len(), 2);
    }

    #[test]
    fn ignored_kinds_pass_and_global_kinds_suggest_no_schema() {
        let to = schema(vec![
            object("user mapping for app on server s", "user_mapping", None),
            object("subscription sub", "subscription", None),
        ]);
        let ignored: BTreeSet<String> = ["user_mapping".to_string()].into();
        let err = check(&[("to", &to)], &ignored).unwrap_err();
        let text = err.to_string();
        assert!(!text.contains("user mapping"), "{text}");
        assert!(!text.contains("exclude-schema"), "{text}");
        let ignored: BTreeSet<String> =
            ["user_mapping".to_string(), "subscription".to_string()].into();
        assert!(check(&[("to", &to)], &ignored).is_ok());
    }
}
