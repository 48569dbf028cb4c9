//! What a migration exposes to the API roles, against a real PostgreSQL: each case builds the
//! schema before a migration and after it in a throwaway cluster (where `anon` and
//! `authenticated` exist, as on Supabase), and its snapshot (`tests/exposure/snapshots/`) holds
//! the exposure changes (widenings are the `exposes-data` hazard), the plan step and the
//! migration statement each widening lands on, and the exposure table after the migration.
//! Then the commands: `pgshift exposure`, `diff`, `lint` (with its allow comment and
//! `--allow-hazard`) and `apply --dry-run`.

mod common;

use std::path::Path;

use common::*;
use pgshift::catalog::{inspect_url, Filter};
use pgshift::exposure::{self, report, Direction};
use pgshift::lint::{self, Options};
use pgshift::plan::hazard::Hazard;

const ROLES: &str = "DO $$ BEGIN CREATE ROLE anon NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n\
                     DO $$ BEGIN CREATE ROLE authenticated NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n";

/// One acceptance case: the schema before, and the migration.
struct Case {
    name: &'static str,
    before: &'static str,
    migration: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "table_with_grants_and_no_rls",
        before: "",
        migration: "create table invoices (id bigint primary key, amount numeric);\n\
                    grant select, insert on invoices to anon;\n",
    },
    Case {
        name: "rls_disabled",
        before: "create table invoices (id bigint primary key, amount numeric);\n\
                 alter table invoices enable row level security;\n\
                 grant select on invoices to anon, authenticated;\n",
        migration: "alter table invoices disable row level security;\n",
    },
    Case {
        name: "permissive_policy_using_true",
        before: "create table notes (id bigint primary key, owner uuid, body text);\n\
                 alter table notes enable row level security;\n\
                 grant select, update on notes to authenticated;\n",
        migration: "create policy notes_read on notes for select to authenticated using (true);\n\
                    create policy notes_update on notes for update to authenticated using (owner is not null);\n",
    },
    Case {
        name: "security_definer_function_in_exposed_schema",
        before: "create table secrets (id bigint primary key, token text);\n\
                 alter table secrets enable row level security;\n",
        migration: "create function public.all_tokens() returns setof text language sql security definer set search_path = '' as 'select token from public.secrets';\n\
                    create schema internal;\n\
                    create function internal.hidden() returns int language sql security definer as 'select 1';\n\
                    create function public.stamp() returns trigger language plpgsql security definer as $$ begin return new; end $$;\n",
    },
    Case {
        name: "view_without_security_invoker_over_rls_table",
        before: "create table orders (id bigint primary key, customer uuid, total numeric);\n\
                 alter table orders enable row level security;\n\
                 create policy own_orders on orders for select to authenticated using (customer is not null);\n\
                 grant select on orders to authenticated;\n",
        migration: "create view order_totals as select id, total from orders;\n\
                    grant select on order_totals to authenticated;\n\
                    create view order_ids with (security_invoker = true) as select id from orders;\n\
                    grant select on order_ids to authenticated;\n",
    },
    Case {
        name: "column_grant",
        before: "create table \"Staff Members\" (id bigint primary key, email text, salary numeric);\n",
        migration: "grant select (id, email) on \"Staff Members\" to anon;\n",
    },
    Case {
        name: "narrowing_is_information",
        before: "create table invoices (id bigint primary key, amount numeric);\n\
                 grant select, delete on invoices to anon;\n\
                 create function public.report() returns int language sql security definer as 'select 1';\n",
        migration: "alter table invoices enable row level security;\n\
                    create policy invoices_read on invoices for select to anon using (amount < 100);\n\
                    revoke execute on function public.report() from public;\n",
    },
    Case {
        name: "noop_grant_already_covered_by_public",
        before: "create table prices (id bigint primary key, amount numeric);\n\
                 grant select on prices to public;\n",
        migration: "grant select on prices to anon;\n",
    },
    Case {
        name: "grant_on_table_with_rls_and_no_policy",
        before: "create table drafts (id bigint primary key, body text);\n\
                 alter table drafts enable row level security;\n",
        migration: "grant select on drafts to anon;\n",
    },
    Case {
        name: "default_privileges",
        before: "",
        migration: "alter default privileges in schema public grant select on tables to anon;\n\
                    create table audit (id bigint primary key, what text);\n",
    },
];

fn roles() -> Vec<String> {
    vec!["anon".into(), "authenticated".into()]
}

/// The snapshot of one case.
fn run_case(cluster: &Cluster, case: &Case) -> String {
    cluster.rt.block_on(async {
        let load = |sql: String| async move {
            let db = cluster.server.create_database().await.unwrap();
            pgshift::source::replay_text(&db.url, Path::new(case.name), &sql)
                .await
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
            db
        };
        let a = load(case.before.to_string()).await;
        let b = load(format!("{}{}", case.before, case.migration)).await;
        let filter = Filter::default();
        let from = inspect_url(&a.url, &filter).await.unwrap();
        let to = inspect_url(&b.url, &filter).await.unwrap();
        let roles = roles();
        let changes = exposure::changes(
            &exposure::exposure(&from, &roles),
            &exposure::exposure(&to, &roles),
            &from,
            &to,
        );
        let mut plan = pgshift::plan::plan(&from, &to, pgshift::diff::diff(&from, &to)).unwrap();
        let annotated = exposure::attach::annotate(&mut plan, &from, &to, &roles);
        assert_eq!(annotated, changes, "the plan sees the same changes");
        let file = lint::File::parse("migration.sql", case.migration);
        let findings =
            lint::exposure::findings("migration.sql", &file.stmts, &changes, &Options::default());
        let mut out = String::from("changes:\n");
        if changes.is_empty() {
            out.push_str("  (none)\n");
        }
        for c in &changes {
            let dir = match c.direction {
                Direction::Widened => "WIDENED ",
                Direction::Guarded => "guarded ",
                Direction::Narrowed => "narrowed",
            };
            out.push_str(&format!(
                "  {dir} {}\n           cause: {}\n",
                c.message,
                serde_json::to_string(&c.cause).unwrap()
            ));
        }
        out.push_str("plan steps with exposes-data:\n");
        for s in &plan.steps {
            for h in s.hazards.iter().filter(|h| h.hazard == Hazard::ExposesData) {
                out.push_str(&format!(
                    "  {}\n    <- {}\n",
                    s.sql.lines().next().unwrap_or(""),
                    h.message
                ));
            }
        }
        out.push_str("lint findings (migration.sql):\n");
        for f in &findings {
            out.push_str(&format!(
                "  {}:{} {:?}[{}] {}\n",
                f.line, f.column, f.severity, f.rule, f.statement
            ));
        }
        out.push_str("exposure after:\n");
        for l in report::text(&exposure::exposure(&to, &roles)).lines() {
            out.push_str(&format!("  {}\n", l.trim_end()));
        }
        // Every widening is a hazard of some plan step and a finding on some statement.
        let widened = changes
            .iter()
            .filter(|c| c.direction == Direction::Widened)
            .count();
        let hazards: usize = plan
            .steps
            .iter()
            .map(|s| {
                s.hazards
                    .iter()
                    .filter(|h| h.hazard == Hazard::ExposesData)
                    .count()
            })
            .sum();
        assert_eq!(hazards, widened, "{}: {out}", case.name);
        assert_eq!(findings.len(), widened, "{}: {out}", case.name);
        out
    })
}

#[test]
fn acceptance_cases() {
    let cluster = Cluster::start();
    cluster.query(ROLES);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo().join("tests/exposure/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut widened = std::collections::BTreeMap::new();
    for case in CASES {
        let snap = run_case(&cluster, case);
        widened.insert(case.name, snap.matches("WIDENED").count());
        settings.bind(|| insta::assert_snapshot!(case.name, snap));
    }
    // The facts the snapshots hold, stated: each widening case widens, the others do not.
    for (name, n) in &widened {
        let expect_widening = !name.starts_with("narrowing")
            && !name.starts_with("noop")
            && !name.starts_with("grant_on_table_with_rls");
        assert_eq!(*n > 0, expect_widening, "{name}: {n} widening(s)");
    }
}

fn project(files: &[(&str, &str)], config: &str) -> tempfile::TempDir {
    let dir = open_tempdir();
    let m = dir.path().join("supabase/migrations");
    std::fs::create_dir_all(&m).unwrap();
    for (name, sql) in files {
        std::fs::write(m.join(name), sql).unwrap();
    }
    std::fs::write(dir.path().join("roles.sql"), ROLES).unwrap();
    std::fs::write(
        dir.path().join("pgshift.toml"),
        format!("[shadow]\nprovider = 'local'\nsetup = ['roles.sql']\n{config}"),
    )
    .unwrap();
    dir
}

const INIT: &str = "create table invoices (id bigint primary key, amount numeric);\n\
                    alter table invoices enable row level security;\n\
                    grant select on invoices to anon;\n";

#[test]
fn commands_report_what_a_migration_exposes() {
    let tmp = open_tempdir();
    let open = "SET lock_timeout = '3s';\nalter table invoices disable row level security;\n";
    let p = project(&[("1_init.sql", INIT), ("2_open.sql", open)], "");

    // lint: the semantic tier finds the widening on its statement; it blocks.
    let r = run(pgshift(p.path(), tmp.path()).args(["lint", "--semantic"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stdout.contains(
            "supabase/migrations/2_open.sql:2:1: error[exposes-data] [exposes-data] anon can now SELECT every row of public.invoices: RLS is disabled"
        ),
        "{}",
        r.stdout
    );
    // The lock recorder saw the ALTER TABLE take ACCESS EXCLUSIVE, which no finding declares.
    assert!(
        r.stdout
            .contains("2_open.sql:2:1: warning[undeclared-lock]")
            && r.stdout
                .contains("took ACCESS EXCLUSIVE on public.invoices"),
        "{}",
        r.stdout
    );
    // --allow-hazard makes it a warning.
    let r = run(pgshift(p.path(), tmp.path()).args([
        "lint",
        "--semantic",
        "--allow-hazard",
        "exposes-data",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stdout.contains("warning[exposes-data]"), "{}", r.stdout);

    // An allow comment above the statement silences it.
    let allowed = "SET lock_timeout = '3s';\n-- pgshift:allow exposes-data invoices are public\nalter table invoices disable row level security;\n";
    let q = project(&[("1_init.sql", INIT), ("2_open.sql", allowed)], "");
    let r = run(pgshift(q.path(), tmp.path()).args(["lint", "--semantic"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(!r.stdout.contains("[exposes-data]"), "{}", r.stdout);

    // diff: the hazard on the statement, in the SQL and the JSON.
    std::fs::write(p.path().join("after.sql"), format!("{ROLES}{INIT}{open}")).unwrap();
    std::fs::write(p.path().join("before.sql"), format!("{ROLES}{INIT}")).unwrap();
    let r = run(pgshift(p.path(), tmp.path()).args([
        "diff",
        "--from",
        "before.sql",
        "--to",
        "after.sql",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.contains(
            "-- hazard exposes-data: anon can now SELECT every row of public.invoices: RLS is disabled (no row before)\nALTER TABLE public.invoices DISABLE ROW LEVEL SECURITY;"
        ),
        "{}",
        r.stdout
    );
    let r = run(pgshift(p.path(), tmp.path()).args([
        "diff",
        "--from",
        "before.sql",
        "--to",
        "after.sql",
        "--format",
        "json",
        "--no-validate",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    let steps: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(
        steps.as_array().unwrap().iter().any(|s| s["hazards"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["hazard"] == "exposes-data")),
        "{}",
        r.stdout
    );
    // The rollback narrows: information, on stderr.
    let r = run(pgshift(p.path(), tmp.path()).args([
        "diff",
        "--from",
        "after.sql",
        "--to",
        "before.sql",
        "--no-validate",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(!r.stdout.contains("exposes-data"), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("exposure: anon can no longer SELECT any row of public.invoices"),
        "{}",
        r.stderr
    );
    // [safety] deny refuses it.
    let r = run(pgshift(p.path(), tmp.path()).args([
        "diff",
        "--from",
        "before.sql",
        "--to",
        "after.sql",
        "--no-validate",
        "--deny-hazard",
        "exposes-data",
    ]));
    assert_eq!(r.code, 1, "{}", r.all());

    // pgshift exposure: the table after the migrations, as text and JSON.
    let r = run(pgshift(p.path(), tmp.path()).args(["exposure"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stdout.lines().any(|l| l.starts_with("anon")
            && l.contains("SELECT")
            && l.contains("table public.invoices")
            && l.contains("every row (RLS is disabled)")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("authenticated: no privilege"),
        "{}",
        r.stdout
    );
    let r = run(pgshift(p.path(), tmp.path()).args(["exposure", "before.sql", "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["roles"], serde_json::json!(["anon", "authenticated"]));
    let e = &v["entries"][0];
    assert_eq!(
        (
            &e["role"],
            &e["privilege"],
            &e["object"]["name"],
            &e["rows"]["scope"],
            &e["open"]
        ),
        (
            &serde_json::json!("anon"),
            &serde_json::json!("SELECT"),
            &serde_json::json!("public.invoices"),
            &serde_json::json!("none"),
            &serde_json::json!(false)
        ),
        "{}",
        r.stdout
    );
    // generate: the header lists what the migration exposes, the hazard sits on its statement.
    let g = project(&[("1_init.sql", INIT)], "");
    std::fs::write(g.path().join("after.sql"), format!("{ROLES}{INIT}{open}")).unwrap();
    let r = run(pgshift(g.path(), tmp.path()).args([
        "generate",
        "open invoices",
        "--to",
        "after.sql",
        "--no-data-validation",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    let written = r.stdout.lines().next().unwrap_or_default();
    let up = std::fs::read_to_string(g.path().join(written)).unwrap();
    assert!(
        up.contains(
            "-- hazards: acquires-access-exclusive-lock (1), authz-change (1), exposes-data (1)\n"
        ),
        "{up}"
    );
    assert!(
        up.contains("-- exposes data: anon can now SELECT every row of public.invoices: RLS is disabled (no row before)\n"),
        "{up}"
    );
    let rollback =
        std::fs::read_to_string(g.path().join(r.stdout.lines().nth(1).unwrap())).unwrap();
    assert!(!rollback.contains("exposes"), "{rollback}");
    // A SOURCE that does not exist is a usage error.
    let r = run(pgshift(p.path(), tmp.path()).args(["exposure", "nope.sql"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert_no_leftovers(tmp.path());
}

#[test]
fn apply_dry_run_reports_what_each_pending_migration_exposes() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    cluster.query(ROLES);
    let db = cluster
        .rt
        .block_on(cluster.server.create_database())
        .unwrap();
    let open = "SET lock_timeout = '3s';\nalter table invoices disable row level security;\n";
    let p = project(&[("1_init.sql", INIT), ("2_open.sql", open)], "");
    let r = run(pgshift(p.path(), tmp.path()).args([
        "apply",
        "--target",
        &db.url,
        "--to",
        "1",
        "--no-drift-check",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    let r = run(pgshift(p.path(), tmp.path()).args(["apply", "--target", &db.url, "--dry-run"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains(
            "supabase/migrations/2_open.sql:2:1: error[exposes-data] [exposes-data] anon can now SELECT every row of public.invoices: RLS is disabled"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("ok    2_open.sql (rolled back)"),
        "{}",
        r.stderr
    );
    // Nothing was changed: RLS is still on.
    let on = cluster.query_at(
        &db.url,
        "select relrowsecurity::text from pg_class where relname = 'invoices'",
    );
    assert_eq!(on, ["true"]);
}
