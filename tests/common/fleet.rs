//! Fleet test set-up shared by `fleet.rs` and `fleet_checks.rs`: a project with two migrations
//! and a list file, databases in a throwaway cluster, and readers of the JSON report.

use std::path::Path;
use std::process::Stdio;

use super::*;

/// Two migrations; the second fails on its third statement where `payments` already exists.
pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "1_accounts.sql",
        "create table accounts (id int primary key, name text not null);\n",
    ),
    (
        "2_invoices.sql",
        "create table invoices (id int primary key, account int references accounts (id));\n\
         create index invoices_account_idx on invoices (account);\n\
         create table payments (id int primary key, invoice int references invoices (id));\n",
    ),
];

/// A project with `MIGRATIONS` (or `migrations`), `pgshift.toml` and `tenants.txt`.
pub fn project(migrations: &[(&str, &str)], config: &str, tenants: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("migrations");
    std::fs::create_dir_all(&m).unwrap();
    for (name, sql) in migrations {
        std::fs::write(m.join(name), sql).unwrap();
    }
    std::fs::write(
        dir.path().join("pgshift.toml"),
        format!("migrations_dir = 'migrations'\npreset = 'none'\n{config}"),
    )
    .unwrap();
    std::fs::write(dir.path().join("tenants.txt"), tenants).unwrap();
    dir
}

pub const FLEET: &str = "[environments.tenants]\nurls_file = 'tenants.txt'\n";

/// Creates `names` as databases in the cluster; their URLs (through `user:password@` when
/// given).
pub fn databases(cluster: &Cluster, names: &[String], login: Option<&str>) -> Vec<String> {
    let admin = cluster.url();
    for n in names {
        cluster.query(&format!("create database {n}"));
    }
    names
        .iter()
        .map(|n| {
            let url = pgshift::db::with_database(&admin, n).unwrap();
            match login {
                Some(l) => url.replacen("postgres@", &format!("{l}@"), 1),
                None => url,
            }
        })
        .collect()
}

pub fn pgshift_in(dir: &Path, tmp: &Path) -> std::process::Command {
    let mut c = pgshift(dir, tmp);
    c.stdin(Stdio::null());
    c
}

pub fn json(r: &Run) -> serde_json::Value {
    serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", r.stdout, r.stderr))
}

pub fn targets(v: &serde_json::Value) -> &Vec<serde_json::Value> {
    v["targets"].as_array().expect("targets")
}

pub fn strings(v: &serde_json::Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}
