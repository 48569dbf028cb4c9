//! A column kept on both sides, altered in place: its type (cast, converted with a user's
//! `USING`, or replaced where no cast exists), default, NOT NULL, identity, generated
//! expression, collation, storage settings, comment and grants. Pure.

use super::tables::ColumnCtx;
use super::{Change, IdentityAction, Out};
use crate::model::*;

pub(super) fn alter_column(
    out: &mut Out,
    table: &QualifiedName,
    a: &Column,
    b: &Column,
    ctx: &ColumnCtx,
) {
    let Column {
        name,
        data_type,
        collation,
        not_null,
        default,
        identity,
        generated,
        inherited: _,
        comment,
        privileges,
        settings,
        // Follows from the default and the type, which are compared.
        rewrites_on_add: _,
    } = b;
    let cid = ObjectId::Column {
        table: table.clone(),
        column: name.clone(),
    };
    let retyped = retyped(a, b, ctx);
    // Attribute options are compared in order: PostgreSQL keeps the order they were set in,
    // and dumps show it. A type change (even to a binary-compatible type, or of the collation
    // alone) sets the storage back to the new type's own and forgets the compression method
    // (ALTER TABLE ... SET DATA TYPE); they are set again after it.
    let settings_before = settings_after(&a.settings, retyped);
    let set_settings = (&settings_before != settings).then(|| Change::SetColumnSettings {
        table: table.clone(),
        column: name.clone(),
        from: settings_before,
        to: settings.clone(),
    });
    if &a.generated != generated {
        if a.generated.is_some() && generated.is_none() {
            out.push(Change::DropExpression {
                table: table.clone(),
                column: name.clone(),
            });
        } else {
            // PostgreSQL before 17 cannot change a stored expression in place: the column is
            // dropped and added again (a generated column's values are recomputed, so nothing
            // is lost when it was generated before; a plain column turned generated loses its
            // values, which the drop's hazards say).
            out.push(Change::DropColumn {
                table: table.clone(),
                column: a.clone(),
                only: false,
            });
            out.push(Change::AddColumn {
                table: table.clone(),
                column: b.clone(),
            });
            out.new_column_settings(table, b);
            out.comment(cid.clone(), None, comment.as_ref());
            out.grants(cid, &[], privileges, None);
            return;
        }
    }
    let identity_dropped = a.identity.is_some() && identity.is_none();
    if identity_dropped {
        out.push(Change::AlterIdentity {
            table: table.clone(),
            column: name.clone(),
            action: IdentityAction::Drop,
        });
    }
    // A generated column is computed again from its expression: no conversion of its own.
    let using = ctx
        .usings
        .get(&(table.clone(), name.clone()))
        .filter(|_| generated.is_none());
    let via_text = via_text(a, b, ctx);
    if replaced_for_type(table, a, b, ctx) {
        // No cast path: the column is replaced with its new type, default and NOT NULL in one
        // statement (its indexes, constraints and the views over it are rebuilt around it by
        // the planner); its settings, comment and grants are set again.
        out.push(Change::ReplaceColumn {
            table: table.clone(),
            old: a.clone(),
            new: b.clone(),
            foreign_heir: ctx.foreign_heirs_above.contains(table),
        });
        out.new_column_settings(table, b);
        out.comment(cid.clone(), None, comment.as_ref());
        out.grants(cid, &[], privileges, None);
        return;
    }
    // PostgreSQL converts the default along with the column and fails when it cannot: the
    // default goes first and comes back after.
    let default_around_type = default_around_type(a, b, ctx);
    if default_around_type {
        out.push(Change::SetColumnDefault {
            table: table.clone(),
            column: name.clone(),
            default: None,
        });
    }
    if retyped {
        out.push(Change::AlterColumnType {
            table: table.clone(),
            column: name.clone(),
            data_type: data_type.clone(),
            collation: collation.clone(),
            via_text,
            using: using.cloned(),
            generated: generated.is_some(),
            by_assignment: using.is_none() && ctx.foreign_heirs_above.contains(table),
        });
    }
    if let Some(c) = set_settings {
        out.push(c);
    }
    let identity_added = a.identity.is_none() && identity.is_some();
    if default_around_type {
        if default.is_some() && identity.is_none() {
            out.push(Change::SetColumnDefault {
                table: table.clone(),
                column: name.clone(),
                default: default.clone(),
            });
        }
    } else if &a.default != default && generated.is_none() && (identity.is_none() || identity_added)
    {
        // A column getting an identity loses its default first (a serial's nextval).
        out.push(Change::SetColumnDefault {
            table: table.clone(),
            column: name.clone(),
            default: default.clone(),
        });
    }
    if &a.not_null != not_null {
        out.push(Change::SetColumnNotNull {
            table: table.clone(),
            column: name.clone(),
            not_null: *not_null,
        });
    }
    match (&a.identity, identity) {
        (None, Some(i)) => out.push(Change::AlterIdentity {
            table: table.clone(),
            column: name.clone(),
            action: IdentityAction::Add {
                identity: (**i).clone(),
                replaces_sequence: ctx.sequences_before.contains_key(&i.sequence),
            },
        }),
        // Another sequence name: no ALTER renames an identity's sequence; the identity is
        // dropped and added again under the new name (its options as the target has them).
        (Some(x), Some(y)) if x.sequence != y.sequence && !identity_dropped => {
            out.push(Change::AlterIdentity {
                table: table.clone(),
                column: name.clone(),
                action: IdentityAction::Drop,
            });
            out.push(Change::AlterIdentity {
                table: table.clone(),
                column: name.clone(),
                action: IdentityAction::Add {
                    identity: (**y).clone(),
                    replaces_sequence: false,
                },
            });
        }
        (Some(x), Some(y)) => {
            if x.sequence == y.sequence {
                let sequence = ObjectId::Sequence {
                    name: y.sequence.clone(),
                };
                out.comment(sequence.clone(), x.comment.as_ref(), y.comment.as_ref());
                out.grants(sequence, &x.privileges, &y.privileges, None);
            }
            if x.always != y.always {
                out.push(Change::AlterIdentity {
                    table: table.clone(),
                    column: name.clone(),
                    action: IdentityAction::SetGenerated(y.always),
                });
            }
            // The sequence's type follows the column's; compare the rest.
            let mut before = x.options.clone();
            before.data_type = y.options.data_type.clone();
            if before != y.options {
                out.push(Change::AlterIdentity {
                    table: table.clone(),
                    column: name.clone(),
                    action: IdentityAction::SetOptions {
                        options: y.options.clone(),
                        sequence: x.sequence.clone(),
                        narrowed: y.options.min_value > x.options.min_value
                            || y.options.max_value < x.options.max_value,
                    },
                });
            }
        }
        _ => {}
    }
    out.comment(cid.clone(), a.comment.as_ref(), comment.as_ref());
    out.grants(cid, &a.privileges, privileges, None);
}

/// The settings a column has left after its type change when `retyped` (ALTER TABLE ... SET
/// DATA TYPE sets the storage back to the new type's own and forgets the compression method),
/// else `settings` as they are.
pub(super) fn settings_after(settings: &ColumnSettings, retyped: bool) -> ColumnSettings {
    if retyped {
        ColumnSettings {
            storage: None,
            compression: None,
            ..settings.clone()
        }
    } else {
        settings.clone()
    }
}

/// Whether the column's type or collation changes (a type the server treats as the same, by
/// name, does not count).
pub(super) fn retyped(a: &Column, b: &Column, ctx: &ColumnCtx) -> bool {
    !ctx.same_type(&a.data_type, &b.data_type) || a.collation != b.collation
}

/// Whether the type changes to or from an enum, converted through text.
fn via_text(a: &Column, b: &Column, ctx: &ColumnCtx) -> bool {
    a.data_type != b.data_type
        && b.generated.is_none()
        && (ctx.enum_types.contains(&a.data_type) || ctx.enum_types.contains(&b.data_type))
}

/// Whether the type changes with no cast path on the server, no `USING` and no enum path
/// through text, or (on a table a foreign table inherits from, where `USING` is refused) with
/// no cast PostgreSQL applies in an assignment: the column is replaced (dropped and added with
/// its new type).
fn replaced_for_type(table: &QualifiedName, a: &Column, b: &Column, ctx: &ColumnCtx) -> bool {
    let using = ctx.usings.contains_key(&(table.clone(), b.name.clone()));
    let pair = (a.data_type.clone(), b.data_type.clone());
    let no_cast = ctx.uncastable.contains(&pair) && !via_text(a, b, ctx);
    let no_assignment = ctx.foreign_heirs_above.contains(table)
        && (ctx.uncastable.contains(&pair) || ctx.unassignable.contains(&pair));
    retyped(a, b, ctx) && !using && b.generated.is_none() && (no_cast || no_assignment)
}

/// Whether `a`'s default is dropped before its type changes and set again after (PostgreSQL
/// converts a default along with the column and fails when it cannot). On a parent both
/// statements recurse: its inheritance children end with the parent's default too.
pub(super) fn default_around_type(a: &Column, b: &Column, ctx: &ColumnCtx) -> bool {
    retyped(a, b, ctx) && a.default.is_some() && a.identity.is_none() && b.generated.is_none()
}

/// Whether altering a parent's column `a` into `b` drops it and adds it again (a generated
/// expression set or changed, or a type with no cast and no `USING`): its inheritance children
/// lose their copy and get a new one from the parent, with nothing of their own left.
pub(super) fn replaced(table: &QualifiedName, a: &Column, b: &Column, ctx: &ColumnCtx) -> bool {
    let regenerated = a.generated != b.generated && b.generated.is_some();
    regenerated || replaced_for_type(table, a, b, ctx)
}
