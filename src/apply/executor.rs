//! The one executor: the only code that sends the statements of a migration, a rollback, a
//! replayed file or a validated plan to a database. Callers hand it a [`Script`] (parsed once,
//! sections decided once, in `migrations::script`) and do their own bookkeeping around it
//! (tracking rows, progress, dry-run rollbacks); errors name `file:line:column`.

use std::collections::BTreeMap;
use std::path::Path;

use tokio_postgres::Client;

use super::ApplyError;
use crate::db;
use crate::migrations::{Script, Statement};
use crate::model::secret;
use crate::source::{statement_error, ReplayError};

/// A script that stopped: the error, located in its file, and how many of its statements stay
/// applied (those of sections that ran outside a transaction before it).
#[derive(Debug, thiserror::Error)]
#[error("{error}")]
pub struct Failure {
    pub error: ReplayError,
    pub done: usize,
}

/// Where the executor takes the secrets that placeholders in a script stand for
/// (`'${PGSHIFT_SECRET_...}'`, see `model::secret`).
#[derive(Clone, Copy)]
pub enum Secrets<'a> {
    /// From the environment; an unset one is an error (apply, rollback).
    Environment,
    /// From the environment, an unset one filled with `secret::UNSET` (replay into a shadow:
    /// migrations cannot know the real secret, and the model compares it as unknown).
    Replay,
    /// Given values: plan validation fills each with the digest marker of the schema the plan
    /// reaches, which the catalog keeps as it is.
    Values(&'a BTreeMap<String, String>),
}

impl Secrets<'_> {
    fn value(&self, name: &str) -> Option<String> {
        match self {
            Secrets::Environment => std::env::var(name).ok(),
            Secrets::Replay => Some(std::env::var(name).unwrap_or_else(|_| secret::UNSET.into())),
            Secrets::Values(v) => v.get(name).cloned(),
        }
    }
}

/// Runs scripts and their statements on one connection.
#[derive(Clone, Copy)]
pub struct Executor<'a> {
    client: &'a Client,
    secrets: Secrets<'a>,
    /// Records the table locks each statement of [`Executor::run`] takes, when set.
    recorder: Option<&'a super::locks::LockRecorder>,
}

fn q(e: tokio_postgres::Error) -> ApplyError {
    ApplyError::Db(db::error_text(&e))
}

impl<'a> Executor<'a> {
    pub fn new(client: &'a Client) -> Self {
        Executor {
            client,
            secrets: Secrets::Environment,
            recorder: None,
        }
    }

    /// The executor recording the locks of the statements it runs with `recorder` (which
    /// watches this executor's session).
    pub fn with_recorder(self, recorder: &'a super::locks::LockRecorder) -> Self {
        Executor {
            recorder: Some(recorder),
            ..self
        }
    }

    /// The executor taking secrets from `secrets`.
    pub fn with_secrets(self, secrets: Secrets<'a>) -> Self {
        Executor { secrets, ..self }
    }

    pub async fn begin(&self) -> Result<(), ApplyError> {
        self.client.batch_execute("BEGIN").await.map_err(q)
    }

    pub async fn commit(&self) -> Result<(), ApplyError> {
        self.client.batch_execute("COMMIT").await.map_err(q)
    }

    /// Ends the open transaction, if any, without keeping anything (best effort: a connection
    /// that is gone has rolled back already).
    pub async fn rollback(&self) {
        let _ = self.client.batch_execute("ROLLBACK").await;
    }

    /// Runs one statement of `script` (named `file` in errors).
    pub async fn statement(
        &self,
        file: &Path,
        script: &Script,
        stmt: &Statement,
    ) -> Result<(), ReplayError> {
        // A statement from an included file is placed in that file.
        let (file, file_text) = match &stmt.origin {
            Some(o) => (o.path.as_path(), o.text.as_str()),
            None => (file, script.text.as_str()),
        };
        let text = if stmt.text.contains(secret::PLACEHOLDER_PREFIX) {
            secret::fill(&stmt.text, &|n| self.secrets.value(n)).map_err(|name| ReplayError {
                file: file.to_path_buf(),
                line: stmt.line,
                column: stmt.column,
                message: format!(
                    "secret {name} is not set: export it with its value and run again"
                ),
                excerpt: String::new(),
            })?
        } else {
            stmt.text.clone()
        };
        match &stmt.copy {
            None => self
                .client
                .batch_execute(&text)
                .await
                .map_err(|e| statement_error(file, file_text, stmt, &e)),
            Some(copy) => self
                .copy_in(&text, &copy.data)
                .await
                .map(drop)
                .map_err(|e| {
                    let mut error = statement_error(file, file_text, stmt, &e);
                    // The server counts the rows' lines from 1 ("COPY t, line 3, column x: ..."):
                    // the error is placed at that line of the file.
                    if let Some(n) = copy_line(&e) {
                        error.line = copy.line + n - 1;
                        error.column = 1;
                        error.excerpt = copy
                            .data
                            .lines()
                            .nth(n - 1)
                            .map(crate::source::excerpt)
                            .unwrap_or_default();
                    }
                    error
                }),
        }
    }

    /// `COPY ... FROM stdin` with the rows the file gives, streamed over the copy protocol.
    async fn copy_in(&self, statement: &str, data: &str) -> Result<u64, tokio_postgres::Error> {
        use futures_util::SinkExt;
        let sink = self.client.copy_in(statement).await?;
        let mut sink = std::pin::pin!(sink);
        sink.send(bytes::Bytes::copy_from_slice(data.as_bytes()))
            .await?;
        sink.as_mut().finish().await
    }

    /// Runs a whole script: each transactional section inside its own transaction, the others
    /// statement by statement. At the first error the open transaction is rolled back; a script
    /// the parser rejects fails at the statement it chokes on, once the server took the rest
    /// (nothing of a transactional script is kept then).
    pub async fn run(&self, file: &Path, script: &Script) -> Result<usize, Failure> {
        let mut done = 0;
        let fail = |error: ReplayError, done: usize| Failure { error, done };
        let last = script.sections.len().saturating_sub(1);
        for (n, section) in script.sections.iter().enumerate() {
            if let Some(r) = self.recorder {
                r.reset();
            }
            if section.transactional {
                self.begin()
                    .await
                    .map_err(|e| fail(plain_error(file, e.to_string()), done))?;
            }
            for stmt in &section.statements {
                let ran = match self.recorder {
                    None => self.statement(file, script, stmt).await,
                    Some(r) => {
                        let at = stmt.origin.as_ref().map_or(file, |o| o.path.as_path());
                        let may_wrap = stmt.kind
                            == crate::migrations::split::StatementKind::Transactional
                            && stmt.copy.is_none();
                        let observed = r
                            .observe(
                                self.client,
                                (at, stmt.line, stmt.column, &stmt.text),
                                section.transactional,
                                may_wrap,
                                self.statement(file, script, stmt),
                            )
                            .await;
                        match observed {
                            Ok(ran) => ran,
                            Err(e) => {
                                self.rollback().await;
                                return Err(fail(plain_error(file, e.to_string()), done));
                            }
                        }
                    }
                };
                if let Err(e) = ran {
                    self.rollback().await;
                    return Err(fail(e, done));
                }
                if !section.transactional {
                    done += 1;
                }
            }
            // Checked before the last commit, so nothing of a rejected transactional file stays.
            if let (true, Some((message, failing))) = (n == last, &script.parse_error) {
                self.rollback().await;
                let at = failing.and_then(|i| script.statements().nth(i));
                return Err(fail(
                    ReplayError {
                        file: file.to_path_buf(),
                        line: at.map_or(1, |s| s.line),
                        column: at.map_or(1, |s| s.column),
                        message: message.clone(),
                        excerpt: at
                            .map(|s| crate::source::excerpt(&s.text))
                            .unwrap_or_default(),
                    },
                    done,
                ));
            }
            if section.transactional {
                self.commit()
                    .await
                    .map_err(|e| fail(plain_error(file, format!("commit failed: {e}")), done))?;
                done += section.statements.len();
            }
        }
        Ok(done)
    }
}

/// The line of a COPY's rows that the server's error names (its context says `COPY t, line N`).
fn copy_line(e: &tokio_postgres::Error) -> Option<usize> {
    let context = e.as_db_error()?.where_()?;
    let at = context.find("line ")? + "line ".len();
    let digits: String = context[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok().filter(|&n: &usize| n > 0)
}

/// An error of the file as a whole (BEGIN or COMMIT failed), placed at its start.
fn plain_error(file: &Path, message: String) -> ReplayError {
    ReplayError {
        file: file.to_path_buf(),
        line: 1,
        column: 1,
        message,
        excerpt: String::new(),
    }
}

/// [`run_text`], recording the table locks each statement takes (`apply::locks`).
pub async fn run_text_recording(
    url: &str,
    file: &Path,
    text: &str,
    secrets: Secrets<'_>,
) -> Result<(usize, Vec<super::locks::StatementLocks>), ApplyError> {
    let client = db::connect(url).await?;
    let recorder = super::locks::LockRecorder::new(url, &client).await?;
    let script = Script::parse_lenient(text);
    let done = Executor::new(&client)
        .with_secrets(secrets)
        .with_recorder(&recorder)
        .run(file, &script)
        .await
        .map_err(|f| ApplyError::Migration(f.error))?;
    Ok((done, recorder.take()))
}

/// Runs `text` (named `file` in errors) on the database at `url`, as `apply` would: the one way
/// plan validation and the tests run a generated file.
pub async fn run_text(
    url: &str,
    file: &Path,
    text: &str,
    secrets: Secrets<'_>,
) -> Result<usize, ApplyError> {
    let client = db::connect(url).await?;
    let script = Script::parse_lenient(text);
    Executor::new(&client)
        .with_secrets(secrets)
        .run(file, &script)
        .await
        .map_err(|f| ApplyError::Migration(f.error))
}
