//! The typed change vocabulary between diff and SQL: verb x object. SQL is rendered later, in
//! `sql::render`, in one place.

use serde::Serialize;

use crate::model::*;

/// Where a new enum value goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EnumPosition {
    Before(String),
    After(String),
    End,
}

/// ALTER DOMAIN actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DomainAction {
    SetDefault(Option<String>),
    SetNotNull(bool),
    AddCheck(DomainCheck),
    DropCheck(String),
}

/// A column converted by [`Change::RecreateEnum`] or [`Change::RecreateType`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConvertedColumn {
    pub table: QualifiedName,
    pub column: String,
    /// The column's type as written (a collation's columns keep it; only COLLATE changes).
    pub data_type: String,
    /// The type itself, or an array of it.
    pub array: bool,
    /// The column had a default: it is dropped before the conversion (it names the old type).
    pub had_default: bool,
    /// The default set after the conversion.
    pub default: Option<String>,
}

/// ALTER TABLE ... ALTER COLUMN actions on an identity column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityAction {
    /// `replaces_sequence`: a standalone sequence of the same name (a serial's) goes first, and
    /// the new identity continues after the column's highest value.
    Add {
        identity: Identity,
        replaces_sequence: bool,
    },
    Drop,
    /// `SET GENERATED ALWAYS` (true) or `BY DEFAULT`.
    SetGenerated(bool),
    /// New sequence options (the data type follows the column's type).
    /// New sequence options; `narrowed` as for [`Change::AlterSequence`] (the identity's
    /// sequence is `sequence`).
    SetOptions {
        options: SequenceOptions,
        sequence: QualifiedName,
        narrowed: bool,
    },
}

/// The stages of [`Change::SetNotNullOnline`], in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotNullStage {
    AddCheck,
    Validate,
    SetNotNull,
    DropCheck,
}

/// ALTER TYPE actions on a composite type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributeAction {
    Add(Attribute),
    Drop(String),
    SetType {
        name: String,
        data_type: String,
        collation: Option<QualifiedName>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    CreateSchema(Namespace),
    DropSchema(Namespace),
    CreateExtension(Extension),
    DropExtension(Extension),
    /// `ALTER EXTENSION ... SET SCHEMA`: its objects move along, columns using its types keep
    /// their values.
    SetExtensionSchema {
        name: String,
        schema: String,
    },
    UpdateExtension {
        name: String,
        version: String,
    },
    CreateEnum(Enum),
    DropEnum(Enum),
    AddEnumValue {
        name: QualifiedName,
        value: String,
        position: EnumPosition,
    },
    CreateDomain(Domain),
    DropDomain(Domain),
    AlterDomain {
        name: QualifiedName,
        action: DomainAction,
    },
    CreateCompositeType(CompositeType),
    DropCompositeType(CompositeType),
    AlterCompositeType {
        name: QualifiedName,
        action: AttributeAction,
        /// Typed tables of the type follow it (`CASCADE`).
        cascade: bool,
    },
    CreateCollation(Collation),
    DropCollation(Collation),
    CreateAggregate(Aggregate),
    DropAggregate(Aggregate),
    CreateEventTrigger(EventTrigger),
    DropEventTrigger(EventTrigger),
    CreatePublication(Publication),
    DropPublication(Publication),
    CreateRangeType(RangeType),
    DropRangeType(RangeType),
    CreateSequence(Sequence),
    DropSequence(Sequence),
    AlterSequence {
        name: QualifiedName,
        options: SequenceOptions,
        /// The new bounds are narrower than the old ones: the sequence's current value may
        /// fall outside them (PostgreSQL then refuses the change), and it restarts at START.
        narrowed: bool,
    },
    SetSequenceOwnedBy {
        name: QualifiedName,
        owned_by: Option<(QualifiedName, String)>,
    },
    CreateTable(Table),
    DropTable(Table),
    /// The first half of recreating a table whose shape cannot change in place (its
    /// partitioning, the type a typed table is OF, the order of its parents, columns that must
    /// become inherited only): the table is renamed to `stash` (detached from its parent and its
    /// partitions `detach`, and from its inheritance parents first), and its identity sequences
    /// renamed away, so the new table can take every name. Its rows stay in the stash until
    /// [`Change::CopyTableData`].
    StashTable {
        table: Table,
        stash: QualifiedName,
        detach: Vec<QualifiedName>,
        /// Columns of the old table the new one does not have: their values are lost.
        lost_columns: Vec<String>,
    },
    /// The second half of a recreate: the stash's rows copied into the new table (by column
    /// name), identity sequences continued from the stashed ones, sequences owned by its columns
    /// handed to the new table, and the stash dropped. Runs once the new table and its
    /// partitions exist, before its keys, indexes, triggers and policies and before the foreign
    /// keys that reference it.
    CopyTableData {
        table: QualifiedName,
        stash: QualifiedName,
        /// Columns copied: those of the new table that the old one had (not generated ones).
        columns: Vec<String>,
        /// The stash is partitioned: its rows are in its partitions (no `ONLY`).
        partitioned: bool,
        /// The new table is partitioned: each row must fit one of its partitions.
        into_partitions: bool,
        /// An identity column `GENERATED ALWAYS` is among `columns`.
        overriding: bool,
        /// (stashed identity sequence, the new column's identity sequence).
        identities: Vec<(QualifiedName, QualifiedName)>,
        /// Sequences owned by the old table's columns and who owns them afterwards.
        owned_sequences: Vec<(QualifiedName, Option<(QualifiedName, String)>)>,
        /// Publications (unchanged otherwise) that list the table: the stash leaves them as it
        /// goes, the new table joins them.
        publications: Vec<(String, PublicationTable)>,
    },
    AddColumn {
        table: QualifiedName,
        column: Column,
    },
    DropColumn {
        table: QualifiedName,
        column: Column,
        /// `ALTER TABLE ONLY`: inheritance children keep the column as their own.
        only: bool,
    },
    AlterColumnType {
        table: QualifiedName,
        column: String,
        data_type: String,
        collation: Option<QualifiedName>,
        /// Convert through text (`USING col::text::type`): between enums, or to or from one,
        /// where PostgreSQL has no direct cast.
        via_text: bool,
        /// The conversion a user gave (`--using 'schema.table.column=EXPRESSION'`), instead of
        /// a cast of the column.
        using: Option<String>,
    },
    /// A column whose type cannot be converted (no cast path, and no `--using`): dropped and
    /// added again with the new type, default and constraints in one `ALTER TABLE`; its values
    /// are lost.
    ReplaceColumn {
        table: QualifiedName,
        old: Column,
        new: Column,
    },
    SetColumnDefault {
        table: QualifiedName,
        column: String,
        default: Option<String>,
    },
    SetColumnNotNull {
        table: QualifiedName,
        column: String,
        not_null: bool,
    },
    AddConstraint {
        table: QualifiedName,
        constraint: Constraint,
    },
    DropConstraint {
        table: QualifiedName,
        constraint: Constraint,
    },
    SetRowLevelSecurity {
        table: QualifiedName,
        enabled: bool,
    },
    SetForceRowLevelSecurity {
        table: QualifiedName,
        forced: bool,
    },
    SetReplicaIdentity {
        table: QualifiedName,
        identity: ReplicaIdentity,
    },
    /// ALTER COLUMN SET STATISTICS / SET STORAGE / SET COMPRESSION, for the settings that differ.
    SetColumnSettings {
        table: QualifiedName,
        column: String,
        from: ColumnSettings,
        to: ColumnSettings,
    },
    /// ALTER TABLE parent ATTACH PARTITION table FOR VALUES ... (keeps the table's rows).
    AttachPartition {
        table: QualifiedName,
        parent: QualifiedName,
        /// `FOR VALUES ...` or `DEFAULT`, as PostgreSQL prints it.
        bound: String,
    },
    /// ALTER INDEX parent ATTACH PARTITION index: a partition's index becomes a partition of its
    /// parent table's partitioned index (a no-op when ATTACH PARTITION already adopted it).
    AttachIndex {
        index: QualifiedName,
        parent: QualifiedName,
    },
    /// ALTER TABLE table INHERIT parent / NO INHERIT parent.
    SetInherit {
        table: QualifiedName,
        parent: QualifiedName,
        inherit: bool,
    },
    /// ALTER TABLE parent DETACH PARTITION table (the table stays, standalone).
    DetachPartition {
        table: QualifiedName,
        parent: QualifiedName,
    },
    /// ALTER TABLE SET LOGGED / SET UNLOGGED (rewrites the table).
    SetTableLogged {
        table: QualifiedName,
        logged: bool,
    },
    /// ALTER TABLE RESET (...), SET (...): storage parameters, `name=value` as reloptions
    /// lists them.
    SetTableOptions {
        table: QualifiedName,
        set: Vec<String>,
        reset: Vec<String>,
    },
    /// ALTER SEQUENCE SET LOGGED / SET UNLOGGED.
    SetSequenceLogged {
        name: QualifiedName,
        logged: bool,
    },
    CreatePolicy {
        table: QualifiedName,
        policy: Policy,
    },
    DropPolicy {
        table: QualifiedName,
        policy: Policy,
    },
    CreateIndex(Index),
    DropIndex(Index),
    CreateView(View),
    /// CREATE OR REPLACE VIEW: same columns, possibly more appended.
    ReplaceView(View),
    DropView(View),
    CreateMaterializedView(View),
    DropMaterializedView(View),
    /// CREATE OR REPLACE FUNCTION / PROCEDURE from the definition.
    CreateFunction(Function),
    DropFunction(Function),
    CreateTrigger(Trigger),
    DropTrigger(Trigger),
    SetTriggerEnabled {
        table: QualifiedName,
        name: String,
        enabled: String,
    },
    Comment {
        target: ObjectId,
        comment: Option<String>,
    },
    Grant {
        target: ObjectId,
        grant: Grant,
    },
    Revoke {
        target: ObjectId,
        grant: Grant,
    },
    /// `ALTER ... OWNER TO` (only when owners are managed: `[diff] owners = true`).
    SetOwner {
        target: ObjectId,
        owner: String,
    },
    /// Identity of a column added, dropped, switched or re-optioned in place.
    AlterIdentity {
        table: QualifiedName,
        column: String,
        action: IdentityAction,
    },
    /// An enum whose values are removed or reordered: renamed away, created anew, every column
    /// using it converted through text, the old type dropped. One step, so it is atomic.
    RecreateEnum {
        old: Enum,
        new: Enum,
        columns: Vec<ConvertedColumn>,
    },
    /// A domain, range, composite type or collation that must be recreated (a new base type,
    /// subtype options, attribute types, locale) while table columns use it: the columns are
    /// moved off it, the type dropped and created anew, the columns moved back, in one step.
    /// Domains and ranges park their columns as text, a collation's columns the default
    /// collation; a composite is renamed away instead, so its columns are rebuilt field by
    /// field (by attribute name).
    RecreateType {
        drop: Box<Change>,
        create: Box<Change>,
        columns: Vec<ConvertedColumn>,
    },
    /// A stored generated column becomes a plain column (its values stay).
    DropExpression {
        table: QualifiedName,
        column: String,
    },
    /// `ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] GRANT|REVOKE ...`.
    DefaultPrivilege {
        role: String,
        schema: Option<String>,
        /// `tables`, `sequences`, `functions`, `types` or `schemas`.
        object_type: String,
        grant: Grant,
        revoke: bool,
    },
    /// `CREATE [UNIQUE] INDEX CONCURRENTLY` (safety: the table keeps taking writes), under
    /// `build_as` when it is built beside the index it replaces.
    CreateIndexConcurrently {
        index: Index,
        build_as: Option<String>,
    },
    /// `DROP INDEX CONCURRENTLY IF EXISTS`: an index of a live table, or (`leftover`) whatever an
    /// interrupted concurrent build of that name left, cleared before the build.
    DropIndexConcurrently {
        name: QualifiedName,
        leftover: bool,
    },
    /// `ALTER INDEX ... RENAME TO`: an index built beside the old one takes its name.
    RenameIndex {
        table: QualifiedName,
        from: QualifiedName,
        to: String,
    },
    /// `ADD CONSTRAINT ... NOT VALID`: a foreign key or check whose existing rows are checked
    /// afterwards by [`Change::ValidateConstraint`].
    AddConstraintNotValid {
        table: QualifiedName,
        constraint: Constraint,
    },
    /// `VALIDATE CONSTRAINT`: checks the existing rows under a lock that lets reads and writes
    /// through.
    ValidateConstraint {
        table: QualifiedName,
        constraint: String,
    },
    /// `ADD CONSTRAINT ... PRIMARY KEY|UNIQUE USING INDEX`: a unique index built concurrently
    /// becomes the key (and takes its name); `replaces`: an old key of that name was dropped in
    /// the same transaction.
    AddKeyUsingIndex {
        table: QualifiedName,
        constraint: Constraint,
        index: String,
        replaces: bool,
    },
    /// One stage of `SET NOT NULL` on a live table without a scan under the exclusive lock:
    /// a `CHECK (col IS NOT NULL) NOT VALID` named `check`, its validation, `SET NOT NULL`
    /// (proven by the valid check), and the check dropped.
    SetNotNullOnline {
        table: QualifiedName,
        column: String,
        check: String,
        stage: NotNullStage,
    },
    /// A difference pgshift cannot express yet; planning refuses with this message.
    Unsupported {
        target: ObjectId,
        what: String,
    },
}

/// When a step runs relative to others: drops first (in reverse dependency order), then
/// creates and alters (in dependency order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Drop,
    Create,
    /// Drops of objects others only refer to (types, collations, functions, sequences,
    /// extensions, schemas) that are not recreated: they wait until what referred to them has
    /// been altered to refer to something else. The planner assigns it.
    Cleanup,
}

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
            | SetTableOptions { table, .. } => t(table),
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
            CreateFunction(f) | DropFunction(f) => ObjectId::Function { id: f.id.clone() },
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
        )
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
            | DefaultPrivilege { revoke: true, .. }
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
            | SetSequenceLogged { .. }
            | CreatePolicy { .. }
            | CreateIndex(_)
            | CreateView(_)
            | ReplaceView(_)
            | CreateMaterializedView(_)
            | CreateFunction(_)
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
            | AddConstraintNotValid { .. }
            | ValidateConstraint { .. }
            | AddKeyUsingIndex { .. }
            | SetNotNullOnline { .. }
            | ReplaceColumn { .. } => Phase::Create,
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
            | AddConstraintNotValid { .. }
            | AddKeyUsingIndex { .. }
            | SetNotNullOnline { .. }
            | Unsupported { .. }
            | ReplaceColumn { .. } => true,
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
            CreateFunction(_) | DropFunction(_) => 9,
            // After the CHECK constraints the parent requires of its children.
            SetInherit { .. } => 8,
            CreateIndex(_) | DropIndex(_) | AttachIndex { .. } => 10,
            SetReplicaIdentity { .. } | SetTableOptions { .. } => 11,
            SetTableLogged { .. } => 5,
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
            AddConstraintNotValid { .. } | ValidateConstraint { .. } | AddKeyUsingIndex { .. } => 7,
            SetNotNullOnline { .. } => 5,
        }
    }
}
