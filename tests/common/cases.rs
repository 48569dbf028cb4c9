//! The acceptance corpus (`tests/cases/<kind>/<case>.sql`, `-- @before` / `-- @after`) as both
//! test tiers read it: the PostgreSQL tier (`diff_cases.rs`) loads each side into a server and
//! proves the plans there; the offline tier (`offline_cases.rs`) plans the two models that the
//! PostgreSQL tier stored under `tests/models/`, in milliseconds and without a server. Both
//! check the same snapshot and the same header expectations.

use std::path::{Path, PathBuf};

use pgshift::diff::{diff_with, Options};
use pgshift::model::Schema;
use pgshift::plan::hazard::Hazard;
use pgshift::plan::{plan, Plan};

use super::repo;

#[derive(Clone)]
pub struct Case {
    /// `<kind>/<case>.sql`.
    pub name: String,
    pub before: String,
    pub after: String,
    /// `-- diff-options: owners` in the header: the case manages owners.
    pub options: Options,
    /// `-- expect-hazards: a, b`: each must be carried by a statement of the forward plan.
    pub expect_hazards: Vec<Hazard>,
    /// `-- no-op: why`: the two sides must diff empty.
    pub no_op: bool,
    /// Checksum of the case's two SQL sections: stored models name the text they were made from
    /// (the header can change without making them stale).
    pub checksum: String,
}

pub fn parse_case(path: &Path, root: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap();
    let b = text.find("-- @before").expect("-- @before");
    let a = text.find("-- @after").expect("-- @after");
    let header = || text[..b].lines().map(str::trim);
    Case {
        name: path.strip_prefix(root).unwrap().display().to_string(),
        before: text[b + "-- @before".len()..a].to_string(),
        after: text[a + "-- @after".len()..].to_string(),
        options: Options {
            owners: header().any(|l| l == "-- diff-options: owners"),
        },
        expect_hazards: header()
            .filter_map(|l| l.strip_prefix("-- expect-hazards:"))
            .flat_map(|l| l.split(','))
            .map(|h| {
                Hazard::parse(h.trim()).unwrap_or_else(|| {
                    panic!(
                        "{}: unknown hazard {:?} in expect-hazards",
                        path.display(),
                        h.trim()
                    )
                })
            })
            .collect(),
        no_op: header().any(|l| l.starts_with("-- no-op:")),
        checksum: pgshift::migrations::checksum::checksum(&text.as_bytes()[b..]),
    }
}

/// Every case, in name order; `PGSHIFT_CASES=a,b` keeps those whose names contain one of the
/// comma-separated substrings (while working on one kind).
pub fn cases() -> Vec<Case> {
    let root = repo().join("tests/cases");
    let mut files: Vec<PathBuf> = Vec::new();
    for kind in std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
    {
        for f in std::fs::read_dir(kind.path()).unwrap().flatten() {
            if f.path().extension().is_some_and(|e| e == "sql") {
                files.push(f.path());
            }
        }
    }
    files.sort();
    let mut all: Vec<Case> = files.iter().map(|f| parse_case(f, &root)).collect();
    if let Ok(only) = std::env::var("PGSHIFT_CASES") {
        all.retain(|c| only.split(',').any(|o| c.name.contains(o)));
    }
    all
}

/// Whether `PGSHIFT_CASES` narrowed the run.
pub fn narrowed() -> bool {
    std::env::var_os("PGSHIFT_CASES").is_some()
}

/// The two models of a case as the PostgreSQL tier inspected them.
#[derive(serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Models {
    /// [`Case::checksum`] of the text they were made from.
    pub case: String,
    pub before: Schema,
    pub after: Schema,
}

pub fn models_path(case: &Case) -> PathBuf {
    repo()
        .join("tests/models")
        .join(case.name.trim_end_matches(".sql"))
        .with_extension("json")
}

/// The stored models of a case, if they were made from its current text.
pub fn stored_models(case: &Case) -> Result<Models, String> {
    let path = models_path(case);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "no stored models ({}: {e})",
            path.strip_prefix(repo()).unwrap_or(&path).display()
        )
    })?;
    let m: Models = serde_json::from_str(&text)
        .map_err(|e| format!("stored models do not load ({}: {e})", path.display()))?;
    if m.case != case.checksum {
        return Err(format!(
            "stored models are stale (the case's SQL changed since {} was written)",
            path.strip_prefix(repo()).unwrap_or(&path).display()
        ));
    }
    Ok(m)
}

/// What planning a case gave: the snapshot text, the plans, and what the case's header or the
/// linter finds wrong with them.
pub struct Planned {
    pub snapshot: String,
    pub plans: Result<(Plan, Plan), String>,
    pub problems: Vec<String>,
}

/// Plans a case both ways from its two models.
pub fn plan_case(case: &Case, a: &Schema, b: &Schema) -> Planned {
    let forward = match plan(a, b, diff_with(a, b, case.options)) {
        Ok(p) => p,
        Err(e) => {
            return Planned {
                snapshot: format!("-- refused\n{e}\n"),
                plans: Err(format!(
                    "plan: {}",
                    first_line(&e.to_string().replace('\n', " "))
                )),
                problems: Vec::new(),
            }
        }
    };
    let rollback = match plan(b, a, diff_with(b, a, case.options)) {
        Ok(p) => p,
        Err(e) => {
            return Planned {
                snapshot: format!("-- rollback refused\n{e}\n"),
                plans: Err(format!(
                    "rollback plan: {}",
                    first_line(&e.to_string().replace('\n', " "))
                )),
                problems: Vec::new(),
            }
        }
    };
    let mut problems = undeclared_lint(&case.name, &forward);
    problems.extend(
        header_problems(case, &forward)
            .into_iter()
            .map(|p| format!("{}: {p}", case.name)),
    );
    Planned {
        snapshot: snapshot_text(&forward, &rollback),
        plans: Ok((forward, rollback)),
        problems,
    }
}

/// The reviewable text of a case's plans: the forward migration as `generate` writes it (hazards
/// noted, data-deleting statements held back) and the rollback (nothing held back).
pub fn snapshot_text(forward: &Plan, rollback: &Plan) -> String {
    let opts = pgshift::plan::ScriptOptions::default();
    let mut all = opts.clone();
    all.allowed.extend(pgshift::plan::HELD_BACK.iter().copied());
    format!(
        "-- forward\n{}\n-- rollback\n{}",
        forward.script(&opts),
        rollback.script(&all)
    )
}

/// What the case's header declares that the forward plan lacks: a declared hazard that no
/// statement carries, or statements where the case declares a no-op.
pub fn header_problems(case: &Case, forward: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    if case.no_op && !forward.is_empty() {
        out.push(format!(
            "declared no-op but the plan has {} statement(s): {}",
            forward.steps.len(),
            first_line(&forward.steps[0].sql)
        ));
    }
    for h in &case.expect_hazards {
        if !forward.steps.iter().any(|s| s.has(*h)) {
            out.push(format!("declared hazard {h} is carried by no statement"));
        }
    }
    out
}

/// Lints the forward migration as `generate` writes it: every blocking finding must be one of
/// the hazards that the statement it is about declares (a generated file never hides a danger
/// the linter sees).
pub fn undeclared_lint(case: &str, forward: &Plan) -> Vec<String> {
    let (script, lines) = forward.script_with_lines(&pgshift::plan::ScriptOptions::default());
    let step_at = |line: usize| lines.iter().position(|r| r.contains(&line));
    pgshift::lint::lint_text(case, &script, &pgshift::lint::Options::default())
        .into_iter()
        .filter(|f| f.severity == pgshift::lint::Severity::Blocking)
        .filter(|f| {
            let declared = step_at(f.line).map(|i| &forward.steps[i].hazards);
            !f.hazards
                .iter()
                .any(|h| declared.is_some_and(|d| d.iter().any(|x| x.hazard == *h)))
        })
        .map(|f| format!("{}:{} {}: {}", case, f.line, f.rule, f.message))
        .collect()
}

/// Checks every case's snapshot under `snapshots/` (forward SQL, rollback SQL and hazards).
pub fn assert_snapshots<'a>(outcomes: impl IntoIterator<Item = (&'a str, &'a str)>) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for (name, snapshot) in outcomes {
            let snap_name = name.trim_end_matches(".sql").replace('/', "__");
            insta::assert_snapshot!(snap_name, snapshot);
        }
    });
}

pub fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

/// A fresh database of `cluster` holding `sql` (a case's `before` or `after`), replayed as
/// pgshift replays files; a load error is one line starting with `load:`.
pub async fn load_sql(
    cluster: &super::Cluster,
    sql: &str,
) -> Result<pgshift::shadow::ShadowDatabase, String> {
    let db = cluster
        .server
        .create_database()
        .await
        .map_err(|e| e.to_string())?;
    pgshift::source::replay_text(&db.url, Path::new("case"), sql)
        .await
        .map_err(|e| format!("load: {}", first_line(&e.to_string())))?;
    Ok(db)
}
