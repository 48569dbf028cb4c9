//! How the planner classifies changes and dependency edges: which edges order steps, which
//! constraints are derived from others, and each change kind's role (one exhaustive decision
//! per kind). Pure.

use super::*;

/// Dependency edges that do not order steps: a sequence's ownership by a column is set by its
/// own step (after the table), and an identity or serial column's table does not wait for it.
pub(super) fn ordering_edge(dependent: &ObjectId, referenced: &ObjectId) -> bool {
    !matches!(
        (dependent, referenced),
        (
            ObjectId::Sequence { .. },
            ObjectId::Column { .. } | ObjectId::Table { .. }
        )
    )
}

/// Whether `id` is a constraint PostgreSQL derives from another (a partition's or child's copy
/// of its parent's, or the copy a foreign key gets per partition of the table it references):
/// made and removed by the steps of the constraint and tables it comes from, it orders nothing
/// itself. Its edges would tie the referencing table's step to the referenced partitions' (a
/// false cycle when the table references itself or is recreated with them).
pub(super) fn derived_constraint(id: &ObjectId, schema: &Schema) -> bool {
    let ObjectId::Constraint { table, name } = id else {
        return false;
    };
    schema
        .tables
        .get(table)
        .and_then(|t| t.constraints.get(name))
        .is_some_and(|c| c.inherited)
}

/// How the planner treats a change: one exhaustive decision per kind (a new kind does not
/// compile until it is placed).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Comments, owners and privileges: they decorate an object that exists.
    Decoration,
    /// Drops of objects others only refer to (types, collations, routines, sequences,
    /// extensions, schemas): candidates for the cleanup phase.
    LateDrop,
    /// Sets a property of an object that exists.
    Property,
    /// Creates, replaces or drops its object.
    Establishes,
}

pub(super) fn role(c: &Change) -> Role {
    match c {
        Change::Comment { .. }
        | Change::SetOwner { .. }
        | Change::Grant { .. }
        | Change::Revoke { .. }
        | Change::DefaultPrivilege { .. } => Role::Decoration,
        Change::DropCollation(_)
        | Change::DropEnum(_)
        | Change::DropDomain(_)
        | Change::DropCompositeType(_)
        | Change::DropRangeType(_)
        | Change::DropFunction(_)
        | Change::DropAggregate(_)
        | Change::DropSequence(_)
        | Change::DropExtension(_)
        | Change::DropSchema(_) => Role::LateDrop,
        Change::SetSequenceOwnedBy { .. }
        | Change::SetRowLevelSecurity { .. }
        | Change::SetForceRowLevelSecurity { .. }
        | Change::SetReplicaIdentity { .. }
        | Change::SetTableLogged { .. }
        | Change::AttachPartition { .. }
        | Change::AttachIndex { .. }
        | Change::SetInherit { .. }
        | Change::DetachPartition { .. }
        | Change::SetColumnSettings { .. }
        | Change::SetTableOptions { .. }
        | Change::SetAccessMethod { .. }
        | Change::SetCluster { .. }
        | Change::SetIndexStatistics { .. }
        | Change::SetSequenceLogged { .. }
        | Change::SetTriggerEnabled { .. }
        | Change::ValidateConstraint { .. }
        | Change::SetNotNullOnline { .. } => Role::Property,
        Change::CreateSchema(_)
        | Change::CreateExtension(_)
        | Change::SetExtensionSchema { .. }
        | Change::UpdateExtension { .. }
        | Change::CreateEnum(_)
        | Change::AddEnumValue { .. }
        | Change::CreateDomain(_)
        | Change::AlterDomain { .. }
        | Change::CreateCompositeType(_)
        | Change::AlterCompositeType { .. }
        | Change::CreateCollation(_)
        | Change::CreateAggregate(_)
        | Change::CreateEventTrigger(_)
        | Change::DropEventTrigger(_)
        | Change::SetEventTriggerEnabled { .. }
        | Change::CreatePublication(_)
        | Change::DropPublication(_)
        | Change::CreateRangeType(_)
        | Change::CreateSequence(_)
        | Change::AlterSequence { .. }
        | Change::CreateTable(_)
        | Change::DropTable(_)
        | Change::StashTable { .. }
        | Change::CopyTableData { .. }
        | Change::AddColumn { .. }
        | Change::DropColumn { .. }
        | Change::AlterColumnType { .. }
        | Change::ReplaceColumn { .. }
        | Change::SetColumnDefault { .. }
        | Change::SetColumnNotNull { .. }
        | Change::AddConstraint { .. }
        | Change::DropConstraint { .. }
        | Change::CreatePolicy { .. }
        | Change::DropPolicy { .. }
        | Change::CreateIndex(_)
        | Change::DropIndex(_)
        | Change::CreateView(_)
        | Change::ReplaceView(_)
        | Change::DropView(_)
        | Change::CreateMaterializedView(_)
        | Change::DropMaterializedView(_)
        | Change::CreateFunction(_)
        | Change::ReplaceFunction(_)
        | Change::CreateTrigger(_)
        | Change::DropTrigger(_)
        | Change::AlterIdentity { .. }
        | Change::RecreateEnum { .. }
        | Change::RecreateType { .. }
        | Change::DropExpression { .. }
        | Change::CreateIndexConcurrently { .. }
        | Change::DropIndexConcurrently { .. }
        | Change::RenameIndex { .. }
        | Change::RenameConstraint { .. }
        | Change::AddConstraintNotValid { .. }
        | Change::AddKeyUsingIndex { .. }
        | Change::Unsupported { .. }
        | Change::CreateObject(_) => Role::Establishes,
        // Objects others only refer to wait, like types and functions, until what used them
        // has been changed to use something else.
        Change::DropObject(spec) => match spec {
            Spec::AccessMethod(_)
            | Spec::Operator(_)
            | Spec::OperatorFamily(_)
            | Spec::OperatorClass(_)
            | Spec::Cast(_)
            | Spec::Language(_)
            | Spec::Transform(_)
            | Spec::BaseType(_)
            | Spec::ShellType(_)
            | Spec::TextSearchParser(_)
            | Spec::TextSearchTemplate(_)
            | Spec::TextSearchDictionary(_)
            | Spec::TextSearchConfiguration(_)
            | Spec::ForeignDataWrapper(_)
            | Spec::ForeignServer(_) => Role::LateDrop,
            // A new default conversion for the same encodings needs the old one gone first.
            Spec::Conversion(_)
            | Spec::Rule(_)
            | Spec::Statistics(_)
            | Spec::UserMapping(_)
            | Spec::ForeignTable(_)
            | Spec::Subscription(_) => Role::Establishes,
        },
        Change::AlterObject { .. } => Role::Property,
    }
}

/// Whether a change creates, replaces or drops its object (rather than setting a property of
/// an object that exists).
pub(super) fn establishes(c: &Change) -> bool {
    matches!(role(c), Role::Establishes | Role::LateDrop)
}

/// Drops of objects others only refer to: candidates for the cleanup phase.
pub(super) fn may_drop_late(c: &Change) -> bool {
    role(c) == Role::LateDrop
}

pub(super) fn is_decoration(c: &Change) -> bool {
    role(c) == Role::Decoration
}
