//! The databases of a fleet environment: `urls = [...]`, `urls_env = "VAR"` or
//! `urls_file = "tenants.txt"`, each entry a URL or `name=URL`.
//!
//! Invariants: every target has a unique name (its own, or its redacted URL) and a unique
//! file-system-safe slug (for its backups); the same database is never listed twice; an empty
//! list is an error; no message quotes a password. Parsing is pure ([`parse`]); [`resolve`] reads
//! the variable or the file.

use std::collections::BTreeMap;

use crate::config::{is_postgres_url, ConfigError, Environment, FleetUrls};
use crate::redact;

/// One database of a fleet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FleetTarget {
    /// What people read: the `name=` given, else the redacted URL.
    pub name: String,
    pub url: String,
    /// The name made safe for a directory (backups): the given name, else host, port and
    /// database from the URL.
    pub slug: String,
}

/// Where a list came from, for messages (`tenants.txt`, `$TENANT_URLS`, `urls`).
#[derive(Debug, Clone, Copy)]
pub enum Origin<'a> {
    /// A file: entries are named by line.
    File(&'a str),
    /// A variable: entries are named by position.
    Env(&'a str),
    /// The config's `urls` list: entries are named by position.
    List(&'a str),
}

impl Origin<'_> {
    fn at(&self, line: usize, position: usize) -> String {
        match self {
            Origin::File(f) => format!("{f}:{line}"),
            Origin::Env(v) => format!("${v} (entry {position})"),
            Origin::List(env) => format!("[environments.{env}] urls (entry {position})"),
        }
    }
}

/// The targets of `env` (a fleet environment), in the order listed. `getenv` reads variables
/// (passed in so tests control it).
pub fn resolve(
    env: &Environment,
    getenv: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<FleetTarget>, ConfigError> {
    let Some(urls) = &env.fleet else {
        return Err(ConfigError::MissingUrl {
            name: env.name.clone(),
            hint: "it is an environment of one database".into(),
        });
    };
    let (text, origin_name, file) = match urls {
        FleetUrls::List(list) => (list.join("\n"), env.name.clone(), None),
        FleetUrls::Env(var) => match getenv(var).filter(|v| !v.trim().is_empty()) {
            Some(v) => (v, var.clone(), None),
            None => {
                return Err(ConfigError::MissingUrl {
                    name: env.name.clone(),
                    hint: format!(
                        "set the environment variable {var} to its databases' URLs (or name=URL), \
                         separated by newlines or commas"
                    ),
                })
            }
        },
        FleetUrls::File(path) => {
            let text = std::fs::read_to_string(path).map_err(|error| ConfigError::Read {
                path: path.clone(),
                error,
            })?;
            (text, path.display().to_string(), Some(path))
        }
    };
    let origin = match urls {
        FleetUrls::List(_) => Origin::List(&origin_name),
        FleetUrls::Env(_) => Origin::Env(&origin_name),
        FleetUrls::File(_) => Origin::File(&origin_name),
    };
    let mut targets = parse(&text, origin)
        .map_err(|(origin, message)| ConfigError::Targets { origin, message })?;
    // The environment's TLS settings, as for a one-database environment (a URL's own win).
    for t in &mut targets {
        t.url = crate::tls::with_params(&t.url, &env.tls);
    }
    if targets.is_empty() {
        return Err(ConfigError::Targets {
            origin: match file {
                Some(p) => p.display().to_string(),
                None => origin.at(0, 0),
            },
            message: format!(
                "environment `{}` lists no database; add one URL (or name=URL) per entry",
                env.name
            ),
        });
    }
    Ok(targets)
}

/// Parses a list: for a file, one entry a line with `#` comments (whole lines, or after a space);
/// for a variable, entries separated by newlines, else by commas (a URL with several hosts
/// `postgres://h1,h2/db` needs the newline form); for `urls`, one entry each. The error is
/// (where, what).
pub fn parse(text: &str, origin: Origin<'_>) -> Result<Vec<FleetTarget>, (String, String)> {
    let entries: Vec<(usize, &str)> = match origin {
        Origin::Env(_) if !text.contains('\n') => text.split(',').map(|e| (1, e)).collect(),
        _ => text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect(),
    };
    let mut out: Vec<FleetTarget> = Vec::new();
    // The first place each name and each URL was seen, to name both places of a duplicate.
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut urls: BTreeMap<String, String> = BTreeMap::new();
    let mut position = 0;
    for (line, raw) in entries {
        let entry = strip_comment(raw).trim();
        if entry.is_empty() {
            continue;
        }
        position += 1;
        let here = origin.at(line, position);
        let (name, url) = split_entry(entry).map_err(|m| (here.clone(), m))?;
        if let Some(name) = &name {
            if !valid_name(name) {
                return Err((
                    here,
                    format!(
                        "`{}` is not a valid target name: use letters, digits, `_`, `-` and `.` \
                         (it names the target's backups directory)",
                        redact::text(name)
                    ),
                ));
            }
        }
        if let Some(first) = urls.get(url) {
            return Err((
                here,
                format!(
                    "{} is listed twice (first at {first}); list each database once",
                    redact::url(url)
                ),
            ));
        }
        urls.insert(url.to_string(), here.clone());
        let name = name.unwrap_or_else(|| redact::url(url));
        if let Some(first) = names.get(&name) {
            return Err((
                here,
                format!("the name `{name}` is used twice (first at {first}); names must be unique"),
            ));
        }
        names.insert(name.clone(), here);
        out.push(FleetTarget {
            slug: String::new(),
            name,
            url: url.to_string(),
        });
    }
    assign_slugs(&mut out);
    Ok(out)
}

/// An entry without its comment: a whole-line `#`, or ` #` after the entry (a URL holds no
/// whitespace, so a `#` after a space is never part of it).
fn strip_comment(line: &str) -> &str {
    let t = line.trim_start();
    if t.starts_with('#') {
        return "";
    }
    match line.find(" #").or_else(|| line.find("\t#")) {
        Some(i) => &line[..i],
        None => line,
    }
}

/// `URL` or `name=URL` (the name is what comes before the first `=`, when the entry does not
/// itself start with a URL: query strings hold `=` too).
fn split_entry(entry: &str) -> Result<(Option<String>, &str), String> {
    if is_postgres_url(entry) {
        return Ok((None, entry));
    }
    let not_url = || {
        format!(
            "`{}` is not a postgres:// or postgresql:// URL; write one URL, or name=URL, per entry",
            redact::text(entry)
        )
    };
    let (name, url) = entry.split_once('=').ok_or_else(not_url)?;
    let (name, url) = (name.trim(), url.trim());
    if !is_postgres_url(url) {
        return Err(not_url());
    }
    Ok((Some(name.to_string()), url))
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Slugs: a given name as is; a URL's host, port and database with anything else replaced by
/// `_`; a slug taken twice gets `-2`, `-3`, ... (in list order, so the same list always gives the
/// same slugs).
fn assign_slugs(targets: &mut [FleetTarget]) {
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    for t in targets.iter() {
        if t.name != redact::url(&t.url) {
            taken.insert(t.name.clone(), 1);
        }
    }
    for t in targets.iter_mut() {
        if t.name != redact::url(&t.url) {
            t.slug = t.name.clone();
            continue;
        }
        let base = url_slug(&t.url);
        let n = taken.entry(base.clone()).or_insert(0);
        *n += 1;
        t.slug = if *n == 1 { base } else { format!("{base}-{n}") };
    }
}

fn url_slug(url: &str) -> String {
    let (host, port, db) = match url::Url::parse(url) {
        Ok(u) => (
            u.host_str().unwrap_or("localhost").to_string(),
            u.port().map(|p| p.to_string()),
            u.path().trim_start_matches('/').to_string(),
        ),
        Err(_) => ("target".to_string(), None, String::new()),
    };
    let mut s = host;
    if let Some(p) = port {
        s.push('_');
        s.push_str(&p);
    }
    if !db.is_empty() {
        s.push('_');
        s.push_str(&db);
    }
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect::<String>()
        .trim_start_matches('.')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> Result<Vec<FleetTarget>, (String, String)> {
        parse(text, Origin::File("tenants.txt"))
    }

    #[test]
    fn a_file_takes_names_comments_and_blank_lines() {
        let t = file(
            "# tenants of the eu region\n\
             acme = postgres://app:s3cret@db1:5432/acme   # moved in May\n\
             \n\
             postgres://app@db2/globex?sslmode=require\n\
             \t# a comment after a tab\n\
             initech=postgresql://db3/initech\n",
        )
        .unwrap();
        let names: Vec<&str> = t.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "acme",
                "postgres://app@db2/globex?sslmode=require",
                "initech"
            ]
        );
        assert_eq!(t[0].url, "postgres://app:s3cret@db1:5432/acme");
        let slugs: Vec<&str> = t.iter().map(|t| t.slug.as_str()).collect();
        assert_eq!(slugs, ["acme", "db2_globex", "initech"]);
    }

    #[test]
    fn a_url_is_named_without_its_password() {
        let t = file("postgres://app:hunter2@db1:6000/t1\n").unwrap();
        assert_eq!(t[0].name, "postgres://app:***@db1:6000/t1");
        assert_eq!(t[0].slug, "db1_6000_t1");
    }

    #[test]
    fn mistakes_name_the_line_and_hide_passwords() {
        let (at, m) = file("a=postgres://h/a\nmysql://u:hunter2@h/b\n").unwrap_err();
        assert_eq!(at, "tenants.txt:2");
        assert!(m.contains("not a postgres://"), "{m}");
        assert!(!m.contains("hunter2"), "{m}");
        let (at, m) = file("a=postgres://u:pw1@h/a\n\nb=postgres://u:pw1@h/a\n").unwrap_err();
        assert_eq!(at, "tenants.txt:3");
        assert!(m.contains("listed twice (first at tenants.txt:1)"), "{m}");
        assert!(!m.contains("pw1"), "{m}");
        let (at, m) = file("a=postgres://h/a\na=postgres://h/b\n").unwrap_err();
        assert_eq!(at, "tenants.txt:2");
        assert!(m.contains("`a` is used twice"), "{m}");
        let (_, m) = file("the tenant=postgres://h/a\n").unwrap_err();
        assert!(m.contains("not a valid target name"), "{m}");
    }

    #[test]
    fn a_variable_splits_on_newlines_else_commas() {
        let t = parse(
            "postgres://h/a,b=postgres://h/b",
            Origin::Env("TENANT_URLS"),
        )
        .unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t[1].name, "b");
        let t = parse(
            "postgres://h1,h2/a\npostgres://h1,h2/b\n",
            Origin::Env("TENANT_URLS"),
        )
        .unwrap();
        assert_eq!(t[0].url, "postgres://h1,h2/a");
        let (at, _) = parse("postgres://h/a,nope", Origin::Env("TENANT_URLS")).unwrap_err();
        assert_eq!(at, "$TENANT_URLS (entry 2)");
    }

    #[test]
    fn slugs_that_collide_are_numbered() {
        let t = file("postgres://h/a?x=1\npostgres://h/a?x=2\n").unwrap();
        assert_eq!(t[0].slug, "h_a");
        assert_eq!(t[1].slug, "h_a-2");
    }

    #[test]
    fn resolve_reads_the_file_and_refuses_an_empty_list() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("pgshift.toml");
        std::fs::write(
            &config,
            "[environments.tenants]\nurls_file = 'tenants.txt'\n\
             [environments.regions]\nurls_env = 'REGION_URLS'\njobs = 2\ncanary = 0\n",
        )
        .unwrap();
        let c = crate::config::Config::load(Some(&config), dir.path(), &|_| None).unwrap();
        let tenants = c.environment("tenants").unwrap();
        assert_eq!((tenants.jobs, tenants.canary), (4, 1));
        let err = resolve(tenants, &|_| None).unwrap_err().to_string();
        assert!(err.contains("tenants.txt"), "{err}");
        std::fs::write(dir.path().join("tenants.txt"), "# none yet\n").unwrap();
        let err = resolve(tenants, &|_| None).unwrap_err().to_string();
        assert!(err.contains("lists no database"), "{err}");
        std::fs::write(dir.path().join("tenants.txt"), "a=postgres://h/a\n").unwrap();
        assert_eq!(resolve(tenants, &|_| None).unwrap().len(), 1);
        let regions = c.environment("regions").unwrap();
        assert_eq!((regions.jobs, regions.canary), (2, 0));
        let err = resolve(regions, &|_| None).unwrap_err().to_string();
        assert!(
            err.contains("set the environment variable REGION_URLS"),
            "{err}"
        );
        let t = resolve(regions, &|_| Some("postgres://h/a, postgres://h/b".into())).unwrap();
        assert_eq!(t.len(), 2);
        let err = regions.url().unwrap_err().to_string();
        assert!(err.contains("lists several databases"), "{err}");
    }
}
