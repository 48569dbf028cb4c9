//! Reading a declarative directory: its `.sql` files (subdirectories included, hidden entries
//! left out) in name order, each split into statements with their positions, each statement
//! with what it creates and names and the session settings written before it in its file.

use std::path::{Path, PathBuf};

use super::analyze::{self, Facts, Role};
use crate::migrations::{Script, Statement};
use crate::source::{ReplayError, SourceError};

/// One file of the directory.
pub struct SchemaFile {
    pub path: PathBuf,
    pub script: Script,
}

/// One statement to run.
#[derive(Clone)]
pub struct Unit {
    /// Index into [`Parsed::files`].
    pub file: usize,
    pub stmt: Statement,
    pub facts: Facts,
    /// The `SET` statements before it in its file (indexes of units), run before it.
    pub settings: Vec<usize>,
    /// The statement the loader rewrote this one from (a `CREATE TABLE` whose foreign keys it
    /// split out): errors point at that statement's start.
    pub rewritten: bool,
}

/// A directory's statements, in file-name then in-file order.
pub struct Parsed {
    pub files: Vec<SchemaFile>,
    pub units: Vec<Unit>,
}

/// The `.sql` files under `dir`, as paths relative to it with `/` separators, sorted.
pub fn list(dir: &Path) -> Result<Vec<String>, SourceError> {
    let mut out = Vec::new();
    walk(dir, "", &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), SourceError> {
    let io = |e: std::io::Error| SourceError::Io {
        path: dir.to_path_buf(),
        message: e.to_string(),
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(io)?;
        let rel = format!("{prefix}{name}");
        if kind.is_dir() {
            walk(&entry.path(), &format!("{rel}/"), out)?;
        } else if name.ends_with(".sql") {
            out.push(rel);
        }
    }
    Ok(())
}

/// Reads and splits every file of `dir`. A file the parser rejects is an error at the
/// statement it chokes on.
pub fn read(dir: &Path) -> Result<Parsed, SourceError> {
    let mut parsed = Parsed {
        files: Vec::new(),
        units: Vec::new(),
    };
    for rel in list(dir)? {
        let path = dir.join(&rel);
        let text = std::fs::read_to_string(&path).map_err(|e| SourceError::Io {
            path: path.clone(),
            message: e.to_string(),
        })?;
        let script = Script::load(&path, &text).map_err(|f| {
            let at = f.failing.and_then(|i| f.statements.get(i));
            ReplayError {
                file: path.clone(),
                line: at.map_or(1, |s| s.line),
                column: at.map_or(1, |s| s.column),
                message: f.message.clone(),
                excerpt: at
                    .map(|s| crate::source::excerpt(&s.text))
                    .unwrap_or_default(),
            }
        })?;
        let file = parsed.files.len();
        let mut settings = Vec::new();
        for stmt in script.statements() {
            let facts = analyze::analyze(&stmt.text).unwrap_or_else(|| Facts::new(Role::Object));
            let index = parsed.units.len();
            let role = facts.role;
            parsed.units.push(Unit {
                file,
                stmt: stmt.clone(),
                facts,
                settings: settings.clone(),
                rewritten: false,
            });
            if role == Role::Setting {
                settings.push(index);
            }
        }
        parsed.files.push(SchemaFile { path, script });
    }
    Ok(parsed)
}

/// Whether `dir` holds declarative files rather than migrations: no `.sql` file directly in it
/// is named `<version>_<name>.sql`, or it has none but its subdirectories do. A directory that
/// mixes both is a migrations directory with a misnamed file (an error naming it); a declarative
/// directory named that way is given as `declarative:DIR` or `[declarative] schema_dir`.
pub fn looks_declarative(dir: &Path) -> bool {
    let Ok(files) = list(dir) else {
        return false;
    };
    let top: Vec<&String> = files.iter().filter(|f| !f.contains('/')).collect();
    if top.is_empty() {
        return !files.is_empty();
    }
    top.iter()
        .all(|f| crate::migrations::MigrationName::parse(f).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_told_apart_by_their_file_names() {
        let d = tempfile::tempdir().unwrap();
        assert!(!looks_declarative(d.path()));
        std::fs::write(d.path().join("20250101000000_a.sql"), "").unwrap();
        assert!(!looks_declarative(d.path()));
        std::fs::write(d.path().join("users.sql"), "").unwrap();
        // Mixed: migrations with a misnamed file.
        assert!(!looks_declarative(d.path()));
        std::fs::remove_file(d.path().join("20250101000000_a.sql")).unwrap();
        assert!(looks_declarative(d.path()));
        let nested = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(nested.path().join("public/tables")).unwrap();
        std::fs::write(nested.path().join("public/tables/t.sql"), "").unwrap();
        assert!(looks_declarative(nested.path()));
        assert_eq!(list(nested.path()).unwrap(), ["public/tables/t.sql"]);
    }

    #[test]
    fn settings_apply_to_the_statements_after_them_in_their_file() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("a.sql"),
            "create table t (id int);\nset search_path = app;\ncreate table u (id int);\n",
        )
        .unwrap();
        std::fs::write(d.path().join("b.sql"), "create view v as select 1;\n").unwrap();
        let p = read(d.path()).unwrap();
        let settings: Vec<Vec<usize>> = p.units.iter().map(|u| u.settings.clone()).collect();
        assert_eq!(settings, [vec![], vec![], vec![1], vec![]]);
        assert_eq!((p.units[2].stmt.line, p.units[3].file), (3, 1));
    }
}
