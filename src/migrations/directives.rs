//! File-level directives written as comments in a migration's header (the comment lines before
//! the first statement).
//!
//! - `-- pgshift:no-transaction`: run the file statement by statement, outside a transaction
//!   block (for DO blocks that COMMIT, or anything else PostgreSQL refuses in a transaction).
//!
//! The equivalent directives of other migration tools are honoured too, so their files replay
//! as their authors meant: `-- atlas:txmode none` and `-- postgres-migrations disable-transaction`.

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Directives {
    pub no_transaction: bool,
}

const NO_TRANSACTION: &[&str] = &[
    "pgshift:no-transaction",
    "atlas:txmode none",
    "postgres-migrations disable-transaction",
];

/// Reads the directives in the leading `--` comment lines of a file.
pub fn parse(text: &str) -> Directives {
    let mut d = Directives::default();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix("--") else {
            break;
        };
        let comment = comment.trim();
        if NO_TRANSACTION
            .iter()
            .any(|n| comment.eq_ignore_ascii_case(n))
        {
            d.no_transaction = true;
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_directives_only() {
        assert!(parse("-- pgshift:no-transaction\ncreate table a ();").no_transaction);
        assert!(
            parse("\n-- note\n-- postgres-migrations disable-transaction\nselect 1;")
                .no_transaction
        );
        assert!(parse("-- atlas:txmode none\n").no_transaction);
        assert!(!parse("select 1;\n-- pgshift:no-transaction\n").no_transaction);
        assert!(!parse("-- pgshift:no-transaction-please\n").no_transaction);
    }
}
