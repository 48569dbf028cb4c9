//! Finding PostgreSQL's server binaries and their version, remembered in the cache directory so
//! a warm run starts no process to learn them again.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::ShadowError;

/// The bin dir of the server binaries ([`find_bin_dir`]) and the server's version, from
/// `cache_dir/binaries` when it names them for the same search (`configured`, `PG_BIN`, `PATH`)
/// and the same `postgres` binary (size and modification time); found and remembered otherwise.
pub fn server_binaries(
    configured: Option<&Path>,
    pg_bin: Option<PathBuf>,
    cache_dir: Option<&Path>,
) -> Result<(PathBuf, String), ShadowError> {
    let search = format!(
        "{:?}|{:?}|{:?}",
        configured,
        pg_bin,
        std::env::var_os("PATH")
    );
    let key = crate::migrations::checksum::checksum(search.as_bytes());
    let stamp = |bin_dir: &Path| -> Option<String> {
        let m = std::fs::metadata(bin_dir.join("postgres")).ok()?;
        let modified = m
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        Some(format!("{}.{}", m.len(), modified.as_nanos()))
    };
    let file = cache_dir.map(|c| c.join("binaries"));
    let remembered = file
        .as_ref()
        .and_then(|f| std::fs::read_to_string(f).ok())
        .unwrap_or_default();
    for line in remembered.lines() {
        let mut parts = line.split('\t');
        if let (Some(k), Some(dir), Some(s), Some(version)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        {
            let dir = PathBuf::from(dir);
            if k == key && stamp(&dir).as_deref() == Some(s) && dir.join("initdb").is_file() {
                return Ok((dir, version.to_string()));
            }
        }
    }
    let bin_dir = find_bin_dir(configured, pg_bin)?;
    let version = postgres_version(&bin_dir)?;
    if let (Some(f), Some(s), Some(dir)) = (&file, stamp(&bin_dir), bin_dir.to_str()) {
        // Best effort, one line per search; a concurrent run writing the same line is harmless.
        let mut lines: Vec<&str> = remembered
            .lines()
            .filter(|l| !l.starts_with(&format!("{key}\t")))
            .collect();
        let line = format!("{key}\t{dir}\t{s}\t{version}");
        lines.push(&line);
        let _ = std::fs::create_dir_all(f.parent().unwrap_or(Path::new(".")));
        let tmp = f.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, lines.join("\n") + "\n").is_ok() {
            let _ = std::fs::rename(&tmp, f);
        }
    }
    Ok((bin_dir, version))
}

/// Finds a bin dir holding initdb and postgres: config, then PG_BIN, then
/// `pg_config --bindir`, then the newest `/usr/lib/postgresql/*/bin`, then PATH.
pub fn find_bin_dir(
    configured: Option<&Path>,
    pg_bin: Option<PathBuf>,
) -> Result<PathBuf, ShadowError> {
    let has_all = |d: &Path| ["initdb", "postgres"].iter().all(|b| d.join(b).is_file());
    for (what, dir) in [
        ("[shadow] bin_dir", configured.map(Path::to_path_buf)),
        ("PG_BIN", pg_bin),
    ] {
        if let Some(d) = dir {
            if has_all(&d) {
                return Ok(d);
            }
            return Err(ShadowError::Local(format!(
                "{what} is {}, but initdb and postgres are not both there",
                d.display()
            )));
        }
    }
    let mut candidates = Vec::new();
    if let Ok(out) = Command::new("pg_config")
        .arg("--bindir")
        .stderr(Stdio::null())
        .output()
    {
        if out.status.success() {
            candidates.push(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
        }
    }
    candidates.extend(newest_debian_bin_dirs());
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path));
    }
    candidates
        .into_iter()
        .find(|d| has_all(d))
        .ok_or_else(|| {
            ShadowError::Local(
                "no PostgreSQL binaries found (looked at [shadow] bin_dir, PG_BIN, pg_config --bindir, \
                 /usr/lib/postgresql/*/bin and PATH for initdb and postgres)"
                    .into(),
            )
        })
}

/// `/usr/lib/postgresql/<major>/bin`, newest major first.
fn newest_debian_bin_dirs() -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir("/usr/lib/postgresql") else {
        return Vec::new();
    };
    let mut majors: Vec<(u32, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let major = e.file_name().to_str()?.parse::<u32>().ok()?;
            Some((major, e.path().join("bin")))
        })
        .collect();
    majors.sort_by_key(|m| std::cmp::Reverse(m.0));
    majors.into_iter().map(|(_, p)| p).collect()
}

fn postgres_version(bin_dir: &Path) -> Result<String, ShadowError> {
    let out = Command::new(bin_dir.join("postgres"))
        .arg("--version")
        .output()
        .map_err(|e| {
            ShadowError::Local(format!("cannot run {}/postgres: {e}", bin_dir.display()))
        })?;
    parse_version(&String::from_utf8_lossy(&out.stdout)).ok_or_else(|| {
        ShadowError::Local(format!(
            "cannot read the version of {}/postgres",
            bin_dir.display()
        ))
    })
}

/// `postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)` -> `15.18`.
pub fn parse_version(output: &str) -> Option<String> {
    output
        .split_whitespace()
        .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(|w| {
            let v: String = w
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            v.trim_end_matches('.').to_string()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions() {
        assert_eq!(
            parse_version("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n").as_deref(),
            Some("15.18")
        );
        assert_eq!(
            parse_version("postgres (PostgreSQL) 17beta1").as_deref(),
            Some("17")
        );
        assert_eq!(parse_version("garbage"), None);
    }

    #[test]
    fn a_configured_bin_dir_without_binaries_is_an_error() {
        let d = tempfile::tempdir().unwrap();
        let err = find_bin_dir(Some(d.path()), None).unwrap_err().to_string();
        assert!(err.contains("bin_dir"), "{err}");
    }

    #[test]
    fn binaries_found_once_are_remembered_for_the_same_postgres() {
        let Ok(dir) = find_bin_dir(None, None) else {
            eprintln!("SKIPPED: no PostgreSQL binaries here");
            return;
        };
        let cache = tempfile::tempdir().unwrap();
        let first = server_binaries(Some(&dir), None, Some(cache.path())).unwrap();
        assert_eq!(first.0, dir);
        let text = std::fs::read_to_string(cache.path().join("binaries")).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        // A remembered line for another binary (another stamp) is not taken.
        let forged = text.replace(&first.1, "9.9");
        std::fs::write(cache.path().join("binaries"), &forged).unwrap();
        assert_eq!(
            server_binaries(Some(&dir), None, Some(cache.path()))
                .unwrap()
                .1,
            "9.9"
        );
        // One for another binary (another size and time) is not: found again, and rewritten.
        let mut parts: Vec<&str> = text.trim_end().split('\t').collect();
        parts[2] = "0.0";
        std::fs::write(cache.path().join("binaries"), parts.join("\t") + "\n").unwrap();
        assert_eq!(
            server_binaries(Some(&dir), None, Some(cache.path())).unwrap(),
            first
        );
        assert_eq!(
            std::fs::read_to_string(cache.path().join("binaries")).unwrap(),
            text
        );
    }
}
