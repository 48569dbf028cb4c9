//! A plan statement that failed on tables with rows but passes on empty ones: which statement,
//! on which table, the server's reason, and the fix pgshift suggests for that kind of change.
//! The step is found by the line the executor names in the validated file; the suggestion
//! follows from the typed change, never from the SQL text.

use crate::apply::ApplyError;
use crate::diff::{Change, NotNullStage};
use crate::model::{ConstraintKind, QualifiedName};
use crate::plan::{Plan, ScriptOptions, Step};
use crate::sql::writer::{ident, idents, qualified};

/// A statement that fails only because of the rows the tables hold.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowFailure {
    /// `the plan` or `the rollback`.
    pub file: String,
    /// The statement's first line.
    pub statement: String,
    /// The table whose rows it fails on, when the change names one.
    pub table: Option<String>,
    /// The server's message (its first line).
    pub reason: String,
    /// What to do about it.
    pub suggestion: String,
}

impl std::fmt::Display for RowFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a statement of {} fails on tables with rows", self.file)?;
        if let Some(t) = &self.table {
            write!(f, " ({t})")?;
        }
        write!(
            f,
            ", though it runs on empty ones:\n  statement: {}\n  reason: {}\n  fix: {}",
            self.statement, self.reason, self.suggestion
        )
    }
}

/// The step of `plan` (validated as `super::validated_script` writes it under `opts`) that
/// `error` stopped at, if it names a line of the file.
pub fn failed_step<'a>(
    plan: &'a Plan,
    opts: &ScriptOptions,
    error: &ApplyError,
) -> Option<&'a Step> {
    let line = match error {
        ApplyError::Migration(e) | ApplyError::PartialMigration { error: e, .. } => e.line,
        _ => return None,
    };
    let (_, lines) = plan.script_with_lines(&opts.including_held_back());
    lines
        .iter()
        .position(|r| r.contains(&line))
        .map(|i| &plan.steps[i])
}

/// The table a change works on, when it works on one.
pub fn table_of_change(change: &Change) -> Option<QualifiedName> {
    match change {
        Change::CreateIndex(i) => Some(i.table.clone()),
        Change::CreateIndexConcurrently { index, .. } => Some(index.table.clone()),
        Change::CopyTableData { table, .. } => Some(table.clone()),
        other => super::survival::table_of(&other.target()),
    }
}

/// Describes `error`, which `step` of `file` (`the plan`, `the rollback`) hit on tables with
/// rows.
pub fn describe(file: &str, step: Option<&Step>, error: &ApplyError) -> RowFailure {
    let (statement, reason) = match error {
        ApplyError::Migration(e) | ApplyError::PartialMigration { error: e, .. } => {
            (e.excerpt.clone(), e.message.clone())
        }
        other => (String::new(), other.to_string()),
    };
    let reason = reason.lines().next().unwrap_or("").to_string();
    // The statement that failed, as the executor quotes it; a step of several statements (a
    // column parked around a domain's change) would otherwise show its first one.
    let statement = match statement.lines().next() {
        Some(first) if !first.trim().is_empty() => first.to_string(),
        _ => step
            .map(|s| s.sql.lines().next().unwrap_or("").to_string())
            .unwrap_or_default(),
    };
    let table = step.and_then(|s| table_of_change(&s.change));
    RowFailure {
        file: file.to_string(),
        statement,
        table: table.as_ref().map(|t| t.to_string()),
        suggestion: step
            .map(|s| suggestion(&s.change))
            .unwrap_or_else(|| generic().to_string()),
        reason,
    }
}

fn generic() -> &'static str {
    "change the rows first (an UPDATE or DELETE in a migration before this one), or change the statement so the rows fit"
}

/// The fix for a key the existing rows stop: a primary key also makes its columns NOT NULL
/// (PostgreSQL docs, CREATE TABLE, PRIMARY KEY), so the rows may break it with NULLs as well as
/// with duplicates.
fn key_rows(table: &QualifiedName, key: &crate::model::Constraint) -> String {
    if key.kind == ConstraintKind::PrimaryKey {
        format!(
            "remove the duplicate rows of {table} and fill the NULLs of {} first (a DELETE or UPDATE in a migration before this one)",
            idents(&key.columns)
        )
    } else {
        duplicates(table)
    }
}

/// The fix for a unique key or index the existing rows stop.
fn duplicates(table: &QualifiedName) -> String {
    format!("remove the duplicate rows of {table} first (a DELETE or UPDATE in a migration before this one)")
}

/// The fix for a change that the existing rows stop.
fn suggestion(change: &Change) -> String {
    let backfill = |table: &QualifiedName, column: &str| {
        format!(
            "backfill it first, in a migration before this one: UPDATE {} SET {} = ... WHERE {} IS NULL;",
            qualified(table),
            ident(column),
            ident(column)
        )
    };
    match change {
        // A generated column's value comes from its expression: no default or backfill can
        // give it one.
        Change::AddColumn { table, column } if column.not_null && column.generated.is_some() => {
            format!(
                "the expression of {table}.{name} gives NULL on existing rows: make it give a value for every row (coalesce(...)), or add the column without NOT NULL",
                name = ident(&column.name),
            )
        }
        Change::AddColumn { table, column } if column.not_null => format!(
            "give {table}.{name} a default (ADD COLUMN {name} {} NOT NULL DEFAULT ...), or add it nullable, backfill it (UPDATE {} SET {name} = ... WHERE {name} IS NULL) and then SET NOT NULL",
            column.data_type,
            qualified(table),
            name = ident(&column.name),
        ),
        Change::SetColumnNotNull {
            table,
            column,
            not_null: true,
        } => backfill(table, column),
        Change::SetNotNullOnline {
            table,
            column,
            stage: NotNullStage::AddCheck | NotNullStage::Validate | NotNullStage::SetNotNull,
            ..
        } => backfill(table, column),
        Change::AlterColumnType {
            table,
            column,
            data_type,
            ..
        } => format!(
            "give the conversion of the values that do not cast: --using '{}.{}.{}=EXPRESSION' (an expression of the old value that yields {data_type}), or fix those rows first",
            table.schema, table.name, column
        ),
        Change::ReplaceColumn { table, new, .. } => format!(
            "give the new column a default, or the conversion of the old values: --using '{}.{}.{}=EXPRESSION'",
            table.schema, table.name, new.name
        ),
        Change::AddConstraint { constraint, table }
        | Change::AddConstraintNotValid { constraint, table } => match constraint.kind {
            ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclusion => {
                key_rows(table, constraint)
            }
            ConstraintKind::Check | ConstraintKind::ForeignKey => format!(
                "add {} NOT VALID (new rows are checked), fix the existing rows of {table}, then VALIDATE CONSTRAINT",
                ident(&constraint.name)
            ),
        },
        Change::ValidateConstraint { table, constraint } => format!(
            "fix the rows of {table} that break {} before validating it (it stays NOT VALID until then: new rows are checked)",
            ident(constraint)
        ),
        Change::AddKeyUsingIndex {
            table, constraint, ..
        } => key_rows(table, constraint),
        Change::CreateIndex(i) | Change::CreateIndexConcurrently { index: i, .. } if i.unique => {
            duplicates(&i.table)
        }
        Change::AttachPartition { table, parent, bound } => format!(
            "move the rows of {table} that do not fit {bound} out of it before it is attached to {parent}"
        ),
        Change::RecreateEnum { old, .. } => format!(
            "update the rows that hold values {} no longer has (an UPDATE in a migration before this one)",
            old.name
        ),
        Change::AlterDomain { name, .. } => format!(
            "fix the values of the columns of type {name} that break the new constraint first (an UPDATE in a migration before this one)"
        ),
        Change::CopyTableData {
            table,
            into_partitions,
            casts,
            ..
        } => {
            let partitions = into_partitions.then(|| {
                format!("give {table} a partition (or a DEFAULT partition) for every row it holds")
            });
            let conversions = casts.iter().map(|c| {
                format!(
                    "give the conversion of {}'s values that do not cast: --using '{}.{}.{}=EXPRESSION', or fix those rows first",
                    c.column, table.schema, table.name, c.column
                )
            });
            let fixes: Vec<String> = partitions.into_iter().chain(conversions).collect();
            if fixes.is_empty() {
                generic().to_string()
            } else {
                fixes.join("; or ")
            }
        }
        _ => generic().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Constraint;

    fn key(kind: ConstraintKind) -> Constraint {
        Constraint {
            name: "k".into(),
            kind,
            definition: String::new(),
            columns: vec!["id".into(), "Region".into()],
            foreign_key: None,
            deferrable: false,
            initially_deferred: false,
            validated: true,
            no_inherit: false,
            inherited: false,
            index: None,
            comment: None,
            only: false,
        }
    }

    #[test]
    fn a_primary_key_the_rows_stop_names_duplicates_and_nulls() {
        let table = QualifiedName::new("app", "t");
        let add = |kind| Change::AddConstraint {
            table: table.clone(),
            constraint: key(kind),
        };
        let pk = suggestion(&add(ConstraintKind::PrimaryKey));
        assert!(
            pk.contains("duplicate rows of app.t and fill the NULLs of id, \"Region\""),
            "{pk}"
        );
        let using = suggestion(&Change::AddKeyUsingIndex {
            table: table.clone(),
            constraint: key(ConstraintKind::PrimaryKey),
            index: "i".into(),
            replaces: false,
        });
        assert_eq!(using, pk);
        let unique = suggestion(&add(ConstraintKind::Unique));
        assert!(!unique.contains("NULL"), "{unique}");
    }
}
