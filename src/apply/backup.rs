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
/// Without tablespaces: they belong to the source's cluster (a directory on its server), which
/// the shadow has not, and where tables and indexes are placed is not part of the model (the
/// copy failed at `SET default_tablespace = ...` for any source using one).
pub fn schema_dump(url: &str) -> Result<String, ApplyError> {
    let (clean, password) = split_password(url)?;
    let mut cmd = std::process::Command::new(pg_dump());
    cmd.args([
        "--schema-only",
        "--no-tablespaces",
        "--no-password",
        "--dbname",
        clean.as_str(),
    ]);
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

/// `dump` (a `pg_dump --schema-only` of the database `schema` was read from) with what does not
/// load back as it was rewritten from the model, so the copy is the schema:
/// - a procedural language whose handler pg_dump does not dump itself (one in `pg_catalog`, such
///   as `plpgsql_call_handler`) is written as a bare `CREATE OR REPLACE PROCEDURAL LANGUAGE
///   name;`, which relied on `pg_pltemplate`; since PostgreSQL 13 that statement means `CREATE
///   EXTENSION name` and fails (release notes 13, "Remove the pg_pltemplate system catalog"). It
///   gets its handler, inline handler and validator back;
/// - `CREATE EXTENSION` is written without a version, so the copy would get the default one, not
///   the version installed: it gets `VERSION` (a plan that updates the extension from there
///   would otherwise be validated from another version).
///
/// A dump that does not parse is returned as it is (loading it reports the error).
pub fn restorable(dump: &str, schema: &crate::model::Schema) -> String {
    use pg_query::protobuf::node::Node as N;
    let Ok(statements) = crate::migrations::split::split(dump) else {
        return dump.to_string();
    };
    let language = |name: &str| {
        schema.objects.values().find_map(|o| match &o.spec {
            crate::model::Spec::Language(l) if l.name == name && l.handler.is_some() => Some(l),
            _ => None,
        })
    };
    let mut out = String::with_capacity(dump.len());
    let mut at = 0;
    for st in statements {
        let Ok(parsed) = pg_query::parse(&st.text, 0) else {
            continue;
        };
        let Some(N::CreateExtensionStmt(e)) = parsed
            .protobuf
            .stmts
            .first()
            .and_then(|s| s.stmt.as_ref())
            .and_then(|s| s.node.as_ref())
        else {
            continue;
        };
        // The parser reads the bare language form as the CREATE EXTENSION it stands for: told
        // from a real one by its LANGUAGE keyword.
        let text = if says_language(&st.text) {
            match language(&e.extname) {
                Some(l) => crate::sql::languages::create_language(l, true),
                None => continue,
            }
        } else {
            let versioned = e
                .options
                .iter()
                .any(|o| matches!(&o.node, Some(N::DefElem(d)) if d.defname == "new_version"));
            match schema.extensions.get(&e.extname) {
                Some(x) if !versioned => format!(
                    "{} VERSION {}",
                    st.text,
                    crate::sql::writer::literal(&x.version)
                ),
                _ => continue,
            }
        };
        out.push_str(&dump[at..st.offset]);
        out.push_str(&text);
        at = st.offset + st.text.len();
    }
    out.push_str(&dump[at..]);
    out
}

/// Whether the statement's tokens hold the keyword LANGUAGE.
fn says_language(sql: &str) -> bool {
    use pg_query::protobuf::Token;
    pg_query::scan(sql).is_ok_and(|s| s.tokens.iter().any(|t| t.token() == Token::Language))
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

#[cfg(test)]
mod restorable_tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn languages_get_their_functions_and_extensions_their_version_back() {
        let mut s = Schema::default();
        let l = Language {
            name: "plx".into(),
            trusted: true,
            handler: Some(FunctionId::new("pg_catalog", "plpgsql_call_handler", "")),
            inline: None,
            validator: Some(FunctionId::new("pg_catalog", "plpgsql_validator", "oid")),
        };
        let o = CatalogObject {
            spec: Spec::Language(l),
            owner: "postgres".into(),
            comment: None,
            privileges: vec![],
        };
        s.objects.insert(o.spec.id(), o);
        s.extensions.insert(
            "citext".into(),
            serde_json::from_value(serde_json::json!({
                "name": "citext", "schema": "public", "version": "1.4", "comment": null
            }))
            .unwrap(),
        );
        let dump = "\\restrict k\nSET x = 1;\nCREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;\nCREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;\n\n-- c\nCREATE OR REPLACE PROCEDURAL LANGUAGE plx;\nALTER PROCEDURAL LANGUAGE plx OWNER TO postgres;\nCREATE OR REPLACE PROCEDURAL LANGUAGE other;\n\\unrestrict k\n";
        assert_eq!(
            restorable(dump, &s),
            "\\restrict k\nSET x = 1;\nCREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public VERSION '1.4';\nCREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;\n\n-- c\nCREATE OR REPLACE TRUSTED LANGUAGE plx HANDLER pg_catalog.plpgsql_call_handler VALIDATOR pg_catalog.plpgsql_validator;\nALTER PROCEDURAL LANGUAGE plx OWNER TO postgres;\nCREATE OR REPLACE PROCEDURAL LANGUAGE other;\n\\unrestrict k\n"
        );
    }
}
