//! Enums, domains, composite types and range types.

use super::*;

/// Adds the types of the included schemas to `s`.
pub(super) fn types(rows: Vec<TypeRow>, inc: impl Fn(&str) -> bool, s: &mut Schema) {
    for r in rows.into_iter().filter(|r| inc(&r.schema)) {
        let name = qn(&r.schema, &r.name);
        let privileges = grants(r.acl.as_deref(), Some(&r.owner));
        match r.kind.as_str() {
            "enum" => {
                s.enums.insert(
                    name.clone(),
                    Enum {
                        name,
                        values: r.enum_values.unwrap_or_default(),
                        owner: r.owner,
                        comment: r.comment,
                        privileges,
                    },
                );
            }
            "domain" => {
                s.domains.insert(
                    name.clone(),
                    Domain {
                        name,
                        base_type: r.base_type.unwrap_or_default(),
                        collation: r.collation.as_ref().map(name_ref),
                        default: r.default,
                        not_null: r.not_null,
                        checks: r
                            .checks
                            .unwrap_or_default()
                            .into_iter()
                            .map(|c| DomainCheck {
                                name: c.name,
                                definition: c.definition,
                                validated: c.validated,
                                comment: c.comment,
                            })
                            .collect(),
                        owner: r.owner,
                        comment: r.comment,
                        privileges,
                    },
                );
            }
            "composite" => {
                s.composite_types.insert(
                    name.clone(),
                    CompositeType {
                        name,
                        attributes: r
                            .attributes
                            .unwrap_or_default()
                            .into_iter()
                            .map(|a| Attribute {
                                name: a.name,
                                data_type: a.data_type,
                                collation: a.collation.as_ref().map(name_ref),
                                comment: a.comment,
                            })
                            .collect(),
                        owner: r.owner,
                        comment: r.comment,
                        privileges,
                    },
                );
            }
            _ => {
                s.range_types.insert(
                    name.clone(),
                    RangeType {
                        name,
                        subtype: r.subtype.unwrap_or_default(),
                        subtype_opclass: r.subtype_opclass,
                        collation: r.range_collation.as_ref().map(name_ref),
                        canonical: r.canonical,
                        subtype_diff: r.subtype_diff,
                        multirange_name: r.multirange_name.as_ref().map(name_ref),
                        owner: r.owner,
                        comment: r.comment,
                        privileges,
                    },
                );
            }
        }
    }
}
