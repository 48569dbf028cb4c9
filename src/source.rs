//! SOURCE arguments and replaying SQL into a shadow database.
//!
//! A SOURCE is a `postgres://` URL, a `.sql` file, a directory of migrations, the word `empty`, or
//! `env:NAME`, or `declarative:DIR` (a directory of declarative schema files, see
//! `declarative`; a directory whose `.sql` files are not all named `<version>_<name>.sql` is one
//! too). Files and directories are replayed into a fresh shadow database: each migration in
//! one transaction, unless it holds statements PostgreSQL refuses in a transaction block (then
//! statement by statement), says `-- pgshift:no-transaction` in its header (likewise), or manages
//! its own transactions (then as written). Each file gets a
//! fresh connection, so session settings (`SET search_path`, `SET ROLE`) do not leak between files.
//! A failing statement is reported as `file:line:column` with the server's message.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tokio_postgres::error::ErrorPosition;

use crate::config::{is_postgres_url, Config};
use crate::db::{self, DbError};
use crate::migrations::{self, split::char_position_to_offset, split::line_col, MigrationName};
use crate::redact;

/// Where a schema comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Url(String),
    SqlFile(PathBuf),
    Dir(PathBuf),
    /// Declarative schema files, loaded in dependency order whatever their names.
    Declarative(PathBuf),
    Empty,
    Env(String),
}

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{0}")]
    BadSource(String),
    #[error("{}: {message}", path.display())]
    Io { path: PathBuf, message: String },
    #[error("{}: {error}", dir.display())]
    Names {
        dir: PathBuf,
        error: migrations::NameError,
    },
    #[error(transparent)]
    Replay(#[from] ReplayError),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Shadow(#[from] crate::shadow::ShadowError),
    #[error(transparent)]
    Inspect(#[from] crate::catalog::InspectError),
}

impl Source {
    /// Parses a SOURCE argument. Paths must exist; what they are decides file vs directory.
    pub fn parse(arg: &str) -> Result<Self, SourceError> {
        if arg == "empty" {
            return Ok(Self::Empty);
        }
        if let Some(name) = arg.strip_prefix("env:") {
            return Ok(Self::Env(name.to_string()));
        }
        if is_postgres_url(arg) {
            return Ok(Self::Url(arg.to_string()));
        }
        if let Some(dir) = arg.strip_prefix("declarative:") {
            let path = PathBuf::from(dir);
            return if path.is_dir() {
                Ok(Self::Declarative(path))
            } else {
                Err(SourceError::BadSource(format!(
                    "`{arg}`: {dir} is not a directory of declarative schema files"
                )))
            };
        }
        let path = PathBuf::from(arg);
        if path.is_dir() {
            if crate::declarative::looks_declarative(&path) {
                return Ok(Self::Declarative(path));
            }
            Ok(Self::Dir(path))
        } else if path.is_file() {
            Ok(Self::SqlFile(path))
        } else if arg.contains("://") {
            Err(SourceError::BadSource(format!(
                "`{}` is not a postgres:// or postgresql:// URL",
                redact::text(arg)
            )))
        } else {
            Err(SourceError::BadSource(format!(
                "`{arg}` is neither a database URL, `empty`, `env:NAME`, nor an existing .sql file or migrations directory"
            )))
        }
    }

    /// The source as people wrote it, for messages (URLs redacted).
    pub fn label(&self) -> String {
        match self {
            Self::Url(u) => redact::text(u),
            Self::SqlFile(p) | Self::Dir(p) => p.display().to_string(),
            Self::Declarative(p) => format!("declarative:{}", p.display()),
            Self::Empty => "empty".to_string(),
            Self::Env(name) => format!("env:{name}"),
        }
    }

    /// The database URL for `Url` and `Env` sources (from the config for `env:NAME`).
    pub fn url(&self, config: &Config) -> Result<Option<String>, SourceError> {
        match self {
            Self::Url(u) => Ok(Some(u.clone())),
            Self::Env(name) => {
                let env = config
                    .environment(name)
                    .map_err(|e| SourceError::BadSource(e.to_string()))?;
                Ok(Some(
                    env.url()
                        .map_err(|e| SourceError::BadSource(e.to_string()))?,
                ))
            }
            _ => Ok(None),
        }
    }
}

/// Turns SOURCEs into schemas, starting one shadow server on first need and creating one fresh
/// database in it per file or directory source. Everything it started goes away when it drops.
pub struct Loader<'a> {
    config: &'a Config,
    /// Before the server: fields drop in order, and a server on the template cache's directory
    /// drops its databases one by one before it stops.
    databases: Vec<crate::shadow::ShadowDatabase>,
    shadow: Option<crate::shadow::ShadowServer>,
    filter: crate::catalog::Filter,
    /// Template databases in the shadow by key (`shadow::template`): replayed migrations that
    /// later databases of the same set are cloned from.
    templates: std::collections::HashMap<String, String>,
}

/// A database holding replayed migrations.
#[derive(Debug, Clone)]
pub struct Replayed {
    pub url: String,
    /// Whether it was cloned from a template (so no file ran and the reports are empty).
    pub cloned: bool,
    /// Each file's replay, when they ran.
    pub reports: Vec<FileReport>,
}

impl<'a> Loader<'a> {
    pub fn new(config: &'a Config) -> Self {
        Self {
            config,
            shadow: None,
            databases: Vec::new(),
            filter: crate::catalog::filter_from_config(config),
            templates: Default::default(),
        }
    }

    pub fn config(&self) -> &Config {
        self.config
    }

    /// The shadow server, started on first use.
    pub async fn shadow(&mut self) -> Result<&crate::shadow::ShadowServer, SourceError> {
        if self.shadow.is_none() {
            self.shadow = Some(crate::shadow::start(&self.config.shadow, None).await?);
        }
        Ok(self.shadow.as_ref().expect("started above"))
    }

    /// A fresh database in the shadow server (lives as long as the loader).
    pub async fn fresh_database(&mut self) -> Result<String, SourceError> {
        let db = self.shadow().await?.create_database().await?;
        let url = db.url.clone();
        self.databases.push(db);
        Ok(url)
    }

    /// A fresh database in the shadow server with `roles` (name, whether a superuser) present
    /// in the server: those it lacks are created (as roles that cannot log in) when the shadow is pgshift's own, so a
    /// schema copied from another server loads with its owners, grantees and policy roles. A
    /// shadow server given by URL is left as it is (its missing roles fail the load, by name).
    pub async fn fresh_database_with_roles<'r>(
        &mut self,
        roles: impl IntoIterator<Item = (&'r str, bool)>,
    ) -> Result<String, SourceError> {
        let url = self.fresh_database().await?;
        if self.shadow().await?.is_ours() {
            let script: String = roles
                .into_iter()
                .map(|(r, superuser)| crate::sql::create_role_if_missing(r, superuser) + "\n")
                .collect();
            if !script.is_empty() {
                replay_text(&url, Path::new("(roles of the source server)"), &script).await?;
            }
        }
        Ok(url)
    }

    /// The database URL holding `source`'s schema: the URL itself, or a shadow database the
    /// file or directory was replayed into.
    pub async fn database_for(&mut self, source: &Source) -> Result<String, SourceError> {
        if let Some(url) = source.url(self.config)? {
            return Ok(url);
        }
        match self.resolve(source) {
            Source::Dir(dir) => {
                let files = list_migrations(&dir)?;
                Ok(self.replayed(&files, |_, _| {}).await?.url)
            }
            Source::SqlFile(path) => {
                let url = self.fresh_database().await?;
                for setup in &self.config.shadow.setup {
                    replay_file(&url, setup).await?;
                }
                replay_file(&url, &path).await?;
                Ok(url)
            }
            Source::Declarative(dir) => {
                let url = self.fresh_database().await?;
                load_declarative(&url, self.config, &dir).await?;
                Ok(url)
            }
            Source::Empty | Source::Url(_) | Source::Env(_) => self.fresh_database().await,
        }
    }

    /// A fresh database holding the setup files and `files` replayed (`on_file` is called after
    /// each file that runs). With the cache on (`[shadow] cache`, `--no-cache`), a set replays
    /// once: into a template database, which this and later databases of the same set are
    /// clones of; a local shadow keeps it for later runs (see `shadow::template`), and a run
    /// that finds it there starts its shadow on it and replays nothing.
    pub async fn replayed(
        &mut self,
        files: &[MigrationFile],
        on_file: impl FnMut(&MigrationFile, &FileReport),
    ) -> Result<Replayed, SourceError> {
        use crate::progress::detail;
        use crate::shadow::template;
        let key = if self.config.shadow.cache {
            template::key(self.config, files)
        } else {
            None
        };
        let Some(key) = key else {
            let url = self.fresh_database().await?;
            let reports = replay_migrations(&url, self.config, files, on_file).await?;
            return Ok(Replayed {
                url,
                cloned: false,
                reports,
            });
        };
        if self.shadow.is_none() {
            if let Some((server, name)) = template::start_warm(&self.config.shadow, &key).await {
                detail(&format!(
                    "shadow: {} migration(s) cloned from the template cache (key {}), not replayed",
                    files.len(),
                    &key[..12]
                ));
                self.shadow = Some(server);
                self.templates.insert(key.clone(), name);
            }
        }
        if let Some(name) = self.templates.get(&key).cloned() {
            let url = self.clone_of(&name).await?;
            return Ok(Replayed {
                url,
                cloned: true,
                reports: Vec::new(),
            });
        }
        let started_here = self.shadow.is_none();
        let db = self.shadow().await?.create_database().await?;
        let name = db.name.clone();
        let template_url = db.url.clone();
        self.databases.push(db);
        let reports = replay_migrations(&template_url, self.config, files, on_file).await?;
        if started_here {
            let server = self.shadow.as_ref().expect("started above");
            let roles = server.role_names().await?;
            if let Some(dir) = template::save(&self.config.shadow, server, &key, &name, &roles)? {
                detail(&format!(
                    "shadow: replayed migrations kept in the template cache ({}); unchanged, the next run clones them",
                    dir.display()
                ));
            }
        }
        self.templates.insert(key, name.clone());
        let url = self.clone_of(&name).await?;
        Ok(Replayed {
            url,
            cloned: false,
            reports,
        })
    }

    /// A fresh database of the shadow cloned from the template database `name`.
    async fn clone_of(&mut self, name: &str) -> Result<String, SourceError> {
        let db = self.shadow().await?.create_database_from(name).await?;
        let url = db.url.clone();
        self.databases.push(db);
        Ok(url)
    }

    /// `source` as it is loaded: the project's migrations directory always replays as
    /// migrations (its misnamed files are errors), and the configured `[declarative]
    /// schema_dir` always loads declaratively.
    fn resolve(&self, source: &Source) -> Source {
        let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        match source {
            Source::Declarative(dir) if same(dir, &self.config.migrations_dir) => {
                Source::Dir(dir.clone())
            }
            Source::Dir(dir)
                if self
                    .config
                    .declarative_dir
                    .as_deref()
                    .is_some_and(|d| same(dir, d)) =>
            {
                Source::Declarative(dir.clone())
            }
            other => other.clone(),
        }
    }

    /// A fresh database holding what `[shadow] setup` creates: where declarative files load,
    /// and what `export` writes a schema against.
    pub async fn baseline(&mut self) -> Result<String, SourceError> {
        let url = self.fresh_database().await?;
        for setup in &self.config.shadow.setup {
            replay_file(&url, setup).await?;
        }
        Ok(url)
    }

    /// Reads `source`'s schema.
    pub async fn load(&mut self, source: &Source) -> Result<crate::model::Schema, SourceError> {
        let url = self.database_for(source).await?;
        Ok(crate::catalog::inspect_url(&url, &self.filter).await?)
    }

    /// Reads the schemas of two sources, both at once once their databases are ready.
    pub async fn load_pair(
        &mut self,
        a: &Source,
        b: &Source,
    ) -> Result<(crate::model::Schema, crate::model::Schema), SourceError> {
        let a = self.database_for(a).await?;
        let b = self.database_for(b).await?;
        let (a, b) = crate::catalog::inspect_pair(&a, &b, &self.filter).await;
        Ok((a?, b?))
    }
}

/// One migration file found in a directory.
///
/// Its contents are read, checksummed and split the first time they are needed and kept for the
/// listing: every clone shares them, so a run that works on many databases (a fleet) or looks at
/// its files several times (first look, under the lock, drift check) reads each file once.
#[derive(Debug, Clone)]
pub struct MigrationFile {
    pub name: MigrationName,
    pub path: PathBuf,
    memo: std::sync::Arc<FileMemo>,
}

/// What reading a migration file gave (errors as their messages).
#[derive(Debug, Default)]
struct FileMemo {
    bytes: std::sync::OnceLock<Result<Vec<u8>, String>>,
    checksum: std::sync::OnceLock<Result<String, String>>,
    script: std::sync::OnceLock<Result<crate::migrations::Script, String>>,
}

impl MigrationFile {
    pub fn new(name: MigrationName, path: PathBuf) -> Self {
        MigrationFile {
            name,
            path,
            memo: Default::default(),
        }
    }

    /// The file's bytes (read once).
    pub fn bytes(&self) -> Result<&[u8], String> {
        self.memo
            .bytes
            .get_or_init(|| std::fs::read(&self.path).map_err(|e| e.to_string()))
            .as_deref()
            .map_err(Clone::clone)
    }

    /// The file's checksum, with the files it includes (computed once).
    pub fn checksum(&self) -> Result<&str, String> {
        self.memo
            .checksum
            .get_or_init(|| {
                self.bytes()
                    .map(|b| migrations::include::checksum(&self.path, b))
            })
            .as_deref()
            .map_err(Clone::clone)
    }

    /// The file's statements, with the files it includes (split once); an error names the
    /// failing statement's line and column.
    pub fn script(&self) -> Result<&crate::migrations::Script, String> {
        self.memo
            .script
            .get_or_init(|| {
                let text =
                    std::str::from_utf8(self.bytes()?).map_err(|_| "not UTF-8 text".to_string())?;
                crate::migrations::Script::load(&self.path, text).map_err(|f| {
                    let at = f
                        .failing
                        .and_then(|i| f.statements.get(i))
                        .map(|s| format!("{}:{}: ", s.line, s.column))
                        .unwrap_or_default();
                    format!("{at}{}", f.message)
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// Lists a migrations directory in version order.
pub fn list_migrations(dir: &Path) -> Result<Vec<MigrationFile>, SourceError> {
    let entries = std::fs::read_dir(dir).map_err(|e| SourceError::Io {
        path: dir.to_path_buf(),
        message: if e.kind() == std::io::ErrorKind::NotFound {
            "migrations directory not found; create it, pass the directory, or set migrations_dir in pgshift.toml".into()
        } else {
            e.to_string()
        },
    })?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| SourceError::Io {
            path: dir.to_path_buf(),
            message: e.to_string(),
        })?;
        if entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    let ordered = migrations::order(&names).map_err(|error| SourceError::Names {
        dir: dir.to_path_buf(),
        error,
    })?;
    Ok(ordered
        .into_iter()
        .map(|name| MigrationFile::new(name.clone(), dir.join(&name.file_name)))
        .collect())
}

/// A statement the server rejected, located in its file.
#[derive(Debug, thiserror::Error)]
#[error("{}:{line}:{column}: {message}\n  statement: {excerpt}", file.display())]
pub struct ReplayError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub excerpt: String,
}

/// What replaying one file did.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub file: PathBuf,
    pub statements: usize,
    pub elapsed: Duration,
}

/// Replays one SQL file into the database at `url`.
pub async fn replay_file(url: &str, path: &Path) -> Result<FileReport, SourceError> {
    let text = std::fs::read_to_string(path).map_err(|e| SourceError::Io {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let started = Instant::now();
    let script = migrations::Script::load_lenient(path, &text);
    replay_script(url, path, script, started).await
}

/// [`replay_file`], recording the table locks each statement takes (`apply::locks`), read by a
/// connection to `observer_url` (the same database, as any role).
pub async fn replay_file_recording(
    url: &str,
    observer_url: &str,
    path: &Path,
) -> Result<(FileReport, Vec<crate::apply::locks::StatementLocks>), SourceError> {
    let text = std::fs::read_to_string(path).map_err(|e| SourceError::Io {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let started = Instant::now();
    let script = migrations::Script::load_lenient(path, &text);
    let client = db::connect(url).await?;
    let recorder = crate::apply::locks::LockRecorder::new(observer_url, &client)
        .await
        .map_err(|e| SourceError::Db(DbError::Query(e.to_string())))?;
    crate::apply::executor::Executor::new(&client)
        .with_secrets(crate::apply::executor::Secrets::Replay)
        .with_recorder(&recorder)
        .run(path, &script)
        .await
        .map_err(|f| SourceError::from(f.error))?;
    let report = FileReport {
        file: path.to_path_buf(),
        statements: script.len(),
        elapsed: started.elapsed(),
    };
    Ok((report, recorder.take()))
}

/// Replays SQL text (named `path` in errors) into the database at `url`, through the one
/// executor (a file that cannot run in a transaction runs statement by statement).
pub async fn replay_text(url: &str, path: &Path, text: &str) -> Result<FileReport, SourceError> {
    let started = Instant::now();
    let script = migrations::Script::parse_lenient(text);
    replay_script(url, path, script, started).await
}

async fn replay_script(
    url: &str,
    path: &Path,
    script: migrations::Script,
    started: Instant,
) -> Result<FileReport, SourceError> {
    let client = db::connect(url).await?;
    crate::apply::executor::Executor::new(&client)
        .with_secrets(crate::apply::executor::Secrets::Replay)
        .run(path, &script)
        .await
        .map_err(|f| SourceError::from(f.error))?;
    Ok(FileReport {
        file: path.to_path_buf(),
        statements: script.len(),
        elapsed: started.elapsed(),
    })
}

/// Replays the config's setup files (as the shadow superuser), then `files` in order (as
/// `[shadow] replay_user` when set), calling `on_file` after each migration.
pub async fn replay_migrations(
    db_url: &str,
    config: &Config,
    files: &[MigrationFile],
    mut on_file: impl FnMut(&MigrationFile, &FileReport),
) -> Result<Vec<FileReport>, SourceError> {
    for setup in &config.shadow.setup {
        replay_file(db_url, setup).await?;
    }
    let url = replay_url(
        db_url,
        config.shadow.replay_user.as_deref(),
        config.shadow.search_path.as_deref(),
    )?;
    let mut reports = Vec::with_capacity(files.len());
    let progress = crate::progress::bar("replaying migrations", files.len());
    for (i, f) in files.iter().enumerate() {
        progress.step(i, &f.name.file_name);
        let report = replay_file(&url, &f.path).await?;
        on_file(f, &report);
        reports.push(report);
    }
    Ok(reports)
}

/// Replays the config's setup files (as the shadow superuser), then loads the declarative
/// files of `dir` in dependency order (as `[shadow] replay_user` when set).
pub async fn load_declarative(
    db_url: &str,
    config: &Config,
    dir: &Path,
) -> Result<crate::declarative::LoadReport, SourceError> {
    for setup in &config.shadow.setup {
        replay_file(db_url, setup).await?;
    }
    let url = replay_url(
        db_url,
        config.shadow.replay_user.as_deref(),
        config.shadow.search_path.as_deref(),
    )?;
    let _progress =
        crate::progress::spinner(format!("loading declarative files from {}", dir.display()));
    crate::declarative::load(&url, dir).await
}

/// Locates a server error in its file: at the server's error position when it gives one, else
/// at the statement's start; with the server's message, detail, hint and context.
pub fn statement_error(
    path: &Path,
    text: &str,
    stmt: &migrations::Statement,
    e: &tokio_postgres::Error,
) -> ReplayError {
    let (line, column) = match e.as_db_error().and_then(|d| d.position()) {
        Some(ErrorPosition::Original(pos)) => line_col(
            text,
            stmt.offset + char_position_to_offset(&stmt.text, *pos as usize),
        ),
        _ => (stmt.line, stmt.column),
    };
    let mut message = db::error_text(e);
    if let Some(w) = e.as_db_error().and_then(|d| d.where_()) {
        message.push_str(&format!("\n  where: {w}"));
    }
    ReplayError {
        file: path.to_path_buf(),
        line,
        column,
        message,
        excerpt: excerpt(&stmt.text),
    }
}

/// The first line of a statement, shortened, for error messages.
pub fn excerpt(text: &str) -> String {
    let first = text.lines().next().unwrap_or("").trim();
    let short: String = first.chars().take(120).collect();
    if short.len() < first.len() || text.lines().count() > 1 {
        format!("{short} ...")
    } else {
        short
    }
}

/// The URL migrations are replayed through: as `user` (without the admin's password) and with
/// `search_path` set for the session, when given.
pub fn replay_url(
    url: &str,
    user: Option<&str>,
    search_path: Option<&str>,
) -> Result<String, DbError> {
    let mut parsed = url::Url::parse(url).map_err(|e| DbError::BadUrl {
        url: redact::url(url),
        message: e.to_string(),
    })?;
    if let Some(user) = user {
        parsed
            .set_username(user)
            .and_then(|_| parsed.set_password(None))
            .map_err(|_| DbError::BadUrl {
                url: redact::url(url),
                message: format!("cannot set user {user}"),
            })?;
    }
    if let Some(path) = search_path {
        // libpq-style options: spaces inside a value would split it, so drop them.
        let value: String = path.chars().filter(|c| !c.is_whitespace()).collect();
        // The driver does not read `+` as a space, so encode it as %20.
        let encoded: String =
            url::form_urlencoded::byte_serialize(format!("-c search_path={value}").as_bytes())
                .collect::<String>()
                .replace('+', "%20");
        let query = match parsed.query() {
            Some(q) if !q.is_empty() => format!("{q}&options={encoded}"),
            _ => format!("options={encoded}"),
        };
        parsed.set_query(Some(&query));
    }
    Ok(parsed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_source_forms() {
        assert_eq!(Source::parse("empty").unwrap(), Source::Empty);
        assert_eq!(
            Source::parse("env:staging").unwrap(),
            Source::Env("staging".into())
        );
        assert_eq!(
            Source::parse("postgresql://u@h/db").unwrap(),
            Source::Url("postgresql://u@h/db".into())
        );
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            Source::parse(dir.path().to_str().unwrap()).unwrap(),
            Source::Dir(dir.path().to_path_buf())
        );
        let arg = format!("declarative:{}", dir.path().display());
        assert_eq!(
            Source::parse(&arg).unwrap(),
            Source::Declarative(dir.path().to_path_buf())
        );
        std::fs::write(dir.path().join("users.sql"), "create table users ();").unwrap();
        assert_eq!(
            Source::parse(dir.path().to_str().unwrap()).unwrap(),
            Source::Declarative(dir.path().to_path_buf())
        );
        assert!(Source::parse("declarative:/no/such/dir").is_err());
        let err = Source::parse("mysql://u:pw@h/db").unwrap_err().to_string();
        assert!(!err.contains("pw@") && err.contains("postgres://"), "{err}");
        assert!(Source::parse("/no/such/file.sql").is_err());
    }

    #[test]
    fn excerpts_are_short() {
        assert_eq!(excerpt("select 1"), "select 1");
        assert_eq!(
            excerpt("create table a (\n id int)"),
            "create table a ( ..."
        );
    }

    #[test]
    fn replay_url_sets_user_and_search_path() {
        assert_eq!(
            replay_url("postgres://postgres:pw@127.0.0.1:5/db", Some("app"), None).unwrap(),
            "postgres://app@127.0.0.1:5/db"
        );
        let u = replay_url("postgres://h/db", None, Some("storage, public")).unwrap();
        assert_eq!(
            u,
            "postgres://h/db?options=-c%20search_path%3Dstorage%2Cpublic"
        );
        let c: tokio_postgres::Config = u.parse().unwrap();
        assert_eq!(c.get_options(), Some("-c search_path=storage,public"));
    }
}
