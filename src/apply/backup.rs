//! Pre-deploy backups: `pg_dump` of the target (schema and data, custom format) into
//! `backups/<env>/<UTC timestamp>.dump`, readable by the owner only. The password travels in
//! PGPASSWORD, never on the command line.

use std::path::{Path, PathBuf};

use super::ApplyError;
use crate::redact;

/// Finds pg_dump: next to the local PostgreSQL binaries, else on PATH.
fn pg_dump() -> PathBuf {
    crate::shadow::binaries::find_bin_dir(None, std::env::var_os("PG_BIN").map(PathBuf::from))
        .map(|d| d.join("pg_dump"))
        .unwrap_or_else(|_| PathBuf::from("pg_dump"))
}

/// `pg_dump --schema-only` of `url` as SQL text (for copying a live schema into a shadow).
pub fn schema_dump(url: &str) -> Result<String, ApplyError> {
    let (clean, password) = split_password(url)?;
    let mut cmd = std::process::Command::new(pg_dump());
    cmd.args(["--schema-only", "--no-password", "--dbname", clean.as_str()]);
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    let out = cmd
        .output()
        .map_err(|e| ApplyError::Backup(format!("cannot run pg_dump: {e}")))?;
    if !out.status.success() {
        return Err(ApplyError::Backup(format!(
            "pg_dump --schema-only failed: {}",
            redact::text(String::from_utf8_lossy(&out.stderr).trim())
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The URL without its password, and the password (percent-decoded) for PGPASSWORD.
fn split_password(url: &str) -> Result<(String, Option<String>), ApplyError> {
    let mut parsed = url::Url::parse(url).map_err(|e| ApplyError::Backup(e.to_string()))?;
    let password = parsed.password().map(|p| {
        url::form_urlencoded::parse(format!("p={p}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    });
    let _ = parsed.set_password(None);
    Ok((parsed.to_string(), password))
}

/// Dumps `url` into `dir/<timestamp>.dump` and returns the file.
pub fn dump(url: &str, dir: &Path, timestamp: &str) -> Result<PathBuf, ApplyError> {
    let _progress = crate::progress::spinner(format!("backing up {}", crate::redact::url(url)));
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    std::fs::create_dir_all(dir)
        .map_err(|e| ApplyError::Backup(format!("cannot create {}: {e}", dir.display())))?;
    let file = dir.join(format!("{timestamp}.dump"));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&file)
        .map_err(|e| ApplyError::Backup(format!("cannot create {}: {e}", file.display())))?;
    let (clean, password) = split_password(url)?;
    let mut cmd = std::process::Command::new(pg_dump());
    cmd.args(["--format=custom", "--no-password", "--file"])
        .arg(&file)
        .arg("--dbname")
        .arg(clean.as_str());
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    let out = cmd
        .output()
        .map_err(|e| ApplyError::Backup(format!("cannot run pg_dump: {e}")))?;
    if !out.status.success() {
        let _ = std::fs::remove_file(&file);
        return Err(ApplyError::Backup(format!(
            "pg_dump failed: {}\n  install a pg_dump at least as new as the server, or pass --no-backup",
            redact::text(String::from_utf8_lossy(&out.stderr).trim())
        )));
    }
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| ApplyError::Backup(e.to_string()))?;
    Ok(file)
}
