//! What psql reads in a script besides SQL: `COPY ... FROM stdin` data blocks (ended by a line
//! `\.`) and meta-commands (a line starting with a backslash). Pure.
//!
//! [`layout`] finds both and gives the file back with them blanked out (every other byte, and
//! every line break, kept in place), so the SQL parser sees only SQL and every offset, line and
//! column still points into the original file. Data blocks go to the `COPY` statement they
//! follow; meta-commands are honoured where a script needs them (`\set`, `\echo`, ...: nothing
//! to do for a migration), and refused by name otherwise.

use std::borrow::Cow;

/// The rows of a `COPY ... FROM stdin` statement, as the file gives them (without the `\.`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyData {
    pub data: String,
    /// 1-based line of the first data line.
    pub line: usize,
}

/// A meta-command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaCommand {
    pub line: usize,
    /// Without the backslash: `set`, `i`, `connect`, ...
    pub name: String,
    pub args: String,
}

impl MetaCommand {
    /// Why pgshift cannot run this command in a migration, when it cannot. Commands that only
    /// change psql's own output or variables are ignored (a migration has no use for them);
    /// including another file is handled by whoever reads files ([`MetaCommand::include`]).
    pub fn refusal(&self) -> Option<String> {
        const IGNORED: &[&str] = &[
            "set",
            "unset",
            "echo",
            "qecho",
            "warn",
            "pset",
            "timing",
            "restrict",
            "unrestrict",
            "encoding",
            "x",
            "t",
            "a",
            "f",
            "H",
            "C",
            "o",
        ];
        if IGNORED.contains(&self.name.as_str()) || self.include().is_some() {
            return None;
        }
        let what = match self.name.as_str() {
            "c" | "connect" => "switches to another database or user, which a migration cannot do: apply each database's migrations to it with its own --target",
            "copy" => "reads or writes a file on the client: write the rows into the migration as COPY ... FROM stdin with a \\. line, or load them outside the migration",
            "gexec" | "gset" | "g" | "gx" | "gdesc" => "runs the query buffer as psql does; write the statements themselves into the migration",
            "if" | "elif" | "else" | "endif" => "is psql's conditional; write the condition in SQL (a DO block)",
            _ => "is a psql meta-command pgshift does not run",
        };
        Some(format!("\\{} {what}", self.name))
    }

    /// The file `\i` / `\include` (relative to the working directory, `false`) or `\ir` /
    /// `\include_relative` (relative to the including file, `true`) names.
    pub fn include(&self) -> Option<(bool, &str)> {
        let relative = match self.name.as_str() {
            "i" | "include" => false,
            "ir" | "include_relative" => true,
            _ => return None,
        };
        let file = self.args.trim().trim_matches('\'');
        (!file.is_empty()).then_some((relative, file))
    }
}

/// A script with its data blocks and meta-commands found (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout<'a> {
    /// The file with data blocks and meta-command lines blanked out.
    pub sql: Cow<'a, str>,
    /// Each data block, with the byte offset just past the `;` of the `COPY` that reads it.
    pub copies: Vec<(usize, CopyData)>,
    pub meta: Vec<MetaCommand>,
}

/// Finds the data blocks and meta-commands of `sql` (see the module docs).
pub fn layout(sql: &str) -> Layout<'_> {
    let may_copy = || {
        sql.as_bytes()
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"stdin"))
    };
    if !sql.contains('\\') && !may_copy() {
        return Layout {
            sql: Cow::Borrowed(sql),
            copies: Vec::new(),
            meta: Vec::new(),
        };
    }
    let b = sql.as_bytes();
    let mut blank: Vec<(usize, usize)> = Vec::new();
    let mut copies = Vec::new();
    let mut meta = Vec::new();
    let mut i = 0;
    let mut statement_start = 0;
    let mut line_start = true;
    while i < b.len() {
        let c = b[i];
        if line_start {
            let indent = b[i..]
                .iter()
                .take_while(|&&x| x == b' ' || x == b'\t')
                .count();
            if b.get(i + indent) == Some(&b'\\') {
                let end = line_end(b, i);
                let text = &sql[i + indent + 1..end];
                let text = text.trim_end_matches(['\r', '\n']);
                let (name, args) = text.split_once([' ', '\t']).unwrap_or((text, ""));
                meta.push(MetaCommand {
                    line: line_of(sql, i),
                    name: name.to_string(),
                    args: args.trim().to_string(),
                });
                blank.push((i, end));
                i = end;
                statement_start = i;
                continue;
            }
        }
        line_start = false;
        match c {
            b'\n' => {
                line_start = true;
                i += 1;
            }
            b'\'' => {
                let escapes =
                    i > 0 && matches!(b[i - 1], b'e' | b'E') && (i < 2 || !ident_char(b, i - 2));
                i = string_end(b, i + 1, b'\'', escapes);
            }
            b'"' => i = string_end(b, i + 1, b'"', false),
            b'-' if b.get(i + 1) == Some(&b'-') => i = line_end(b, i),
            b'/' if b.get(i + 1) == Some(&b'*') => i = comment_end(b, i),
            b'$' if i == 0 || !ident_char(b, i - 1) => i = dollar_end(sql, i),
            b';' => {
                i += 1;
                if reads_stdin(&sql[statement_start..i]) {
                    // The rows start on the next line and run to a line `\.` (or the end).
                    let start = line_end(b, i);
                    let mut end = start;
                    let mut after = b.len();
                    while end < b.len() {
                        let next = line_end(b, end);
                        if sql[end..next].trim_end_matches(['\r', '\n']) == "\\." {
                            after = next;
                            break;
                        }
                        end = next;
                    }
                    copies.push((
                        i,
                        CopyData {
                            data: sql[start..end].to_string(),
                            line: line_of(sql, start),
                        },
                    ));
                    blank.push((start, after.max(end)));
                    i = after.max(end);
                    line_start = true;
                }
                statement_start = i;
            }
            _ => i += 1,
        }
    }
    if blank.is_empty() {
        return Layout {
            sql: Cow::Borrowed(sql),
            copies,
            meta,
        };
    }
    let mut out = String::with_capacity(sql.len());
    let mut at = 0;
    for (s, e) in blank {
        out.push_str(&sql[at..s]);
        for c in sql[s..e].chars() {
            match c {
                '\n' | '\r' => out.push(c),
                // As many spaces as the character had bytes: later offsets stay.
                c => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
        at = e;
    }
    out.push_str(&sql[at..]);
    Layout {
        sql: Cow::Owned(out),
        copies,
        meta,
    }
}

/// Whether `statement` (up to and with its `;`) is a `COPY ... FROM STDIN`.
fn reads_stdin(statement: &str) -> bool {
    let t = statement.trim_start();
    let starts = t
        .as_bytes()
        .get(..4)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"copy"));
    if !starts && !statement.to_ascii_lowercase().contains("copy") {
        return false;
    }
    let Ok(parsed) = pg_query::parse(statement, 0) else {
        return false;
    };
    parsed.protobuf.stmts.iter().any(|s| {
        matches!(
            s.stmt.as_ref().and_then(|n| n.node.as_ref()),
            Some(pg_query::protobuf::node::Node::CopyStmt(c)) if c.is_from && c.filename.is_empty() && !c.is_program
        )
    })
}

fn ident_char(b: &[u8], i: usize) -> bool {
    b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80
}

fn line_of(sql: &str, offset: usize) -> usize {
    sql[..offset].matches('\n').count() + 1
}

/// Offset just past the end of the line holding `i` (its `\n` included).
fn line_end(b: &[u8], i: usize) -> usize {
    b[i..]
        .iter()
        .position(|&x| x == b'\n')
        .map_or(b.len(), |p| i + p + 1)
}

/// Offset just past the closing `quote` of a string or quoted name whose body starts at `i`
/// (a doubled quote is part of it; with `escapes`, a backslash escapes the next byte).
fn string_end(b: &[u8], mut i: usize, quote: u8, escapes: bool) -> usize {
    while i < b.len() {
        if escapes && b[i] == b'\\' {
            i += 2;
        } else if b[i] == quote {
            if b.get(i + 1) == Some(&quote) {
                i += 2;
            } else {
                return i + 1;
            }
        } else {
            i += 1;
        }
    }
    b.len()
}

/// Offset just past a (nested) block comment starting at `i`.
pub(super) fn comment_end(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < b.len() {
        if b[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if b[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    b.len()
}

/// Offset just past a dollar-quoted string starting at `i` (or `i + 1` when `$` starts no tag:
/// a parameter like `$1`).
fn dollar_end(sql: &str, i: usize) -> usize {
    let b = sql.as_bytes();
    let tag_len = b[i + 1..]
        .iter()
        .take_while(|&&x| x.is_ascii_alphanumeric() || x == b'_' || x >= 0x80)
        .count();
    if b.get(i + 1 + tag_len) != Some(&b'$') || b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        return i + 1;
    }
    let tag = &sql[i..i + tag_len + 2];
    match sql[i + tag.len()..].find(tag) {
        Some(p) => i + tag.len() + p + tag.len(),
        None => b.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_blocks_are_taken_out_and_offsets_kept() {
        let sql = "create table t (id int, note text);\nCOPY public.t (id, note) FROM stdin;\n1\tit's\n2\t\\N\n\\.\nselect 1;\n";
        let l = layout(sql);
        assert_eq!(l.sql.len(), sql.len());
        assert_eq!(l.copies.len(), 1);
        let (end, copy) = &l.copies[0];
        assert_eq!(
            &sql[..*end],
            "create table t (id int, note text);\nCOPY public.t (id, note) FROM stdin;"
        );
        assert_eq!(copy.data, "1\tit's\n2\t\\N\n");
        assert_eq!(copy.line, 3);
        assert!(pg_query::parse(&l.sql, 0).is_ok(), "{}", l.sql);
        assert_eq!(l.sql.find("select 1"), sql.find("select 1"));
        assert!(l.meta.is_empty());
    }

    #[test]
    fn csv_without_terminator_runs_to_the_end() {
        let sql = "copy t from stdin with (format csv);\n1,\"a;b\"\n2,é\n";
        let l = layout(sql);
        assert_eq!(l.copies[0].1.data, "1,\"a;b\"\n2,é\n");
        assert_eq!(l.sql.len(), sql.len());
        assert!(pg_query::parse(&l.sql, 0).is_ok());
    }

    #[test]
    fn meta_commands_are_found_outside_strings_only() {
        let sql = "\\set ON_ERROR_STOP on\ncreate function f() returns text language sql as $$\nselect '\\x'\n$$;\n  \\connect other\nselect 'a\n\\b';\n";
        let l = layout(sql);
        let names: Vec<&str> = l.meta.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["set", "connect"]);
        assert_eq!(l.meta[1].line, 5);
        assert_eq!(l.meta[1].args, "other");
        assert!(l.meta[0].refusal().is_none());
        assert!(l.meta[1].refusal().unwrap().contains("\\connect"));
        assert!(pg_query::parse(&l.sql, 0).is_ok(), "{}", l.sql);
    }

    #[test]
    fn copy_to_stdout_and_from_files_have_no_data() {
        let sql = "copy t to stdout;\ncopy t from '/tmp/x';\nselect 1;\n";
        assert!(layout(sql).copies.is_empty());
    }

    #[test]
    fn any_text_is_scanned_without_panicking() {
        for sql in [
            "ц.\u{fffd};",
            "on \u{feff}étruncate;",
            "\\",
            "'",
            "$a",
            "$$",
            "/*",
            "e'\\",
            "copy",
            "copé;\n\\.",
        ] {
            let l = layout(sql);
            assert_eq!(l.sql.len(), sql.len());
        }
    }

    #[test]
    fn escape_strings_hide_their_quotes() {
        let sql = "select E'it\\'s; \n\\connect x';\nselect 'a''b';\n";
        let l = layout(sql);
        assert!(l.meta.is_empty(), "{:?}", l.meta);
    }

    #[test]
    fn includes_are_named() {
        let m = MetaCommand {
            line: 1,
            name: "ir".into(),
            args: "'seed/users.sql'".into(),
        };
        assert_eq!(m.include(), Some((true, "seed/users.sql")));
        assert!(m.refusal().is_none());
    }
}
