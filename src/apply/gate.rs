//! The fingerprint gate: before a pending migration runs, is the target still the schema the
//! file was written for? A generated file names that schema in its header (`-- from: ...
//! (schema v3:...)`, see [`crate::model::fingerprint`]); a hand-written file is checked, when
//! `verify_before` asks, against the local migrations replayed in a shadow up to it. Also the
//! incremental shadow replay that `adopt` and `repair` use.
//!
//! Invariants: the target's schema is read with the same filter and owners setting as
//! `generate` reads the schemas it compares; the gate only reads (it never changes the target);
//! a mismatch carries both fingerprints and both schemas where known, so the caller can say
//! what differs.

use crate::catalog::{self, Filter};
use crate::config::Config;
use crate::model::fingerprint::{self, Found};
use crate::model::Schema;
use crate::source::{replay_file, replay_url, Loader, MigrationFile, SourceError};

use super::{ApplyError, Prepared};

/// One shadow database that holds local migrations replayed in order, grown one file at a time
/// (and started over when asked for a list that does not extend what it holds).
pub struct ShadowReplay<'a> {
    loader: Loader<'a>,
    config: &'a Config,
    filter: Filter,
    /// The database URL (admin) and the URL migrations replay through.
    db: Option<(String, String)>,
    /// The versions replayed so far, in order.
    done: Vec<String>,
}

impl<'a> ShadowReplay<'a> {
    pub fn new(config: &'a Config) -> Self {
        ShadowReplay {
            loader: Loader::new(config),
            config,
            filter: catalog::filter_from_config(config),
            db: None,
            done: Vec::new(),
        }
    }

    /// Makes the shadow hold exactly `files` replayed in order (the config's setup files
    /// first), replaying only what it does not hold yet.
    pub async fn reach(&mut self, files: &[MigrationFile]) -> Result<(), SourceError> {
        let extends = files.len() >= self.done.len()
            && self
                .done
                .iter()
                .zip(files)
                .all(|(v, f)| *v == f.name.version);
        if self.db.is_none() || !extends {
            let url = self.loader.fresh_database().await?;
            for setup in &self.config.shadow.setup {
                replay_file(&url, setup).await?;
            }
            let replay = replay_url(
                &url,
                self.config.shadow.replay_user.as_deref(),
                self.config.shadow.search_path.as_deref(),
            )?;
            self.db = Some((url, replay));
            self.done.clear();
        }
        let (_, replay) = self.db.as_ref().expect("created above");
        for f in &files[self.done.len()..] {
            replay_file(replay, &f.path).await?;
            self.done.push(f.name.version.clone());
        }
        Ok(())
    }

    /// The shadow's schema now.
    pub async fn schema(&mut self) -> Result<Schema, SourceError> {
        if self.db.is_none() {
            self.reach(&[]).await?;
        }
        let (url, _) = self.db.as_ref().expect("created above");
        Ok(catalog::inspect_url(url, &self.filter).await?)
    }
}

/// What the gate does (`apply` flags and the environment's settings).
#[derive(Debug, Clone, Copy, Default)]
pub struct GateOptions {
    /// `--ignore-fingerprint`: run every file unchecked (the history says so).
    pub ignore: bool,
    /// Check hand-written files against the migrations replayed up to them.
    pub verify_before: bool,
}

/// What the schema a file was written for is known from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The `-- from:` fingerprint `generate` wrote into the file.
    Header,
    /// The local migrations before it, replayed in a shadow (`verify_before`).
    Replay,
}

/// A target that is not the schema a pending file was written for.
#[derive(Debug)]
pub struct Mismatch {
    pub version: String,
    pub file_name: String,
    pub basis: Basis,
    /// The fingerprint the file expects.
    pub expected: String,
    /// The target's.
    pub actual: String,
    /// The target's schema, as read for the check.
    pub target: Box<Schema>,
    /// The local migrations before the file replayed in a shadow (where that could be done),
    /// and its fingerprint: what the report of differences compares the target with.
    pub replayed: Option<(Box<Schema>, String)>,
    /// Why there is no replay to compare with, when there is none.
    pub replay_error: Option<String>,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the target is not the schema {} was written for; nothing of it was run: {} fingerprint {}, the target's {}",
            self.file_name,
            match self.basis {
                Basis::Header => "its header gives",
                Basis::Replay => "the migrations before it, replayed in a shadow, give",
            },
            self.expected,
            self.actual
        )
    }
}

/// What the gate decided for one file that may run.
#[derive(Debug)]
pub enum Decision {
    /// The header's fingerprint is the target's.
    Matched(String),
    /// Hand-written: the target is the migrations before it replayed (this fingerprint).
    Verified(String),
    /// `--ignore-fingerprint`.
    Ignored,
    /// Not checked, and why (a hand-written file without `verify_before`, an old header).
    NotChecked(String),
    /// Refused.
    Mismatch(Box<Mismatch>),
}

impl Decision {
    /// What the history row of the file's run says about the check.
    pub fn note(&self) -> Option<String> {
        match self {
            Decision::Matched(fp) => Some(format!("fingerprint {fp} matched")),
            Decision::Verified(fp) => Some(format!(
                "verified before: the target matched the migrations before it ({fp})"
            )),
            Decision::Ignored => Some("fingerprint not checked: --ignore-fingerprint".into()),
            Decision::NotChecked(why) => Some(format!("fingerprint not checked: {why}")),
            Decision::Mismatch(_) => None,
        }
    }
}

/// The gate of one run: its options and, once a file needs one, its shadow.
pub struct Gate<'a> {
    pub options: GateOptions,
    config: &'a Config,
    replay: ShadowReplay<'a>,
}

impl<'a> Gate<'a> {
    pub fn new(config: &'a Config, options: GateOptions) -> Self {
        Gate {
            options,
            config,
            replay: ShadowReplay::new(config),
        }
    }

    /// The catalog filter the target is read with (the one `generate` reads with).
    pub fn filter(&self) -> Filter {
        catalog::filter_from_config(self.config)
    }

    /// Whether `file` needs the target's schema to be decided.
    pub fn needs_schema(&self, file: &Prepared) -> bool {
        if self.options.ignore {
            return false;
        }
        match fingerprint::from_header(&file.script.text) {
            Some(Found::Current(_)) => true,
            Some(Found::Legacy(_)) | None => self.options.verify_before,
        }
    }

    /// Decides `file` on `target` (the target's schema just before it would run); `before`:
    /// the local migrations the target should hold by then, in the order they ran.
    pub async fn check(
        &mut self,
        file: &Prepared,
        target: Option<&Schema>,
        before: &[MigrationFile],
    ) -> Result<Decision, ApplyError> {
        if self.options.ignore {
            return Ok(Decision::Ignored);
        }
        let owners = self.config.diff.owners;
        let header = fingerprint::from_header(&file.script.text);
        let legacy = matches!(header, Some(Found::Legacy(_)));
        if !matches!(header, Some(Found::Current(_))) && !self.options.verify_before {
            return Ok(Decision::NotChecked(if legacy {
                "its header's fingerprint is of an older format (regenerate it to have it checked)"
                    .into()
            } else {
                "a hand-written file (no fingerprint in its header; `[deploy] verify_before = true` checks it against the migrations replayed before it)".into()
            }));
        }
        let Some(target) = target else {
            return Ok(Decision::NotChecked(
                "the target's schema was not read".into(),
            ));
        };
        let actual = fingerprint::fingerprint(target, owners);
        let mismatch = |basis, expected: String| Mismatch {
            version: file.local.version.clone(),
            file_name: file.local.file_name.clone(),
            basis,
            expected,
            actual: actual.clone(),
            target: Box::new(target.clone()),
            replayed: None,
            replay_error: None,
        };
        match header {
            Some(Found::Current(expected)) if expected == actual => Ok(Decision::Matched(actual)),
            Some(Found::Current(expected)) => {
                let mut m = mismatch(Basis::Header, expected);
                // What the target is compared with in the report: the migrations before it.
                match self.replayed(before).await {
                    Ok((schema, fp)) => m.replayed = Some((Box::new(schema), fp)),
                    Err(e) => m.replay_error = Some(crate::redact::text(&e.to_string())),
                }
                Ok(Decision::Mismatch(Box::new(m)))
            }
            _ => {
                let (schema, expected) = self
                    .replayed(before)
                    .await
                    .map_err(|e| ApplyError::Db(format!(
                        "verify_before: the migrations before {} could not be replayed in a shadow: {e}",
                        file.local.file_name
                    )))?;
                if expected == actual {
                    return Ok(Decision::Verified(actual));
                }
                let mut m = mismatch(Basis::Replay, expected.clone());
                m.replayed = Some((Box::new(schema), expected));
                Ok(Decision::Mismatch(Box::new(m)))
            }
        }
    }

    async fn replayed(
        &mut self,
        before: &[MigrationFile],
    ) -> Result<(Schema, String), SourceError> {
        self.replay.reach(before).await?;
        let schema = self.replay.schema().await?;
        let fp = fingerprint::fingerprint(&schema, self.config.diff.owners);
        Ok((schema, fp))
    }
}
