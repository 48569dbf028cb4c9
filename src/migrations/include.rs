//! Files that include other files (`\i FILE`, `\include FILE`, `\ir FILE`,
//! `\include_relative FILE`), as psql runs them: the included file's statements take the place
//! of the meta-command, each keeping its own file ([`Origin`]) so errors name the included
//! file's line. `\ir` is relative to the including file; `\i` to the working directory, as in
//! psql, or else to the including file (migrations are often run from elsewhere). An include
//! cycle, a missing file or more than 16 levels of nesting is an error naming the line.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::psql::MetaCommand;
use super::split::{split_with_includes, Origin};
use super::{ParseFailure, Statement};

const MAX_DEPTH: usize = 16;

/// The statements of `text` (the file at `path`), those of the files it includes in their place.
pub fn statements(path: &Path, text: &str) -> Result<Vec<Statement>, ParseFailure> {
    expand(path, text, None, &mut vec![canonical(path)])
}

/// The checksum that records a migration: of its bytes, and when it includes other files, of
/// theirs after its own, in include order (so editing an included file edits the migration). A
/// file without includes keeps the checksum of its bytes alone.
pub fn checksum(path: &Path, bytes: &[u8]) -> String {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return super::checksum::checksum(bytes);
    };
    let included: Vec<u8> = included(path, text)
        .into_iter()
        .flat_map(|(_, inner)| inner)
        .collect();
    if included.is_empty() {
        return super::checksum::checksum(bytes);
    }
    super::checksum::checksum(&[bytes, &included].concat())
}

/// The files `text` (the file at `path`) includes, directly or through others, as psql meets
/// them (a file before the ones it includes; a file included twice comes twice), with their
/// bytes; paths as written, `..` resolved. Files that cannot be read or resolved are left out
/// (replaying the migration names them).
pub fn included(path: &Path, text: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    walk(path, text, &mut vec![canonical(path)], &mut out);
    out
}

fn walk(path: &Path, text: &str, stack: &mut Vec<PathBuf>, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for m in super::psql::layout(text)
        .meta
        .iter()
        .filter(|m| m.include().is_some())
    {
        let Ok(target) = resolve(path, m) else {
            continue;
        };
        let key = canonical(&target);
        if stack.contains(&key) || stack.len() >= MAX_DEPTH {
            continue;
        }
        let Ok(inner) = std::fs::read(&target) else {
            continue;
        };
        let inner_text = std::str::from_utf8(&inner).ok().map(str::to_string);
        out.push((lexically_normal(&target), inner));
        if let Some(inner_text) = inner_text {
            stack.push(key);
            walk(&target, &inner_text, stack, out);
            stack.pop();
        }
    }
}

/// `a/b/../c` as `a/c`, without touching the file system (names stay as people wrote them).
fn lexically_normal(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

fn expand(
    path: &Path,
    text: &str,
    origin: Option<Arc<Origin>>,
    stack: &mut Vec<PathBuf>,
) -> Result<Vec<Statement>, ParseFailure> {
    let located = |mut f: ParseFailure| {
        for s in &mut f.statements {
            s.origin = origin.clone();
        }
        if origin.is_some() {
            f.message = format!("{}: {}", path.display(), f.message);
        }
        f
    };
    let (mut statements, includes) = split_with_includes(text).map_err(located)?;
    for s in &mut statements {
        s.origin = origin.clone();
    }
    if includes.is_empty() {
        return Ok(statements);
    }
    let mut out: Vec<Statement> = Vec::with_capacity(statements.len());
    let mut rest = statements.into_iter().peekable();
    for m in &includes {
        while let Some(s) = rest.next_if(|s| s.line < m.line) {
            out.push(s);
        }
        let fail = |message: String, out: Vec<Statement>| ParseFailure {
            message: format!("{}:{}: {message}", path.display(), m.line),
            failing: None,
            statements: out,
        };
        let target = match resolve(path, m) {
            Ok(t) => t,
            Err(message) => return Err(fail(message, out)),
        };
        let key = canonical(&target);
        if stack.contains(&key) {
            return Err(fail(
                format!("\\{} {} includes itself (an include cycle)", m.name, m.args),
                out,
            ));
        }
        if stack.len() >= MAX_DEPTH {
            return Err(fail(
                format!(
                    "\\{} {}: includes nest more than {MAX_DEPTH} deep",
                    m.name, m.args
                ),
                out,
            ));
        }
        let inner_text = match std::fs::read_to_string(&target) {
            Ok(t) => t,
            Err(e) => {
                return Err(fail(
                    format!("\\{} {}: {}: {e}", m.name, m.args, target.display()),
                    out,
                ))
            }
        };
        let inner_origin = Arc::new(Origin {
            path: target.clone(),
            text: inner_text.clone(),
        });
        stack.push(key);
        let inner = expand(&target, &inner_text, Some(inner_origin), stack);
        stack.pop();
        match inner {
            Ok(inner) => out.extend(inner),
            Err(mut f) => {
                out.append(&mut f.statements);
                f.statements = out;
                return Err(f);
            }
        }
    }
    out.extend(rest);
    Ok(out)
}

/// The file an include names, as psql would find it (see the module docs).
fn resolve(including: &Path, m: &MetaCommand) -> Result<PathBuf, String> {
    let Some((relative, file)) = m.include() else {
        return Err(format!("\\{} names no file", m.name));
    };
    let named = Path::new(file);
    if named.is_absolute() {
        return Ok(named.to_path_buf());
    }
    let beside = including.parent().unwrap_or(Path::new(".")).join(named);
    if relative || !named.exists() {
        Ok(beside)
    } else {
        Ok(named.to_path_buf())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn included_statements_take_the_place_of_the_include_with_their_own_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("parts")).unwrap();
        std::fs::write(
            dir.path().join("parts/a.sql"),
            "-- part\ncreate table a (id int);\n\\ir b.sql\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("parts/b.sql"), "create table b (id int);\n").unwrap();
        let main = dir.path().join("main.sql");
        let text = "create schema s;\n\\ir parts/a.sql\nselect 1;\n";
        std::fs::write(&main, text).unwrap();
        let s = statements(&main, text).unwrap();
        let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "create schema s",
                "create table a (id int)",
                "create table b (id int)",
                "select 1"
            ]
        );
        assert!(s[0].origin.is_none() && s[3].origin.is_none());
        let a = s[1].origin.as_ref().unwrap();
        assert!(a.path.ends_with("parts/a.sql"));
        assert_eq!(s[1].line, 2);
        assert!(s[2].origin.as_ref().unwrap().path.ends_with("parts/b.sql"));
    }

    #[test]
    fn an_included_file_counts_in_the_checksum() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("main.sql");
        let plain = b"select 1;\n";
        assert_eq!(
            checksum(&main, plain),
            crate::migrations::checksum::checksum(plain)
        );
        std::fs::write(dir.path().join("part.sql"), "select 2;\n").unwrap();
        let text = b"select 1;\n\\ir part.sql\n";
        let before = checksum(&main, text);
        std::fs::write(dir.path().join("part.sql"), "select 3;\n").unwrap();
        assert_ne!(before, checksum(&main, text));
    }

    #[test]
    fn cycles_and_missing_files_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("main.sql");
        let text = "select 1;\n\\ir main.sql\n";
        std::fs::write(&main, text).unwrap();
        let e = statements(&main, text).unwrap_err();
        assert!(
            e.message.contains(":2: \\ir main.sql includes itself"),
            "{}",
            e.message
        );
        let text = "\\i nowhere.sql\n";
        let e = statements(&main, text).unwrap_err();
        assert!(e.message.contains(":1: \\i nowhere.sql"), "{}", e.message);
    }
}
