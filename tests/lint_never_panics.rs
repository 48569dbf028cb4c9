//! Lint and the statement splitter never panic, whatever the input: random bytes, random
//! fragments of SQL glued together, and truncations of real migration files. Bounded and
//! deterministic (a fixed-seed generator), so it runs in every CI build.

use pgshift::lint::{lint_text, Options};
use pgshift::migrations::split::split;

/// xorshift64*: small, deterministic, good enough to mix inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "create table",
    "alter table",
    "drop table",
    "if exists",
    "if not exists",
    " users ",
    "\"Mixed Case\"",
    "add column",
    "drop column",
    "alter column",
    " type ",
    "bigint",
    "int",
    "varchar(10)",
    "char(2)",
    "timestamp",
    "serial",
    "not null",
    "default",
    "now()",
    "gen_random_uuid()",
    "primary key",
    "unique",
    "references",
    "check (",
    ")",
    "(",
    ",",
    ";",
    "not valid",
    "validate constraint",
    "create index",
    "concurrently",
    " on ",
    "drop index",
    "begin",
    "commit",
    "rollback",
    "set lock_timeout = '1s'",
    "truncate",
    "cascade",
    "delete from",
    "update",
    " set ",
    " where ",
    "rename to",
    "rename column",
    "drop schema",
    "drop database",
    "create domain",
    "alter domain",
    "do $$ begin drop table x; end $$",
    "$$",
    "$body$",
    "'",
    "''",
    "--",
    "/*",
    "*/",
    "\n",
    " ",
    "\\",
    "e'\\x'",
    "\u{feff}",
    "é",
    "\u{0}",
    "1",
    "-1",
    "create function f() returns trigger language plpgsql as $$ begin return new; end $$",
    "-- pgshift:allow ban-drop-table because",
    "-- pgshift:no-transaction\n",
    "\\restrict k\n",
    "generated always as (a + b) stored",
    "exclude using gist (c with &&)",
];

fn lint_all(text: &str) {
    let _ = split(text);
    let _ = lint_text("fuzz.sql", text, &Options::default());
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        lint_all(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_sql_fragments_never_panic() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..6000 {
        let n = 1 + rng.below(24);
        let text: String = (0..n)
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect::<Vec<_>>()
            .join(if rng.below(2) == 0 { " " } else { "" });
        lint_all(&text);
    }
}

#[test]
fn every_prefix_of_real_migrations_never_panics() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supabase/migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let cuts: Vec<usize> = (0..=text.len())
            .step_by(7)
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for i in cuts {
            lint_all(&text[..i]);
        }
    }
}
