//! Expressions that call a routine the plan drops while the object holding them stays: column
//! defaults, generated columns, and domain defaults and CHECKs. Pure.
//!
//! PostgreSQL records such an expression's dependency on the routine (a default or generated
//! column under its column, a domain's default and constraints under the domain) and refuses to
//! drop the routine while it stands. A routine whose signature changes is a new routine (drop
//! and create), and the expressions may read the same before and after (a new argument with a
//! default), so the diff sees nothing to change: the expression goes first (its default dropped,
//! its constraint dropped, a generated column dropped) and comes back over the new routine
//! (PostgreSQL before 17 cannot change a stored expression in place).

use crate::diff::{Change, DomainAction};
use crate::model::*;

use super::body::expression_calls;

/// How an object is rebuilt around a routine it calls.
pub(super) struct Rebuild {
    pub(super) changes: Vec<Change>,
    /// The object itself goes (a generated column): what depends on it is rebuilt in turn, and
    /// the other changes planned for it are superseded.
    pub(super) replaces: bool,
}

/// The rebuild of `dependent` forced by `referenced` going, when `dependent` is an expression
/// holder this module handles and `referenced` a routine (or an operator, which calls one).
pub(super) fn rebuild(
    dependent: &ObjectId,
    referenced: &ObjectId,
    from: &Schema,
    to: &Schema,
) -> Option<Rebuild> {
    let routine = match referenced {
        ObjectId::Function { id } | ObjectId::Aggregate { id } => Some(&id.name),
        ObjectId::Operator { .. } => None,
        _ => return None,
    };
    match dependent {
        ObjectId::Column { table, column } => column_rebuild(table, column, from, to),
        ObjectId::Type { name } => {
            let a = from.domains.get(name)?;
            Some(domain_rebuild(a, to.domains.get(name), routine))
        }
        _ => None,
    }
}

fn column_rebuild(
    table: &QualifiedName,
    column: &str,
    from: &Schema,
    to: &Schema,
) -> Option<Rebuild> {
    let a = find_column(from, table, column)?;
    let b = find_column(to, table, column);
    if a.generated.is_some() {
        // Dropped and added again: its values are computed anew. A column that stops being
        // generated, or goes, is the diff's.
        let b = b.filter(|b| b.generated.is_some() && !b.inherited && !a.inherited)?;
        let id = ObjectId::Column {
            table: table.clone(),
            column: column.to_string(),
        };
        let mut changes = vec![
            Change::DropColumn {
                table: table.clone(),
                column: a.clone(),
                only: false,
            },
            Change::AddColumn {
                table: table.clone(),
                column: b.clone(),
            },
        ];
        if !b.settings.is_default() {
            changes.push(Change::SetColumnSettings {
                table: table.clone(),
                column: b.name.clone(),
                from: ColumnSettings::default(),
                to: b.settings.clone(),
            });
        }
        changes.extend(crate::diff::decorations_of_new(
            id,
            b.comment.as_ref(),
            &b.privileges,
        ));
        return Some(Rebuild {
            changes,
            replaces: true,
        });
    }
    a.default.as_ref()?;
    let mut changes = vec![Change::SetColumnDefault {
        table: table.clone(),
        column: column.to_string(),
        default: None,
    }];
    if let Some(d) = b.and_then(|b| b.default.clone()) {
        changes.push(Change::SetColumnDefault {
            table: table.clone(),
            column: column.to_string(),
            default: Some(d),
        });
    }
    Some(Rebuild {
        changes,
        replaces: false,
    })
}

fn find_column<'a>(s: &'a Schema, table: &QualifiedName, column: &str) -> Option<&'a Column> {
    s.tables
        .get(table)
        .and_then(|t| t.columns.iter().find(|c| c.name == column))
}

/// A domain's default and the CHECKs that call the routine (all of them when the routine is
/// unnamed, an operator, or an expression does not parse) are dropped and added again as the
/// target has them.
fn domain_rebuild(a: &Domain, b: Option<&Domain>, routine: Option<&QualifiedName>) -> Rebuild {
    let calls = |expression: &str| {
        routine
            .and_then(|r| expression_calls(expression, r))
            .unwrap_or(true)
    };
    let mut changes = Vec::new();
    if a.default.as_deref().is_some_and(calls) {
        changes.push(Change::AlterDomain {
            name: a.name.clone(),
            action: DomainAction::SetDefault(None),
        });
        if let Some(d) = b.and_then(|b| b.default.clone()) {
            changes.push(Change::AlterDomain {
                name: a.name.clone(),
                action: DomainAction::SetDefault(Some(d)),
            });
        }
    }
    for check in a.checks.iter().filter(|c| calls(&c.definition)) {
        changes.push(Change::AlterDomain {
            name: a.name.clone(),
            action: DomainAction::DropCheck(check.name.clone()),
        });
        if let Some(new) = b.and_then(|b| b.checks.iter().find(|c| c.name == check.name)) {
            changes.push(Change::AlterDomain {
                name: a.name.clone(),
                action: DomainAction::AddCheck(new.clone()),
            });
            let id = ObjectId::DomainConstraint {
                domain: a.name.clone(),
                name: new.name.clone(),
            };
            changes.extend(crate::diff::decorations_of_new(
                id,
                new.comment.as_ref(),
                &[],
            ));
        }
    }
    Rebuild {
        changes,
        replaces: false,
    }
}
