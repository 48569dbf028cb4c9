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
    /// `VALIDATE CONSTRAINT` of a check added `NOT VALID`.
    ValidateCheck(String),
}

/// A column of a recreated table whose type changes: its rows are copied with this conversion
/// ([`Change::CopyTableData`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CopyCast {
    pub column: String,
    pub data_type: TypeRef,
    /// Through text: between enums, or to or from one (as [`Change::AlterColumnType`]).
    pub via_text: bool,
    /// The conversion a user gave (`--using`), instead of a cast of the column.
    pub using: Option<String>,
}

/// A column converted by [`Change::RecreateEnum`] or [`Change::RecreateType`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConvertedColumn {
    pub table: QualifiedName,
    pub column: String,
    /// The column's type as written (a collation's columns keep it; only COLLATE changes).
    pub data_type: TypeRef,
    /// The type itself, or an array of it.
    pub array: bool,
    /// The column had a default: it is dropped before the conversion (it names the old type).
    pub had_default: bool,
    /// The default set after the conversion.
    pub default: Option<String>,
}

impl ConvertedColumn {
    /// Whether it holds one of the types a [`Change::RecreateType`] recreates along
    /// (`dependents`, as (drop, create)): it is then parked as text while they go and come back.
    pub fn of_dependent(&self, dependents: &[(Change, Change)]) -> bool {
        dependents.iter().any(|(_, created)| {
            matches!(created.target(), ObjectId::Type { name } if self.data_type.names(&name))
        })
    }
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
        data_type: TypeRef,
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
        /// Columns that hold the domain inside an array, a composite value or another
        /// domain's array: PostgreSQL checks no such value in place ("cannot alter type ...
        /// because column ... uses it"), so an action that checks the stored values moves them
        /// off (as text) and back around it, which checks each value as it comes back.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        parked: Vec<ConvertedColumn>,
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
    /// `ALTER EVENT TRIGGER ... ENABLE / DISABLE` (`enabled` as in the catalog: O, D, R, A).
    SetEventTriggerEnabled {
        name: String,
        enabled: String,
    },
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
        /// A sequence the plan creates for a column that exists before it (a serial made of an
        /// integer column, an identity turned serial): its START and INCREMENT. It is moved past
        /// the values the column already holds, which it would otherwise hand out again.
        #[serde(skip_serializing_if = "Option::is_none")]
        past_rows: Option<(i64, i64)>,
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
        /// A partition's indexes attached to its parent's (with the keys they back): the detach
        /// leaves them on the stash under the names the new partition's copies take, so they are
        /// renamed away.
        released: Vec<QualifiedName>,
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
        /// Copied columns whose enum the plan recreates ([`Change::RecreateEnum`]): the stash
        /// still holds the old type, so they are copied through text.
        through_text: Vec<(String, TypeRef)>,
        /// Recreated enums whose old version (renamed away) this stash was the last to use: it
        /// is dropped after the stash.
        old_enums: Vec<QualifiedName>,
        /// Copied columns whose type changes with the table (not those in `through_text`):
        /// converted as `ALTER COLUMN ... TYPE` would, since an `INSERT` casts only where an
        /// assignment cast exists (text to integer has none).
        casts: Vec<CopyCast>,
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
        data_type: TypeRef,
        collation: Option<QualifiedName>,
        /// Convert through text (`USING col::text::type`): between enums, or to or from one,
        /// where PostgreSQL has no direct cast.
        via_text: bool,
        /// The conversion a user gave (`--using 'schema.table.column=EXPRESSION'`), instead of
        /// a cast of the column.
        using: Option<String>,
        /// A stored generated column: PostgreSQL computes it again from its expression and
        /// refuses a `USING` clause (ALTER TABLE, "SET DATA TYPE").
        generated: bool,
        /// Converted by PostgreSQL's assignment cast, with no `USING`: a foreign table inherits
        /// the column, and `USING` is refused where the change recurses into it.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        by_assignment: bool,
    },
    /// A column whose type cannot be converted (no cast path, and no `--using`): dropped and
    /// added again with the new type, default and constraints in one `ALTER TABLE`; its values
    /// are lost.
    ReplaceColumn {
        table: QualifiedName,
        old: Column,
        new: Column,
        /// A foreign table inherits the column, where `USING` is refused, and no cast applies
        /// without one (otherwise: there is no cast at all).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        foreign_heir: bool,
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
    /// ALTER COLUMN SET STATISTICS / SET STORAGE / SET COMPRESSION / SET (...) and RESET (...),
    /// for the settings that differ.
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
    /// `ALTER TABLE ... SET ACCESS METHOD` (rewrites the table); `None` is `heap`.
    SetAccessMethod {
        table: QualifiedName,
        method: Option<String>,
    },
    /// `ALTER TABLE ... CLUSTER ON index` (which unmarks any other index), or `SET WITHOUT
    /// CLUSTER` for `None`. Dropping the index unmarks it too.
    SetCluster {
        table: QualifiedName,
        index: Option<String>,
    },
    /// `ALTER INDEX ... ALTER COLUMN n SET STATISTICS`, for the index columns (by number,
    /// from one) whose target differs between `from` and `to`; a column `to` does not list
    /// goes back to the default (-1).
    SetIndexStatistics {
        index: QualifiedName,
        from: std::collections::BTreeMap<u16, i32>,
        to: std::collections::BTreeMap<u16, i32>,
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
    /// CREATE OR REPLACE FUNCTION / PROCEDURE from the definition, of a routine the plan creates
    /// (new, or dropped first).
    CreateFunction(Function),
    /// CREATE OR REPLACE FUNCTION / PROCEDURE of a routine that stays: same identity, result
    /// type and arguments, so it keeps its owner, grants and comment (no default privileges
    /// apply, unlike `CreateFunction`).
    ReplaceFunction(Function),
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
        /// A recreated table's stash still uses the old type (a partition key column cannot
        /// be converted): the old type, renamed away, is dropped with that stash
        /// ([`Change::CopyTableData`]) instead of here.
        keep_old: bool,
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
        /// Domains and ranges built over the type (directly or through one another), each
        /// (drop, create) in creation order: dropped before it (last first) and created after
        /// it, their columns among `columns`.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        dependents: Vec<(Change, Change)>,
        /// Tables made OF a recreated composite type (in both schemas): released (`NOT OF`)
        /// before the old type goes, their columns made to match the new attributes, and made
        /// OF the new type again.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        typed_tables: Vec<QualifiedName>,
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
    /// `ALTER TABLE ... RENAME CONSTRAINT`: a check or foreign key whose only change is its
    /// name (no scan of the rows, as dropping and adding it again would make).
    RenameConstraint {
        table: QualifiedName,
        from: String,
        to: String,
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
    /// A rule, statistics object, operator, cast, text search or foreign data object, ...
    /// (`model::object`); its comment, owner and privileges follow as their own changes.
    CreateObject(Spec),
    DropObject(Spec),
    /// An in-place change to such an object.
    AlterObject {
        id: ObjectId,
        action: ObjectAction,
    },
}

/// In-place changes to the objects of `model::object`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectAction {
    /// `ALTER TABLE ... ENABLE | DISABLE | ENABLE REPLICA | ENABLE ALWAYS RULE`.
    SetRuleEnabled(String),
    /// `ALTER STATISTICS ... SET STATISTICS` (`None`: back to the default).
    SetStatisticsTarget(Option<i32>),
    /// `OPTIONS (ADD | SET | DROP ...)` of a wrapper, server, user mapping or foreign table.
    SetOptions(Vec<OptionChange>),
    /// `ALTER FOREIGN TABLE ... ALTER COLUMN ... OPTIONS (...)`.
    SetColumnOptions {
        column: String,
        changes: Vec<OptionChange>,
    },
    /// `ALTER FOREIGN TABLE ... ADD CONSTRAINT name CHECK (...)` (with `NO INHERIT` and `NOT
    /// VALID` as its definition says).
    AddForeignCheck(ForeignCheck),
    /// `ALTER FOREIGN TABLE ... DROP CONSTRAINT name`.
    DropForeignCheck(String),
    /// `ALTER FOREIGN TABLE ... ADD COLUMN ...` (nothing is read or written: the rows are
    /// remote).
    AddForeignColumn(Box<crate::model::foreign::ForeignColumn>),
    /// `ALTER TABLE ONLY ... ALTER COLUMN ... SET STATISTICS | SET STORAGE | SET (...) | RESET
    /// (...)` of a foreign table's column.
    SetForeignColumnSettings {
        column: String,
        from: crate::model::ColumnSettings,
        to: crate::model::ColumnSettings,
    },
    /// `ALTER FOREIGN TABLE ... ALTER COLUMN ... SET DEFAULT | DROP DEFAULT`.
    SetForeignColumnDefault {
        column: String,
        default: Option<String>,
    },
    /// `ALTER FOREIGN TABLE ... ALTER COLUMN ... SET | DROP NOT NULL`.
    SetForeignColumnNotNull { column: String, not_null: bool },
    /// `ALTER TABLE parent ATTACH PARTITION ... FOR VALUES ...`: the foreign table becomes a
    /// partition (its columns, written out, must match the parent's).
    AttachForeignPartition(crate::model::PartitionOf),
    /// `ALTER TABLE parent DETACH PARTITION ...`: it stays, on its own.
    DetachForeignPartition(QualifiedName),
    /// `ALTER FOREIGN TABLE ... INHERIT parent` (`true`) or `NO INHERIT parent`.
    SetForeignInherit {
        parent: QualifiedName,
        inherit: bool,
    },
    /// `ALTER SERVER ... VERSION`.
    SetServerVersion(Option<String>),
    /// `ALTER FOREIGN DATA WRAPPER ... HANDLER | NO HANDLER, VALIDATOR | NO VALIDATOR`.
    SetWrapperFunctions {
        handler: Option<FunctionId>,
        validator: Option<FunctionId>,
    },
    /// `ALTER TEXT SEARCH CONFIGURATION ... ADD | ALTER | DROP MAPPING FOR token`: `None`
    /// drops the mapping; `existed` says whether the configuration maps the token already.
    SetMapping {
        token: String,
        dictionaries: Option<Vec<QualifiedName>>,
        existed: bool,
    },
    /// `ALTER SUBSCRIPTION ... SET PUBLICATION ... WITH (refresh = false)`.
    SetPublications(Vec<String>),
    /// `ALTER PUBLICATION ... ADD TABLE ..., TABLES IN SCHEMA ...`.
    AddToPublication {
        tables: Vec<PublicationTable>,
        schemas: Vec<String>,
    },
    /// `ALTER PUBLICATION ... DROP TABLE ..., TABLES IN SCHEMA ...` (in the drop phase: before
    /// the columns its column lists and row filters use go). `leaving`: they leave the
    /// publication (rather than being added back with another column list or row filter).
    DropFromPublication {
        tables: Vec<QualifiedName>,
        schemas: Vec<String>,
        leaving: bool,
    },
    /// `ALTER PUBLICATION ... SET (publish = ..., publish_via_partition_root = ...)`: the
    /// settings as the target has them.
    SetPublicationOptions(Box<Publication>),
    /// `ALTER SUBSCRIPTION ... CONNECTION`.
    SetConnection(String),
    /// `ALTER SUBSCRIPTION ... SET (slot_name = ..., binary = ..., ...)`: every setting as the
    /// target has it.
    SetSubscriptionSettings(Subscription),
    /// `ALTER TYPE ... SET (...)` of a base type: the support functions that change (by their
    /// keyword, `None` for `NONE`) and the storage, when it changes.
    SetTypeOptions {
        functions: Vec<(String, Option<FunctionId>)>,
        storage: Option<String>,
    },
    /// `CREATE OR REPLACE LANGUAGE | TRANSFORM`: the definition as the target has it (what
    /// uses the object stays).
    Replace(Box<Spec>),
}

/// One entry of an `OPTIONS (...)` clause of ALTER.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionChange {
    Add { name: String, value: String },
    Set { name: String, value: String },
    Drop { name: String },
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
