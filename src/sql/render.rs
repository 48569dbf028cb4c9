//! One change -> its SQL statement. Exhaustive over [`Change`]: a new change kind is a compile
//! error here until it renders. Each arm calls the renderer of its object family (`schemas`,
//! `types`, `tables`, `columns`, `indexes`, `views`, `routines`, `triggers`, `publications`,
//! `privileges`, `objects`); this file only dispatches and says how a change is written
//! ([`Mode`]).

use super::{columns, indexes, privileges, publications, routines, schemas, tables, triggers};
use super::{types, views};
use crate::diff::Change;

pub use super::columns::column_definition;

/// How a change is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// As is.
    Plain,
    /// Guarded with `IF [NOT] EXISTS` wherever PostgreSQL has the clause (tables, columns,
    /// sequences, schemas, constraint and object drops), so a file run statement by statement
    /// survives a re-run after a failure part-way.
    Rerunnable,
}

/// The SQL of a change, without a trailing semicolon.
pub fn render(change: &Change) -> String {
    render_in(change, Mode::Plain)
}

/// [`render`] in [`Mode::Rerunnable`].
pub fn render_rerunnable(change: &Change) -> String {
    render_in(change, Mode::Rerunnable)
}

/// The SQL of a change written in `mode`, in a form PostgreSQL reads back as the catalog
/// printed it ([`super::reparse`]).
pub fn render_in(change: &Change, mode: Mode) -> String {
    let mut sql = render_change(change, mode);
    for stable in [
        super::reparse::stable_array_casts,
        super::reparse::stable_bool_nesting,
        super::reparse::stable_column_names,
    ] {
        if let std::borrow::Cow::Owned(rewritten) = stable(&sql) {
            sql = rewritten;
        }
    }
    sql
}

/// The SQL of a change written in `mode`. Exhaustive over [`Change`].
fn render_change(change: &Change, mode: Mode) -> String {
    use Change::*;
    let rerun = mode == Mode::Rerunnable;
    let if_exists = if rerun { "IF EXISTS " } else { "" };
    let if_not_exists = if rerun { "IF NOT EXISTS " } else { "" };
    match change {
        CreateSchema(s) => schemas::create_schema(s, if_not_exists),
        DropSchema(s) => schemas::drop_schema(s, if_exists),
        CreateExtension(e) => schemas::create_extension(e),
        DropExtension(e) => schemas::drop_extension(e, if_exists),
        UpdateExtension { name, version } => schemas::update_extension(name, version),
        CreateEnum(e) => types::create_enum(e),
        DropEnum(e) => types::drop_enum(e, if_exists),
        AddEnumValue {
            name,
            value,
            position,
        } => types::add_enum_value(name, value, position),
        CreateDomain(d) => types::create_domain(d),
        DropDomain(d) => types::drop_domain(d, if_exists),
        CreateCollation(c) => types::create_collation(c),
        DropCollation(c) => types::drop_collation(c, if_exists),
        CreateAggregate(a) => routines::create_aggregate(a),
        DropAggregate(a) => routines::drop_aggregate(a, if_exists),
        CreateEventTrigger(e) => triggers::create_event_trigger(e),
        DropEventTrigger(e) => triggers::drop_event_trigger(e, if_exists),
        SetEventTriggerEnabled { name, enabled } => {
            triggers::set_event_trigger_enabled(name, enabled)
        }
        CreatePublication(p) => publications::create_publication(p),
        DropPublication(p) => publications::drop_publication(p, if_exists),
        AlterDomain {
            name,
            action,
            parked,
        } => types::alter_domain(name, action, parked),
        AlterCompositeType {
            name,
            action,
            cascade,
        } => types::alter_composite_type(name, action, cascade),
        CreateCompositeType(c) => types::create_composite_type(c),
        DropCompositeType(c) => types::drop_composite_type(c, if_exists),
        CreateRangeType(r) => types::create_range_type(r),
        DropRangeType(r) => types::drop_range_type(r, if_exists),
        CreateSequence(s) => schemas::create_sequence(s, if_not_exists),
        DropSequence(s) => schemas::drop_sequence(s, if_exists),
        SetExtensionSchema { name, schema } => schemas::set_extension_schema(name, schema),
        AlterSequence {
            name,
            options,
            narrowed: false,
        } => schemas::alter_sequence(name, options),
        AlterSequence {
            name,
            options,
            narrowed: true,
        } => schemas::alter_sequence_narrowed(name, options),
        SetSequenceOwnedBy {
            name,
            owned_by,
            past_rows,
        } => schemas::set_sequence_owned_by(name, owned_by, past_rows),
        CreateTable(t) => tables::create_table(t, if_not_exists),
        DropTable(t) => tables::drop_table(t, if_exists),
        StashTable {
            table,
            stash,
            detach,
            lost_columns: _,
            released,
        } => tables::stash_table(table, stash, detach, released),
        CopyTableData {
            table,
            stash,
            columns,
            partitioned,
            into_partitions: _,
            overriding,
            identities,
            owned_sequences,
            publications,
            through_text,
            old_enums,
            casts,
        } => tables::copy_table_data(
            table,
            stash,
            columns,
            partitioned,
            overriding,
            identities,
            owned_sequences,
            publications,
            through_text,
            old_enums,
            casts,
        ),
        AddColumn { table, column } => columns::add_column(table, column, if_not_exists),
        DropColumn {
            table,
            column,
            only,
        } => columns::drop_column(table, column, only, if_exists),
        AlterColumnType {
            table,
            column,
            data_type,
            collation,
            via_text,
            using,
            generated,
            by_assignment,
        } => columns::alter_column_type(
            table,
            column,
            data_type,
            collation,
            via_text,
            using,
            *generated || *by_assignment,
        ),
        ReplaceColumn {
            table, old, new, ..
        } => columns::replace_column(table, old, new),
        SetColumnDefault {
            table,
            column,
            default,
        } => columns::set_column_default(table, column, default),
        SetColumnNotNull {
            table,
            column,
            not_null,
        } => columns::set_column_not_null(table, column, not_null),
        AddConstraint { table, constraint } => tables::add_constraint(table, constraint),
        DropConstraint { table, constraint } => {
            tables::drop_constraint(table, constraint, if_exists)
        }
        SetRowLevelSecurity { table, enabled } => tables::set_row_level_security(table, enabled),
        SetForceRowLevelSecurity { table, forced } => {
            tables::set_force_row_level_security(table, forced)
        }
        SetColumnSettings {
            table,
            column,
            from,
            to,
        } => columns::set_column_settings(table, column, from, to),
        AttachPartition {
            table,
            parent,
            bound,
        } => tables::attach_partition(table, parent, bound),
        SetInherit {
            table,
            parent,
            inherit,
        } => tables::set_inherit(table, parent, inherit),
        AttachIndex { index, parent } => indexes::attach_index(index, parent),
        DetachPartition { table, parent } => tables::detach_partition(table, parent),
        SetTableLogged { table, logged } => tables::set_table_logged(table, logged),
        SetSequenceLogged { name, logged } => schemas::set_sequence_logged(name, logged),
        SetTableOptions { table, set, reset } => tables::set_table_options(table, set, reset),
        SetAccessMethod { table, method } => tables::set_access_method(table, method),
        SetCluster { table, index } => indexes::set_cluster(table, index),
        SetIndexStatistics { index, from, to } => indexes::set_index_statistics(index, from, to),
        SetReplicaIdentity { table, identity } => tables::set_replica_identity(table, identity),
        CreatePolicy { table, policy } => tables::create_policy(table, policy),
        DropPolicy { table, policy } => tables::drop_policy(table, policy, if_exists),
        CreateIndex(i) => indexes::create_index(i),
        DropIndex(i) => indexes::drop_index(i, if_exists),
        CreateView(v) => views::create_view(v),
        ReplaceView(v) => views::replace_view(v),
        DropView(v) => views::drop_view(v, if_exists),
        CreateMaterializedView(v) => views::create_materialized_view(v),
        DropMaterializedView(v) => views::drop_materialized_view(v, if_exists),
        CreateFunction(f) | ReplaceFunction(f) => routines::create_function(f),
        DropFunction(f) => routines::drop_function(f, if_exists),
        CreateTrigger(t) => triggers::create_trigger(t),
        DropTrigger(t) => triggers::drop_trigger(t, if_exists),
        SetTriggerEnabled {
            table,
            name,
            enabled,
        } => triggers::set_trigger_enabled(table, name, enabled),
        Comment { target, comment } => privileges::comment(target, comment),
        Grant { target, grant } => privileges::grant(target, grant),
        Revoke { target, grant } => privileges::revoke(target, grant),
        SetOwner { target, owner } => privileges::set_owner(target, owner),
        AlterIdentity {
            table,
            column,
            action,
        } => columns::alter_identity(table, column, action),
        RecreateType {
            drop,
            create,
            columns,
            dependents,
            typed_tables,
        } => types::recreate_type(drop, create, columns, dependents, typed_tables),
        RecreateEnum {
            old,
            new,
            columns,
            keep_old,
        } => types::recreate_enum(old, new, columns, keep_old),
        DropExpression { table, column } => columns::drop_expression(table, column),
        DefaultPrivilege {
            role,
            schema,
            object_type,
            grant,
            revoke,
        } => privileges::default_privilege(role, schema, object_type, grant, revoke),
        Unsupported { target, what } => {
            format!("-- pgshift cannot express this yet: {what} ({target})")
        }
        CreateObject(spec) => super::objects::create(spec),
        DropObject(spec) => super::objects::drop(spec, if_exists),
        AlterObject { id, action } => super::objects::alter(id, action),
        CreateIndexConcurrently { index, build_as } => {
            indexes::create_index_concurrently(index, build_as)
        }
        DropIndexConcurrently { name, .. } => indexes::drop_index_concurrently(name),
        RenameIndex { from, to, .. } => indexes::rename_index(from, to),
        RenameConstraint { table, from, to } => tables::rename_constraint(table, from, to, rerun),
        AddConstraintNotValid { table, constraint } => {
            tables::add_constraint_not_valid(table, constraint)
        }
        ValidateConstraint { table, constraint } => tables::validate_constraint(table, constraint),
        AddKeyUsingIndex {
            table,
            constraint,
            index,
            ..
        } => tables::add_key_using_index(table, constraint, index),
        SetNotNullOnline {
            table,
            column,
            check,
            stage,
        } => columns::set_not_null_online(table, column, check, stage),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn schema(name: &str) -> Namespace {
        Namespace {
            name: name.into(),
            owner: "postgres".into(),
            comment: None,
            privileges: vec![],
        }
    }

    #[test]
    fn rerunnable_forms_guard_creates_and_drops() {
        assert_eq!(
            render_rerunnable(&Change::CreateSchema(schema("My App"))),
            "CREATE SCHEMA IF NOT EXISTS \"My App\""
        );
        assert_eq!(
            render_rerunnable(&Change::DropSchema(schema("app"))),
            "DROP SCHEMA IF EXISTS app"
        );
        // Changes without a guarded form are unchanged.
        let grant = Change::SetRowLevelSecurity {
            table: QualifiedName::new("public", "t"),
            enabled: true,
        };
        assert_eq!(render_rerunnable(&grant), render(&grant));
    }
}
