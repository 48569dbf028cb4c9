//! `pgshift lint` from the command line: verdicts and exit codes, output formats, default paths,
//! configuration, and the semantic tier against a real PostgreSQL.

mod common;

use common::*;

fn project(files: &[(&str, &str)], config: &str) -> tempfile::TempDir {
    let dir = open_tempdir();
    let m = dir.path().join("supabase/migrations");
    std::fs::create_dir_all(&m).unwrap();
    for (name, sql) in files {
        std::fs::write(m.join(name), sql).unwrap();
    }
    std::fs::write(dir.path().join("pgshift.toml"), config).unwrap();
    dir
}

const RISKY: &[(&str, &str)] = &[
    (
        "1_init.sql",
        "create table users (id bigint primary key, email text);\ncreate index users_email_idx on users (email);\n",
    ),
    (
        "2_risky.sql",
        "SET lock_timeout = '3s';\nalter table users drop column email;\n",
    ),
];

#[test]
fn verdicts_exit_codes_and_formats() {
    let tmp = open_tempdir();
    let p = project(RISKY, "");
    let r = run(pgshift(p.path(), tmp.path()).args(["lint"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout
            .contains("supabase/migrations/2_risky.sql:2:1: error[ban-drop-column]"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .trim_end()
            .ends_with("NOT SAFE TO DEPLOY: 1 blocking finding"),
        "{}",
        r.stdout
    );
    // The index on a table created in the same file is fine (it only gets warnings, such as
    // prefer-robust-stmts for a re-run).
    assert!(!r.stdout.contains("1_init.sql:2:1: error"), "{}", r.stdout);

    let r = run(pgshift(p.path(), tmp.path()).args(["lint", "--format", "github"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout
            .contains("::error file=supabase/migrations/2_risky.sql,line=2,col=1,title=pgshift ban-drop-column::"),
        "{}",
        r.stdout
    );

    let r = run(pgshift(p.path(), tmp.path()).args(["lint", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["safe"], false);
    assert_eq!(v["blocking"], 1);
    let drop = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["severity"] == "blocking")
        .unwrap();
    assert_eq!(drop["rule"], "ban-drop-column");
    assert_eq!(drop["hazards"][0], "deletes-data");

    // One file given by path: only it is checked.
    let r = run(pgshift(p.path(), tmp.path()).args(["lint", "supabase/migrations/1_init.sql"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.trim_end().ends_with("SAFE TO DEPLOY"),
        "{}",
        r.stdout
    );

    // Configured down to a warning: safe.
    let p = project(RISKY, "[lint]\nwarn = ['ban-drop-column']\n");
    let r = run(pgshift(p.path(), tmp.path()).args(["lint"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.contains("warning[ban-drop-column]"),
        "{}",
        r.stdout
    );
}

#[test]
fn errors_are_exit_2() {
    let tmp = open_tempdir();
    let p = project(RISKY, "[lint]\nblock = ['no-such-rule']\n");
    let r = run(pgshift(p.path(), tmp.path()).args(["lint"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("no-such-rule"), "{}", r.stderr);
    let p = project(RISKY, "");
    let r = run(pgshift(p.path(), tmp.path()).args(["lint", "missing.sql"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("missing.sql"), "{}", r.stderr);
    let r = run(pgshift(p.path(), tmp.path()).args(["lint", "--list-rules"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stdout.contains("ban-drop-column"), "{}", r.stdout);
}

#[test]
fn include_and_exclude_choose_rules_from_the_command_line() {
    let tmp = open_tempdir();
    let p = project(
        &[(
            "1_add.sql",
            "SET lock_timeout = '3s';\nSET statement_timeout = '1min';\nALTER TABLE accounts ADD COLUMN status text;\n",
        )],
        "",
    );
    let rules = |args: &[&str]| -> Vec<(String, String)> {
        let mut all = vec!["lint", "--static-only", "--format", "json"];
        all.extend_from_slice(args);
        let r = run(pgshift(p.path(), tmp.path()).args(&all));
        assert_eq!(r.code, 0, "{}", r.all());
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_string(),
                    f["severity"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let add_column = |found: &[(String, String)]| {
        found
            .iter()
            .find(|(rule, _)| rule == "ban-add-column")
            .map(|(_, severity)| severity.clone())
    };
    // On by default as a note; --include (squawk's flag) makes it a warning.
    assert_eq!(add_column(&rules(&[])).as_deref(), Some("info"));
    assert_eq!(
        add_column(&rules(&["--include", "ban-add-column"])).as_deref(),
        Some("warning")
    );
    assert_eq!(
        add_column(&rules(&["--include=prefer-text-field,ban-add-column"])).as_deref(),
        Some("warning")
    );
    let excluded = rules(&["--include", "ban-add-column", "--exclude", "ban-add-column"]);
    assert_eq!(add_column(&excluded), None, "{excluded:?}");
    assert_eq!(add_column(&rules(&["--exclude", "ban-add-column"])), None);
    // An unknown name is a usage error naming it.
    let r = run(pgshift(p.path(), tmp.path()).args([
        "lint",
        "--static-only",
        "--include",
        "no-such-rule",
    ]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("no-such-rule"), "{}", r.stderr);
}

#[test]
fn semantic_tier_catches_what_no_statement_shows() {
    let tmp = open_tempdir();
    let p = project(
        &[
            (
                "1_init.sql",
                "create table legacy (id bigint primary key);\ncreate table users (id bigint primary key);\n",
            ),
            (
                "2_cleanup.sql",
                "SET lock_timeout = '3s';\nDO $$\nDECLARE t text := 'legacy';\nBEGIN\n  EXECUTE format('DROP TABLE %I', t);\nEND\n$$;\n",
            ),
            ("3_broken.sql", "alter table nope add column x int;\n"),
        ],
        "",
    );
    // Statically, the dynamic DROP is invisible.
    let r = run(pgshift(p.path(), tmp.path()).args([
        "lint",
        "--static-only",
        "supabase/migrations/2_cleanup.sql",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    let r = run(pgshift(p.path(), tmp.path()).args(["--shadow", "local", "lint", "--semantic"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout
            .contains("2_cleanup.sql:1:1: error[semantic-deletes-data]")
            && r.stdout.contains("drops table public.legacy"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("3_broken.sql:1:1: error[replay-error]")
            && r.stdout.contains("relation \"nope\" does not exist"),
        "{}",
        r.stdout
    );
    assert_no_leftovers(tmp.path());
}

#[test]
fn the_semantic_tier_runs_by_default_and_is_skipped_with_a_notice_when_no_shadow_starts() {
    let tmp = open_tempdir();
    let files = &[
        (
            "1_init.sql",
            "create table legacy (id bigint primary key);\n",
        ),
        (
            "2_cleanup.sql",
            "SET lock_timeout = '3s';\nDO $$ BEGIN EXECUTE 'DROP TABLE ' || 'legacy'; END $$;\n",
        ),
    ];
    let p = project(files, "");
    // No flag: the replay in a shadow finds the hidden DROP.
    let r = run(pgshift(p.path(), tmp.path()).args(["lint"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout
            .contains("2_cleanup.sql:1:1: error[semantic-deletes-data]"),
        "{}",
        r.stdout
    );
    // Switched off in the config.
    let off = project(files, "[lint]\nsemantic = false\n");
    let r = run(pgshift(off.path(), tmp.path()).args(["lint"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(!r.all().contains("semantic"), "{}", r.all());
    // No shadow can start: a notice, the static verdict, and the exit code it gives.
    let unreachable = "postgres://pgshift:secret-pw@127.0.0.1:1/postgres";
    let r = run(pgshift(p.path(), tmp.path()).args(["--shadow", unreachable, "lint"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains("the semantic tier did not run"),
        "{}",
        r.all()
    );
    assert!(r.stdout.contains("SAFE TO DEPLOY"), "{}", r.stdout);
    assert!(!r.all().contains("secret-pw"), "{}", r.all());
    // Asked for explicitly, the same is an error.
    let r =
        run(pgshift(p.path(), tmp.path()).args(["--shadow", unreachable, "lint", "--semantic"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(!r.all().contains("secret-pw"), "{}", r.all());
    assert_no_leftovers(tmp.path());
}
