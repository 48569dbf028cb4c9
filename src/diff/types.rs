//! Enums, domains and range types, collations: added to in place where PostgreSQL can (enum
//! values, domain defaults and checks), recreated otherwise, with the table columns that use them
//! moved off and back ([`ConvertedColumn`]); composite types are in [`super::composites`]. Pure.

use std::collections::{BTreeMap, BTreeSet};

use super::{keyed, Change, ConvertedColumn, DomainAction, EnumPosition, Out};
use crate::model::*;

pub(super) fn diff_enums(
    out: &mut Out,
    from_schema: &Schema,
    to: &BTreeMap<QualifiedName, Enum>,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let from = &from_schema.enums;
    let (removed, added, both) = keyed(from, to);
    for e in removed {
        out.push(Change::DropEnum(e.clone()));
    }
    for e in added {
        out.push(Change::CreateEnum(e.clone()));
        out.decorate_new(
            ObjectId::Type {
                name: e.name.clone(),
            },
            e.comment.as_ref(),
            &e.privileges,
        );
    }
    for (a, b) in both {
        let Enum {
            name,
            values,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Type { name: name.clone() };
        match enum_additions(&a.values, values) {
            Some(adds) => {
                for (value, position) in adds {
                    out.push(Change::AddEnumValue {
                        name: name.clone(),
                        value,
                        position,
                    });
                }
            }
            None => match columns_of_type(from_schema, name, None, to_tables) {
                // The new type starts bare: the comment and grants the old one had stay with
                // it and go when it is dropped.
                Some(columns) => {
                    out.push(Change::RecreateEnum {
                        old: a.clone(),
                        new: b.clone(),
                        columns,
                        keep_old: false,
                    });
                    out.decorate_new(id.clone(), comment.as_ref(), privileges);
                    continue;
                }
                // Domains and ranges over it are recreated with it, their columns parked as
                // text ([`recreate_types_in_use`]; a composite type over it is refused there).
                None => {
                    out.push(Change::DropEnum(a.clone()));
                    out.push(Change::CreateEnum(b.clone()));
                    out.decorate_new(id.clone(), comment.as_ref(), privileges);
                    continue;
                }
            },
        }
        out.comment(id.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(
            id,
            &a.privileges,
            privileges,
            super::same_owner(&a.owner, &b.owner),
        );
    }
}

/// Domains are altered in place (default, NOT NULL, checks by name); a new base type or
/// collation recreates them.
pub(super) fn diff_domains(
    out: &mut Out,
    from_schema: &Schema,
    to: &BTreeMap<QualifiedName, Domain>,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let from = &from_schema.domains;
    let (removed, added, both) = keyed(from, to);
    for d in removed {
        out.push(Change::DropDomain(d.clone()));
    }
    let check_id = |d: &QualifiedName, c: &DomainCheck| ObjectId::DomainConstraint {
        domain: d.clone(),
        name: c.name.clone(),
    };
    for d in added {
        out.push(Change::CreateDomain(d.clone()));
        for c in &d.checks {
            out.comment(check_id(&d.name, c), None, c.comment.as_ref());
        }
        out.decorate_new(
            ObjectId::Type {
                name: d.name.clone(),
            },
            d.comment.as_ref(),
            &d.privileges,
        );
    }
    for (a, b) in both {
        let Domain {
            name,
            base_type,
            collation,
            default,
            not_null,
            checks,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Type { name: name.clone() };
        if &a.base_type != base_type || &a.collation != collation {
            out.push(Change::DropDomain(a.clone()));
            out.push(Change::CreateDomain(b.clone()));
            for c in checks {
                out.comment(check_id(name, c), None, c.comment.as_ref());
            }
            out.decorate_new(id, comment.as_ref(), privileges);
            continue;
        }
        // Actions that check the stored values move the columns that hold the domain inside
        // other types off and back around them.
        let parked = parked_columns(from_schema, name, to_tables);
        let alter = |action: DomainAction| {
            let checks_values = match &action {
                DomainAction::AddCheck(c) => c.validated,
                DomainAction::SetNotNull(n) => *n,
                DomainAction::ValidateCheck(_) => true,
                DomainAction::SetDefault(_) | DomainAction::DropCheck(_) => false,
            };
            Change::AlterDomain {
                name: name.clone(),
                action,
                parked: if checks_values {
                    parked.clone()
                } else {
                    Vec::new()
                },
            }
        };
        if &a.default != default {
            out.push(alter(DomainAction::SetDefault(default.clone())));
        }
        if &a.not_null != not_null {
            out.push(alter(DomainAction::SetNotNull(*not_null)));
        }
        let same = |x: &DomainCheck, y: &DomainCheck| {
            x.name == y.name && x.definition == y.definition && x.validated == y.validated
        };
        // A check added NOT VALID and valid in the target is validated in place; PostgreSQL
        // cannot take validation back, so the other way drops it and adds it NOT VALID.
        // (pg_get_constraintdef ends an unvalidated check's definition with NOT VALID.)
        let validated = |x: &DomainCheck, y: &DomainCheck| {
            let unvalidated = x.definition.strip_suffix(" NOT VALID");
            x.name == y.name && !x.validated && y.validated && unvalidated == Some(&y.definition)
        };
        for c in &a.checks {
            match checks.iter().find(|n| n.name == c.name) {
                Some(n) if same(n, c) => {
                    out.comment(check_id(name, c), c.comment.as_ref(), n.comment.as_ref())
                }
                Some(n) if validated(c, n) => {
                    out.push(alter(DomainAction::ValidateCheck(c.name.clone())));
                    out.comment(check_id(name, c), c.comment.as_ref(), n.comment.as_ref());
                }
                _ => out.push(alter(DomainAction::DropCheck(c.name.clone()))),
            }
        }
        for c in checks {
            if !a.checks.iter().any(|o| same(o, c) || validated(o, c)) {
                out.push(alter(DomainAction::AddCheck(c.clone())));
                out.comment(check_id(name, c), None, c.comment.as_ref());
            }
        }
        out.comment(id.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(
            id,
            &a.privileges,
            privileges,
            super::same_owner(&a.owner, &b.owner),
        );
    }
}

/// The table columns that hold domain `name` (or a domain over it) inside another type: an
/// array, a composite type or table row type with such an attribute, a domain over one of those,
/// and so on. PostgreSQL cannot check their values when the domain gains a validated check or
/// NOT NULL (`get_rels_with_domain` refuses); those that keep their type in the target are moved
/// off it and back around the change.
fn parked_columns(
    from: &Schema,
    name: &QualifiedName,
    to_tables: &BTreeMap<QualifiedName, Table>,
) -> Vec<ConvertedColumn> {
    let q = TypeRef::named;
    // The domain and the domains over it, which PostgreSQL checks directly.
    let mut direct: BTreeSet<TypeRef> = BTreeSet::from([q(name)]);
    loop {
        let more: Vec<TypeRef> = from
            .domains
            .values()
            .map(|d| q(&d.name))
            .zip(from.domains.values())
            .filter(|(n, d)| !direct.contains(n) && direct.contains(&d.base_type))
            .map(|(n, _)| n)
            .collect();
        if more.is_empty() {
            break;
        }
        direct.extend(more);
    }
    // The types that contain one of them, to a fixpoint.
    let mut containers: BTreeSet<TypeRef> = direct.iter().map(TypeRef::array_of).collect();
    let holds =
        |t: &TypeRef, containers: &BTreeSet<TypeRef>| direct.contains(t) || containers.contains(t);
    loop {
        let mut more: Vec<TypeRef> = Vec::new();
        for c in from.composite_types.values() {
            if c.attributes
                .iter()
                .any(|a| holds(&a.data_type, &containers))
            {
                more.push(q(&c.name));
            }
        }
        for t in from.tables.values() {
            if t.columns.iter().any(|c| holds(&c.data_type, &containers)) {
                more.push(q(&t.name));
            }
        }
        for d in from.domains.values() {
            if containers.contains(&d.base_type) {
                more.push(q(&d.name));
            }
        }
        let more: Vec<TypeRef> = more
            .into_iter()
            .flat_map(|t| [t.array_of(), t])
            .filter(|t| !containers.contains(t) && !direct.contains(t))
            .collect();
        if more.is_empty() {
            break;
        }
        containers.extend(more);
    }
    converted(kept_columns(
        from,
        to_tables,
        |c| containers.contains(&c.data_type),
        |c, x| x.data_type == c.data_type,
    ))
}

/// Composite types: attributes added at the end, dropped, or retyped in place; anything that
/// would reorder attributes is refused for now.
/// The table columns of type `name` (or an array of it) that stay in the target, to convert when
/// the type is recreated. `None` when a domain, composite type or range uses it (not converted
/// yet).
pub(super) fn columns_of_type(
    from: &Schema,
    name: &QualifiedName,
    multirange: Option<(&QualifiedName, &QualifiedName)>,
    to_tables: &BTreeMap<QualifiedName, Table>,
) -> Option<Vec<ConvertedColumn>> {
    let multi_before = multirange.map(|(a, _)| a);
    let uses = |t: &TypeRef| t.names(name) || multi_before.is_some_and(|m| t.names(m));
    if from.domains.values().any(|d| uses(&d.base_type))
        || from
            .composite_types
            .values()
            .any(|c| c.attributes.iter().any(|a| uses(&a.data_type)))
        || from.range_types.values().any(|r| uses(&r.subtype))
    {
        return None;
    }
    Some(columns_using(from, name, multirange, to_tables))
}

/// The table columns of type `name` (or an array of it, or of a range's multirange) that stay
/// in the target, whatever other types use it.
pub(super) fn columns_using(
    from: &Schema,
    name: &QualifiedName,
    multirange: Option<(&QualifiedName, &QualifiedName)>,
    to_tables: &BTreeMap<QualifiedName, Table>,
) -> Vec<ConvertedColumn> {
    // A range's multirange type goes and comes back with it (under its new name, if that
    // changes): its columns move off and back too.
    let multi = |t: &TypeRef, m: Option<&QualifiedName>| m.is_some_and(|m| t.names(m));
    let (multi_before, multi_after) = (multirange.map(|(a, _)| a), multirange.map(|(_, b)| b));
    let uses = |t: &TypeRef| t.names(name) || multi(t, multi_before);
    let kept = kept_columns(
        from,
        to_tables,
        |c| uses(&c.data_type),
        |c, x| {
            x.data_type == c.data_type
                || (multi(&c.data_type, multi_before)
                    && multi(&x.data_type, multi_after)
                    && c.data_type.is_array() == x.data_type.is_array())
        },
    );
    converted(kept)
}

/// Columns that keep their type, to move off it and back while it is recreated.
pub(super) fn converted(kept: Vec<(&QualifiedName, &Column, &Column)>) -> Vec<ConvertedColumn> {
    kept.into_iter()
        .map(|(table, c, after)| ConvertedColumn {
            table: table.clone(),
            column: c.name.clone(),
            data_type: after.data_type.clone(),
            array: c.data_type.is_array(),
            had_default: c.default.is_some(),
            default: after.default.clone(),
        })
        .collect()
}

/// The own (not inherited) table columns of `from` that `uses` picks and that stay in the
/// target as `kept` says: (table, column before, column after). Stored generated columns are
/// left out: PostgreSQL converts them with no `USING`, from their expression only, so the
/// planner drops and adds them again around the type instead.
pub(super) fn kept_columns<'a>(
    from: &'a Schema,
    to_tables: &'a BTreeMap<QualifiedName, Table>,
    uses: impl Fn(&Column) -> bool,
    kept: impl Fn(&Column, &Column) -> bool,
) -> Vec<(&'a QualifiedName, &'a Column, &'a Column)> {
    let mut out = Vec::new();
    for t in from.tables.values() {
        for c in t
            .columns
            .iter()
            .filter(|c| !c.inherited && c.generated.is_none() && uses(c))
        {
            let after = to_tables
                .get(&t.name)
                .and_then(|b| b.columns.iter().find(|x| x.name == c.name))
                .filter(|x| kept(c, x));
            if let Some(after) = after {
                out.push((&t.name, c, after));
            }
        }
    }
    out
}

/// The table columns whose collation is `name` and stays so in the target, to move off it while
/// it is recreated. `None` when anything else uses it and still does in the target (an index
/// naming it, a domain, a type), unless `types_recreated`: the domains, ranges and composite
/// types that use it are then recreated with it
/// ([`super::type_dependents::collation_dependents`]). A type that leaves it is changed or
/// dropped before, by its own step.
fn columns_of_collation(
    from: &Schema,
    name: &QualifiedName,
    to: super::type_dependents::TargetTypes,
    to_tables: &BTreeMap<QualifiedName, Table>,
    types_recreated: bool,
) -> Option<Vec<ConvertedColumn>> {
    let id = ObjectId::Collation { name: name.clone() };
    let ours = |c: &Option<QualifiedName>| c.as_ref() == Some(name);
    let keeps = |t: &QualifiedName| {
        !types_recreated
            && (to.domains.get(t).is_some_and(|d| ours(&d.collation))
                || to.range_types.get(t).is_some_and(|r| ours(&r.collation))
                || to.composite_uses(t, |a| ours(&a.collation)))
    };
    // Columns move off it; an index whose collation comes from its column follows the column,
    // and one that names it itself (an expression's or a key's own COLLATE) is dropped before
    // the collation and made again after by the planner, as the constraint it implements is.
    let follows = |user: &ObjectId| match user {
        ObjectId::Column { .. } | ObjectId::Index { .. } => true,
        ObjectId::Type { name: t } => !keeps(t),
        _ => false,
    };
    let other_users = from
        .dependencies
        .iter()
        .any(|(user, used)| used == &id && !follows(user));
    if other_users
        || from
            .domains
            .values()
            .any(|d| ours(&d.collation) && keeps(&d.name))
        || from
            .composite_types
            .values()
            .any(|c| c.attributes.iter().any(|a| ours(&a.collation)) && keeps(&c.name))
    {
        return None;
    }
    let kept = kept_columns(
        from,
        to_tables,
        |c| c.collation.as_ref() == Some(name),
        |c, x| x.data_type == c.data_type && x.collation == c.collation,
    );
    Some(
        kept.into_iter()
            .map(|(table, c, _)| ConvertedColumn {
                table: table.clone(),
                column: c.name.clone(),
                data_type: c.data_type.clone(),
                array: false,
                had_default: false,
                default: None,
            })
            .collect(),
    )
}

/// The values to add (with their position) when `from` is an ordered subsequence of `to`;
/// `None` when values were removed or reordered.
pub fn enum_additions(from: &[String], to: &[String]) -> Option<Vec<(String, EnumPosition)>> {
    let mut it = to.iter();
    for v in from {
        it.by_ref().find(|t| *t == v)?;
    }
    let mut adds = Vec::new();
    for (i, v) in to.iter().enumerate() {
        if from.contains(v) {
            continue;
        }
        // Anchor on the next existing value after it (or the previous one, else the end).
        let position = match to[i + 1..].iter().find(|n| from.contains(n)) {
            Some(next) => EnumPosition::Before(next.clone()),
            None => match to[..i]
                .iter()
                .rev()
                .find(|p| from.contains(p) || adds.iter().any(|(a, _)| a == *p))
            {
                Some(prev) => EnumPosition::After(prev.clone()),
                None => EnumPosition::End,
            },
        };
        adds.push((v.clone(), position));
    }
    Some(adds)
}

/// A domain or range type the diff drops and creates again while table columns use it: PostgreSQL
/// cannot drop it under them, so the pair becomes one [`Change::RecreateType`] that moves the
/// columns off and back.
pub(super) fn recreate_types_in_use(
    out: &mut Out,
    from: &Schema,
    to: super::type_dependents::TargetTypes,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let dropped = |c: &Change| match c {
        Change::DropEnum(e) => Some(e.name.clone()),
        Change::DropDomain(d) => Some(d.name.clone()),
        Change::DropRangeType(r) => Some(r.name.clone()),
        Change::DropCollation(c) => Some(c.name.clone()),
        _ => None,
    };
    let created = |c: &Change, name: &QualifiedName| match c {
        Change::CreateEnum(e) => &e.name == name,
        Change::CreateDomain(d) => &d.name == name,
        Change::CreateRangeType(r) => &r.name == name,
        Change::CreateCollation(c) => &c.name == name,
        _ => false,
    };
    let mut i = 0;
    while i < out.changes.len() {
        let Some(name) = dropped(&out.changes[i]) else {
            i += 1;
            continue;
        };
        let Some(j) = out.changes.iter().position(|c| created(c, &name)) else {
            i += 1;
            continue;
        };
        let multirange = match (&out.changes[i], &out.changes[j]) {
            (Change::DropRangeType(a), Change::CreateRangeType(b)) => {
                a.multirange_name.as_ref().zip(b.multirange_name.as_ref())
            }
            _ => None,
        };
        let columns = if matches!(out.changes[i], Change::DropCollation(_)) {
            columns_of_collation(from, &name, to, to_tables, false)
        } else {
            columns_of_type(from, &name, multirange, to_tables)
        };
        match columns {
            Some(columns) if !columns.is_empty() => {
                let create = out.changes.remove(j);
                let at = if j < i { i - 1 } else { i };
                let drop = out.changes[at].clone();
                out.changes[at] = Change::RecreateType {
                    drop: Box::new(drop),
                    create: Box::new(create),
                    columns,
                    dependents: Vec::new(),
                    typed_tables: Vec::new(),
                };
                i = at + 1;
            }
            None if !matches!(out.changes[i], Change::DropCollation(_)) => {
                match super::type_dependents::dependents(from, to, &name, to_tables) {
                    Some(deps) => {
                        let own = columns_using(from, &name, multirange, to_tables);
                        i = super::type_dependents::recreate_with(out, i, j, own, deps);
                    }
                    None => {
                        out.unsupported(
                            ObjectId::Type { name: name.clone() },
                            format!("recreating type {name}, which a composite type uses that tables are made OF or whose attributes change too (make those changes in migrations of their own)"),
                        );
                        i += 1;
                    }
                }
            }
            // A collation domains, ranges or composite types use: they are recreated with it,
            // their columns parked as text.
            None => {
                let own = columns_of_collation(from, &name, to, to_tables, true);
                let deps = super::type_dependents::collation_dependents(from, to, &name, to_tables);
                match own.zip(deps) {
                    Some((own, deps)) => {
                        i = super::type_dependents::recreate_with(out, i, j, own, deps);
                    }
                    None => {
                        out.unsupported(
                            ObjectId::Collation { name: name.clone() },
                            format!(
                                "recreating collation {name}, which a domain, range or composite \
                                 type uses that tables are made OF or whose attributes change too \
                                 (make those changes in migrations of their own)"
                            ),
                        );
                        i += 1;
                    }
                }
            }
            Some(_) => i += 1,
        }
    }
}

/// A range type with a `CANONICAL` function and that function need each other: the function
/// takes and returns the range, so it is created on a shell of the type (`CREATE TYPE name`)
/// and the range fills the shell in, and neither can be dropped without `CASCADE` (PostgreSQL
/// docs, CREATE TYPE, "Range Types"). pgshift does not plan that pair yet, so creating or
/// dropping such a range type is refused by name rather than failing on a dependency cycle.
pub(super) fn refuse_canonical_ranges(out: &mut Out) {
    let refused: Vec<(QualifiedName, &'static str)> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::CreateRangeType(r) if r.canonical.is_some() => {
                Some((r.name.clone(), "creating"))
            }
            Change::DropRangeType(r) if r.canonical.is_some() => Some((r.name.clone(), "dropping")),
            _ => None,
        })
        .collect();
    for (name, verb) in refused {
        out.unsupported(
            ObjectId::Type { name: name.clone() },
            format!(
                "{verb} range type {name}, which has a CANONICAL function (the function needs a \
                 shell of the type first, and the pair drops only with CASCADE): make this change \
                 by hand"
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn enum_values_are_added_in_place() {
        let adds = enum_additions(&s(&["a", "c"]), &s(&["a", "b", "c", "d"])).unwrap();
        assert_eq!(
            adds,
            vec![
                ("b".into(), EnumPosition::Before("c".into())),
                ("d".into(), EnumPosition::After("c".into()))
            ]
        );
        assert!(enum_additions(&s(&["a", "b"]), &s(&["b", "a"])).is_none());
        assert!(enum_additions(&s(&["a", "b"]), &s(&["a"])).is_none());
        assert_eq!(
            enum_additions(&s(&[]), &s(&["x"])).unwrap(),
            vec![("x".into(), EnumPosition::End)]
        );
    }
}
