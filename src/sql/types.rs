//! Enums, domains, composite and range types, collations: CREATE, DROP and ALTER, and recreating a
//! type while table columns use it (the columns moved off and back).

use super::render::render;
use super::writer::{ident, literal, qualified, type_ref};
use crate::diff::{AttributeAction, Change, ConvertedColumn, DomainAction, EnumPosition};
use crate::model::*;

/// The name a recreated type's old version is renamed to while its columns move over:
/// deterministic, and unlike any name a user picks.
pub(super) fn away_name(qualified_type: &str) -> String {
    super::writer::temporary_name("old", qualified_type, 4)
}

/// [`Change::RecreateType`]: columns moved off the type, the type dropped and created anew, the
/// columns moved back. A composite is renamed away and its columns rebuilt field by field; other
/// types park their columns as text.
pub(super) fn recreate_type(
    drop: &Change,
    create: &Change,
    columns: &[ConvertedColumn],
    dependents: &[(Change, Change)],
    typed_tables: &[QualifiedName],
) -> String {
    let ty = match create.target() {
        ObjectId::Type { name } | ObjectId::Collation { name } => qualified(&name),
        // An extension's columns go back to each one's own type (one of the extension's).
        ObjectId::Extension { .. } => String::new(),
        other => return format!("-- cannot recreate {other}"),
    };
    let head = |c: &ConvertedColumn| {
        format!(
            "ALTER TABLE {} ALTER COLUMN {}",
            qualified(&c.table),
            ident(&c.column)
        )
    };
    let mut out = Vec::new();
    let restore_default = |out: &mut Vec<String>, c: &ConvertedColumn| {
        if let Some(d) = &c.default {
            out.push(format!("{} SET DEFAULT {d}", head(c)));
        }
    };
    if let (Change::DropCompositeType(old), Change::CreateCompositeType(new)) = (drop, create) {
        // Columns of the domains and ranges built over it are parked as text while those
        // types go and come back (the last built first); its own are rebuilt field by field.
        let (own, parked): (Vec<ConvertedColumn>, Vec<ConvertedColumn>) = columns
            .iter()
            .cloned()
            .partition(|c| c.data_type.names(&new.name));
        let (off, back) = park_columns(&parked);
        out.extend(off);
        out.extend(dependents.iter().rev().map(|(d, _)| render(d)));
        let away = away_name(&ty);
        for t in typed_tables {
            out.push(format!("ALTER TABLE {} NOT OF", qualified(t)));
        }
        out.push(format!("ALTER TYPE {ty} RENAME TO {}", ident(&away)));
        out.push(render(create));
        for t in typed_tables {
            out.extend(typed_table_follows(t, old, new));
        }
        for c in &own {
            if c.had_default {
                out.push(format!("{} DROP DEFAULT", head(c)));
            }
            let col = ident(&c.column);
            if c.array {
                // An array is rebuilt from its text form (the diff keeps the attributes' names
                // and order for this): each element read as the new type.
                out.push(format!("{} TYPE {ty}[] USING {col}::text::{ty}[]", head(c)));
                restore_default(&mut out, c);
                continue;
            }
            let fields: Vec<String> = new
                .attributes
                .iter()
                .map(|a| {
                    if old.attributes.iter().any(|o| o.name == a.name) {
                        format!("({col}).{}::{}", ident(&a.name), type_ref(&a.data_type))
                    } else {
                        format!("NULL::{}", type_ref(&a.data_type))
                    }
                })
                .collect();
            // num_nulls tells a NULL value from a row of NULL fields.
            out.push(format!(
                "{} TYPE {ty} USING CASE WHEN pg_catalog.num_nulls({col}) = 1 THEN NULL ELSE ROW({})::{ty} END",
                head(c),
                fields.join(", ")
            ));
            restore_default(&mut out, c);
        }
        out.push(format!(
            "DROP TYPE {}.{}",
            ident(&new.name.schema),
            ident(&away)
        ));
        out.extend(dependents.iter().map(|(_, c)| render(c)));
        out.extend(back);
    } else if matches!(drop, Change::DropCollation(_)) {
        // The values stay; only their collation (and the indexes on them) change. Columns of
        // the domains, ranges and composite types that use it are parked as text while those
        // types go and come back (the last built first).
        let (parked, own): (Vec<ConvertedColumn>, Vec<ConvertedColumn>) = columns
            .iter()
            .cloned()
            .partition(|c| c.of_dependent(dependents));
        let (off, back) = park_columns(&parked);
        out.extend(off);
        for c in &own {
            out.push(format!(
                "{} TYPE {} COLLATE pg_catalog.\"default\"",
                head(c),
                type_ref(&c.data_type)
            ));
        }
        out.extend(dependents.iter().rev().map(|(d, _)| render(d)));
        out.push(render(drop));
        out.push(render(create));
        for c in &own {
            out.push(format!(
                "{} TYPE {} COLLATE {ty}",
                head(c),
                type_ref(&c.data_type)
            ));
        }
        out.extend(dependents.iter().map(|(_, c)| render(c)));
        out.extend(back);
    } else {
        // The column's type in the target comes back: the type itself or an array of it (or
        // of a range's multirange); an extension's columns each their own.
        // Types built over it go first (the last built first) and come back after it.
        let (off, back) = park_columns(columns);
        out.extend(off);
        out.extend(dependents.iter().rev().map(|(d, _)| render(d)));
        out.push(render(drop));
        out.push(render(create));
        out.extend(dependents.iter().map(|(_, c)| render(c)));
        out.extend(back);
    }
    out.join(";\n")
}

/// A table released from the old composite type (`NOT OF`) made to match the new one's
/// attributes and made OF it again: fields gone are dropped, retyped ones converted by cast,
/// new ones added at the end (the diff keeps the kept attributes in order for this).
fn typed_table_follows(
    table: &QualifiedName,
    old: &CompositeType,
    new: &CompositeType,
) -> Vec<String> {
    let t = qualified(table);
    let typed = |a: &Attribute| {
        let coll = a
            .collation
            .as_ref()
            .map(|c| format!(" COLLATE {}", qualified(c)))
            .unwrap_or_default();
        format!("{}{coll}", type_ref(&a.data_type))
    };
    let mut out = Vec::new();
    for o in old
        .attributes
        .iter()
        .filter(|o| !new.attributes.iter().any(|n| n.name == o.name))
    {
        out.push(format!("ALTER TABLE {t} DROP COLUMN {}", ident(&o.name)));
    }
    for a in &new.attributes {
        let col = ident(&a.name);
        match old.attributes.iter().find(|o| o.name == a.name) {
            Some(o) if o.data_type == a.data_type && o.collation == a.collation => {}
            Some(_) => out.push(format!(
                "ALTER TABLE {t} ALTER COLUMN {col} TYPE {} USING {col}::{}",
                typed(a),
                type_ref(&a.data_type)
            )),
            None => out.push(format!("ALTER TABLE {t} ADD COLUMN {col} {}", typed(a))),
        }
    }
    out.push(format!("ALTER TABLE {t} OF {}", qualified(&new.name)));
    out
}

pub(super) fn create_enum(e: &Enum) -> String {
    format!(
        "CREATE TYPE {} AS ENUM ({})",
        qualified(&e.name),
        e.values
            .iter()
            .map(|v| literal(v))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

pub(super) fn drop_enum(e: &Enum, if_exists: &str) -> String {
    format!("DROP TYPE {if_exists}{}", qualified(&e.name))
}

pub(super) fn add_enum_value(name: &QualifiedName, value: &str, position: &EnumPosition) -> String {
    let at = match position {
        EnumPosition::Before(v) => format!(" BEFORE {}", literal(v)),
        EnumPosition::After(v) => format!(" AFTER {}", literal(v)),
        EnumPosition::End => String::new(),
    };
    format!(
        "ALTER TYPE {} ADD VALUE IF NOT EXISTS {}{at}",
        qualified(name),
        literal(value)
    )
}

pub(super) fn create_domain(d: &Domain) -> String {
    let mut s = format!(
        "CREATE DOMAIN {} AS {}",
        qualified(&d.name),
        type_ref(&d.base_type)
    );
    if let Some(c) = &d.collation {
        s.push_str(&format!(" COLLATE {}", qualified(c)));
    }
    if let Some(def) = &d.default {
        s.push_str(&format!(" DEFAULT {def}"));
    }
    if d.not_null {
        s.push_str(" NOT NULL");
    }
    // CREATE DOMAIN has no NOT VALID: such a check is added after, as ALTER DOMAIN can.
    for c in d.checks.iter().filter(|c| c.validated) {
        s.push_str(&format!(" CONSTRAINT {} {}", ident(&c.name), c.definition));
    }
    for c in d.checks.iter().filter(|c| !c.validated) {
        s.push_str(";\n");
        s.push_str(&alter_domain(
            &d.name,
            &DomainAction::AddCheck(c.clone()),
            &[],
        ));
    }
    s
}

pub(super) fn drop_domain(d: &Domain, if_exists: &str) -> String {
    format!("DROP DOMAIN {if_exists}{}", qualified(&d.name))
}

pub(super) fn create_collation(c: &Collation) -> String {
    let Collation {
        name,
        provider,
        deterministic,
        lc_collate,
        lc_ctype,
        icu_locale,
        icu_rules,
        owner: _,
        comment: _,
    } = c;
    let mut opts = Vec::new();
    match provider.as_str() {
        "i" => {
            opts.push("provider = icu".to_string());
            if let Some(l) = icu_locale.as_ref().or(lc_collate.as_ref()) {
                opts.push(format!("locale = {}", literal(l)));
            }
            if let Some(r) = icu_rules {
                opts.push(format!("rules = {}", literal(r)));
            }
        }
        _ => {
            opts.push("provider = libc".to_string());
            if let Some(l) = lc_collate {
                opts.push(format!("lc_collate = {}", literal(l)));
            }
            if let Some(l) = lc_ctype {
                opts.push(format!("lc_ctype = {}", literal(l)));
            }
        }
    }
    if !deterministic {
        opts.push("deterministic = false".to_string());
    }
    format!("CREATE COLLATION {} ({})", qualified(name), opts.join(", "))
}

pub(super) fn drop_collation(c: &Collation, if_exists: &str) -> String {
    format!("DROP COLLATION {if_exists}{}", qualified(&c.name))
}

pub(super) fn alter_domain(
    name: &QualifiedName,
    action: &DomainAction,
    parked: &[ConvertedColumn],
) -> String {
    let alter = format!(
        "ALTER DOMAIN {} {}",
        qualified(name),
        match action {
            DomainAction::SetDefault(Some(d)) => format!("SET DEFAULT {d}"),
            DomainAction::SetDefault(None) => "DROP DEFAULT".to_string(),
            DomainAction::SetNotNull(true) => "SET NOT NULL".to_string(),
            DomainAction::SetNotNull(false) => "DROP NOT NULL".to_string(),
            // pg_get_constraintdef prints NOT VALID itself for unvalidated checks.
            DomainAction::AddCheck(c) =>
                format!("ADD CONSTRAINT {} {}", ident(&c.name), c.definition),
            DomainAction::DropCheck(n) => format!("DROP CONSTRAINT {}", ident(n)),
            DomainAction::ValidateCheck(n) => format!("VALIDATE CONSTRAINT {}", ident(n)),
        }
    );
    if parked.is_empty() {
        return alter;
    }
    let (off, back) = park_columns(parked);
    let mut out = off;
    out.push(alter);
    out.extend(back);
    out.join(";\n")
}

/// The statements that move columns off their type (to text, or an array of text) and those
/// that bring them back to the type they have in the target, each value converted (and so
/// checked) again; a default is dropped first and set again after.
fn park_columns(columns: &[ConvertedColumn]) -> (Vec<String>, Vec<String>) {
    let head = |c: &ConvertedColumn| {
        format!(
            "ALTER TABLE {} ALTER COLUMN {}",
            qualified(&c.table),
            ident(&c.column)
        )
    };
    let mut off = Vec::new();
    let mut back = Vec::new();
    for c in columns {
        let a = if c.array { "[]" } else { "" };
        if c.had_default {
            off.push(format!("{} DROP DEFAULT", head(c)));
        }
        off.push(format!(
            "{} TYPE text{a} USING {}::text{a}",
            head(c),
            ident(&c.column)
        ));
        back.push(format!(
            "{} TYPE {t} USING {}::{t}",
            head(c),
            ident(&c.column),
            t = type_ref(&c.data_type)
        ));
        if let Some(d) = &c.default {
            back.push(format!("{} SET DEFAULT {d}", head(c)));
        }
    }
    (off, back)
}

pub(super) fn alter_composite_type(
    name: &QualifiedName,
    action: &AttributeAction,
    cascade: &bool,
) -> String {
    format!(
        "ALTER TYPE {} {}{}",
        qualified(name),
        match action {
            AttributeAction::Add(a) => format!(
                "ADD ATTRIBUTE {} {}{}",
                ident(&a.name),
                type_ref(&a.data_type),
                a.collation
                    .as_ref()
                    .map(|c| format!(" COLLATE {}", qualified(c)))
                    .unwrap_or_default()
            ),
            AttributeAction::Drop(n) => format!("DROP ATTRIBUTE {}", ident(n)),
            AttributeAction::SetType {
                name,
                data_type,
                collation,
            } => format!(
                "ALTER ATTRIBUTE {} TYPE {}{}",
                ident(name),
                type_ref(data_type),
                collation
                    .as_ref()
                    .map(|c| format!(" COLLATE {}", qualified(c)))
                    .unwrap_or_default()
            ),
        },
        if *cascade { " CASCADE" } else { "" }
    )
}

pub(super) fn create_composite_type(c: &CompositeType) -> String {
    format!(
        "CREATE TYPE {} AS ({})",
        qualified(&c.name),
        c.attributes
            .iter()
            .map(|a| {
                let coll = a
                    .collation
                    .as_ref()
                    .map(|c| format!(" COLLATE {}", qualified(c)))
                    .unwrap_or_default();
                format!("{} {}{coll}", ident(&a.name), type_ref(&a.data_type))
            })
            .collect::<Vec<_>>()
            .join(", ")
    )
}

pub(super) fn drop_composite_type(c: &CompositeType, if_exists: &str) -> String {
    format!("DROP TYPE {if_exists}{}", qualified(&c.name))
}

pub(super) fn create_range_type(r: &RangeType) -> String {
    let mut opts = vec![format!("SUBTYPE = {}", type_ref(&r.subtype))];
    if let Some(o) = &r.subtype_opclass {
        opts.push(format!("SUBTYPE_OPCLASS = {o}"));
    }
    if let Some(c) = &r.collation {
        opts.push(format!("COLLATION = {}", qualified(c)));
    }
    if let Some(c) = &r.canonical {
        opts.push(format!("CANONICAL = {c}"));
    }
    if let Some(d) = &r.subtype_diff {
        opts.push(format!("SUBTYPE_DIFF = {d}"));
    }
    if let Some(m) = &r.multirange_name {
        opts.push(format!("MULTIRANGE_TYPE_NAME = {}", qualified(m)));
    }
    format!(
        "CREATE TYPE {} AS RANGE ({})",
        qualified(&r.name),
        opts.join(", ")
    )
}

pub(super) fn drop_range_type(r: &RangeType, if_exists: &str) -> String {
    format!("DROP TYPE {if_exists}{}", qualified(&r.name))
}

pub(super) fn recreate_enum(
    old: &Enum,
    new: &Enum,
    columns: &[ConvertedColumn],
    keep_old: &bool,
) -> String {
    let ty = qualified(&new.name);
    let away = away_name(&ty);
    let mut out = vec![
        format!("ALTER TYPE {ty} RENAME TO {}", ident(&away)),
        render(&Change::CreateEnum(new.clone())),
    ];
    for c in columns {
        let head = format!(
            "ALTER TABLE {} ALTER COLUMN {}",
            qualified(&c.table),
            ident(&c.column)
        );
        if c.had_default {
            out.push(format!("{head} DROP DEFAULT"));
        }
        let (text, target) = if c.array {
            ("text[]", format!("{ty}[]"))
        } else {
            ("text", ty.clone())
        };
        out.push(format!(
            "{head} TYPE {target} USING {}::{text}::{target}",
            ident(&c.column)
        ));
        if let Some(d) = &c.default {
            out.push(format!("{head} SET DEFAULT {d}"));
        }
    }
    let _ = old;
    if !*keep_old {
        out.push(drop_away(&new.name));
    }
    out.join(";\n")
}

/// Drops the old version of a recreated enum, renamed away by [`recreate_enum`].
pub(super) fn drop_away(name: &QualifiedName) -> String {
    format!(
        "DROP TYPE {}.{}",
        ident(&name.schema),
        ident(&away_name(&qualified(name)))
    )
}
