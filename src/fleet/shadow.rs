//! The schemas a fleet's targets are compared with, built once per run: one shadow server for
//! the run, and one replay per distinct list of migrations (every target that has applied the
//! same migrations is compared with the same schema, replayed once, not once per target).
//!
//! Each schema comes with its fingerprint, so a target whose own fingerprint matches is in sync
//! without being read in full.
//!
//! Invariants: concurrent targets asking for the same list wait for the one build; a build that
//! fails gives every target asking for it the same error; everything the shadow created goes away
//! when the cache drops (and on any exit, through `shadow::cleanup`).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use tokio::sync::OnceCell;

use crate::config::Config;
use crate::model::Schema;
use crate::shadow::{ShadowDatabase, ShadowServer};
use crate::source::{replay_migrations, MigrationFile};

type Built = Result<Rc<ExpectedSchema>, String>;

/// A schema the migrations produce, and its fingerprint (see `catalog::fingerprint`; `None` when
/// it could not be read: every comparison is then a full one).
#[derive(Debug)]
pub struct ExpectedSchema {
    pub schema: Schema,
    pub fingerprint: Option<String>,
}

/// Expected schemas by the versions replayed, and the shadow server holding them.
pub struct Expected {
    config: Config,
    filter: crate::catalog::Filter,
    server: OnceCell<Result<ShadowServer, String>>,
    schemas: RefCell<BTreeMap<Vec<String>, Rc<OnceCell<Built>>>>,
    databases: RefCell<Vec<ShadowDatabase>>,
    /// How many replays ran (each list once), for the report and the tests.
    replays: std::cell::Cell<usize>,
}

impl Expected {
    pub fn new(config: &Config) -> Self {
        Expected {
            filter: crate::catalog::filter_from_config(config),
            config: config.clone(),
            server: OnceCell::new(),
            schemas: RefCell::new(BTreeMap::new()),
            databases: RefCell::new(Vec::new()),
            replays: std::cell::Cell::new(0),
        }
    }

    /// The schema `files` produce, replayed in a shadow the first time this list is asked for.
    pub async fn of(&self, files: &[MigrationFile]) -> Built {
        let key: Vec<String> = files.iter().map(|f| f.name.file_name.clone()).collect();
        let cell = self
            .schemas
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| Rc::new(OnceCell::new()))
            .clone();
        cell.get_or_init(|| self.build(files)).await.clone()
    }

    /// Distinct lists replayed so far.
    pub fn replays(&self) -> usize {
        self.replays.get()
    }

    async fn build(&self, files: &[MigrationFile]) -> Built {
        let server = self
            .server
            .get_or_init(|| async {
                crate::shadow::start(&self.config.shadow, None)
                    .await
                    .map_err(|e| format!("{e:#}"))
            })
            .await
            .as_ref()
            .map_err(Clone::clone)?;
        let db = server
            .create_database()
            .await
            .map_err(|e| format!("{e:#}"))?;
        let url = db.url.clone();
        self.databases.borrow_mut().push(db);
        self.replays.set(self.replays.get() + 1);
        replay_migrations(&url, &self.config, files, |_, _| {})
            .await
            .map_err(|e| format!("the migrations do not replay in a shadow: {e:#}"))?;
        let schema = crate::catalog::inspect_url(&url, &self.filter)
            .await
            .map_err(|e| format!("{e:#}"))?;
        let fingerprint = match crate::db::connect(&url).await {
            Ok(client) => crate::catalog::fingerprint(&client, &self.filter)
                .await
                .ok(),
            Err(_) => None,
        };
        Ok(Rc::new(ExpectedSchema {
            schema,
            fingerprint,
        }))
    }
}
