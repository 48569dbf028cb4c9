//! The fingerprint gate against real PostgreSQL: a generated file applied after a manual change
//! is refused (exit 1, both fingerprints and the difference printed, nothing of it run), and
//! applied otherwise; `--ignore-fingerprint` runs it and the history says so; `--dry-run` and
//! `--format json` refuse likewise; hand-written files with `[deploy] verify_before`.

mod common;

use std::path::Path;
use std::process::Stdio;

use common::*;

struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new(config: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        for d in ["supabase/migrations", "supabase/rollbacks"] {
            std::fs::create_dir_all(dir.path().join(d)).unwrap();
        }
        std::fs::write(
            dir.path().join("supabase/migrations/1_users.sql"),
            "create table users (id int primary key, email text not null);\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("pgshift.toml"),
            format!("preset = \"none\"\n{config}"),
        )
        .unwrap();
        Project { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn cmd(&self, tmp: &Path, args: &[&str]) -> Run {
        let mut c = pgshift(self.path(), tmp);
        c.stdin(Stdio::null()).args(args);
        run(&mut c)
    }

    /// `generate` a migration from the migrations to `after` (a whole schema): the file name.
    fn generate(&self, tmp: &Path, after: &str) -> String {
        let to = self.path().join("after.sql");
        std::fs::write(&to, after).unwrap();
        let r = self.cmd(
            tmp,
            &[
                "generate",
                "add name",
                "--to",
                to.to_str().unwrap(),
                "--no-validate",
            ],
        );
        assert_eq!(r.code, 0, "{}", r.all());
        let mut names: Vec<String> = std::fs::read_dir(self.path().join("supabase/migrations"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "1_users.sql")
            .collect();
        names.sort();
        names.pop().unwrap()
    }
}

fn database(cluster: &Cluster) -> String {
    cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let url = db.url.clone();
        std::mem::forget(db);
        url
    })
}

const AFTER: &str = "create table users (id int primary key, email text not null, name text);\n";

fn columns(cluster: &Cluster, url: &str) -> Vec<String> {
    cluster.query_at(
        url,
        "select string_agg(attname, ',' order by attname) from pg_attribute \
         where attrelid = 'public.users'::regclass and attnum > 0 and not attisdropped",
    )
}

#[test]
fn a_generated_file_is_refused_after_a_manual_change_and_applied_otherwise() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let p = Project::new("");
    let url = database(&cluster);
    let r = p.cmd(tmp.path(), &["apply", "--target", &url]);
    assert_eq!(r.code, 0, "{}", r.all());
    let file = p.generate(tmp.path(), AFTER);
    let text = std::fs::read_to_string(p.path().join("supabase/migrations").join(&file)).unwrap();
    let from = text.lines().find(|l| l.starts_with("-- from:")).unwrap();
    assert!(from.contains("(schema v3:"), "{text}");
    // The rollback is written for the schema the migration makes.
    let back = std::fs::read_to_string(p.path().join("supabase/rollbacks").join(&file)).unwrap();
    let to = text.lines().find(|l| l.starts_with("-- to:")).unwrap();
    let back_from = back.lines().find(|l| l.starts_with("-- from:")).unwrap();
    assert_eq!(
        to.rsplit("(schema ").next(),
        back_from.rsplit("(schema ").next()
    );

    // Someone changes the target by hand: the file is refused, nothing of it runs.
    cluster.query_at(&url, "alter table users add column extra int");
    let r = p.cmd(tmp.path(), &["apply", "--target", &url]);
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("is not the schema"), "{}", r.stderr);
    assert!(r.stderr.contains("expected: v3:"), "{}", r.stderr);
    assert!(r.stderr.contains("actual:   v3:"), "{}", r.stderr);
    assert!(r.stderr.contains("public.users.extra"), "{}", r.stderr);
    assert_eq!(columns(&cluster, &url), ["email,extra,id"]);
    let rows = cluster.query_at(&url, "select count(*) from pgshift.schema_migrations");
    assert_eq!(rows, ["1"]);

    // The dry run and the JSON run refuse likewise.
    let r = p.cmd(tmp.path(), &["apply", "--target", &url, "--dry-run"]);
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("expected: v3:"), "{}", r.stderr);
    let r = p.cmd(tmp.path(), &["apply", "--target", &url, "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["refusal"], "fingerprint", "{}", r.stdout);
    assert_eq!(v["fingerprint"]["basis"], "header");
    assert_ne!(v["fingerprint"]["expected"], v["fingerprint"]["actual"]);
    assert!(
        v["fingerprint"]["differences"]
            .to_string()
            .contains("public.users.extra"),
        "{}",
        r.stdout
    );
    assert_eq!(columns(&cluster, &url), ["email,extra,id"]);

    // --ignore-fingerprint runs it, and its history row says so.
    let r = p.cmd(
        tmp.path(),
        &["apply", "--target", &url, "--ignore-fingerprint"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(columns(&cluster, &url), ["email,extra,id,name"]);
    let note = cluster.query_at(
        &url,
        "select note from pgshift.migration_history where action = 'apply' and version <> '1'",
    );
    assert_eq!(note.len(), 1);
    assert!(note[0].contains("--ignore-fingerprint"), "{note:?}");

    // A target without the manual change: the same file runs, in the same run as the file
    // before it (checked after that one is applied).
    let clean = database(&cluster);
    let r = p.cmd(tmp.path(), &["apply", "--target", &clean]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(columns(&cluster, &clean), ["email,id,name"]);
    let notes = cluster.query_at(
        &clean,
        "select version || ': ' || note from pgshift.migration_history order by id",
    );
    assert!(
        notes[0].starts_with("1: fingerprint not checked: a hand-written file"),
        "{notes:?}"
    );
    assert!(notes[1].contains("matched"), "{notes:?}");
}

#[test]
fn hand_written_files_are_checked_against_the_replay_with_verify_before() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let p = Project::new("[deploy]\nverify_before = true\n");
    let url = database(&cluster);
    let r = p.cmd(tmp.path(), &["apply", "--target", &url]);
    assert_eq!(r.code, 0, "{}", r.all());
    std::fs::write(
        p.path().join("supabase/migrations/2_posts.sql"),
        "create table posts (id int primary key);\n",
    )
    .unwrap();
    let drifted = database(&cluster);
    let r = p.cmd(tmp.path(), &["apply", "--target", &drifted, "--to", "1"]);
    assert_eq!(r.code, 0, "{}", r.all());
    cluster.query_at(&drifted, "create index users_email on users (email)");

    let r = p.cmd(tmp.path(), &["apply", "--target", &url]);
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stderr.contains("verified 2_posts.sql"), "{}", r.stderr);

    let r = p.cmd(tmp.path(), &["apply", "--target", &drifted]);
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(r.stderr.contains("replayed in a shadow"), "{}", r.stderr);
    assert!(r.stderr.contains("users_email"), "{}", r.stderr);
    let posts = cluster.query_at(
        &drifted,
        "select count(*) from pg_class where relname = 'posts'",
    );
    assert_eq!(posts, ["0"]);
}

#[test]
fn a_fleet_checks_each_database_against_the_generated_file_on_its_own() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let urls: Vec<String> = (0..3).map(|_| database(&cluster)).collect();
    let list: String = urls
        .iter()
        .enumerate()
        .map(|(i, u)| format!("t{i}={u}\n"))
        .collect();
    std::fs::write(tmp.path().join("tenants.txt"), &list).unwrap();
    let p = Project::new(&format!(
        "[environments.tenants]\nurls_file = '{}'\ncanary = 0\n",
        tmp.path().join("tenants.txt").display()
    ));
    let r = p.cmd(tmp.path(), &["apply", "--env", "tenants", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.all());
    p.generate(tmp.path(), AFTER);

    // One tenant was changed by hand: its database refuses the file, the others take it.
    cluster.query_at(&urls[1], "alter table users add column extra int");
    let r = p.cmd(
        tmp.path(),
        &["apply", "--env", "tenants", "--yes", "--format", "json"],
    );
    assert_eq!(r.code, 1, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let targets = v["targets"].as_array().expect("targets");
    assert_eq!(targets.len(), 3, "{}", r.stdout);
    for t in targets {
        if t["target"] == "t1" {
            assert_eq!(t["outcome"], "refused", "{t}");
            assert!(t["fingerprint"]["expected"].is_string(), "{t}");
            assert!(
                t["fingerprint"]["differences"]
                    .to_string()
                    .contains("public.users.extra"),
                "{t}"
            );
        } else {
            assert_eq!(t["outcome"], "applied", "{t}");
        }
    }
    assert_eq!(columns(&cluster, &urls[0]), ["email,id,name"]);
    assert_eq!(columns(&cluster, &urls[1]), ["email,extra,id"]);
    assert_eq!(columns(&cluster, &urls[2]), ["email,id,name"]);

    // --ignore-fingerprint takes the refused one too.
    let r = p.cmd(
        tmp.path(),
        &["apply", "--env", "tenants", "--yes", "--ignore-fingerprint"],
    );
    assert_eq!(r.code, 0, "{}", r.all());
    assert_eq!(columns(&cluster, &urls[1]), ["email,extra,id,name"]);
}
