//! A project directory for the deploy commands' tests (migrations, rollbacks, `pgshift.toml`),
//! databases of a test cluster kept for the test's life, and `pgshift` run in a project.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use super::*;

/// A project dir with `pgshift.toml` and the given migrations (name, sql) and rollbacks.
pub struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    pub fn new(migrations: &[(&str, &str)], rollbacks: &[(&str, &str)], config: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let m = dir.path().join("supabase/migrations");
        let r = dir.path().join("supabase/rollbacks");
        std::fs::create_dir_all(&m).unwrap();
        std::fs::create_dir_all(&r).unwrap();
        for (name, sql) in migrations {
            std::fs::write(m.join(name), sql).unwrap();
        }
        for (name, sql) in rollbacks {
            std::fs::write(r.join(name), sql).unwrap();
        }
        std::fs::write(dir.path().join("pgshift.toml"), config).unwrap();
        Project { dir }
    }

    pub fn example(config: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&repo().join("supabase"), &dir.path().join("supabase"));
        std::fs::write(dir.path().join("pgshift.toml"), config).unwrap();
        Project { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn migrations(&self) -> PathBuf {
        self.path().join("supabase/migrations")
    }
}

/// A fresh database on the cluster; returns its URL.
pub fn database(cluster: &Cluster) -> String {
    cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let url = db.url.clone();
        // Kept for the test's life: the cluster goes away with the test.
        std::mem::forget(db);
        url
    })
}

pub fn query(cluster: &Cluster, url: &str, sql: &str) -> Vec<String> {
    cluster.query_at(url, sql)
}

pub fn pgshift_in(p: &Project, tmp: &Path) -> std::process::Command {
    let mut c = pgshift(p.path(), tmp);
    c.stdin(Stdio::null());
    c
}

/// Two migrations, the second referencing the first.
pub const TWO: &[(&str, &str)] = &[
    (
        "1_users.sql",
        "create table users (id int primary key, email text not null);\n",
    ),
    (
        "2_posts.sql",
        "create table posts (id int primary key, author int references users (id));\n",
    ),
];
