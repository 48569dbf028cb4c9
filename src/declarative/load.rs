//! Running a declarative directory's statements into a database, in dependency order.
//!
//! Each statement runs on its own (its own implicit transaction), through the one executor, so
//! one that fails leaves nothing behind. Statements that fail are retried after the others,
//! round after round, while a round makes progress. When one makes none, two rewrites may still
//! help: tables whose foreign keys reference each other in a cycle are created without them and
//! the keys added afterwards (`ALTER TABLE ... ADD CONSTRAINT`, which names them as PostgreSQL
//! would have), and functions whose bodies name each other are created without checking their
//! bodies first (`check_function_bodies = off`, as pg_dump restores them). What still fails is
//! an error at the first statement whose failure no other failing statement explains: one that
//! names nothing a failing statement creates.

use std::path::Path;

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{self, AlterTableType, ObjectType};

use super::analyze::{is_foreign_key, Role};
use super::files::{Parsed, Unit};
use crate::apply::executor::{Executor, Secrets};
use crate::db;
use crate::source::{ReplayError, SourceError};

/// What loading did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub files: usize,
    pub statements: usize,
    /// Rounds of retries beyond the first pass.
    pub retries: usize,
}

/// Loads the files of `dir` into the database at `url`.
pub async fn load(url: &str, dir: &Path) -> Result<LoadReport, SourceError> {
    let mut parsed = super::files::read(dir)?;
    let order = super::order::order(&parsed.units);
    let client = db::connect(url).await?;
    let exec = Executor::new(&client).with_secrets(Secrets::Replay);
    let mut session = Session {
        settings: Vec::new(),
        unchecked: false,
    };
    let mut pending = order;
    let mut report = LoadReport {
        files: parsed.files.len(),
        statements: pending.len(),
        retries: 0,
    };
    let mut rewritten_tables = false;
    let mut unchecked_bodies = false;
    loop {
        let mut failed: Vec<(usize, ReplayError)> = Vec::new();
        let mut progress = false;
        for &i in &pending {
            let unit = &parsed.units[i];
            let unchecked = unchecked_bodies && unit.facts.function;
            session.prepare(&client, &parsed, unit, unchecked).await?;
            let file = &parsed.files[unit.file];
            match exec.statement(&file.path, &file.script, &unit.stmt).await {
                Ok(()) => progress = true,
                Err(mut e) => {
                    if unit.rewritten {
                        e.line = unit.stmt.line;
                        e.column = unit.stmt.column;
                    }
                    failed.push((i, e));
                }
            }
        }
        if failed.is_empty() {
            return Ok(report);
        }
        report.retries += 1;
        pending = failed.iter().map(|(i, _)| *i).collect();
        if progress {
            continue;
        }
        if !rewritten_tables {
            rewritten_tables = true;
            if split_foreign_keys(&mut parsed, &mut pending) {
                continue;
            }
        }
        if !unchecked_bodies && pending.iter().any(|&i| parsed.units[i].facts.function) {
            unchecked_bodies = true;
            continue;
        }
        return Err(first_cause(&parsed, failed).into());
    }
}

/// The session settings the last statement ran with.
struct Session {
    settings: Vec<usize>,
    unchecked: bool,
}

impl Session {
    /// Puts the session in the state `unit`'s file sets before it (`RESET ALL`, then its `SET`
    /// statements), when it differs from the last statement's.
    async fn prepare(
        &mut self,
        client: &tokio_postgres::Client,
        parsed: &Parsed,
        unit: &Unit,
        unchecked: bool,
    ) -> Result<(), SourceError> {
        if self.settings == unit.settings && self.unchecked == unchecked {
            return Ok(());
        }
        let q = |e: tokio_postgres::Error| SourceError::Db(db::DbError::Query(db::error_text(&e)));
        client.batch_execute("RESET ALL").await.map_err(q)?;
        for &s in &unit.settings {
            let setting = &parsed.units[s];
            let file = &parsed.files[setting.file];
            client
                .batch_execute(&setting.stmt.text)
                .await
                .map_err(|e| {
                    crate::source::statement_error(&file.path, &file.script.text, &setting.stmt, &e)
                })?;
        }
        if unchecked {
            client
                .batch_execute("SET check_function_bodies = off")
                .await
                .map_err(q)?;
        }
        self.settings = unit.settings.clone();
        self.unchecked = unchecked;
        Ok(())
    }
}

/// The error of the first failing statement (in run order) that names nothing another failing
/// statement creates, else the first; with how many others failed.
fn first_cause(parsed: &Parsed, failed: Vec<(usize, ReplayError)>) -> ReplayError {
    let failing: Vec<&Unit> = failed.iter().map(|(i, _)| &parsed.units[*i]).collect();
    let explained = |u: &Unit| {
        u.facts.names.iter().any(|(_, (_, name))| {
            failing.iter().any(|other| {
                !std::ptr::eq(*other, u) && other.facts.creates.iter().any(|(_, c)| &c.1 == name)
            })
        })
    };
    let pick = failing
        .iter()
        .position(|u| !explained(u))
        .unwrap_or_default();
    let others = failed.len() - 1;
    let (_, mut error) = failed.into_iter().nth(pick).expect("one failed");
    if others > 0 {
        error.message.push_str(&format!(
            "\n  ({others} other statement(s) of the declarative files failed too, after retries)"
        ));
    }
    error
}

/// Rewrites each pending `CREATE TABLE` with foreign keys into the table without them and one
/// `ALTER TABLE ... ADD` per key (appended to `pending`); whether any was.
fn split_foreign_keys(parsed: &mut Parsed, pending: &mut Vec<usize>) -> bool {
    let mut any = false;
    for p in pending.clone() {
        let unit = &parsed.units[p];
        if unit.facts.role != Role::Object || !unit.facts.foreign_keys {
            continue;
        }
        let Some((table, keys)) = split_statement(&unit.stmt.text) else {
            continue;
        };
        let base = unit.clone();
        let mut table_unit = base.clone();
        table_unit.stmt.text = table;
        table_unit.facts.foreign_keys = false;
        table_unit.rewritten = true;
        parsed.units[p] = table_unit;
        for key in keys {
            let mut u = base.clone();
            u.stmt.text = key;
            u.facts.creates.clear();
            u.facts.foreign_keys = false;
            u.rewritten = true;
            pending.push(parsed.units.len());
            parsed.units.push(u);
        }
        any = true;
    }
    any
}

/// `CREATE TABLE` text without its foreign keys, and the `ALTER TABLE` statements adding them.
fn split_statement(text: &str) -> Option<(String, Vec<String>)> {
    let parsed = pg_query::parse(text, 0).ok()?;
    let mut create = match parsed
        .protobuf
        .stmts
        .first()?
        .stmt
        .as_ref()?
        .node
        .as_ref()?
    {
        N::CreateStmt(c) => c.clone(),
        _ => return None,
    };
    let relation = create.relation.clone()?;
    let mut keys: Vec<protobuf::Constraint> = Vec::new();
    let mut elements = Vec::new();
    for e in std::mem::take(&mut create.table_elts) {
        match e.node {
            Some(N::ColumnDef(mut col)) => {
                let (fks, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut col.constraints)
                    .into_iter()
                    .partition(is_foreign_key);
                col.constraints = rest;
                for fk in fks {
                    if let Some(N::Constraint(mut c)) = fk.node {
                        c.fk_attrs = vec![string_node(&col.colname)];
                        keys.push(*c);
                    }
                }
                elements.push(protobuf::Node {
                    node: Some(N::ColumnDef(col)),
                });
            }
            Some(N::Constraint(c)) if c.contype() == protobuf::ConstrType::ConstrForeign => {
                keys.push(*c)
            }
            other => elements.push(protobuf::Node { node: other }),
        }
    }
    create.table_elts = elements;
    let table = deparse(N::CreateStmt(create))?;
    let mut alters = Vec::new();
    for key in keys {
        let cmd = protobuf::AlterTableCmd {
            subtype: AlterTableType::AtAddConstraint as i32,
            def: Some(Box::new(protobuf::Node {
                node: Some(N::Constraint(Box::new(key))),
            })),
            behavior: protobuf::DropBehavior::DropRestrict as i32,
            ..Default::default()
        };
        let alter = protobuf::AlterTableStmt {
            relation: Some(relation.clone()),
            cmds: vec![protobuf::Node {
                node: Some(N::AlterTableCmd(Box::new(cmd))),
            }],
            objtype: ObjectType::ObjectTable as i32,
            missing_ok: false,
        };
        alters.push(deparse(N::AlterTableStmt(alter))?);
    }
    Some((table, alters))
}

fn string_node(s: &str) -> protobuf::Node {
    protobuf::Node {
        node: Some(N::String(protobuf::String {
            sval: s.to_string(),
        })),
    }
}

fn deparse(node: N) -> Option<String> {
    node.deparse(pg_query::DeparseOptions::default()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_keys_split_out_of_create_table() {
        let (table, keys) = split_statement(
            "create table app.\"B\" (id int primary key, a_id int not null references a (id) on delete cascade, \
             c int, constraint c_fk foreign key (c) references app.c deferrable)",
        )
        .unwrap();
        assert_eq!(
            table,
            "CREATE TABLE app.\"B\" (id int PRIMARY KEY, a_id int NOT NULL, c int)"
        );
        assert_eq!(
            keys,
            [
                "ALTER TABLE app.\"B\" ADD FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE CASCADE",
                "ALTER TABLE app.\"B\" ADD CONSTRAINT c_fk FOREIGN KEY (c) REFERENCES app.c DEFERRABLE"
            ]
        );
    }
}
