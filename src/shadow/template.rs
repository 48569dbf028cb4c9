//! The warm-shadow template cache: migrations replayed once are kept as a database, so the same
//! set is cloned (`CREATE DATABASE ... TEMPLATE`) instead of replayed again.
//!
//! - Within a run, on any shadow: the first replay of a set of migrations goes into a database
//!   no one connects to afterwards; each database that needs the same set is a clone of it.
//! - Across runs, local shadows only: after a cold replay the server stops cleanly, its data
//!   directory (holding that database) is copied to `<cache>/templates/<version>-<layout>-<key>/`,
//!   and the server starts again on its port. A later run with the same key starts its server
//!   on a copy of that directory in a memory file system when there is one with room
//!   (`shadow::scratch`: there, copying its thousand-odd files takes a tenth of a second, and
//!   every database the run creates costs microseconds per file instead of a disk's
//!   milliseconds), and otherwise on that directory itself (no copy: on disk, copying was most
//!   of a warm start), where it clones, drops every database it made and stops cleanly, so the
//!   directory is as it was; roles a run adds (validation's placeholders) are dropped by the
//!   next warm start.
//!
//! The key is a hash of everything the replayed schema depends on: each migration's name and
//! checksum (with the files it includes), the setup files' likewise, the replay role, the
//! search_path and the preset; the directory name adds the PostgreSQL version and the cache
//! layout. Any change gives another key, so a template that no longer matches is never used;
//! the newest [`KEEP`] directories stay, older ones are removed.
//!
//! Concurrent runs: a template directory is written under a unique staging name and renamed
//! into place (one run wins, the others drop their copy). A run on a directory holds an
//! exclusive lock on its mark file for as long as its server runs; a run that finds it taken
//! waits for it (up to [`LOCK_WAIT`]), then replays. Where the server cannot run on the
//! directory itself (pgshift runs as root and the cache is under root's home, out of the
//! postgres user's reach), runs copy it under a shared lock, as before. Pruning takes the
//! exclusive lock and renames a directory away before removing it, so it never removes one in
//! use.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

use super::local::{copy_dir, sanitize, LocalProvider};
use super::{ShadowError, ShadowServer};
use crate::config::{Config, ShadowConfig, ShadowSpec};
use crate::source::MigrationFile;

/// Bumped when what a template directory holds changes.
const LAYOUT: &str = "t3";
/// Template directories kept per cache (the newest by last use).
pub const KEEP: usize = 8;
/// The file in a template directory naming the database that holds the migrations; runs lock
/// it.
const MARK: &str = "pgshift-template";
/// The file in a template directory listing the roles the server had when it was kept.
const ROLES: &str = "pgshift-template.roles";
/// Leftovers of interrupted runs (staging copies, pruned directories) older than this go.
const LEFTOVER_AGE: Duration = Duration::from_secs(600);

/// The key of `files` replayed after the setup `config` gives; `None` when a file cannot be
/// read (the replay then reports it).
pub fn key(config: &Config, files: &[MigrationFile]) -> Option<String> {
    let mut h = Sha256::new();
    let mut field = |label: &str, value: &[u8]| {
        h.update(label.as_bytes());
        h.update((value.len() as u64).to_le_bytes());
        h.update(value);
    };
    let shadow = &config.shadow;
    field("preset", format!("{:?}", config.preset).as_bytes());
    field(
        "replay_user",
        shadow.replay_user.as_deref().unwrap_or("").as_bytes(),
    );
    field(
        "search_path",
        shadow.search_path.as_deref().unwrap_or("\u{0}").as_bytes(),
    );
    for setup in &shadow.setup {
        field("setup", file_checksum(setup)?.as_bytes());
    }
    for f in files {
        field("migration", f.name.file_name.as_bytes());
        field("checksum", file_checksum(&f.path)?.as_bytes());
    }
    let digest = h.finalize();
    Some(digest.iter().take(16).map(|b| format!("{b:02x}")).collect())
}

fn file_checksum(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    Some(crate::migrations::include::checksum(path, &bytes))
}

/// Whether this config may use the cache across runs (local shadows with the cache on).
fn local_provider(cfg: &ShadowConfig) -> Option<LocalProvider> {
    if !cfg.cache || !matches!(cfg.spec, ShadowSpec::Local | ShadowSpec::Auto) {
        return None;
    }
    LocalProvider::from_config(cfg).ok()
}

/// Where the template directory of `key` lives for `provider`'s PostgreSQL version.
fn entry(provider: &LocalProvider, key: &str) -> Option<PathBuf> {
    let dir = provider.cache_dir.as_ref()?.join("templates");
    Some(dir.join(format!("{}-{LAYOUT}-{key}", sanitize(&provider.version))))
}

/// A local server started on the template directory of `key` (on the directory itself, or on
/// a copy while another run uses it), and the database in it that holds the migrations; `None`
/// when there is none, it is in use, or it could not start (a damaged directory is removed, so
/// the run replays and keeps a new one).
pub async fn start_warm(cfg: &ShadowConfig, key: &str) -> Option<(ShadowServer, String)> {
    let provider = local_provider(cfg)?;
    let dir = entry(&provider, key)?;
    let mark = std::fs::File::options()
        .read(true)
        .append(true)
        .open(dir.join(MARK))
        .ok()?;
    let name = std::io::read_to_string(&mark).ok()?;
    let name = name.trim().to_string();
    if name.is_empty() {
        return None;
    }
    let _progress = crate::progress::spinner("starting a shadow PostgreSQL (template cache)");
    // Last use orders pruning.
    let _ = mark.set_modified(SystemTime::now());
    // In a memory file system a copy costs less than the on-disk file creations the run would
    // make on the directory itself (each `CREATE DATABASE` creates hundreds), and it needs no
    // clean-up: the copy goes with the run.
    let room = super::scratch::room_for_copy(&dir);
    let in_memory = super::scratch::root(room).is_some();
    let in_place = !in_memory
        && provider
            .run_as
            .is_none_or(|(uid, gid)| reachable(&dir, uid, gid));
    let server = if in_place && wait_for_lock(&mark).await {
        match provider.start_in_place(&dir, mark) {
            Ok(server) => server,
            Err(e) => {
                crate::progress::detail(&format!(
                    "template cache: {} does not start ({e}); replaying instead",
                    dir.display()
                ));
                discard(&dir);
                return None;
            }
        }
    } else if try_flock(&mark, libc::LOCK_SH) {
        provider.start_from_copy(&dir, room).ok()?
    } else {
        return None;
    };
    if let Err(e) = reset(&server, &name, &dir).await {
        crate::progress::detail(&format!("template cache: {e}; replaying instead"));
        return None;
    }
    Some((server, name))
}

/// How long a run waits for another run to finish with a template directory before it replays
/// instead: a warm run takes a second or two, a replay of a long history far more.
const LOCK_WAIT: Duration = Duration::from_secs(20);

/// Takes the exclusive lock on a template directory's mark file, waiting up to [`LOCK_WAIT`]
/// while another run holds it; whether it was taken.
async fn wait_for_lock(mark: &std::fs::File) -> bool {
    let deadline = std::time::Instant::now() + LOCK_WAIT;
    loop {
        if try_flock(mark, libc::LOCK_EX) {
            return true;
        }
        if std::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Takes `flock(2)` lock `op` (`LOCK_EX` or `LOCK_SH`) on `file` without waiting; whether it
/// was taken. It is released when the file is closed.
fn try_flock(file: &std::fs::File, op: libc::c_int) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: flock(2) on a descriptor this File owns for the whole call.
    unsafe { libc::flock(file.as_raw_fd(), op | libc::LOCK_NB) == 0 }
}

/// Leaves the server as it was kept: drops the databases and roles an earlier run on it left
/// behind (one that was killed before it could drop them).
async fn reset(server: &ShadowServer, template: &str, dir: &Path) -> Result<(), ShadowError> {
    use crate::sql::writer::ident;
    let admin = server.admin().await?;
    let query = |e: tokio_postgres::Error| {
        ShadowError::Db(crate::db::DbError::Query(crate::db::error_text(&e)))
    };
    let leftovers = admin
        .query(
            "SELECT datname::text FROM pg_database WHERE starts_with(datname, $1) AND datname <> $2",
            &[&super::cleanup::DATABASE_PREFIX, &template],
        )
        .await
        .map_err(query)?;
    for row in leftovers {
        let name: String = row.get(0);
        super::server::drop_database(&admin, &server.admin_url, &name)
            .await
            .map_err(|e| ShadowError::Db(crate::db::DbError::Query(e)))?;
    }
    let Ok(kept) = std::fs::read_to_string(dir.join(ROLES)) else {
        return Ok(());
    };
    let kept: std::collections::HashSet<&str> = kept.lines().collect();
    for role in super::role_names(&admin).await? {
        if !kept.contains(role.as_str()) {
            // A role that still owns something stays; it cannot own anything in the template.
            let _ = admin
                .batch_execute(&format!("DROP ROLE IF EXISTS {}", ident(&role)))
                .await;
        }
    }
    Ok(())
}

/// Whether the user `uid` (group `gid`) may reach `dir` (every directory above it lets them
/// through): a server that runs as that user (pgshift runs as root) can start on it in place,
/// which it cannot when the cache is under root's home.
fn reachable(dir: &Path, uid: u32, gid: u32) -> bool {
    use std::os::unix::fs::MetadataExt;
    dir.ancestors().skip(1).all(|d| {
        std::fs::metadata(d).is_ok_and(|m| {
            let mode = m.mode();
            if m.uid() == uid {
                mode & 0o100 != 0
            } else if m.gid() == gid {
                mode & 0o010 != 0
            } else {
                mode & 0o001 != 0
            }
        })
    })
}

/// Removes a template directory (renamed away first, so no run starts on it meanwhile).
fn discard(dir: &Path) {
    let Some(parent) = dir.parent() else {
        return;
    };
    let trash = parent.join(format!(".trash-{}", unique()));
    if std::fs::rename(dir, &trash).is_ok() {
        let _ = std::fs::remove_dir_all(&trash);
    }
}

/// Keeps `server`'s data directory, where `database` holds the migrations of `key`, as the
/// template directory of `key`: stops the server cleanly, copies, starts it again. Only for
/// local servers with the cache on, and only when no one else is connected; the caller ensures
/// that (it snapshots right after the replay into a server it just started). The directory kept,
/// or `None` when there is nothing to keep or the copy failed (said on `-v`); an error only
/// when the server failed to stop or to start again.
pub fn save(
    cfg: &ShadowConfig,
    server: &ShadowServer,
    key: &str,
    database: &str,
    roles: &[String],
) -> Result<Option<PathBuf>, ShadowError> {
    let Some(running) = server.local.as_ref().filter(|_| cfg.cache) else {
        return Ok(None);
    };
    let Some(target) = entry(running.provider(), key) else {
        return Ok(None);
    };
    if target.join(MARK).is_file() {
        return Ok(Some(target));
    }
    let parent = target
        .parent()
        .expect("an entry has a parent")
        .to_path_buf();
    if std::fs::create_dir_all(&parent).is_err() {
        return Ok(None);
    }
    let staging = parent.join(format!(".staging-{}", unique()));
    let copied = running.with_stopped(|data| {
        copy_dir(data, &staging)?;
        // A clean shutdown leaves no pid file; a stale one would stop the next start.
        let _ = std::fs::remove_file(staging.join("postmaster.pid"));
        std::fs::write(staging.join(ROLES), roles.join("\n") + "\n")?;
        std::fs::write(staging.join(MARK), format!("{database}\n"))?;
        // Later runs start the server on this directory itself.
        running
            .provider()
            .own(&staging)
            .map_err(|e| std::io::Error::other(e.to_string()))
    })?;
    if let Err(e) = copied {
        // A full disk costs the next run a replay, nothing more.
        let _ = std::fs::remove_dir_all(&staging);
        crate::progress::detail(&format!(
            "template cache: cannot keep the replayed migrations in {}: {e}",
            parent.display()
        ));
        return Ok(None);
    }
    if std::fs::rename(&staging, &target).is_err() {
        // Another run saved the same key first: keep theirs.
        let _ = std::fs::remove_dir_all(&staging);
    }
    prune(&parent, KEEP);
    Ok(Some(target))
}

/// Removes all but the `keep` most recently used template directories, and leftovers of
/// interrupted runs. Each goes by a rename first, so a run copying it fails cleanly.
pub fn prune(dir: &Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    let mut templates = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        if name.starts_with('.') {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|m| now.duration_since(m).ok())
                .is_some_and(|age| age > LEFTOVER_AGE);
            if old {
                let _ = std::fs::remove_dir_all(&path);
            }
            continue;
        }
        let used = std::fs::metadata(path.join(MARK))
            .and_then(|m| m.modified())
            .unwrap_or(SystemTime::UNIX_EPOCH);
        templates.push((used, path));
    }
    templates.sort_by_key(|t| std::cmp::Reverse(t.0));
    for (_, path) in templates.into_iter().skip(keep) {
        // One in use (its lock taken) stays until a later prune.
        let Ok(mark) = std::fs::File::open(path.join(MARK)) else {
            continue;
        };
        if try_flock(&mark, libc::LOCK_EX) {
            discard(&path);
        }
    }
}

fn unique() -> String {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}-{nanos}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(dir: &Path, name: &str, age: u64) -> PathBuf {
        let d = dir.join(name);
        std::fs::create_dir_all(&d).unwrap();
        let f = std::fs::File::create(d.join(MARK)).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(age))
            .unwrap();
        d
    }

    #[test]
    fn pruning_keeps_the_most_recently_used() {
        let t = tempfile::tempdir().unwrap();
        let newest = touch(t.path(), "15.18-t1-a", 1);
        let middle = touch(t.path(), "15.18-t1-b", 100);
        let oldest = touch(t.path(), "15.18-t1-c", 1000);
        let fresh_staging = t.path().join(".staging-1-2");
        std::fs::create_dir(&fresh_staging).unwrap();
        prune(t.path(), 2);
        assert!(newest.is_dir() && middle.is_dir());
        assert!(!oldest.exists());
        // A staging copy of a run in progress is left alone.
        assert!(fresh_staging.is_dir());
        let left: Vec<_> = std::fs::read_dir(t.path()).unwrap().flatten().collect();
        assert_eq!(left.len(), 3, "the pruned directory leaves no trash behind");
    }
}
