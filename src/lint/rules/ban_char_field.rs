//! `char(n)` (`character`, internally `bpchar`) pads values with blanks to the declared length
//! and ignores trailing blanks in comparisons, which surprises clients, and is never faster than
//! `text` or `varchar` in PostgreSQL. Fires on `char`, `char(n)`, `character(n)`, `bpchar` and
//! arrays of them, in CREATE TABLE columns, ADD COLUMN and ALTER COLUMN ... TYPE (also written
//! quoted, `"character"(10)`). Fine: `varchar`, `text`, and the one-byte internal type `"char"`.
//! Not caught: domains over `char(n)` and columns of CREATE TABLE AS.

use super::RuleDef;
use crate::lint::ast;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-char-field",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "char(n) columns pad values with blanks; use text or varchar",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    super::column_violations(file, true, |col| {
        let base = ast::type_base(col.type_name);
        let blank_padded = base == "bpchar"
            || base == "character"
            || (base == "char" && ast::type_has_modifiers(col.type_name));
        blank_padded.then(|| {
            (
                format!(
                    "column `{}` of `{}` is `{}`: values are padded with blanks to the length and trailing blanks are ignored when compared",
                    col.name,
                    ast::table_display(col.table),
                    ast::type_display(col.type_name)
                ),
                "use text (or varchar) with a CHECK on the length if it matters".into(),
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_char_columns() {
        lint_count(
            "ban-char-field",
            "create table countries (code char(2), name character(40), flag character);",
            3,
        );
        lint_count(
            "ban-char-field",
            "alter table users add column country char(2), alter column code type character(3)[];",
            2,
        );
    }

    #[test]
    fn allows_text_varchar_and_the_internal_char_type() {
        lint_ok(
            "ban-char-field",
            "create table countries (code text, name varchar(40), kind \"char\");",
        );
        lint_ok("ban-char-field", "alter table users add column country text;");
    }
}
