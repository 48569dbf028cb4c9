//! What the planner asks of a change: the object it is about (its node in the plan graph),
//! whether it creates that object, its phase, whether it may run in a transaction, and its rank
//! among otherwise free steps. Each is a total function over [`Change`]: a new change kind does
//! not compile until each is decided.

use super::change::*;
use crate::model::*;

impl Change {
    /// The change's kind in words (`add column`, `create table`), for summaries.
    pub fn verb(&self) -> String {
        // Changes serialize tagged by their snake_case kind (`"change": "add_column"`).
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.get("change").and_then(|c| c.as_str()).map(str::to_string))
            .unwrap_or_default()
            .replace('_', " ")
    }

    /// A privilege revoked on a whole table, view or materialized view: PostgreSQL revokes it
    /// on each of its columns too (docs, REVOKE), which the diff and the planner both allow for.
    pub fn relation_revoke(&self) -> Option<(&QualifiedName, &Grant)> {
        match self {
            Change::Revoke {
                target:
                    ObjectId::Table { name }
                    | ObjectId::View { name }
                    | ObjectId::MaterializedView { name },
                grant,
            } => Some((name, grant)),
            _ => None,
        }
    }

    /// The object this change is about (the node it becomes in the plan graph).
    pub fn target(&self) -> ObjectId {
        use Change::*;
        let t = |n: &QualifiedName| ObjectId::Table { name: n.clone() };
        let ty = |n: &QualifiedName| ObjectId::Type { name: n.clone() };
        match self {
            CreateSchema(s) | DropSchema(s) => ObjectId::Schema {
                name: s.name.clone(),
            },
            CreateExtension(e) | DropExtension(e) => ObjectId::Extension {
                name: e.name.clone(),
            },
            UpdateExtension { name, .. } | SetExtensionSchema { name, .. } => {
                ObjectId::Extension { name: name.clone() }
            }
            CreateEnum(e) | DropEnum(e) => ty(&e.name),
            AddEnumValue { name, .. } => ty(name),
            CreateDomain(d) | DropDomain(d) => ty(&d.name),
            CreateCollation(c) | DropCollation(c) => ObjectId::Collation {
                name: c.name.clone(),
            },
            CreateAggregate(a) | DropAggregate(a) => ObjectId::Aggregate { id: a.id.clone() },
            CreateEventTrigger(e) | DropEventTrigger(e) => ObjectId::EventTrigger {
                name: e.name.clone(),
            },
            SetEventTriggerEnabled { name, .. } => ObjectId::EventTrigger { name: name.clone() },
            CreatePublication(p) | DropPublication(p) => ObjectId::Publication {
                name: p.name.clone(),
            },
            AlterDomain { name, .. } | AlterCompositeType { name, .. } => ty(name),
            CreateCompositeType(c) | DropCompositeType(c) => ty(&c.name),
            CreateRangeType(r) | DropRangeType(r) => ty(&r.name),
            CreateSequence(s) | DropSequence(s) => ObjectId::Sequence {
                name: s.name.clone(),
            },
            AlterSequence { name, .. } | SetSequenceOwnedBy { name, .. } => {
                ObjectId::Sequence { name: name.clone() }
            }
            CreateTable(x) | DropTable(x) | StashTable { table: x, .. } => t(&x.name),
            // Its own node: the new table's partitions come before it, its keys after.
            CopyTableData { stash, .. } => t(stash),
            AddColumn { table, column } | DropColumn { table, column, .. } => ObjectId::Column {
                table: table.clone(),
                column: column.name.clone(),
            },
            ReplaceColumn { table, new, .. } => ObjectId::Column {
                table: table.clone(),
                column: new.name.clone(),
            },
            AlterColumnType { table, column, .. }
            | SetColumnDefault { table, column, .. }
            | SetColumnNotNull { table, column, .. }
            | SetColumnSettings { table, column, .. } => ObjectId::Column {
                table: table.clone(),
                column: column.clone(),
            },
            AddConstraint { table, constraint } | DropConstraint { table, constraint } => {
                ObjectId::Constraint {
                    table: table.clone(),
                    name: constraint.name.clone(),
                }
            }
            SetRowLevelSecurity { table, .. }
            | SetForceRowLevelSecurity { table, .. }
            | SetReplicaIdentity { table, .. }
            | SetTableLogged { table, .. }
            | AttachPartition { table, .. }
            | SetInherit { table, .. }
            | DetachPartition { table, .. }
            | SetTableOptions { table, .. }
            | SetAccessMethod { table, .. }
            | SetCluster { table, index: None } => t(table),
            // The index it marks: set once the index exists.
            SetCluster {
                table,
                index: Some(index),
            } => ObjectId::Index {
                name: QualifiedName::new(table.schema.clone(), index.clone()),
            },
            SetIndexStatistics { index, .. } => ObjectId::Index {
                name: index.clone(),
            },
            SetSequenceLogged { name, .. } => ObjectId::Sequence { name: name.clone() },
            CreatePolicy { table, policy } | DropPolicy { table, policy } => ObjectId::Policy {
                table: table.clone(),
                name: policy.name.clone(),
            },
            CreateIndex(i) | DropIndex(i) => ObjectId::Index {
                name: i.name.clone(),
            },
            AttachIndex { index, .. } => ObjectId::Index {
                name: index.clone(),
            },
            CreateView(v) | ReplaceView(v) | DropView(v) => ObjectId::View {
                name: v.name.clone(),
            },
            CreateMaterializedView(v) | DropMaterializedView(v) => ObjectId::MaterializedView {
                name: v.name.clone(),
            },
            CreateFunction(f) | ReplaceFunction(f) | DropFunction(f) => {
                ObjectId::Function { id: f.id.clone() }
            }
            CreateTrigger(x) | DropTrigger(x) => ObjectId::Trigger {
                table: x.table.clone(),
                name: x.name.clone(),
            },
            RecreateEnum { new, .. } => ty(&new.name),
            RecreateType { create, .. } => create.target(),
            AlterIdentity { table, column, .. } | DropExpression { table, column } => {
                ObjectId::Column {
                    table: table.clone(),
                    column: column.clone(),
                }
            }
            SetTriggerEnabled { table, name, .. } => ObjectId::Trigger {
                table: table.clone(),
                name: name.clone(),
            },
            Comment { target, .. }
            | SetOwner { target, .. }
            | Grant { target, .. }
            | Revoke { target, .. }
            | Unsupported { target, .. } => target.clone(),
            CreateIndexConcurrently { index, .. } => ObjectId::Index {
                name: index.name.clone(),
            },
            DropIndexConcurrently { name, .. } => ObjectId::Index { name: name.clone() },
            RenameConstraint { table, to, .. } => ObjectId::Constraint {
                table: table.clone(),
                name: to.clone(),
            },
            RenameIndex { from, to, .. } => ObjectId::Index {
                name: QualifiedName::new(from.schema.clone(), to.clone()),
            },
            AddConstraintNotValid { table, constraint }
            | AddKeyUsingIndex {
                table, constraint, ..
            } => ObjectId::Constraint {
                table: table.clone(),
                name: constraint.name.clone(),
            },
            ValidateConstraint { table, constraint } => ObjectId::Constraint {
                table: table.clone(),
                name: constraint.clone(),
            },
            SetNotNullOnline { table, column, .. } => ObjectId::Column {
                table: table.clone(),
                column: column.clone(),
            },
            // The schema they apply to (or none: every schema); they only follow its creation.
            DefaultPrivilege { schema, .. } => ObjectId::Schema {
                name: schema.clone().unwrap_or_default(),
            },
            CreateObject(spec) | DropObject(spec) => spec.id(),
            AlterObject { id, .. } => id.clone(),
        }
    }

    /// Whether the change creates its target anew (so it is owned by the role that runs it).
    pub fn creates(&self) -> bool {
        use Change::*;
        matches!(
            self,
            CreateSchema(_)
                | CreateExtension(_)
                | CreateEnum(_)
                | RecreateEnum { .. }
                | RecreateType { .. }
                | CreateDomain(_)
                | CreateCompositeType(_)
                | CreateCollation(_)
                | CreateAggregate(_)
                | CreateEventTrigger(_)
                | CreatePublication(_)
                | CreateRangeType(_)
                | CreateSequence(_)
                | CreateTable(_)
                | CreateView(_)
                | CreateMaterializedView(_)
                | CreateFunction(_)
                | CreateObject(_)
        )
    }

    /// The columns whose shape the change alters (retyped, replaced, dropped, their expression
    /// dropped, or moved off a type the plan recreates and back), each with whether the change
    /// is made on the column itself (which PostgreSQL passes down to partitions and children)
    /// rather than on its type. Indexes and constraints over such a column may go with it.
    pub fn reshaped_columns(&self) -> Vec<(&QualifiedName, &str, bool)> {
        use Change::*;
        match self {
            AlterColumnType { table, column, .. } | DropExpression { table, column } => {
                vec![(table, column.as_str(), true)]
            }
            ReplaceColumn {
                table, old: column, ..
            }
            | DropColumn { table, column, .. } => vec![(table, column.name.as_str(), true)],
            RecreateEnum { columns, .. }
            | RecreateType { columns, .. }
            | AlterDomain {
                parked: columns, ..
            } => columns
                .iter()
                .map(|c| (&c.table, c.column.as_str(), false))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn phase(&self) -> Phase {
        use Change::*;
        match self {
            DropIndexConcurrently { .. }
            | DropSchema(_)
            | DropExtension(_)
            | DropEnum(_)
            | DropDomain(_)
            | DropCompositeType(_)
            | DropRangeType(_)
            | DropSequence(_)
            | DropTable(_)
            | StashTable { .. }
            // Before the parent's new columns, which a detached table must not receive.
            | DetachPartition { .. }
            | SetInherit { inherit: false, .. }
            | DropColumn { .. }
            | DropConstraint { .. }
            | DropPolicy { .. }
            | DropIndex(_)
            | DropView(_)
            | DropMaterializedView(_)
            | DropFunction(_)
            | DropTrigger(_)
            | DropCollation(_)
            | DropAggregate(_)
            | DropEventTrigger(_)
            | DropPublication(_)
            | DropObject(_)
            | AlterDomain {
                action: DomainAction::DropCheck(_),
                ..
            }
            | AlterCompositeType {
                action: AttributeAction::Drop(_),
                ..
            }
            | Revoke { .. }
            // A default going away may use a sequence or function the plan drops.
            | SetColumnDefault { default: None, .. }
            | AlterDomain {
                action: DomainAction::SetDefault(None),
                ..
            }
            | DefaultPrivilege { revoke: true, .. }
            // Before the columns its column lists and row filters use are dropped.
            | AlterObject {
                action: ObjectAction::DropFromPublication { .. },
                ..
            }
            // Out of its old partition before any partition is attached (the bounds may
            // overlap) and before its old parent is dropped (which would take it along).
            | AlterObject {
                action: ObjectAction::DetachForeignPartition(_),
                ..
            }
            | AlterObject {
                action: ObjectAction::SetForeignInherit { inherit: false, .. },
                ..
            }
            // Frees the identity's sequence name for a serial's sequence.
            | AlterIdentity {
                action: IdentityAction::Drop,
                ..
            } => Phase::Drop,
            // Everything else creates or alters, in dependency order.
            CreateSchema(_)
            | CreateExtension(_)
            | SetExtensionSchema { .. }
            | UpdateExtension { .. }
            | CreateEnum(_)
            | AddEnumValue { .. }
            | CreateDomain(_)
            | AlterDomain { .. }
            | CreateCompositeType(_)
            | AlterCompositeType { .. }
            | CreateCollation(_)
            | CreateAggregate(_)
            | CreateEventTrigger(_)
            | SetEventTriggerEnabled { .. }
            | CreatePublication(_)
            | CreateRangeType(_)
            | CreateSequence(_)
            | AlterSequence { .. }
            | SetSequenceOwnedBy { .. }
            | CreateTable(_)
            | CopyTableData { .. }
            | AddColumn { .. }
            | AlterColumnType { .. }
            | SetColumnDefault { .. }
            | SetColumnNotNull { .. }
            | AddConstraint { .. }
            | SetRowLevelSecurity { .. }
            | SetForceRowLevelSecurity { .. }
            | SetReplicaIdentity { .. }
            | SetColumnSettings { .. }
            | AttachPartition { .. }
            | AttachIndex { .. }
            | SetInherit { .. }
            | SetTableLogged { .. }
            | SetTableOptions { .. }
            | SetAccessMethod { .. }
            | SetCluster { .. }
            | SetIndexStatistics { .. }
            | SetSequenceLogged { .. }
            | CreatePolicy { .. }
            | CreateIndex(_)
            | CreateView(_)
            | ReplaceView(_)
            | CreateMaterializedView(_)
            | CreateFunction(_)
            | ReplaceFunction(_)
            | CreateTrigger(_)
            | SetTriggerEnabled { .. }
            | Comment { .. }
            | Grant { .. }
            | SetOwner { .. }
            | AlterIdentity { .. }
            | RecreateEnum { .. }
            | RecreateType { .. }
            | DropExpression { .. }
            | DefaultPrivilege { .. }
            | Unsupported { .. }
            | CreateIndexConcurrently { .. }
            | RenameIndex { .. }
            | RenameConstraint { .. }
            | AddConstraintNotValid { .. }
            | ValidateConstraint { .. }
            | AddKeyUsingIndex { .. }
            | SetNotNullOnline { .. }
            | ReplaceColumn { .. }
            | CreateObject(_)
            | AlterObject { .. } => Phase::Create,
        }
    }

    /// Whether the change may run inside a transaction block. Concurrent index builds and drops
    /// cannot (PostgreSQL docs, CREATE INDEX, "Building Indexes Concurrently"); validations run
    /// on their own so the table is not held by the rest of a transaction meanwhile.
    pub fn transactional(&self) -> bool {
        use Change::*;
        match self {
            CreateIndexConcurrently { .. }
            | DropIndexConcurrently { .. }
            | ValidateConstraint { .. }
            | SetNotNullOnline {
                stage: NotNullStage::Validate,
                ..
            } => false,
            CreateSchema(_)
            | DropSchema(_)
            | CreateExtension(_)
            | DropExtension(_)
            | SetExtensionSchema { .. }
            | UpdateExtension { .. }
            | CreateEnum(_)
            | DropEnum(_)
            | AddEnumValue { .. }
            | CreateDomain(_)
            | DropDomain(_)
            | AlterDomain { .. }
            | CreateCompositeType(_)
            | DropCompositeType(_)
            | AlterCompositeType { .. }
            | CreateCollation(_)
            | DropCollation(_)
            | CreateAggregate(_)
            | DropAggregate(_)
            | CreateEventTrigger(_)
            | DropEventTrigger(_)
            | SetEventTriggerEnabled { .. }
            | CreatePublication(_)
            | DropPublication(_)
            | CreateRangeType(_)
            | DropRangeType(_)
            | CreateSequence(_)
            | DropSequence(_)
            | AlterSequence { .. }
            | SetSequenceOwnedBy { .. }
            | CreateTable(_)
            | DropTable(_)
            | StashTable { .. }
            | CopyTableData { .. }
            | AddColumn { .. }
            | DropColumn { .. }
            | AlterColumnType { .. }
            | SetColumnDefault { .. }
            | SetColumnNotNull { .. }
            | AddConstraint { .. }
            | DropConstraint { .. }
            | SetRowLevelSecurity { .. }
            | SetForceRowLevelSecurity { .. }
            | SetReplicaIdentity { .. }
            | SetColumnSettings { .. }
            | AttachPartition { .. }
            | AttachIndex { .. }
            | SetInherit { .. }
            | DetachPartition { .. }
            | SetTableLogged { .. }
            | SetTableOptions { .. }
            | SetAccessMethod { .. }
            | SetCluster { .. }
            | SetIndexStatistics { .. }
            | SetSequenceLogged { .. }
            | CreatePolicy { .. }
            | DropPolicy { .. }
            | CreateIndex(_)
            | DropIndex(_)
            | CreateView(_)
            | ReplaceView(_)
            | DropView(_)
            | CreateMaterializedView(_)
            | DropMaterializedView(_)
            | CreateFunction(_)
            | ReplaceFunction(_)
            | DropFunction(_)
            | CreateTrigger(_)
            | DropTrigger(_)
            | SetTriggerEnabled { .. }
            | Comment { .. }
            | Grant { .. }
            | Revoke { .. }
            | SetOwner { .. }
            | AlterIdentity { .. }
            | RecreateEnum { .. }
            | RecreateType { .. }
            | DropExpression { .. }
            | DefaultPrivilege { .. }
            | RenameIndex { .. }
            | RenameConstraint { .. }
            | AddConstraintNotValid { .. }
            | AddKeyUsingIndex { .. }
            | SetNotNullOnline { .. }
            | Unsupported { .. }
            | ReplaceColumn { .. }
            | CreateObject(_)
            | DropObject(_)
            | AlterObject { .. } => true,
        }
    }

    /// Order among steps that are otherwise free to run in any order (lower first); keeps the
    /// output stable and readable: types before tables before indexes before views ...
    pub fn rank(&self) -> u8 {
        use Change::*;
        match self {
            CreateSchema(_) | DropSchema(_) => 0,
            CreateCollation(_) | DropCollation(_) => 2,
            CreateAggregate(_) | DropAggregate(_) => 9,
            CreateEventTrigger(_)
            | DropEventTrigger(_)
            | SetEventTriggerEnabled { .. }
            | CreatePublication(_)
            | DropPublication(_) => 16,
            CreateExtension(_)
            | DropExtension(_)
            | UpdateExtension { .. }
            | SetExtensionSchema { .. } => 1,
            CreateEnum(_)
            | DropEnum(_)
            | AddEnumValue { .. }
            | CreateDomain(_)
            | DropDomain(_)
            | AlterDomain { .. }
            | AlterCompositeType { .. }
            | CreateCompositeType(_)
            | DropCompositeType(_)
            | CreateRangeType(_)
            | DropRangeType(_)
            | RecreateEnum { .. }
            | RecreateType { .. } => 2,
            CreateSequence(_)
            | DropSequence(_)
            | AlterSequence { .. }
            | SetSequenceLogged { .. } => 3,
            CreateTable(_) | DropTable(_) | StashTable { .. } | CopyTableData { .. } => 4,
            AddColumn { .. }
            | DropColumn { .. }
            | ReplaceColumn { .. }
            | AlterColumnType { .. }
            | SetColumnDefault { .. }
            | SetColumnNotNull { .. }
            | SetColumnSettings { .. }
            | AlterIdentity { .. }
            | DropExpression { .. } => 5,
            SetSequenceOwnedBy { .. } => 6,
            AddConstraint { constraint, .. } | DropConstraint { constraint, .. } => {
                if constraint.kind == ConstraintKind::ForeignKey {
                    8
                } else {
                    7
                }
            }
            // After tables: SQL function bodies are checked at creation and may read tables;
            // functions that a default, check or index uses come first through their
            // dependency edges.
            CreateFunction(_) | ReplaceFunction(_) | DropFunction(_) => 9,
            // After the CHECK constraints the parent requires of its children.
            SetInherit { .. } => 8,
            CreateIndex(_) | DropIndex(_) | AttachIndex { .. } => 10,
            // After the indexes they name.
            SetReplicaIdentity { .. }
            | SetTableOptions { .. }
            | SetCluster { .. }
            | SetIndexStatistics { .. } => 11,
            // Rewrites the table: before its new indexes are built.
            SetTableLogged { .. } | SetAccessMethod { .. } => 5,
            // After the columns and their NOT NULLs that the parent requires.
            AttachPartition { .. } | DetachPartition { .. } => 6,
            CreateView(_) | ReplaceView(_) | DropView(_) => 12,
            CreateMaterializedView(_) | DropMaterializedView(_) => 13,
            CreateTrigger(_) | DropTrigger(_) | SetTriggerEnabled { .. } => 14,
            SetRowLevelSecurity { .. } | SetForceRowLevelSecurity { .. } => 15,
            CreatePolicy { .. } | DropPolicy { .. } => 16,
            // Before grants: a new owner takes over the old owner's privileges.
            Comment { .. } | SetOwner { .. } => 17,
            Grant { .. } | Revoke { .. } | DefaultPrivilege { .. } => 18,
            Unsupported { .. } => 19,
            CreateIndexConcurrently { .. } | DropIndexConcurrently { .. } | RenameIndex { .. } => {
                10
            }
            AddConstraintNotValid { .. }
            | ValidateConstraint { .. }
            | AddKeyUsingIndex { .. }
            | RenameConstraint { .. } => 7,
            SetNotNullOnline { .. } => 5,
            CreateObject(spec) | DropObject(spec) => spec_rank(spec),
            AlterObject { id, .. } => match id {
                ObjectId::Rule { .. } | ObjectId::Publication { .. } => 16,
                ObjectId::Statistics { .. } => 11,
                _ => 9,
            },
        }
    }
}

/// [`Change::rank`] of the objects of `model::object`: access methods and wrappers early (tables
/// and servers use them), operators and casts after functions, statistics after indexes, rules
/// after views.
fn spec_rank(spec: &Spec) -> u8 {
    match spec {
        Spec::AccessMethod(_) | Spec::ForeignDataWrapper(_) | Spec::ForeignServer(_) => 1,
        // With the other types; the I/O functions go between the shell and the type through
        // their dependency edges.
        Spec::BaseType(_) | Spec::ShellType(_) => 2,
        Spec::UserMapping(_) => 2,
        Spec::Conversion(_)
        | Spec::Language(_)
        | Spec::Transform(_)
        | Spec::TextSearchParser(_)
        | Spec::TextSearchTemplate(_)
        | Spec::TextSearchDictionary(_)
        | Spec::TextSearchConfiguration(_)
        | Spec::Operator(_)
        | Spec::OperatorFamily(_)
        | Spec::OperatorClass(_)
        | Spec::Cast(_) => 9,
        Spec::ForeignTable(_) => 4,
        Spec::Statistics(_) => 11,
        Spec::Rule(_) => 16,
        Spec::Subscription(_) => 17,
    }
}
