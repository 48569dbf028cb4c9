//! `pgshift new "DESCRIPTION"`: creates `<UTC timestamp>_<slug>.sql` in the migrations directory
//! and its rollback under the same name, from a template.

use anyhow::{Context, Result};

use super::{Context_, NewArgs, Outcome};
use crate::migrations::files::compare_versions;
use crate::source::list_migrations;

/// `add user preferences table` -> `add_user_preferences_table`.
pub fn slug(description: &str) -> String {
    let mut out = String::new();
    for c in description.trim().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_string();
    if out.is_empty() {
        "migration".into()
    } else {
        out.chars().take(60).collect()
    }
}

pub fn run(ctx: &Context_, args: NewArgs) -> Result<Outcome> {
    let dir = &ctx.config.migrations_dir;
    ensure_dirs(ctx)?;
    let now = std::time::SystemTime::now();
    let version = next_version(dir, now)?;
    let file_name = format!("{version}_{}.sql", slug(&args.description));
    let when = crate::time::utc_iso(now);
    let up = format!(
        "-- {}\n-- created {when} by pgshift new\n--\n-- Each migration runs in one transaction with its tracking row. Statements that cannot\n\
         -- run in a transaction (CREATE INDEX CONCURRENTLY, ...) make the file run statement by\n\
         -- statement instead; `pgshift lint` reviews the file before it ships.\n\nSET lock_timeout = '3s';\n\n",
        args.description
    );
    let down = format!(
        "-- rollback of {file_name}: {}\n-- created {when} by pgshift new\n--\n-- Undo the migration exactly, in reverse order.\n\nSET lock_timeout = '3s';\n\n",
        args.description
    );
    write_pair(ctx, &file_name, &up, &down)?;
    Ok(Outcome::Success)
}

/// Creates the migrations and rollbacks directories if they are missing.
pub fn ensure_dirs(ctx: &Context_) -> Result<()> {
    for dir in [&ctx.config.migrations_dir, &ctx.config.rollbacks_dir] {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", ctx.rel(dir)))?;
    }
    Ok(())
}

/// Writes a migration and its rollback under the same file name (never overwriting a file)
/// and prints both paths.
pub fn write_pair(ctx: &Context_, file_name: &str, up: &str, down: &str) -> Result<()> {
    let up_path = ctx.config.migrations_dir.join(file_name);
    let down_path = ctx.config.rollbacks_dir.join(file_name);
    for (path, text) in [(&up_path, up), (&down_path, down)] {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
            .with_context(|| format!("cannot create {}", ctx.rel(path)))?;
    }
    println!("{}", ctx.rel(&up_path));
    println!("{}", ctx.rel(&down_path));
    Ok(())
}

/// The version of a new migration: the UTC time, or the next version after the newest file
/// when the clock is behind it (clock skew, two files within one second): versions must grow.
pub fn next_version(dir: &std::path::Path, now: std::time::SystemTime) -> Result<String> {
    let mut version = crate::time::utc_compact(now);
    if let Some(last) = list_migrations(dir)?.last() {
        if compare_versions(&version, &last.name.version) != std::cmp::Ordering::Greater {
            version = increment(&last.name.version);
        }
    }
    Ok(version)
}

/// The next version after `v`, keeping its width.
fn increment(v: &str) -> String {
    let mut digits: Vec<u8> = v.bytes().collect();
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return String::from_utf8(digits).unwrap_or_default();
        }
    }
    format!("1{}", String::from_utf8(digits).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_increments() {
        assert_eq!(
            slug("Add user preferences table"),
            "add_user_preferences_table"
        );
        assert_eq!(slug("  --weird!! name  "), "weird_name");
        assert_eq!(slug("日本"), "migration");
        assert_eq!(increment("20250101000009"), "20250101000010");
        assert_eq!(increment("999"), "1000");
    }
}
