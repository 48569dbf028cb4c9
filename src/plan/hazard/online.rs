//! Hazards of replaced columns and of the online forms the safety passes write
//! (`plan::safety`): concurrent index builds and drops, renames, NOT VALID constraints and their
//! validation, keys taking an index, SET NOT NULL through a check. One function per change
//! kind, dispatched by the exhaustive match of `hazards`.

use super::{index_redefined, Hazard};
use crate::diff::Change;
use crate::model::{ConstraintKind as K, QualifiedName, Schema};

use Hazard as H;

pub(super) fn replace_column(
    change: &Change,
    existing: &dyn Fn(&QualifiedName) -> bool,
    add: &mut dyn FnMut(Hazard, String),
) {
    let Change::ReplaceColumn {
        table,
        old,
        new,
        foreign_heir,
    } = change
    else {
        return;
    };
    {
        add(
            H::DeletesData,
            if *foreign_heir {
                format!(
                    "{table}.{} is replaced: a foreign table inherits it, where PostgreSQL refuses \
                     a conversion (USING), and it has no cast from {} to {} that applies without \
                     one, so its values are dropped",
                    old.name, old.data_type, new.data_type
                )
            } else {
                format!(
                    "{table}.{} is replaced: PostgreSQL has no cast from {} to {}, so its values are dropped \
                     (give the conversion with --using '{table}.{}=EXPRESSION' to keep them)",
                    old.name, old.data_type, new.data_type, old.name
                )
            },
        );
        add(
            H::BreaksClients,
            format!(
                "{table}.{} comes back as {} and as the table's last column",
                new.name, new.data_type
            ),
        );
        add(
            H::Irreversible,
            format!(
                "the rollback cannot bring back the old values of {table}.{}",
                old.name
            ),
        );
        if existing(table) {
            add(
                H::AcquiresAccessExclusiveLock,
                format!(
                    "locks {table} against reads and writes while {} is replaced",
                    new.name
                ),
            );
            // No value to give the rows already there: ADD COLUMN fails on a table with rows.
            if new.not_null
                && new.default.is_none()
                && new.identity.is_none()
                && new.generated.is_none()
            {
                add(
                    H::BreaksClients,
                    format!(
                        "{table}.{} comes back NOT NULL without a default: the step fails if {table} has rows, \
                         unless --using '{table}.{}=EXPRESSION' gives their values",
                        new.name, old.name
                    ),
                );
            }
            if new.identity.is_some() || new.generated.is_some() || new.rewrites_on_add {
                add(
                    H::TableRewrite,
                    format!("adding {} back rewrites {table}", new.name),
                );
            }
        }
    };
}

pub(super) fn create_index_concurrently(change: &Change, add: &mut dyn FnMut(Hazard, String)) {
    let Change::CreateIndexConcurrently { index, build_as } = change else {
        return;
    };
    add(
        H::IndexBuild,
        match (&index.constraint, build_as) {
            (None, None) => format!(
                "builds {} on {} concurrently: writes go on, the build takes longer",
                index.name, index.table
            ),
            (Some(key), None) => {
                format!("builds the unique index behind {key} concurrently: writes go on")
            }
            (None, Some(_)) => format!(
                "builds the new definition of {} beside the old one, concurrently: queries keep the old index meanwhile",
                index.name
            ),
            (Some(key), Some(_)) => format!(
                "builds the new unique index behind {key} beside the old key, concurrently: writes go on"
            ),
        },
    );
}

pub(super) fn drop_index_concurrently(
    change: &Change,
    from: &Schema,
    to: &Schema,
    add: &mut dyn FnMut(Hazard, String),
) {
    let Change::DropIndexConcurrently {
        name,
        leftover: false,
    } = change
    else {
        return;
    };
    match to.indexes.get(name) {
        None => add(
            H::IndexDropped,
            format!("queries that used {name} may slow down"),
        ),
        Some(new)
            if from
                .indexes
                .get(name)
                .is_some_and(|old| !old.same_definition(new)) =>
        {
            add(H::IndexDropped, index_redefined(name))
        }
        Some(_) => {}
    };
}

pub(super) fn rename_index(change: &Change, add: &mut dyn FnMut(Hazard, String)) {
    let Change::RenameIndex { table, .. } = change else {
        return;
    };
    add(
        H::AcquiresAccessExclusiveLock,
        format!("briefly locks {table} to rename an index"),
    );
}

pub(super) fn add_constraint_not_valid(change: &Change, add: &mut dyn FnMut(Hazard, String)) {
    let Change::AddConstraintNotValid { table, constraint } = change else {
        return;
    };
    {
        let (lock, what) = match constraint.kind {
            K::ForeignKey => (H::AcquiresShareRowExclusiveLock, "briefly blocks writes to"),
            _ => (H::AcquiresAccessExclusiveLock, "briefly locks"),
        };
        add(
            lock,
            format!(
                "{what} {table} to add {} without checking existing rows",
                constraint.name
            ),
        )
    };
}

pub(super) fn validate_constraint(change: &Change, add: &mut dyn FnMut(Hazard, String)) {
    let Change::ValidateConstraint { table, constraint } = change else {
        return;
    };
    add(
        H::FullTableScan,
        format!("checks every row of {table} against {constraint}; reads and writes go on"),
    );
}

pub(super) fn add_key_using_index(change: &Change, add: &mut dyn FnMut(Hazard, String)) {
    let Change::AddKeyUsingIndex {
        table,
        constraint,
        replaces,
        ..
    } = change
    else {
        return;
    };
    add(
        H::AcquiresAccessExclusiveLock,
        if *replaces {
            format!(
                "briefly locks {table} to swap the old {} for the new index",
                constraint.name
            )
        } else {
            format!(
                "briefly locks {table} to turn the index into {}",
                constraint.name
            )
        },
    );
}

pub(super) fn set_not_null_online(change: &Change, add: &mut dyn FnMut(Hazard, String)) {
    let Change::SetNotNullOnline {
        table,
        column,
        stage,
        ..
    } = change
    else {
        return;
    };
    match stage {
        crate::diff::NotNullStage::AddCheck => add(
            H::AcquiresAccessExclusiveLock,
            format!("briefly locks {table} to add a NOT VALID check on {column}"),
        ),
        crate::diff::NotNullStage::Validate => add(
            H::FullTableScan,
            format!("reads every row of {table} to check {column}; reads and writes go on"),
        ),
        crate::diff::NotNullStage::SetNotNull => add(
            H::AcquiresAccessExclusiveLock,
            format!(
                "briefly locks {table}: the valid check proves {column} has no NULLs, so no scan"
            ),
        ),
        crate::diff::NotNullStage::DropCheck => {}
    };
}
