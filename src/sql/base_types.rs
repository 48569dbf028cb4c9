//! SQL of base and shell types: `CREATE TYPE name` (the shell), `CREATE TYPE name (INPUT = ...,
//! ...)` (the full definition, once the functions that take or return the shell exist),
//! `ALTER TYPE ... SET (...)` and DROP. Options left at PostgreSQL's defaults are not written.

use super::writer::{literal, qualified};
use crate::model::{BaseType, FunctionId, QualifiedName};

/// `CREATE TYPE name`: a shell, for a base type's I/O functions to name.
pub fn create_shell(name: &QualifiedName) -> String {
    format!("CREATE TYPE {}", qualified(name))
}

/// `CREATE TYPE name (INPUT = f, OUTPUT = g, ...)`. The support functions are named without
/// arguments: PostgreSQL looks each one up by the signature its role fixes.
pub fn create_base_type(t: &BaseType) -> String {
    let f = |f: &FunctionId| qualified(&f.name);
    let mut items = vec![
        format!("INPUT = {}", f(&t.input)),
        format!("OUTPUT = {}", f(&t.output)),
    ];
    for (word, func) in t.settable_functions() {
        if let Some(func) = func {
            items.push(format!("{word} = {}", f(func)));
        }
    }
    items.push(match t.internal_length {
        -1 => "INTERNALLENGTH = VARIABLE".to_string(),
        n => format!("INTERNALLENGTH = {n}"),
    });
    if t.passed_by_value {
        items.push("PASSEDBYVALUE".into());
    }
    items.push(format!("ALIGNMENT = {}", t.alignment));
    items.push(format!("STORAGE = {}", t.storage));
    if t.category != "U" {
        items.push(format!("CATEGORY = {}", literal(&t.category)));
    }
    if t.preferred {
        items.push("PREFERRED = true".into());
    }
    if let Some(d) = &t.default {
        items.push(format!("DEFAULT = {}", literal(d)));
    }
    if let Some(e) = &t.element {
        items.push(format!("ELEMENT = {e}"));
    }
    if t.delimiter != "," {
        items.push(format!("DELIMITER = {}", literal(&t.delimiter)));
    }
    if t.collatable {
        items.push("COLLATABLE = true".into());
    }
    format!(
        "CREATE TYPE {} (\n    {}\n)",
        qualified(&t.name),
        items.join(",\n    ")
    )
}

/// `DROP TYPE name CASCADE`: a base type and its I/O functions depend on each other, so neither
/// can be dropped alone (pg_dump drops base types the same way). What else used the type has
/// been dropped by earlier steps; the plan's validation would see anything CASCADE took beyond
/// the functions.
pub fn drop_base_type(name: &QualifiedName, if_exists: &str) -> String {
    format!("DROP TYPE {if_exists}{} CASCADE", qualified(name))
}

/// `ALTER TYPE name SET (RECEIVE = f | NONE, ..., STORAGE = s)`.
pub fn set_options(
    name: &QualifiedName,
    functions: &[(String, Option<FunctionId>)],
    storage: Option<&str>,
) -> String {
    let mut items: Vec<String> = functions
        .iter()
        .map(|(word, f)| match f {
            Some(f) => format!("{word} = {}", qualified(&f.name)),
            None => format!("{word} = NONE"),
        })
        .collect();
    if let Some(s) = storage {
        items.push(format!("STORAGE = {s}"));
    }
    format!("ALTER TYPE {} SET ({})", qualified(name), items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_type_names_its_functions_and_only_the_options_it_sets() {
        let t = BaseType {
            name: QualifiedName::new("Mixed Case", "my\"int"),
            input: FunctionId::new("Mixed Case", "in", "cstring"),
            output: FunctionId::new("Mixed Case", "out", "\"Mixed Case\".\"my\"\"int\""),
            receive: None,
            send: Some(FunctionId::new("public", "send", "x")),
            typmod_in: None,
            typmod_out: None,
            analyze: None,
            subscript: None,
            internal_length: -1,
            passed_by_value: false,
            alignment: "int4".into(),
            storage: "extended".into(),
            category: "S".into(),
            preferred: false,
            default: Some("it's".into()),
            element: None,
            delimiter: ",".into(),
            collatable: true,
        };
        assert_eq!(
            create_base_type(&t),
            "CREATE TYPE \"Mixed Case\".\"my\"\"int\" (\n    INPUT = \"Mixed Case\".\"in\",\n    \
             OUTPUT = \"Mixed Case\".\"out\",\n    SEND = public.send,\n    \
             INTERNALLENGTH = VARIABLE,\n    ALIGNMENT = int4,\n    STORAGE = extended,\n    \
             CATEGORY = 'S',\n    DEFAULT = 'it''s',\n    COLLATABLE = true\n)"
        );
        assert_eq!(
            set_options(&t.name, &[("RECEIVE".into(), None)], Some("main")),
            "ALTER TYPE \"Mixed Case\".\"my\"\"int\" SET (RECEIVE = NONE, STORAGE = main)"
        );
    }
}
