//! One change -> its SQL statement. Exhaustive over [`Change`]: a new change kind is a compile
//! error here until it renders.

use std::collections::BTreeSet;

use super::writer::{ident, idents, literal, qualified};
use crate::diff::{
    AttributeAction, Change, ConvertedColumn, DomainAction, EnumPosition, IdentityAction,
    NotNullStage,
};
use crate::model::*;

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

/// The SQL of a change written in `mode`. Exhaustive over [`Change`].
pub fn render_in(change: &Change, mode: Mode) -> String {
    use Change::*;
    let rerun = mode == Mode::Rerunnable;
    let if_exists = if rerun { "IF EXISTS " } else { "" };
    let if_not_exists = if rerun { "IF NOT EXISTS " } else { "" };
    match change {
        CreateSchema(s) => format!("CREATE SCHEMA {if_not_exists}{}", ident(&s.name)),
        DropSchema(s) => format!("DROP SCHEMA {if_exists}{}", ident(&s.name)),
        CreateExtension(e) => format!(
            "CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {} VERSION {}",
            ident(&e.name),
            ident(&e.schema),
            literal(&e.version)
        ),
        DropExtension(e) => format!("DROP EXTENSION {if_exists}{}", ident(&e.name)),
        UpdateExtension { name, version } => format!(
            "ALTER EXTENSION {} UPDATE TO {}",
            ident(name),
            literal(version)
        ),
        CreateEnum(e) => format!(
            "CREATE TYPE {} AS ENUM ({})",
            qualified(&e.name),
            e.values
                .iter()
                .map(|v| literal(v))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        DropEnum(e) => format!("DROP TYPE {if_exists}{}", qualified(&e.name)),
        AddEnumValue {
            name,
            value,
            position,
        } => {
            let at = match position {
                EnumPosition::Before(v) => format!(" BEFORE {}", literal(v)),
                EnumPosition::After(v) => format!(" AFTER {}", literal(v)),
                EnumPosition::End => String::new(),
            };
            format!(
                "ALTER TYPE {} ADD VALUE IF NOT EXISTS {}{at}",
                qualified(name),
                literal(value)
            )
        }
        CreateDomain(d) => {
            let mut s = format!("CREATE DOMAIN {} AS {}", qualified(&d.name), d.base_type);
            if let Some(c) = &d.collation {
                s.push_str(&format!(" COLLATE {}", qualified(c)));
            }
            if let Some(def) = &d.default {
                s.push_str(&format!(" DEFAULT {def}"));
            }
            if d.not_null {
                s.push_str(" NOT NULL");
            }
            for c in &d.checks {
                s.push_str(&format!(" CONSTRAINT {} {}", ident(&c.name), c.definition));
            }
            s
        }
        DropDomain(d) => format!("DROP DOMAIN {if_exists}{}", qualified(&d.name)),
        CreateCollation(c) => {
            let Collation {
                name,
                provider,
                deterministic,
                lc_collate,
                lc_ctype,
                icu_locale,
                icu_rules,
                owner: _,
                comment: _,
            } = c;
            let mut opts = Vec::new();
            match provider.as_str() {
                "i" => {
                    opts.push("provider = icu".to_string());
                    if let Some(l) = icu_locale.as_ref().or(lc_collate.as_ref()) {
                        opts.push(format!("locale = {}", literal(l)));
                    }
                    if let Some(r) = icu_rules {
                        opts.push(format!("rules = {}", literal(r)));
                    }
                }
                _ => {
                    opts.push("provider = libc".to_string());
                    if let Some(l) = lc_collate {
                        opts.push(format!("lc_collate = {}", literal(l)));
                    }
                    if let Some(l) = lc_ctype {
                        opts.push(format!("lc_ctype = {}", literal(l)));
                    }
                }
            }
            if !deterministic {
                opts.push("deterministic = false".to_string());
            }
            format!("CREATE COLLATION {} ({})", qualified(name), opts.join(", "))
        }
        DropCollation(c) => format!("DROP COLLATION {if_exists}{}", qualified(&c.name)),
        CreateAggregate(a) => {
            let fname = |f: &FunctionId| qualified(&f.name);
            let mut opts = vec![
                format!("SFUNC = {}", fname(&a.state_function)),
                format!("STYPE = {}", a.state_type),
            ];
            let modify = |m: &str| match m {
                "s" => "SHAREABLE",
                "w" => "READ_WRITE",
                _ => "READ_ONLY",
            };
            if let Some(f) = &a.final_function {
                opts.push(format!("FINALFUNC = {}", fname(f)));
                if a.final_extra {
                    opts.push("FINALFUNC_EXTRA".into());
                }
                opts.push(format!("FINALFUNC_MODIFY = {}", modify(&a.final_modify)));
            }
            if let Some(f) = &a.combine_function {
                opts.push(format!("COMBINEFUNC = {}", fname(f)));
            }
            if let Some(f) = &a.serial_function {
                opts.push(format!("SERIALFUNC = {}", fname(f)));
            }
            if let Some(f) = &a.deserial_function {
                opts.push(format!("DESERIALFUNC = {}", fname(f)));
            }
            if let Some(i) = &a.initial_value {
                opts.push(format!("INITCOND = {}", literal(i)));
            }
            if let Some(m) = &a.moving {
                opts.push(format!("MSFUNC = {}", fname(&m.state_function)));
                opts.push(format!("MINVFUNC = {}", fname(&m.inverse_function)));
                opts.push(format!("MSTYPE = {}", m.state_type));
                if let Some(f) = &m.final_function {
                    opts.push(format!("MFINALFUNC = {}", fname(f)));
                    if m.final_extra {
                        opts.push("MFINALFUNC_EXTRA".into());
                    }
                    opts.push(format!("MFINALFUNC_MODIFY = {}", modify(&m.final_modify)));
                }
                if let Some(i) = &m.initial_value {
                    opts.push(format!("MINITCOND = {}", literal(i)));
                }
            }
            if a.kind == "h" {
                opts.push("HYPOTHETICAL".into());
            }
            if let Some(op) = &a.sort_operator {
                // regoperator text: `pg_catalog.>(integer,integer)` -> the operator itself.
                let op = op.split('(').next().unwrap_or(op);
                opts.push(format!("SORTOP = OPERATOR({op})"));
            }
            match a.parallel.as_str() {
                "s" => opts.push("PARALLEL = SAFE".into()),
                "r" => opts.push("PARALLEL = RESTRICTED".into()),
                _ => {}
            }
            format!(
                "CREATE AGGREGATE {}({}) ({})",
                qualified(&a.id.name),
                a.arguments,
                opts.join(", ")
            )
        }
        DropAggregate(a) => format!(
            "DROP AGGREGATE {if_exists}{}",
            super::writer::function(&a.id)
        ),
        CreateEventTrigger(e) => {
            let tags = if e.tags.is_empty() {
                String::new()
            } else {
                format!(
                    " WHEN TAG IN ({})",
                    e.tags
                        .iter()
                        .map(|t| literal(t))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            let mut s = format!(
                "CREATE EVENT TRIGGER {} ON {}{tags} EXECUTE FUNCTION {}()",
                ident(&e.name),
                ident(&e.event),
                qualified(&e.function.name)
            );
            let state = match e.enabled.as_str() {
                "D" => Some("DISABLE"),
                "R" => Some("ENABLE REPLICA"),
                "A" => Some("ENABLE ALWAYS"),
                _ => None,
            };
            if let Some(state) = state {
                s.push_str(&format!(
                    ";\nALTER EVENT TRIGGER {} {state}",
                    ident(&e.name)
                ));
            }
            s
        }
        DropEventTrigger(e) => format!("DROP EVENT TRIGGER {if_exists}{}", ident(&e.name)),
        CreatePublication(p) => {
            let mut targets = Vec::new();
            for t in &p.tables {
                targets.push(publication_table(t));
            }
            for sch in &p.schemas {
                targets.push(format!("TABLES IN SCHEMA {}", ident(sch)));
            }
            let what = if p.all_tables {
                " FOR ALL TABLES".to_string()
            } else if targets.is_empty() {
                String::new()
            } else {
                format!(" FOR {}", targets.join(", "))
            };
            let publish: Vec<&str> = [
                (p.insert, "insert"),
                (p.update, "update"),
                (p.delete, "delete"),
                (p.truncate, "truncate"),
            ]
            .into_iter()
            .filter_map(|(on, n)| on.then_some(n))
            .collect();
            format!(
                "CREATE PUBLICATION {}{what} WITH (publish = {}, publish_via_partition_root = {})",
                ident(&p.name),
                literal(&publish.join(", ")),
                p.via_root
            )
        }
        DropPublication(p) => format!("DROP PUBLICATION {if_exists}{}", ident(&p.name)),
        AlterDomain { name, action } => format!(
            "ALTER DOMAIN {} {}",
            qualified(name),
            match action {
                DomainAction::SetDefault(Some(d)) => format!("SET DEFAULT {d}"),
                DomainAction::SetDefault(None) => "DROP DEFAULT".to_string(),
                DomainAction::SetNotNull(true) => "SET NOT NULL".to_string(),
                DomainAction::SetNotNull(false) => "DROP NOT NULL".to_string(),
                // pg_get_constraintdef prints NOT VALID itself for unvalidated checks.
                DomainAction::AddCheck(c) =>
                    format!("ADD CONSTRAINT {} {}", ident(&c.name), c.definition),
                DomainAction::DropCheck(n) => format!("DROP CONSTRAINT {}", ident(n)),
            }
        ),
        AlterCompositeType {
            name,
            action,
            cascade,
        } => format!(
            "ALTER TYPE {} {}{}",
            qualified(name),
            match action {
                AttributeAction::Add(a) => format!(
                    "ADD ATTRIBUTE {} {}{}",
                    ident(&a.name),
                    a.data_type,
                    a.collation
                        .as_ref()
                        .map(|c| format!(" COLLATE {}", qualified(c)))
                        .unwrap_or_default()
                ),
                AttributeAction::Drop(n) => format!("DROP ATTRIBUTE {}", ident(n)),
                AttributeAction::SetType {
                    name,
                    data_type,
                    collation,
                } => format!(
                    "ALTER ATTRIBUTE {} TYPE {data_type}{}",
                    ident(name),
                    collation
                        .as_ref()
                        .map(|c| format!(" COLLATE {}", qualified(c)))
                        .unwrap_or_default()
                ),
            },
            if *cascade { " CASCADE" } else { "" }
        ),
        CreateCompositeType(c) => format!(
            "CREATE TYPE {} AS ({})",
            qualified(&c.name),
            c.attributes
                .iter()
                .map(|a| {
                    let coll = a
                        .collation
                        .as_ref()
                        .map(|c| format!(" COLLATE {}", qualified(c)))
                        .unwrap_or_default();
                    format!("{} {}{coll}", ident(&a.name), a.data_type)
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        DropCompositeType(c) => format!("DROP TYPE {if_exists}{}", qualified(&c.name)),
        CreateRangeType(r) => {
            let mut opts = vec![format!("SUBTYPE = {}", r.subtype)];
            if let Some(o) = &r.subtype_opclass {
                opts.push(format!("SUBTYPE_OPCLASS = {o}"));
            }
            if let Some(c) = &r.collation {
                opts.push(format!("COLLATION = {}", qualified(c)));
            }
            if let Some(c) = &r.canonical {
                opts.push(format!("CANONICAL = {c}"));
            }
            if let Some(d) = &r.subtype_diff {
                opts.push(format!("SUBTYPE_DIFF = {d}"));
            }
            if let Some(m) = &r.multirange_name {
                opts.push(format!("MULTIRANGE_TYPE_NAME = {}", qualified(m)));
            }
            format!(
                "CREATE TYPE {} AS RANGE ({})",
                qualified(&r.name),
                opts.join(", ")
            )
        }
        DropRangeType(r) => format!("DROP TYPE {if_exists}{}", qualified(&r.name)),
        CreateSequence(s) => format!(
            "CREATE {}SEQUENCE {if_not_exists}{} {}",
            if s.unlogged { "UNLOGGED " } else { "" },
            qualified(&s.name),
            sequence_options(&s.options)
        ),
        DropSequence(s) => format!("DROP SEQUENCE {if_exists}{}", qualified(&s.name)),
        SetExtensionSchema { name, schema } => format!(
            "ALTER EXTENSION {} SET SCHEMA {}",
            ident(name),
            ident(schema)
        ),
        AlterSequence {
            name,
            options,
            narrowed: false,
        } => format!(
            "ALTER SEQUENCE {} {}",
            qualified(name),
            sequence_options(options)
        ),
        // Only the server knows the current value. The bounds are set when it fits them; a
        // sequence that never gave out a value restarts at its START; one that did stops the
        // migration (values would come again), saying how to go on.
        AlterSequence {
            name,
            options,
            narrowed: true,
        } => {
            let alter = format!(
                "ALTER SEQUENCE {} {}",
                qualified(name),
                sequence_options(options)
            );
            within_bounds(name, options, &alter, &format!("{alter} RESTART"))
        }
        SetSequenceOwnedBy { name, owned_by } => format!(
            "ALTER SEQUENCE {} OWNED BY {}",
            qualified(name),
            match owned_by {
                Some((t, c)) => format!("{}.{}", qualified(t), ident(c)),
                None => "NONE".into(),
            }
        ),
        CreateTable(t) => create_table(t, if_not_exists),
        DropTable(t) => format!("DROP TABLE {if_exists}{}", qualified(&t.name)),
        StashTable {
            table,
            stash,
            detach,
            lost_columns: _,
        } => stash_table(table, stash, detach),
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
        } => {
            let cols = idents(columns);
            let mut out = vec![format!(
                "INSERT INTO {} ({cols}){} SELECT {cols} FROM {}{}",
                qualified(table),
                if *overriding {
                    " OVERRIDING SYSTEM VALUE"
                } else {
                    ""
                },
                // Inheritance children keep their own rows; a partitioned table's rows are
                // its partitions'.
                if *partitioned { "" } else { "ONLY " },
                qualified(stash)
            )];
            for (old, new) in identities {
                out.push(format!(
                    "SELECT setval({}, last_value, is_called) FROM {}",
                    literal(&qualified(new)),
                    qualified(&stashed_sequence(old))
                ));
            }
            for (seq, owner) in owned_sequences {
                out.push(render(&SetSequenceOwnedBy {
                    name: seq.clone(),
                    owned_by: owner.clone(),
                }));
            }
            out.push(format!(
                "-- pgshift:allow ban-drop-table its rows were copied into {} above\n\
                 DROP TABLE {}",
                qualified(table),
                qualified(stash)
            ));
            for (p, t) in publications {
                out.push(format!(
                    "ALTER PUBLICATION {} ADD {}",
                    ident(p),
                    publication_table(t)
                ));
            }
            out.join(";\n")
        }
        AddColumn { table, column } => format!(
            "ALTER TABLE {} ADD COLUMN {if_not_exists}{}",
            qualified(table),
            column_definition(column)
        ),
        DropColumn {
            table,
            column,
            only,
        } => format!(
            "ALTER TABLE {}{} DROP COLUMN {if_exists}{}",
            if *only { "ONLY " } else { "" },
            qualified(table),
            ident(&column.name)
        ),
        AlterColumnType {
            table,
            column,
            data_type,
            collation,
            via_text,
            using,
        } => format!(
            "ALTER TABLE {} ALTER COLUMN {} TYPE {data_type}{} USING {}",
            qualified(table),
            ident(column),
            collation
                .as_ref()
                .map(|c| format!(" COLLATE {}", qualified(c)))
                .unwrap_or_default(),
            match using {
                Some(expression) => expression.clone(),
                None => format!(
                    "{}{}::{data_type}",
                    ident(column),
                    match (via_text, data_type.ends_with("[]")) {
                        (false, _) => "",
                        (true, false) => "::text",
                        (true, true) => "::text[]",
                    }
                ),
            }
        ),
        ReplaceColumn { table, old, new } => format!(
            "ALTER TABLE {} DROP COLUMN {}, ADD COLUMN {}",
            qualified(table),
            ident(&old.name),
            column_definition(new)
        ),
        SetColumnDefault {
            table,
            column,
            default,
        } => match default {
            Some(d) => format!(
                "ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {d}",
                qualified(table),
                ident(column)
            ),
            None => format!(
                "ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT",
                qualified(table),
                ident(column)
            ),
        },
        SetColumnNotNull {
            table,
            column,
            not_null,
        } => format!(
            "ALTER TABLE {} ALTER COLUMN {} {} NOT NULL",
            qualified(table),
            ident(column),
            if *not_null { "SET" } else { "DROP" }
        ),
        AddConstraint { table, constraint } => format!(
            "ALTER TABLE {} ADD CONSTRAINT {} {}",
            qualified(table),
            ident(&constraint.name),
            constraint.definition
        ),
        DropConstraint { table, constraint } => {
            format!(
                "ALTER TABLE {} DROP CONSTRAINT {if_exists}{}",
                qualified(table),
                ident(&constraint.name)
            )
        }
        SetRowLevelSecurity { table, enabled } => format!(
            "ALTER TABLE {} {} ROW LEVEL SECURITY",
            qualified(table),
            if *enabled { "ENABLE" } else { "DISABLE" }
        ),
        SetForceRowLevelSecurity { table, forced } => format!(
            "ALTER TABLE {} {} ROW LEVEL SECURITY",
            qualified(table),
            if *forced { "FORCE" } else { "NO FORCE" }
        ),
        SetColumnSettings {
            table,
            column,
            from,
            to,
        } => {
            let ColumnSettings {
                statistics,
                storage,
                compression,
                options,
            } = to;
            let col = format!("ALTER COLUMN {}", ident(column));
            let mut parts = Vec::new();
            if &from.statistics != statistics {
                parts.push(format!("{col} SET STATISTICS {}", statistics.unwrap_or(-1)));
            }
            if &from.storage != storage {
                let word = match (storage, &from.storage) {
                    (Some(s), _) => &s.storage,
                    (None, Some(old)) => &old.type_default,
                    (None, None) => "extended",
                };
                parts.push(format!("{col} SET STORAGE {}", word.to_uppercase()));
            }
            if &from.compression != compression {
                parts.push(format!(
                    "{col} SET COMPRESSION {}",
                    compression.as_deref().unwrap_or("default")
                ));
            }
            let (set, reset) = crate::diff::option_changes(&from.options, options);
            if !reset.is_empty() {
                parts.push(format!("{col} RESET ({})", reset.join(", ")));
            }
            if !set.is_empty() {
                let set: Vec<String> = set.iter().map(|o| storage_option(o)).collect();
                parts.push(format!("{col} SET ({})", set.join(", ")));
            }
            format!("ALTER TABLE {} {}", qualified(table), parts.join(", "))
        }
        AttachPartition {
            table,
            parent,
            bound,
        } => format!(
            "ALTER TABLE {} ATTACH PARTITION {} {bound}",
            qualified(parent),
            qualified(table)
        ),
        SetInherit {
            table,
            parent,
            inherit,
        } => format!(
            "ALTER TABLE {} {}INHERIT {}",
            qualified(table),
            if *inherit { "" } else { "NO " },
            qualified(parent)
        ),
        AttachIndex { index, parent } => format!(
            "ALTER INDEX {} ATTACH PARTITION {}",
            qualified(parent),
            qualified(index)
        ),
        DetachPartition { table, parent } => format!(
            "ALTER TABLE {} DETACH PARTITION {}",
            qualified(parent),
            qualified(table)
        ),
        SetTableLogged { table, logged } => format!(
            "ALTER TABLE {} SET {}",
            qualified(table),
            if *logged { "LOGGED" } else { "UNLOGGED" }
        ),
        SetSequenceLogged { name, logged } => format!(
            "ALTER SEQUENCE {} SET {}",
            qualified(name),
            if *logged { "LOGGED" } else { "UNLOGGED" }
        ),
        SetTableOptions { table, set, reset } => {
            let mut parts = Vec::new();
            if !reset.is_empty() {
                parts.push(format!("RESET ({})", reset.join(", ")));
            }
            if !set.is_empty() {
                let set: Vec<String> = set.iter().map(|o| storage_option(o)).collect();
                parts.push(format!("SET ({})", set.join(", ")));
            }
            format!("ALTER TABLE {} {}", qualified(table), parts.join(", "))
        }
        SetAccessMethod { table, method } => format!(
            "ALTER TABLE {} SET ACCESS METHOD {}",
            qualified(table),
            ident(method.as_deref().unwrap_or("heap"))
        ),
        SetCluster { table, index } => match index {
            Some(i) => format!("ALTER TABLE {} CLUSTER ON {}", qualified(table), ident(i)),
            None => format!("ALTER TABLE {} SET WITHOUT CLUSTER", qualified(table)),
        },
        SetIndexStatistics { index, from, to } => {
            let columns: BTreeSet<&u16> = from.keys().chain(to.keys()).collect();
            let parts: Vec<String> = columns
                .into_iter()
                .filter(|n| from.get(n) != to.get(n))
                .map(|n| {
                    format!(
                        "ALTER COLUMN {n} SET STATISTICS {}",
                        to.get(n).copied().unwrap_or(-1)
                    )
                })
                .collect();
            format!("ALTER INDEX {} {}", qualified(index), parts.join(", "))
        }
        SetReplicaIdentity { table, identity } => format!(
            "ALTER TABLE {} REPLICA IDENTITY {}",
            qualified(table),
            match identity {
                ReplicaIdentity::Default => "DEFAULT".to_string(),
                ReplicaIdentity::Full => "FULL".to_string(),
                ReplicaIdentity::Nothing => "NOTHING".to_string(),
                ReplicaIdentity::Index(i) => format!("USING INDEX {}", ident(i)),
            }
        ),
        CreatePolicy { table, policy } => {
            let Policy {
                name,
                permissive,
                command,
                roles,
                using,
                with_check,
                comment: _,
            } = policy;
            let mut s = format!(
                "CREATE POLICY {} ON {} AS {} FOR {command} TO {}",
                ident(name),
                qualified(table),
                if *permissive {
                    "PERMISSIVE"
                } else {
                    "RESTRICTIVE"
                },
                roles
                    .iter()
                    .map(|r| if r == "public" {
                        "PUBLIC".to_string()
                    } else {
                        ident(r)
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            if let Some(u) = using {
                s.push_str(&format!(" USING ({u})"));
            }
            if let Some(w) = with_check {
                s.push_str(&format!(" WITH CHECK ({w})"));
            }
            s
        }
        DropPolicy { table, policy } => format!(
            "DROP POLICY {if_exists}{} ON {}",
            ident(&policy.name),
            qualified(table)
        ),
        CreateIndex(i) => i.definition.clone(),
        DropIndex(i) => format!("DROP INDEX {if_exists}{}", qualified(&i.name)),
        CreateView(v) => format!(
            "CREATE VIEW {}{} AS\n{}",
            qualified(&v.name),
            with_options(&v.options),
            view_body(v)
        ),
        ReplaceView(v) => format!(
            "CREATE OR REPLACE VIEW {}{} AS\n{}",
            qualified(&v.name),
            with_options(&v.options),
            view_body(v)
        ),
        DropView(v) => format!("DROP VIEW {if_exists}{}", qualified(&v.name)),
        CreateMaterializedView(v) => format!(
            "CREATE MATERIALIZED VIEW {}{} AS\n{}",
            qualified(&v.name),
            with_options(&v.options),
            view_body(v)
        ),
        DropMaterializedView(v) => {
            format!("DROP MATERIALIZED VIEW {if_exists}{}", qualified(&v.name))
        }
        CreateFunction(f) => f.definition.trim_end().trim_end_matches(';').to_string(),
        DropFunction(f) => format!(
            "DROP {} {if_exists}{}",
            if f.kind == RoutineKind::Procedure {
                "PROCEDURE"
            } else {
                "FUNCTION"
            },
            super::writer::function(&f.id)
        ),
        CreateTrigger(t) => t.definition.clone(),
        DropTrigger(t) => format!(
            "DROP TRIGGER {if_exists}{} ON {}",
            ident(&t.name),
            qualified(&t.table)
        ),
        SetTriggerEnabled {
            table,
            name,
            enabled,
        } => format!(
            "ALTER TABLE {} {} TRIGGER {}",
            qualified(table),
            match enabled.as_str() {
                "D" => "DISABLE",
                "R" => "ENABLE REPLICA",
                "A" => "ENABLE ALWAYS",
                _ => "ENABLE",
            },
            ident(name)
        ),
        Comment { target, comment } => format!(
            "COMMENT ON {} IS {}",
            object_reference(target),
            comment
                .as_deref()
                .map(literal)
                .unwrap_or_else(|| "NULL".into())
        ),
        Grant { target, grant } => {
            let (what, on) = privilege_target(target, &grant.privilege);
            format!(
                "GRANT {what} ON {on} TO {}{}",
                grantee(&grant.grantee),
                if grant.grantable {
                    " WITH GRANT OPTION"
                } else {
                    ""
                }
            )
        }
        Revoke { target, grant } => {
            let (what, on) = privilege_target(target, &grant.privilege);
            format!("REVOKE {what} ON {on} FROM {}", grantee(&grant.grantee))
        }
        SetOwner { target, owner } => {
            format!(
                "ALTER {} OWNER TO {}",
                object_reference(target),
                grantee(owner)
            )
        }
        AlterIdentity {
            table,
            column,
            action,
        } => {
            let head = format!(
                "ALTER TABLE {} ALTER COLUMN {}",
                qualified(table),
                ident(column)
            );
            match action {
                IdentityAction::Add {
                    identity,
                    replaces_sequence,
                } => {
                    let add = format!("{head} ADD{}", identity_clause(identity));
                    if *replaces_sequence {
                        let seq = qualified(&identity.sequence);
                        format!(
                            "DROP SEQUENCE {seq};\n{add};\n\
                             SELECT setval({}, coalesce(max({}), 0) + 1, false) FROM {}",
                            literal(&seq),
                            ident(column),
                            qualified(table)
                        )
                    } else {
                        add
                    }
                }
                IdentityAction::Drop => format!("{head} DROP IDENTITY"),
                IdentityAction::SetGenerated(always) => format!(
                    "{head} SET GENERATED {}",
                    if *always { "ALWAYS" } else { "BY DEFAULT" }
                ),
                IdentityAction::SetOptions {
                    options: o,
                    sequence,
                    narrowed,
                } => {
                    let alter = format!(
                        "{head} SET INCREMENT BY {} SET MINVALUE {} SET MAXVALUE {} SET START WITH {} SET CACHE {} SET {}CYCLE",
                        o.increment,
                        o.min_value,
                        o.max_value,
                        o.start,
                        o.cache,
                        if o.cycle { "" } else { "NO " }
                    );
                    if *narrowed {
                        within_bounds(sequence, o, &alter, &format!("{alter} RESTART"))
                    } else {
                        alter
                    }
                }
            }
        }
        RecreateType {
            drop,
            create,
            columns,
        } => recreate_type(drop, create, columns),
        RecreateEnum { old, new, columns } => {
            let ty = qualified(&new.name);
            let away = away_name(&ty);
            let mut out = vec![
                format!("ALTER TYPE {ty} RENAME TO {}", ident(&away)),
                render(&CreateEnum(new.clone())),
            ];
            for c in columns {
                let head = format!(
                    "ALTER TABLE {} ALTER COLUMN {}",
                    qualified(&c.table),
                    ident(&c.column)
                );
                if c.had_default {
                    out.push(format!("{head} DROP DEFAULT"));
                }
                let (text, target) = if c.array {
                    ("text[]", format!("{ty}[]"))
                } else {
                    ("text", ty.clone())
                };
                out.push(format!(
                    "{head} TYPE {target} USING {}::{text}::{target}",
                    ident(&c.column)
                ));
                if let Some(d) = &c.default {
                    out.push(format!("{head} SET DEFAULT {d}"));
                }
            }
            let _ = old;
            out.push(format!(
                "DROP TYPE {}.{}",
                ident(&new.name.schema),
                ident(&away)
            ));
            out.join(";\n")
        }
        DropExpression { table, column } => format!(
            "ALTER TABLE {} ALTER COLUMN {} DROP EXPRESSION",
            qualified(table),
            ident(column)
        ),
        DefaultPrivilege {
            role,
            schema,
            object_type,
            grant,
            revoke,
        } => {
            let scope = match schema {
                Some(s) => format!(" IN SCHEMA {}", ident(s)),
                None => String::new(),
            };
            let head = format!("ALTER DEFAULT PRIVILEGES FOR ROLE {}{scope}", ident(role));
            let on = object_type.to_ascii_uppercase();
            if *revoke {
                format!(
                    "{head} REVOKE {} ON {on} FROM {}",
                    grant.privilege,
                    grantee(&grant.grantee)
                )
            } else {
                format!(
                    "{head} GRANT {} ON {on} TO {}{}",
                    grant.privilege,
                    grantee(&grant.grantee),
                    if grant.grantable {
                        " WITH GRANT OPTION"
                    } else {
                        ""
                    }
                )
            }
        }
        Unsupported { target, what } => {
            format!("-- pgshift cannot express this yet: {what} ({target})")
        }
        CreateObject(spec) => super::objects::create(spec),
        DropObject(spec) => super::objects::drop(spec, if_exists),
        AlterObject { id, action } => super::objects::alter(id, action),
        CreateIndexConcurrently { index, build_as } => {
            concurrent_index_definition(index, build_as.as_deref())
                .unwrap_or_else(|| index.definition.clone())
        }
        DropIndexConcurrently { name, .. } => {
            format!("DROP INDEX CONCURRENTLY IF EXISTS {}", qualified(name))
        }
        RenameIndex { from, to, .. } => {
            format!("ALTER INDEX {} RENAME TO {}", qualified(from), ident(to))
        }
        AddConstraintNotValid { table, constraint } => format!(
            "ALTER TABLE {} ADD CONSTRAINT {} {} NOT VALID",
            qualified(table),
            ident(&constraint.name),
            constraint.definition
        ),
        ValidateConstraint { table, constraint } => format!(
            "ALTER TABLE {} VALIDATE CONSTRAINT {}",
            qualified(table),
            ident(constraint)
        ),
        AddKeyUsingIndex {
            table,
            constraint,
            index,
            ..
        } => {
            let kind = if constraint.kind == crate::model::ConstraintKind::PrimaryKey {
                "PRIMARY KEY"
            } else {
                "UNIQUE"
            };
            let mut sql = format!(
                "ALTER TABLE {} ADD CONSTRAINT {} {kind} USING INDEX {}",
                qualified(table),
                ident(&constraint.name),
                ident(index)
            );
            if constraint.deferrable {
                sql.push_str(" DEFERRABLE");
                if constraint.initially_deferred {
                    sql.push_str(" INITIALLY DEFERRED");
                }
            }
            sql
        }
        SetNotNullOnline {
            table,
            column,
            check,
            stage,
        } => {
            let t = qualified(table);
            match stage {
                NotNullStage::AddCheck => format!(
                    "ALTER TABLE {t} ADD CONSTRAINT {} CHECK ({} IS NOT NULL) NOT VALID",
                    ident(check),
                    ident(column)
                ),
                NotNullStage::Validate => {
                    format!("ALTER TABLE {t} VALIDATE CONSTRAINT {}", ident(check))
                }
                NotNullStage::SetNotNull => {
                    format!(
                        "ALTER TABLE {t} ALTER COLUMN {} SET NOT NULL",
                        ident(column)
                    )
                }
                NotNullStage::DropCheck => {
                    format!("ALTER TABLE {t} DROP CONSTRAINT {}", ident(check))
                }
            }
        }
    }
}

/// An index's definition as `CREATE [UNIQUE] INDEX CONCURRENTLY`, under `build_as` when given
/// (built beside the index it replaces); `None` when the definition is not of that plain shape.
pub fn concurrent_index_definition(index: &Index, build_as: Option<&str>) -> Option<String> {
    let named = format!("INDEX {} ON ", ident(&index.name.name));
    if !index.definition.contains(&named) {
        return None;
    }
    let definition = match build_as {
        Some(tmp) => index
            .definition
            .replacen(&named, &format!("INDEX {} ON ", ident(tmp)), 1),
        None => index.definition.clone(),
    };
    for prefix in ["CREATE UNIQUE INDEX ", "CREATE INDEX "] {
        if let Some(rest) = definition.strip_prefix(prefix) {
            return Some(format!("{prefix}CONCURRENTLY {rest}"));
        }
    }
    None
}

fn grantee(g: &str) -> String {
    if g == "PUBLIC" {
        "PUBLIC".into()
    } else {
        ident(g)
    }
}

/// ` GENERATED ... AS IDENTITY (SEQUENCE NAME ... options)`.
fn identity_clause(i: &Identity) -> String {
    let o = &i.options;
    format!(
        " GENERATED {} AS IDENTITY (SEQUENCE NAME {} INCREMENT BY {} MINVALUE {} MAXVALUE {} START WITH {} CACHE {}{})",
        if i.always { "ALWAYS" } else { "BY DEFAULT" },
        qualified(&i.sequence),
        o.increment,
        o.min_value,
        o.max_value,
        o.start,
        o.cache,
        if o.cycle { " CYCLE" } else { "" }
    )
}

fn sequence_options(o: &SequenceOptions) -> String {
    let SequenceOptions {
        data_type,
        start,
        increment,
        min_value,
        max_value,
        cache,
        cycle,
    } = o;
    format!(
        "AS {data_type} INCREMENT BY {increment} MINVALUE {min_value} MAXVALUE {max_value} START WITH {start} CACHE {cache} {}CYCLE",
        if *cycle { "" } else { "NO " }
    )
}

/// A storage parameter as reloptions lists it (`name=value`), as SQL: the value quoted unless
/// it is a plain number or word.
fn storage_option(option: &str) -> String {
    match option.split_once('=') {
        Some((k, v))
            if !v.is_empty()
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-') =>
        {
            format!("{k}={v}")
        }
        Some((k, v)) => format!("{k}={}", literal(v)),
        None => option.to_string(),
    }
}

fn with_options(options: &[String]) -> String {
    if options.is_empty() {
        String::new()
    } else {
        let options: Vec<String> = options.iter().map(|o| storage_option(o)).collect();
        format!(" WITH ({})", options.join(", "))
    }
}

/// A view's query without its trailing semicolon (`pg_get_viewdef` ends with one).
fn view_body(v: &View) -> String {
    v.definition.trim_end().trim_end_matches(';').to_string()
}

/// A column as it appears in CREATE TABLE and ADD COLUMN.
pub fn column_definition(c: &Column) -> String {
    let Column {
        name,
        data_type,
        collation,
        not_null,
        default,
        identity,
        generated,
        inherited: _,
        comment: _,
        privileges: _,
        // Set by their own statements after the column exists.
        settings: _,
        rewrites_on_add: _,
    } = c;
    let mut s = format!("{} {data_type}", ident(name));
    if let Some(coll) = collation {
        s.push_str(&format!(" COLLATE {}", qualified(coll)));
    }
    s.push_str(&column_clauses(generated, identity, default, *not_null));
    s
}

/// What follows a column's type: generated expression, identity, default, NOT NULL.
fn column_clauses(
    generated: &Option<String>,
    identity: &Option<Identity>,
    default: &Option<String>,
    not_null: bool,
) -> String {
    let mut s = String::new();
    if let Some(g) = generated {
        s.push_str(&format!(" GENERATED ALWAYS AS ({g}) STORED"));
    }
    if let Some(i) = identity {
        s.push_str(&identity_clause(i));
    }
    if let Some(d) = default {
        if generated.is_none() {
            s.push_str(&format!(" DEFAULT {d}"));
        }
    }
    if not_null {
        s.push_str(" NOT NULL");
    }
    s
}

fn create_table(t: &Table, if_not_exists: &str) -> String {
    let own: Vec<String> = t
        .columns
        .iter()
        .filter(|c| !c.inherited)
        .map(column_definition)
        .collect();
    let mut s = format!(
        "CREATE {}TABLE {if_not_exists}{}",
        if t.unlogged { "UNLOGGED " } else { "" },
        qualified(&t.name)
    );
    match (&t.partition_of, &t.of_type) {
        (Some(p), _) => {
            s.push_str(&format!(" PARTITION OF {}", qualified(&p.parent)));
            s.push_str(&format!(" {}", p.bound));
        }
        // A typed table's columns come from its type; only their options are written.
        (None, Some(ty)) => {
            s.push_str(&format!(" OF {}", qualified(ty)));
            let options: Vec<String> = t
                .columns
                .iter()
                .filter_map(|c| {
                    let clauses = column_clauses(&c.generated, &c.identity, &c.default, c.not_null);
                    (!clauses.is_empty())
                        .then(|| format!("{} WITH OPTIONS{clauses}", ident(&c.name)))
                })
                .collect();
            if !options.is_empty() {
                s.push_str(&format!(
                    " (
    {}
)",
                    options.join(
                        ",
    "
                    )
                ));
            }
        }
        (None, None) => {
            s.push_str(&format!(" (\n    {}\n)", own.join(",\n    ")));
            if !t.inherits.is_empty() {
                s.push_str(&format!(
                    " INHERITS ({})",
                    t.inherits
                        .iter()
                        .map(qualified)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    }
    if let Some(k) = &t.partition_key {
        s.push_str(&format!(" PARTITION BY {k}"));
    }
    if let Some(m) = &t.access_method {
        s.push_str(&format!(" USING {}", ident(m)));
    }
    s.push_str(&with_options(&t.options));
    s
}

/// A DO block that narrows a sequence's bounds with `alter` when its current value fits them,
/// with `restart` when it never gave out a value, and otherwise stops with a message naming
/// setval() (values it gave out would come again).
fn within_bounds(
    sequence: &QualifiedName,
    options: &SequenceOptions,
    alter: &str,
    restart: &str,
) -> String {
    let seq = qualified(sequence);
    let (min, max) = (options.min_value, options.max_value);
    let message = literal(&format!(
        "sequence {} is at %, outside its new bounds {min} to {max}: move it into them with setval() first",
        seq.replace('%', "%%")
    ));
    [
        "DO $pgshift$".to_string(),
        "DECLARE".into(),
        "  s record;".into(),
        "BEGIN".into(),
        format!("  SELECT last_value, is_called INTO s FROM {seq};"),
        format!("  IF s.last_value BETWEEN {min} AND {max} THEN"),
        format!("    {alter};"),
        "  ELSIF NOT s.is_called THEN".into(),
        format!("    {restart};"),
        "  ELSE".into(),
        format!("    RAISE EXCEPTION {message}, s.last_value;"),
        "  END IF;".into(),
        "END".into(),
        "$pgshift$".into(),
    ]
    .join("\n")
}

/// The name a recreated type's old version is renamed to while its columns move over:
/// deterministic, and unlike any name a user picks.
/// `TABLE name [(columns)] [WHERE (filter)]` of a publication.
fn publication_table(t: &PublicationTable) -> String {
    let cols = t
        .columns
        .as_ref()
        .map(|c| format!(" ({})", idents(c)))
        .unwrap_or_default();
    let filter = t
        .row_filter
        .as_ref()
        .map(|f| format!(" WHERE ({f})"))
        .unwrap_or_default();
    format!("TABLE {}{cols}{filter}", qualified(&t.table))
}

/// [`Change::StashTable`]: the table detached from what it is part of and what is part of it,
/// renamed to its stash, its identity sequences renamed away.
fn stash_table(table: &Table, stash: &QualifiedName, detach: &[QualifiedName]) -> String {
    let name = qualified(&table.name);
    let mut out = Vec::new();
    if let Some(p) = &table.partition_of {
        out.push(format!(
            "ALTER TABLE {} DETACH PARTITION {name}",
            qualified(&p.parent)
        ));
    }
    for parent in &table.inherits {
        out.push(format!(
            "ALTER TABLE {name} NO INHERIT {}",
            qualified(parent)
        ));
    }
    for p in detach {
        out.push(format!(
            "ALTER TABLE {name} DETACH PARTITION {}",
            qualified(p)
        ));
    }
    out.push(format!(
        "-- pgshift:allow renaming-table it is created again under its name in this transaction\n\
         ALTER TABLE {name} RENAME TO {}",
        ident(&stash.name)
    ));
    for c in &table.columns {
        if let Some(i) = &c.identity {
            out.push(format!(
                "ALTER SEQUENCE {} RENAME TO {}",
                qualified(&i.sequence),
                ident(&stashed_sequence(&i.sequence).name)
            ));
        }
    }
    out.join(";\n")
}

/// Where [`Change::StashTable`] puts an identity sequence of the stashed table.
fn stashed_sequence(sequence: &QualifiedName) -> QualifiedName {
    QualifiedName {
        schema: sequence.schema.clone(),
        name: away_name(&qualified(sequence)),
    }
}

fn away_name(qualified_type: &str) -> String {
    super::writer::temporary_name("old", qualified_type, 4)
}

/// [`Change::RecreateType`]: columns moved off the type, the type dropped and created anew, the
/// columns moved back. A composite is renamed away and its columns rebuilt field by field; other
/// types park their columns as text.
fn recreate_type(drop: &Change, create: &Change, columns: &[ConvertedColumn]) -> String {
    let ty = match create.target() {
        ObjectId::Type { name } | ObjectId::Collation { name } => qualified(&name),
        // An extension's columns go back to each one's own type (one of the extension's).
        ObjectId::Extension { .. } => String::new(),
        other => return format!("-- cannot recreate {other}"),
    };
    let head = |c: &ConvertedColumn| {
        format!(
            "ALTER TABLE {} ALTER COLUMN {}",
            qualified(&c.table),
            ident(&c.column)
        )
    };
    let mut out = Vec::new();
    let restore_default = |out: &mut Vec<String>, c: &ConvertedColumn| {
        if let Some(d) = &c.default {
            out.push(format!("{} SET DEFAULT {d}", head(c)));
        }
    };
    if let (Change::DropCompositeType(old), Change::CreateCompositeType(new)) = (drop, create) {
        let away = away_name(&ty);
        out.push(format!("ALTER TYPE {ty} RENAME TO {}", ident(&away)));
        out.push(render(create));
        for c in columns {
            if c.had_default {
                out.push(format!("{} DROP DEFAULT", head(c)));
            }
            let col = ident(&c.column);
            let fields: Vec<String> = new
                .attributes
                .iter()
                .map(|a| {
                    if old.attributes.iter().any(|o| o.name == a.name) {
                        format!("({col}).{}::{}", ident(&a.name), a.data_type)
                    } else {
                        format!("NULL::{}", a.data_type)
                    }
                })
                .collect();
            // num_nulls tells a NULL value from a row of NULL fields.
            out.push(format!(
                "{} TYPE {ty} USING CASE WHEN num_nulls({col}) = 1 THEN NULL ELSE ROW({})::{ty} END",
                head(c),
                fields.join(", ")
            ));
            restore_default(&mut out, c);
        }
        out.push(format!(
            "DROP TYPE {}.{}",
            ident(&new.name.schema),
            ident(&away)
        ));
    } else if matches!(drop, Change::DropCollation(_)) {
        // The values stay; only their collation (and the indexes on them) change.
        for c in columns {
            out.push(format!(
                "{} TYPE {} COLLATE pg_catalog.\"default\"",
                head(c),
                c.data_type
            ));
        }
        out.push(render(drop));
        out.push(render(create));
        for c in columns {
            out.push(format!("{} TYPE {} COLLATE {ty}", head(c), c.data_type));
        }
    } else {
        let array = |c: &ConvertedColumn| if c.array { "[]" } else { "" };
        for c in columns {
            if c.had_default {
                out.push(format!("{} DROP DEFAULT", head(c)));
            }
            out.push(format!(
                "{} TYPE text{a} USING {}::text{a}",
                head(c),
                ident(&c.column),
                a = array(c)
            ));
        }
        out.push(render(drop));
        out.push(render(create));
        for c in columns {
            let back = if ty.is_empty() {
                c.data_type.clone()
            } else {
                format!("{ty}{}", array(c))
            };
            out.push(format!(
                "{} TYPE {back} USING {}::{back}",
                head(c),
                ident(&c.column),
            ));
            restore_default(&mut out, c);
        }
    }
    out.join(";\n")
}

/// How COMMENT ON names an object.
fn object_reference(target: &ObjectId) -> String {
    match target {
        ObjectId::Schema { name } => format!("SCHEMA {}", ident(name)),
        ObjectId::Extension { name } => format!("EXTENSION {}", ident(name)),
        ObjectId::Collation { name } => format!("COLLATION {}", qualified(name)),
        ObjectId::Type { name } => format!("TYPE {}", qualified(name)),
        ObjectId::Sequence { name } => format!("SEQUENCE {}", qualified(name)),
        ObjectId::Table { name } => format!("TABLE {}", qualified(name)),
        ObjectId::Column { table, column } => {
            format!("COLUMN {}.{}", qualified(table), ident(column))
        }
        ObjectId::Constraint { table, name } => {
            format!("CONSTRAINT {} ON {}", ident(name), qualified(table))
        }
        ObjectId::Index { name } => format!("INDEX {}", qualified(name)),
        ObjectId::View { name } => format!("VIEW {}", qualified(name)),
        ObjectId::MaterializedView { name } => format!("MATERIALIZED VIEW {}", qualified(name)),
        // ROUTINE names functions and procedures alike (the id does not say which).
        ObjectId::Function { id } => format!("ROUTINE {}", super::writer::function(id)),
        ObjectId::Aggregate { id } => format!("AGGREGATE {}", super::writer::function(id)),
        ObjectId::Trigger { table, name } => {
            format!("TRIGGER {} ON {}", ident(name), qualified(table))
        }
        ObjectId::EventTrigger { name } => format!("EVENT TRIGGER {}", ident(name)),
        ObjectId::Policy { table, name } => {
            format!("POLICY {} ON {}", ident(name), qualified(table))
        }
        ObjectId::Publication { name } => format!("PUBLICATION {}", ident(name)),
        ObjectId::DomainConstraint { domain, name } => {
            format!("CONSTRAINT {} ON DOMAIN {}", ident(name), qualified(domain))
        }
        ObjectId::Rule { .. }
        | ObjectId::Statistics { .. }
        | ObjectId::Operator { .. }
        | ObjectId::OperatorFamily { .. }
        | ObjectId::OperatorClass { .. }
        | ObjectId::Cast { .. }
        | ObjectId::Conversion { .. }
        | ObjectId::AccessMethod { .. }
        | ObjectId::TextSearchParser { .. }
        | ObjectId::TextSearchTemplate { .. }
        | ObjectId::TextSearchDictionary { .. }
        | ObjectId::TextSearchConfiguration { .. }
        | ObjectId::ForeignDataWrapper { .. }
        | ObjectId::ForeignServer { .. }
        | ObjectId::UserMapping { .. }
        | ObjectId::ForeignTable { .. }
        | ObjectId::Subscription { .. } => super::objects::reference(target),
    }
}

/// (privilege list, ON clause) for GRANT and REVOKE; column privileges name their column.
fn privilege_target(target: &ObjectId, privilege: &str) -> (String, String) {
    match target {
        ObjectId::Column { table, column } => (
            format!("{privilege} ({})", idents([column])),
            format!("TABLE {}", qualified(table)),
        ),
        ObjectId::Table { name }
        | ObjectId::View { name }
        | ObjectId::MaterializedView { name } => {
            (privilege.to_string(), format!("TABLE {}", qualified(name)))
        }
        ObjectId::Function { id } => (
            privilege.to_string(),
            format!("ROUTINE {}", super::writer::function(id)),
        ),
        ObjectId::Aggregate { id } => (
            privilege.to_string(),
            format!("FUNCTION {}", super::writer::function(id)),
        ),
        ObjectId::Type { name } => (privilege.to_string(), format!("TYPE {}", qualified(name))),
        ObjectId::Sequence { name } => (
            privilege.to_string(),
            format!("SEQUENCE {}", qualified(name)),
        ),
        other => (
            privilege.to_string(),
            super::objects::privilege_on(other).unwrap_or_else(|| object_reference(other)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrent_index_definitions_keep_or_rename_the_index() {
        let index = |name: &str, definition: &str| Index {
            name: QualifiedName::new("public", name),
            table: QualifiedName::new("public", "t"),
            definition: definition.into(),
            method: "btree".into(),
            unique: false,
            primary: false,
            key_columns: vec!["x".into()],
            include_columns: vec![],
            predicate: None,
            constraint: None,
            parent: None,
            nulls_not_distinct: false,
            valid: true,
            comment: None,
            clustered: false,
            statistics: Default::default(),
        };
        let a = index("a", "CREATE UNIQUE INDEX a ON public.t USING btree (x)");
        assert_eq!(
            concurrent_index_definition(&a, None).unwrap(),
            "CREATE UNIQUE INDEX CONCURRENTLY a ON public.t USING btree (x)"
        );
        let quoted = index("A b", "CREATE INDEX \"A b\" ON public.t USING gin (x)");
        assert_eq!(
            concurrent_index_definition(&quoted, Some("pgshift_new_1")).unwrap(),
            "CREATE INDEX CONCURRENTLY pgshift_new_1 ON public.t USING gin (x)"
        );
        let odd = index("a", "ALTER TABLE x");
        assert!(concurrent_index_definition(&odd, None).is_none());
        let step = render(&Change::CreateIndexConcurrently {
            index: a,
            build_as: Some("select".into()),
        });
        assert_eq!(
            step,
            "CREATE UNIQUE INDEX CONCURRENTLY \"select\" ON public.t USING btree (x)"
        );
    }

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

    #[test]
    fn table_and_index_attributes_quote_their_names() {
        let t = QualifiedName::new("Mixed Case", "select");
        assert_eq!(
            render(&Change::SetAccessMethod {
                table: t.clone(),
                method: Some("Heap Two".into()),
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" SET ACCESS METHOD \"Heap Two\""
        );
        assert_eq!(
            render(&Change::SetAccessMethod {
                table: t.clone(),
                method: None,
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" SET ACCESS METHOD heap"
        );
        assert_eq!(
            render(&Change::SetCluster {
                table: t.clone(),
                index: Some("with\"quote".into()),
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" CLUSTER ON \"with\"\"quote\""
        );
        assert_eq!(
            render(&Change::SetCluster {
                table: t.clone(),
                index: None,
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" SET WITHOUT CLUSTER"
        );
        let stats = |v: &[(u16, i32)]| v.iter().copied().collect();
        assert_eq!(
            render(&Change::SetIndexStatistics {
                index: QualifiedName::new("public", "é idx"),
                from: stats(&[(1, 10), (2, 20)]),
                to: stats(&[(2, 20), (3, 3000)]),
            }),
            "ALTER INDEX public.\"é idx\" ALTER COLUMN 1 SET STATISTICS -1, ALTER COLUMN 3 SET STATISTICS 3000"
        );
        let settings = |options: &[&str]| ColumnSettings {
            options: options.iter().map(|o| o.to_string()).collect(),
            ..ColumnSettings::default()
        };
        assert_eq!(
            render(&Change::SetColumnSettings {
                table: t,
                column: "Kind".into(),
                from: settings(&["n_distinct=-0.5", "n_distinct_inherited=100"]),
                to: settings(&["n_distinct=-0.25"]),
            }),
            "ALTER TABLE \"Mixed Case\".\"select\" ALTER COLUMN \"Kind\" RESET (n_distinct_inherited), ALTER COLUMN \"Kind\" SET (n_distinct=-0.25)"
        );
    }
}
