//! Hazards of type changes that reach table columns: attributes of a composite type that typed
//! tables follow, enums and other types recreated (with the columns that use them moved off and
//! back). One function per change kind, dispatched by the exhaustive match of `hazards`.

use super::notes::column_loss;
use super::Hazard;
use crate::diff::Change as C;
use crate::diff::ConvertedColumn;
use crate::model::{QualifiedName, Schema};

use Hazard as H;

/// Typed tables follow their type: the attribute change is a column change on each.
pub(super) fn composite_attribute(change: &C, from: &Schema, add: &mut dyn FnMut(Hazard, String)) {
    let C::AlterCompositeType { name, action, .. } = change else {
        return;
    };
    use crate::diff::AttributeAction as A;
    let typed = from
        .tables
        .values()
        .filter(|t| t.of_type.as_ref() == Some(name));
    for t in typed {
        let table = &t.name;
        match action {
            A::Drop(column) => {
                for (h, message) in column_loss(table, column, false) {
                    add(h, message);
                }
            }
            A::SetType { name: column, .. } => add(
                H::TableRewrite,
                format!("changing {table}.{column} may rewrite the table and its indexes"),
            ),
            A::Add(_) => {}
        }
        add(
            H::AcquiresAccessExclusiveLock,
            format!("locks {table} against reads and writes while its type changes"),
        );
    }
}

pub(super) fn recreate_enum(
    change: &C,
    existing: &dyn Fn(&QualifiedName) -> bool,
    add: &mut dyn FnMut(Hazard, String),
) {
    let C::RecreateEnum { new, columns, .. } = change else {
        return;
    };
    for c in columns.iter().filter(|c| existing(&c.table)) {
        add(
            H::TableRewrite,
            format!(
                "{}.{} is converted to the recreated enum {}: the table is rewritten",
                c.table, c.column, new.name
            ),
        );
        add(
            H::AcquiresAccessExclusiveLock,
            format!(
                "locks {} against reads and writes while it is rewritten",
                c.table
            ),
        );
    }
    add(
        H::Correctness,
        format!(
            "rows holding a value removed from {} make the conversion fail: update them first",
            new.name
        ),
    );
}

/// A collation recreated: the columns using it move off and back, rebuilding their indexes.
pub(super) fn recreate_collation(
    change: &C,
    existing: &dyn Fn(&QualifiedName) -> bool,
    add: &mut dyn FnMut(Hazard, String),
) {
    let C::RecreateType {
        columns,
        dependents,
        ..
    } = change
    else {
        return;
    };
    let coll = change.target();
    // Columns of the domains, ranges and composite types recreated with it go through text.
    for col in columns.iter().filter(|col| existing(&col.table)) {
        if col.of_dependent(dependents) {
            rewritten(
                col,
                &format!("its type and back while {coll} and the types that use it are"),
                add,
            );
            continue;
        }
        add(
            H::IndexBuild,
            format!(
                "indexes on {}.{} are rebuilt as it moves off {coll} and back",
                col.table, col.column
            ),
        );
        add(
            H::AcquiresAccessExclusiveLock,
            format!(
                "locks {} against reads and writes while its column changes collation",
                col.table
            ),
        );
    }
}

/// The hazards of a column moved off `what` recreated: its table rewritten under an exclusive
/// lock.
fn rewritten(col: &ConvertedColumn, what: &str, add: &mut dyn FnMut(Hazard, String)) {
    add(
        H::TableRewrite,
        format!(
            "{}.{} is moved off {what} recreated: the table is rewritten",
            col.table, col.column
        ),
    );
    add(
        H::AcquiresAccessExclusiveLock,
        format!(
            "locks {} against reads and writes while it is rewritten",
            col.table
        ),
    );
}

pub(super) fn recreate_type(
    change: &C,
    existing: &dyn Fn(&QualifiedName) -> bool,
    add: &mut dyn FnMut(Hazard, String),
) {
    let C::RecreateType {
        drop,
        create,
        columns,
        dependents: _,
        typed_tables,
    } = change
    else {
        return;
    };
    let ty = change.target();
    if let (C::DropExtension(old), C::CreateExtension(new)) = (&**drop, &**create) {
        if old.version != new.version {
            add(
                H::ExtensionUpgrade,
                format!(
                    "extension {} has no update path from version {} to {}: it is dropped and created at {}",
                    new.name, old.version, new.version, new.version
                ),
            );
        }
        if old.schema != new.schema {
            add(
                H::BreaksClients,
                format!(
                    "extension {} cannot be moved (it is not relocatable): it is dropped and created in schema {}, and SQL that names its objects by schema {} fails",
                    new.name, new.schema, old.schema
                ),
            );
        }
    }
    if let (C::DropCompositeType(old), C::CreateCompositeType(new)) = (&**drop, &**create) {
        for gone in old
            .attributes
            .iter()
            .filter(|o| !new.attributes.iter().any(|n| n.name == o.name))
        {
            for col in columns.iter().filter(|col| existing(&col.table)) {
                add(
                    H::DeletesData,
                    format!(
                        "drops field {} of {}.{} and its values",
                        gone.name, col.table, col.column
                    ),
                );
            }
            for t in typed_tables.iter().filter(|t| existing(t)) {
                add(
                    H::DeletesData,
                    format!(
                        "drops column {} of {t} (made OF {ty}) and its values",
                        gone.name
                    ),
                );
            }
        }
    }
    for t in typed_tables.iter().filter(|t| existing(t)) {
        add(
            H::TableRewrite,
            format!("{t} is released from {ty} and made OF it again, its columns changed to the new attributes: the table may be rewritten"),
        );
        add(
            H::AcquiresAccessExclusiveLock,
            format!("locks {t} against reads and writes while its columns change"),
        );
    }
    for col in columns.iter().filter(|col| existing(&col.table)) {
        rewritten(col, &format!("{ty} and back while it is"), add);
    }
    // A type no column uses converts nothing (functions and views over it are made again).
    if !columns.is_empty() {
        add(
            H::Correctness,
            format!("rows whose values do not fit the recreated {ty} make the conversion fail: check them first"),
        );
    }
}
