//! Ordering changes into an executable plan. Pure.
//!
//! Steps are graph nodes (one per change); edges come from the model's dependency edges: a
//! create runs after what it depends on (in the target schema), a drop runs before what it
//! depends on goes (in the source schema), and every drop runs before every create. Objects that
//! do not change themselves but must be dropped and recreated because something they depend on
//! is dropped or retyped (a view over a column whose type changes, a policy calling a function
//! whose signature changes) are pulled into the plan first. A priority-aware topological sort
//! keeps the output deterministic and readable; a cycle is an error naming its objects.

mod body;
mod callers;
mod cycles;
pub mod hazard;
pub mod safety;

use std::collections::{BTreeSet, HashMap, HashSet};

use petgraph::graph::{DiGraph, NodeIndex};

use crate::diff::{Change, ChangeSet, Phase};
use crate::model::*;
use crate::sql::render::render;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    pub sql: String,
    pub change: Change,
    /// What running it on a live database risks.
    pub hazards: Vec<hazard::StepHazard>,
    /// Whether it may run inside a transaction block.
    pub transactional: bool,
}

impl Step {
    pub fn has(&self, h: hazard::Hazard) -> bool {
        self.hazards.iter().any(|x| x.hazard == h)
    }
}

/// How a plan is written as a migration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptOptions {
    /// Hazards whose statements are written as is; statements with any other hazard in
    /// [`HELD_BACK`] are written commented out.
    pub allowed: BTreeSet<hazard::Hazard>,
    /// `lock_timeout` set for the file, so a statement waiting for a busy table fails fast
    /// instead of queueing every other query behind it.
    pub lock_timeout: String,
    /// `statement_timeout` of ordinary statements.
    pub statement_timeout: String,
    /// `statement_timeout` of statements that read or rewrite a whole table (index builds,
    /// validations, rewrites).
    pub long_statement_timeout: String,
    /// How to include held-back statements (shown next to each).
    pub include_hint: String,
    /// Hazards that no statement may carry (`[safety] deny`, `--deny-hazard`) unless
    /// [`ScriptOptions::allowed`] lists them.
    pub denied: BTreeSet<hazard::Hazard>,
}

impl Default for ScriptOptions {
    fn default() -> Self {
        ScriptOptions {
            allowed: BTreeSet::new(),
            lock_timeout: "3s".into(),
            statement_timeout: "1min".into(),
            long_statement_timeout: "1h".into(),
            include_hint: "--allow-destructive (or --allow-hazard deletes-data)".into(),
            denied: BTreeSet::new(),
        }
    }
}

/// Hazards that keep a statement out of a generated file unless allowed.
pub const HELD_BACK: &[hazard::Hazard] = &[hazard::Hazard::DeletesData];

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Plan {
    pub steps: Vec<Step>,
    /// Objects the plan creates may get grants from `ALTER DEFAULT PRIVILEGES` (of `from` or
    /// `to`), which the plan settles explicitly: the header says so.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub default_privileges: bool,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The statement timeout a step runs under.
    pub fn statement_timeout<'a>(step: &Step, opts: &'a ScriptOptions) -> &'a str {
        use hazard::Hazard as H;
        if step.has(H::IndexBuild) || step.has(H::FullTableScan) || step.has(H::TableRewrite) {
            &opts.long_statement_timeout
        } else {
            &opts.statement_timeout
        }
    }

    /// Steps that would run (not held back) carrying a hazard `opts` denies, with those hazards:
    /// a plan with any is refused.
    pub fn denied<'a>(&'a self, opts: &ScriptOptions) -> Vec<(&'a Step, Vec<hazard::Hazard>)> {
        self.steps
            .iter()
            .filter(|s| !is_held_back(s, opts))
            .filter_map(|s| {
                let mut hs: Vec<hazard::Hazard> = s
                    .hazards
                    .iter()
                    .map(|h| h.hazard)
                    .filter(|h| opts.denied.contains(h) && !opts.allowed.contains(h))
                    .collect();
                hs.dedup();
                (!hs.is_empty()).then_some((s, hs))
            })
            .collect()
    }

    /// Steps written commented out under `opts`.
    pub fn held_back(&self, opts: &ScriptOptions) -> usize {
        self.steps.iter().filter(|s| is_held_back(s, opts)).count()
    }

    /// The plan as a reviewable migration: a lock timeout, every statement preceded by its
    /// hazards, statements with a held-back hazard commented out with the way to include them.
    /// `psql -v ON_ERROR_STOP=1 -f` runnable.
    pub fn script(&self, opts: &ScriptOptions) -> String {
        self.script_with_lines(opts).0
    }

    /// [`Plan::script`] and, for each step, the 1-based lines its statement (or its held-back
    /// comment) spans in it: what a finding at a line of the file is about.
    pub fn script_with_lines(
        &self,
        opts: &ScriptOptions,
    ) -> (String, Vec<std::ops::RangeInclusive<usize>>) {
        let mut bytes = Vec::with_capacity(self.steps.len());
        let mut out = String::new();
        let sections = self.sections();
        let mixed = sections.iter().any(|s| !s.transactional);
        if mixed {
            let new_value = |s: &Step| matches!(s.change, Change::AddEnumValue { .. });
            let new_values = self.steps.iter().any(|s| !s.transactional && new_value(s));
            let online = self.steps.iter().any(|s| !s.transactional && !new_value(s));
            out.push_str(if new_values && online {
                "-- pgshift:no-transaction\n\
                 -- Builds indexes concurrently or validates constraints, which must not run inside a\n\
                 -- transaction, and adds enum values that later statements use (a new value must be\n\
                 -- committed before it can be used). Each section that can is wrapped in BEGIN ...\n\
                 -- COMMIT, so it applies whole or not at all; the others run statement by statement.\n\
                 -- pgshift apply records progress after every statement and completed section, so a\n\
                 -- re-run resumes where a failure stopped; psql -v ON_ERROR_STOP=1 -f runs the file as\n\
                 -- it is.\n\n"
            } else if new_values {
                "-- pgshift:no-transaction\n\
                 -- Adds enum values that later statements use: a new value must be committed before it\n\
                 -- can be used, so it is added outside a transaction. Each section that can is wrapped in\n\
                 -- BEGIN ... COMMIT, so it applies whole or not at all; the others run statement by\n\
                 -- statement. pgshift apply records progress after every statement and completed section,\n\
                 -- so a re-run resumes where a failure stopped; psql -v ON_ERROR_STOP=1 -f runs the file\n\
                 -- as it is.\n\n"
            } else {
                "-- pgshift:no-transaction\n\
                 -- Builds indexes concurrently or validates constraints, which must not run inside a\n\
                 -- transaction. Each section that can is wrapped in BEGIN ... COMMIT, so it applies whole\n\
                 -- or not at all; the others run statement by statement. pgshift apply records progress\n\
                 -- after every statement and completed section, so a re-run resumes where a failure\n\
                 -- stopped; psql -v ON_ERROR_STOP=1 -f runs the file as it is.\n\n"
            });
        }
        let mut secrets: Vec<String> = Vec::new();
        for s in &self.steps {
            for v in crate::model::secret::variables_in(&s.sql) {
                if !secrets.contains(&v) {
                    secrets.push(v);
                }
            }
        }
        if !secrets.is_empty() {
            out.push_str(&format!(
                "-- secrets: {}\n\
                 -- This file sets secrets it never holds: pgshift apply fills each placeholder from the\n\
                 -- environment variable of that name (and refuses to start when one is unset).\n\n",
                secrets.join(", ")
            ));
        }
        if self.default_privileges {
            out.push_str(
                "-- runs as: any role. Objects this file creates get the ALTER DEFAULT PRIVILEGES grants\n\
                 -- of the role that runs it; the GRANT and REVOKE statements after each one leave exactly\n\
                 -- the target's privileges, whichever role that is.\n\n",
            );
        }
        out.push_str(&format!(
            "-- Fail fast instead of queueing behind a long transaction holding a lock.\nSET lock_timeout = {};\n\n",
            crate::sql::writer::literal(&opts.lock_timeout)
        ));
        let mut timeout: Option<&str> = None;
        let count = sections.len();
        for (n, section) in sections.iter().enumerate() {
            if count > 1 {
                out.push_str(&format!(
                    "-- section {} of {count}: {}\n",
                    n + 1,
                    if section.transactional {
                        "in one transaction"
                    } else {
                        "outside a transaction, statement by statement"
                    }
                ));
            }
            if mixed && section.transactional {
                out.push_str("BEGIN;\n\n");
            }
            for s in section.steps {
                Plan::push_step(&mut out, s, opts, &mut timeout, &mut bytes);
            }
            if mixed && section.transactional {
                out.push_str("COMMIT;\n\n");
            }
        }
        out.push_str("RESET statement_timeout;\nRESET lock_timeout;\n");
        // Byte offsets to line numbers, in one pass.
        let mut line_of = Vec::with_capacity(out.len() + 1);
        let mut line = 1;
        for b in out.bytes() {
            line_of.push(line);
            if b == b'\n' {
                line += 1;
            }
        }
        let lines = bytes
            .into_iter()
            .map(|r| line_of[*r.start()]..=line_of[*r.end()])
            .collect();
        (out, lines)
    }

    /// Runs of consecutive steps that share one transaction mode, in plan order.
    fn sections(&self) -> Vec<Section<'_>> {
        let mut out: Vec<Section<'_>> = Vec::new();
        let mut start = 0;
        for i in 1..=self.steps.len() {
            if i == self.steps.len()
                || self.steps[i].transactional != self.steps[start].transactional
            {
                out.push(Section {
                    transactional: self.steps[start].transactional,
                    steps: &self.steps[start..i],
                });
                start = i;
            }
        }
        out
    }

    /// One step of [`Plan::script`]: its statement timeout when it changes, its hazards, and its
    /// SQL (commented out when held back).
    fn push_step<'a>(
        out: &mut String,
        s: &Step,
        opts: &'a ScriptOptions,
        timeout: &mut Option<&'a str>,
        lines: &mut Vec<std::ops::RangeInclusive<usize>>,
    ) {
        let first = out.len();
        let wanted = Plan::statement_timeout(s, opts);
        if *timeout != Some(wanted) && !is_held_back(s, opts) {
            out.push_str(&format!(
                "SET statement_timeout = {};\n",
                crate::sql::writer::literal(wanted)
            ));
            *timeout = Some(wanted);
        }
        for h in &s.hazards {
            out.push_str(&format!(
                "-- hazard {}: {}\n",
                h.hazard,
                h.message.replace('\n', " ")
            ));
        }
        if is_held_back(s, opts) {
            let held: Vec<&str> = s
                .hazards
                .iter()
                .filter(|h| HELD_BACK.contains(&h.hazard) && !opts.allowed.contains(&h.hazard))
                .map(|h| h.hazard.name())
                .collect();
            out.push_str(&format!(
                "-- HELD BACK ({}): regenerate with {} to include it\n",
                held.join(", "),
                opts.include_hint
            ));
            for line in format!("{};", s.sql).lines() {
                out.push_str("-- ");
                out.push_str(line);
                out.push('\n');
            }
        } else {
            out.push_str(&s.sql);
            out.push_str(";\n");
        }
        lines.push(first..=out.len() - 1);
        out.push('\n');
    }

    /// The plan as a SQL script, `psql -v ON_ERROR_STOP=1 -f` runnable.
    pub fn sql(&self) -> String {
        self.steps
            .iter()
            .map(|s| format!("{};\n", s.sql))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("pgshift cannot express these differences yet:\n{}", .0.iter().map(|s| format!("  - {s}")).collect::<Vec<_>>().join("\n"))]
    Unsupported(Vec<String>),
    #[error("the changes depend on each other in a cycle: {}", .0.join(" -> "))]
    Cycle(Vec<String>),
}

/// The whole schema as canonical, dependency-ordered DDL: the plan that builds it in a fresh
/// database (whose `public` schema already exists, so it is taken as given).
pub fn ddl(schema: &Schema) -> Result<String, PlanError> {
    let mut base = Schema {
        server_version: schema.server_version,
        ..Schema::default()
    };
    if let Some(public) = schema.schemas.get("public") {
        base.schemas.insert("public".into(), public.clone());
    }
    let p = plan(&base, schema, crate::diff::diff(&base, schema))?;
    Ok(p.sql())
}

/// A run of steps of [`Plan::script`] that share one transaction mode.
struct Section<'a> {
    transactional: bool,
    steps: &'a [Step],
}

fn is_held_back(s: &Step, opts: &ScriptOptions) -> bool {
    s.hazards
        .iter()
        .any(|h| HELD_BACK.contains(&h.hazard) && !opts.allowed.contains(&h.hazard))
}

/// Plans the changes that turn `from` into `to`.
pub fn plan(from: &Schema, to: &Schema, changes: ChangeSet) -> Result<Plan, PlanError> {
    let unsupported: Vec<String> = changes
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::Unsupported { target, what } => Some(format!("{what} ({target})")),
            _ => None,
        })
        .collect();
    if !unsupported.is_empty() {
        return Err(PlanError::Unsupported(unsupported));
    }
    let owners = changes.owners;
    let changes = pull_in_dependents(from, to, changes.changes);
    let mut changes = drop_fixups(from, to, changes);
    if owners {
        // Objects the plan rebuilds (pulled in above) need their owner set again too; the
        // diff already set the others'.
        let set: BTreeSet<ObjectId> = changes
            .iter()
            .filter(|c| matches!(c, Change::SetOwner { .. }))
            .map(|c| c.target())
            .collect();
        let more: Vec<Change> = crate::diff::owner_changes(from, to, &changes)
            .into_iter()
            .filter(|c| !set.contains(&c.target()))
            .collect();
        changes.extend(more);
    }
    let default_privileges = (!from.default_privileges.is_empty()
        || !to.default_privileges.is_empty())
        && changes
            .iter()
            .any(|c| c.creates() && to.default_privilege_target(&c.target()).is_some());
    let mut changes = crate::diff::with_default_privileges(from, to, changes);
    let order = cycles::ordered(from, to, &mut changes)?;
    // A recreated table is new to the steps after its stash: nobody else sees it before the
    // plan commits, so they take no online detours (which would split the recreate's
    // transaction). Their hazards still count its rows: building its keys takes time.
    let stashed: Vec<&QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::StashTable { table, .. } => Some(&table.name),
            _ => None,
        })
        .collect();
    let live_from;
    let live = if stashed.is_empty() {
        from
    } else {
        let mut s = from.clone();
        s.tables.retain(|name, _| !stashed.contains(&name));
        live_from = s;
        &live_from
    };
    // Objects both dropped and created by the plan are rebuilt, not gone.
    let created: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() != Phase::Drop)
        .map(|c| c.target())
        .collect();
    let steps: Vec<Step> = order
        .into_iter()
        .map(|i| {
            let c = &changes[i];
            let recreated = c.phase() == Phase::Drop && created.contains(&c.target());
            Step {
                sql: render(c),
                change: c.clone(),
                hazards: hazard::hazards(c, from, to, recreated),
                transactional: true,
            }
        })
        .collect();
    let steps = commit_new_enum_values(to, steps);
    let mut steps = safety::online(live, to, steps);
    // A file run statement by statement must survive a re-run after a failure part-way.
    if steps.iter().any(|s| !s.transactional) {
        for s in &mut steps {
            s.sql = crate::sql::render::render_rerunnable(&s.change);
        }
    }
    Ok(Plan {
        steps,
        default_privileges,
    })
}

/// A value added to an enum cannot be used before the transaction that added it commits
/// (PostgreSQL docs, ALTER TYPE: "the new value cannot be used until the transaction has been
/// committed"). When a later step touches an object that uses the enum in the target (a column
/// of it with a default naming the value, a check, a function), the value is added on its own,
/// outside the plan's transaction (it is re-runnable: `IF NOT EXISTS`).
fn commit_new_enum_values(to: &Schema, mut steps: Vec<Step>) -> Vec<Step> {
    for k in 0..steps.len() {
        let Change::AddEnumValue { name, .. } = &steps[k].change else {
            continue;
        };
        let ty = ObjectId::Type { name: name.clone() };
        let users: HashSet<&ObjectId> = to
            .dependencies
            .iter()
            .filter(|(_, referenced)| *referenced == ty)
            .map(|(dependent, _)| dependent)
            .collect();
        let user_tables: HashSet<&QualifiedName> =
            users.iter().filter_map(|u| owner_name(u, to)).collect();
        let used_later = steps[k + 1..].iter().any(|s| {
            let target = s.change.target();
            users.contains(&target)
                || owner_name(&target, to).is_some_and(|t| user_tables.contains(t))
                || matches!(&target, ObjectId::Table { name } if user_tables.contains(name))
        });
        if used_later {
            steps[k].transactional = false;
        }
    }
    steps
}

/// The table an object belongs to, if any (columns, constraints, triggers, policies, indexes).
fn owning_table(id: &ObjectId, schema: &Schema) -> Option<QualifiedName> {
    owner_name(id, schema).cloned()
}

/// [`owning_table`], borrowed.
fn owner_name<'a>(id: &'a ObjectId, schema: &'a Schema) -> Option<&'a QualifiedName> {
    match id {
        ObjectId::Column { table, .. }
        | ObjectId::Constraint { table, .. }
        | ObjectId::Trigger { table, .. }
        | ObjectId::Policy { table, .. }
        | ObjectId::Rule { table, .. } => Some(table),
        ObjectId::Index { name } => schema.indexes.get(name).map(|i| &i.table),
        _ => None,
    }
}

/// Drop and create changes for an unchanged object of `from` that must be rebuilt.
fn rebuild(id: &ObjectId, from: &Schema, to: &Schema) -> Vec<Change> {
    let mut out = Vec::new();
    if from.objects.contains_key(id) || to.objects.contains_key(id) {
        if let Some(o) = from.objects.get(id) {
            out.push(Change::DropObject(o.spec.clone()));
        }
        if let Some(o) = to.objects.get(id) {
            out.extend(crate::diff::objects::create_changes(o));
        }
        return out;
    }
    match id {
        ObjectId::View { name } => {
            if let Some(v) = from.views.get(name) {
                out.push(Change::DropView(v.clone()));
            }
            if let Some(v) = to.views.get(name) {
                out.push(Change::CreateView(v.clone()));
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    v.comment.as_ref(),
                    &v.privileges,
                ));
            }
        }
        ObjectId::MaterializedView { name } => {
            if let Some(v) = from.materialized_views.get(name) {
                out.push(Change::DropMaterializedView(v.clone()));
            }
            if let Some(v) = to.materialized_views.get(name) {
                out.push(Change::CreateMaterializedView(v.clone()));
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    v.comment.as_ref(),
                    &v.privileges,
                ));
            }
        }
        // A function whose argument or result type is recreated (an enum rebuilt).
        ObjectId::Function { id: fid } => {
            if let (Some(a), Some(b)) = (from.functions.get(fid), to.functions.get(fid)) {
                out.push(Change::DropFunction(a.clone()));
                out.push(Change::CreateFunction(b.clone()));
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    b.comment.as_ref(),
                    &b.privileges,
                ));
            }
        }
        // A stored generated column that reads a column changing type: PostgreSQL refuses the
        // type change while the generated column uses it ("cannot alter type of a column used
        // by a generated column"), so the generated column is dropped first and added again
        // with its expression after (its values are computed again; it comes back last).
        ObjectId::Column { table, column } => {
            let get = |s: &Schema| {
                s.tables
                    .get(table)
                    .and_then(|t| t.columns.iter().find(|c| &c.name == column))
                    .filter(|c| c.generated.is_some() && !c.inherited)
                    .cloned()
            };
            // A plain column whose default uses what goes: the default goes first and is set
            // again after (its type, if that is what depends, is converted by the recreate).
            let plain = |s: &Schema| {
                s.tables
                    .get(table)
                    .and_then(|t| t.columns.iter().find(|c| &c.name == column))
                    .filter(|c| c.generated.is_none() && !c.inherited)
                    .cloned()
            };
            if let Some(a) = plain(from).filter(|a| a.default.is_some()) {
                out.push(Change::SetColumnDefault {
                    table: table.clone(),
                    column: a.name.clone(),
                    default: None,
                });
                if let Some(default) = plain(to).and_then(|b| b.default) {
                    out.push(Change::SetColumnDefault {
                        table: table.clone(),
                        column: a.name,
                        default: Some(default),
                    });
                }
            }
            if let (Some(a), Some(b)) = (get(from), get(to)) {
                out.push(Change::DropColumn {
                    table: table.clone(),
                    column: a,
                    only: false,
                });
                if !b.settings.is_default() {
                    out.push(Change::SetColumnSettings {
                        table: table.clone(),
                        column: b.name.clone(),
                        from: ColumnSettings::default(),
                        to: b.settings.clone(),
                    });
                }
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    b.comment.as_ref(),
                    &b.privileges,
                ));
                out.insert(
                    1,
                    Change::AddColumn {
                        table: table.clone(),
                        column: b,
                    },
                );
            }
        }
        // An aggregate whose support function or state type is recreated: PostgreSQL has no
        // ALTER AGGREGATE for them, and DROP FUNCTION refuses while the aggregate uses it.
        ObjectId::Aggregate { id: aid } => {
            if let (Some(a), Some(b)) = (from.aggregates.get(aid), to.aggregates.get(aid)) {
                out.push(Change::DropAggregate(a.clone()));
                out.push(Change::CreateAggregate(b.clone()));
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    b.comment.as_ref(),
                    &b.privileges,
                ));
            }
        }
        ObjectId::Trigger { table, name } => {
            let key = (table.clone(), name.clone());
            if let Some(t) = from.triggers.get(&key) {
                out.push(Change::DropTrigger(t.clone()));
            }
            if let Some(t) = to.triggers.get(&key) {
                out.push(Change::CreateTrigger(t.clone()));
            }
        }
        ObjectId::Policy { table, name } => {
            if let Some(p) = from.tables.get(table).and_then(|t| t.policies.get(name)) {
                out.push(Change::DropPolicy {
                    table: table.clone(),
                    policy: p.clone(),
                });
            }
            if let Some(p) = to.tables.get(table).and_then(|t| t.policies.get(name)) {
                out.push(Change::CreatePolicy {
                    table: table.clone(),
                    policy: p.clone(),
                });
            }
        }
        ObjectId::Constraint { table, name } => {
            let get = |s: &Schema| {
                s.tables
                    .get(table)
                    .and_then(|t| t.constraints.get(name))
                    .cloned()
            };
            if let Some(c) = get(from).filter(|c| !c.inherited) {
                out.push(Change::DropConstraint {
                    table: table.clone(),
                    constraint: c,
                });
            }
            if let Some(c) = get(to).filter(|c| !c.inherited) {
                let (comment, index) = (c.comment.clone(), c.index.clone());
                out.push(Change::AddConstraint {
                    table: table.clone(),
                    constraint: c,
                });
                out.extend(crate::diff::decorations_of_new(
                    id.clone(),
                    comment.as_ref(),
                    &[],
                ));
                if let Some(i) = index.as_ref().and_then(|ix| to.indexes.get(ix)) {
                    out.extend(crate::diff::index_properties(None, i, to));
                }
            }
        }
        ObjectId::Index { name } => {
            if let Some(i) = from
                .indexes
                .get(name)
                .filter(|i| i.constraint.is_none() && i.parent.is_none())
            {
                out.push(Change::DropIndex(i.clone()));
            }
            if let Some(i) = to
                .indexes
                .get(name)
                .filter(|i| i.constraint.is_none() && i.parent.is_none())
            {
                out.push(Change::CreateIndex(i.clone()));
                out.extend(crate::diff::index_properties(None, i, to));
            }
        }
        _ => {}
    }
    out
}

/// Adds the rebuilds forced by drops and column type changes (transitively).
fn pull_in_dependents(from: &Schema, to: &Schema, mut changes: Vec<Change>) -> Vec<Change> {
    // dependents in `from`: referenced -> [dependent]; what uses a column of a relation also
    // goes when the relation goes (a view over a view's column), so column edges are listed
    // under the relation's name too.
    // Each dependent comes with its edge's position, so both lists merge in edge order.
    let mut dependents: HashMap<&ObjectId, Vec<(usize, &ObjectId)>> = HashMap::new();
    let mut column_users: HashMap<&QualifiedName, Vec<(usize, &ObjectId)>> = HashMap::new();
    for (k, (a, b)) in from.dependencies.iter().enumerate() {
        dependents.entry(b).or_default().push((k, a));
        if let ObjectId::Column { table, .. } = b {
            column_users.entry(table).or_default().push((k, a));
        }
    }
    let dependents_of = |id: &ObjectId| -> Vec<ObjectId> {
        let mut out: Vec<(usize, &ObjectId)> = dependents.get(id).cloned().unwrap_or_default();
        if let ObjectId::Table { name }
        | ObjectId::View { name }
        | ObjectId::MaterializedView { name } = id
        {
            out.extend(column_users.get(name).into_iter().flatten());
            out.sort_by_key(|(k, _)| *k);
        }
        out.into_iter().map(|(_, a)| a.clone()).collect()
    };
    // Parts of a dropped table go with it; those of a stashed one go with the stash, and the
    // recreate makes the new table's own.
    let dropped_tables: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropTable(t) | Change::StashTable { table: t, .. } => Some(t.name.clone()),
            _ => None,
        })
        .collect();
    // Drops that remove (or retype) something others may use; grants, an identity or a
    // default going, or a partition detached, leave the object itself in place.
    let keeps_object = |c: &Change| {
        matches!(
            c,
            Change::AlterIdentity { .. }
                | Change::SetColumnDefault { .. }
                | Change::DetachPartition { .. }
        )
    };
    let mut dropped: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() == Phase::Drop && !keeps_object(c))
        .map(|c| c.target())
        .collect();
    let seed = |c: &Change| {
        (c.phase() == Phase::Drop && !is_decoration(c) && !keeps_object(c))
            || matches!(
                c,
                Change::AlterColumnType { .. } | Change::ReplaceColumn { .. }
            )
    };
    let mut queue: Vec<ObjectId> = changes
        .iter()
        .filter(|c| seed(c))
        .map(|c| c.target())
        .collect();
    // A dropped key constraint takes its index along: foreign keys that reference it go first.
    for c in &changes {
        if let Change::DropConstraint {
            constraint: Constraint {
                index: Some(index), ..
            },
            ..
        } = c
        {
            queue.push(ObjectId::Index {
                name: index.clone(),
            });
        }
    }
    // A recreated enum or type takes its old type away from everything that used it.
    for c in &changes {
        if let Change::RecreateEnum { columns, .. } | Change::RecreateType { columns, .. } = c {
            queue.push(c.target());
            queue.extend(columns.iter().map(|col| ObjectId::Column {
                table: col.table.clone(),
                column: col.column.clone(),
            }));
        }
    }
    // Columns a recreated type converts (their defaults with them).
    let converted: BTreeSet<ObjectId> = changes
        .iter()
        .flat_map(|c| match c {
            Change::RecreateEnum { columns, .. } | Change::RecreateType { columns, .. } => {
                columns.as_slice()
            }
            _ => &[],
        })
        .map(|col| ObjectId::Column {
            table: col.table.clone(),
            column: col.column.clone(),
        })
        .collect();
    while let Some(id) = queue.pop() {
        for dep in dependents_of(&id) {
            if dropped.contains(&dep) || converted.contains(&dep) {
                continue;
            }
            if owning_table(&dep, from).is_some_and(|t| dropped_tables.contains(&t)) {
                continue;
            }
            // A domain whose default or CHECK calls a dropped routine.
            if let Some(more) = callers::rebuild(&dep, &id, from, to) {
                for c in more {
                    if !changes.contains(&c) {
                        changes.push(c);
                    }
                }
                continue;
            }
            let rebuilt = rebuild(&dep, from, to);
            if rebuilt.is_empty() {
                continue;
            }
            // Any other change already planned for it is superseded by the rebuild's create: a
            // generated column added again comes with its target type, NOT NULL and settings; a
            // plain column only has its default set again, and stays (what uses it too).
            let readded = rebuilt
                .iter()
                .any(|c| matches!(c, Change::AddColumn { .. }));
            let only_default = matches!(dep, ObjectId::Column { .. }) && !readded;
            changes.retain(|c| {
                let superseded = if only_default {
                    matches!(c, Change::SetColumnDefault { .. })
                } else {
                    (c.phase() == Phase::Create || readded) && !is_decoration(c)
                };
                !(c.target() == dep && superseded)
            });
            dropped.insert(dep.clone());
            if !only_default {
                queue.push(dep);
            }
            for c in rebuilt {
                if !changes.contains(&c) {
                    changes.push(c);
                }
            }
        }
    }
    changes
}

/// Drops that go with their table: a sequence owned by a dropped table or column disappears
/// with it (so no DROP SEQUENCE), and foreign keys between dropped tables are dropped first
/// (two tables referencing each other cannot otherwise be dropped one after the other).
fn drop_fixups(from: &Schema, to: &Schema, mut changes: Vec<Change>) -> Vec<Change> {
    // Indexes go with their table or materialized view; a rebuilt one gets its indexes back.
    let dropped_relations: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropTable(t) => Some(t.name.clone()),
            Change::DropMaterializedView(v) => Some(v.name.clone()),
            _ => None,
        })
        .collect();
    changes.retain(|c| !matches!(c, Change::DropIndex(i) if dropped_relations.contains(&i.table)));
    for (name, i) in &to.indexes {
        let rebuilt = dropped_relations.contains(&i.table)
            && (to.tables.contains_key(&i.table) || to.materialized_views.contains_key(&i.table));
        if !rebuilt {
            continue;
        }
        let creating = changes
            .iter()
            .any(|c| matches!(c, Change::CreateIndex(x) if &x.name == name));
        if !creating && i.constraint.is_none() && i.parent.is_none() {
            changes.push(Change::CreateIndex(i.clone()));
            for c in crate::diff::index_properties(None, i, to) {
                if !changes.contains(&c) {
                    changes.push(c);
                }
            }
        }
    }
    let dropped_tables: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropTable(t) => Some(t.name.clone()),
            _ => None,
        })
        .collect();
    let dropped_columns: BTreeSet<(QualifiedName, String)> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropColumn { table, column, .. } => Some((table.clone(), column.name.clone())),
            _ => None,
        })
        .collect();
    changes.retain(|c| match c {
        Change::DropSequence(s) => !s.owned_by.as_ref().is_some_and(|(t, col)| {
            dropped_tables.contains(t) || dropped_columns.contains(&(t.clone(), col.clone()))
        }),
        _ => true,
    });
    for t in &dropped_tables {
        let Some(table) = from.tables.get(t) else {
            continue;
        };
        for c in table.constraints.values() {
            let refs_dropped = c
                .foreign_key
                .as_ref()
                .is_some_and(|fk| dropped_tables.contains(&fk.references) && &fk.references != t);
            let already = changes.iter().any(|x| matches!(x, Change::DropConstraint { table, constraint } if table == t && constraint.name == c.name));
            if refs_dropped && !c.inherited && !already {
                changes.push(Change::DropConstraint {
                    table: t.clone(),
                    constraint: c.clone(),
                });
            }
        }
    }
    // A policy of a dropped table that reads something else the plan drops (a view over the
    // table, another table) is dropped first on its own: PostgreSQL refuses to drop what it
    // reads while it stands, and it would otherwise stand until its table goes.
    let dropped: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() == Phase::Drop)
        .map(|c| c.target())
        .collect();
    let goes = |id: &ObjectId| match id {
        ObjectId::Column { table, .. } => {
            dropped.contains(&ObjectId::Table {
                name: table.clone(),
            }) || dropped.contains(&ObjectId::View {
                name: table.clone(),
            }) || dropped.contains(&ObjectId::MaterializedView {
                name: table.clone(),
            })
        }
        other => dropped.contains(other),
    };
    let mut more = Vec::new();
    for t in &dropped_tables {
        let Some(table) = from.tables.get(t) else {
            continue;
        };
        for p in table.policies.values() {
            let id = ObjectId::Policy {
                table: t.clone(),
                name: p.name.clone(),
            };
            let reads_dropped = from.dependencies.iter().any(|(a, b)| {
                a == &id
                    && owner_name(b, from) != Some(t)
                    && !matches!(b, ObjectId::Table { name } if name == t)
                    && goes(b)
            });
            let already = changes.iter().any(|x| matches!(x, Change::DropPolicy { table, policy } if table == t && policy.name == p.name));
            if reads_dropped && !already {
                more.push(Change::DropPolicy {
                    table: t.clone(),
                    policy: p.clone(),
                });
            }
        }
    }
    changes.extend(more);
    changes
}

/// Dependency edges that do not order steps: a sequence's ownership by a column is set by its
/// own step (after the table), and an identity or serial column's table does not wait for it.
fn ordering_edge(dependent: &ObjectId, referenced: &ObjectId) -> bool {
    !matches!(
        (dependent, referenced),
        (
            ObjectId::Sequence { .. },
            ObjectId::Column { .. } | ObjectId::Table { .. }
        )
    )
}

/// Whether `id` is a constraint PostgreSQL derives from another (a partition's or child's copy
/// of its parent's, or the copy a foreign key gets per partition of the table it references):
/// made and removed by the steps of the constraint and tables it comes from, it orders nothing
/// itself. Its edges would tie the referencing table's step to the referenced partitions' (a
/// false cycle when the table references itself or is recreated with them).
fn derived_constraint(id: &ObjectId, schema: &Schema) -> bool {
    let ObjectId::Constraint { table, name } = id else {
        return false;
    };
    schema
        .tables
        .get(table)
        .and_then(|t| t.constraints.get(name))
        .is_some_and(|c| c.inherited)
}

/// How the planner treats a change: one exhaustive decision per kind (a new kind does not
/// compile until it is placed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Comments, owners and privileges: they decorate an object that exists.
    Decoration,
    /// Drops of objects others only refer to (types, collations, routines, sequences,
    /// extensions, schemas): candidates for the cleanup phase.
    LateDrop,
    /// Sets a property of an object that exists.
    Property,
    /// Creates, replaces or drops its object.
    Establishes,
}

fn role(c: &Change) -> Role {
    match c {
        Change::Comment { .. }
        | Change::SetOwner { .. }
        | Change::Grant { .. }
        | Change::Revoke { .. }
        | Change::DefaultPrivilege { .. } => Role::Decoration,
        Change::DropCollation(_)
        | Change::DropEnum(_)
        | Change::DropDomain(_)
        | Change::DropCompositeType(_)
        | Change::DropRangeType(_)
        | Change::DropFunction(_)
        | Change::DropAggregate(_)
        | Change::DropSequence(_)
        | Change::DropExtension(_)
        | Change::DropSchema(_) => Role::LateDrop,
        Change::SetSequenceOwnedBy { .. }
        | Change::SetRowLevelSecurity { .. }
        | Change::SetForceRowLevelSecurity { .. }
        | Change::SetReplicaIdentity { .. }
        | Change::SetTableLogged { .. }
        | Change::AttachPartition { .. }
        | Change::AttachIndex { .. }
        | Change::SetInherit { .. }
        | Change::DetachPartition { .. }
        | Change::SetColumnSettings { .. }
        | Change::SetTableOptions { .. }
        | Change::SetAccessMethod { .. }
        | Change::SetCluster { .. }
        | Change::SetIndexStatistics { .. }
        | Change::SetSequenceLogged { .. }
        | Change::SetTriggerEnabled { .. }
        | Change::ValidateConstraint { .. }
        | Change::SetNotNullOnline { .. } => Role::Property,
        Change::CreateSchema(_)
        | Change::CreateExtension(_)
        | Change::SetExtensionSchema { .. }
        | Change::UpdateExtension { .. }
        | Change::CreateEnum(_)
        | Change::AddEnumValue { .. }
        | Change::CreateDomain(_)
        | Change::AlterDomain { .. }
        | Change::CreateCompositeType(_)
        | Change::AlterCompositeType { .. }
        | Change::CreateCollation(_)
        | Change::CreateAggregate(_)
        | Change::CreateEventTrigger(_)
        | Change::DropEventTrigger(_)
        | Change::CreatePublication(_)
        | Change::DropPublication(_)
        | Change::CreateRangeType(_)
        | Change::CreateSequence(_)
        | Change::AlterSequence { .. }
        | Change::CreateTable(_)
        | Change::DropTable(_)
        | Change::StashTable { .. }
        | Change::CopyTableData { .. }
        | Change::AddColumn { .. }
        | Change::DropColumn { .. }
        | Change::AlterColumnType { .. }
        | Change::ReplaceColumn { .. }
        | Change::SetColumnDefault { .. }
        | Change::SetColumnNotNull { .. }
        | Change::AddConstraint { .. }
        | Change::DropConstraint { .. }
        | Change::CreatePolicy { .. }
        | Change::DropPolicy { .. }
        | Change::CreateIndex(_)
        | Change::DropIndex(_)
        | Change::CreateView(_)
        | Change::ReplaceView(_)
        | Change::DropView(_)
        | Change::CreateMaterializedView(_)
        | Change::DropMaterializedView(_)
        | Change::CreateFunction(_)
        | Change::CreateTrigger(_)
        | Change::DropTrigger(_)
        | Change::AlterIdentity { .. }
        | Change::RecreateEnum { .. }
        | Change::RecreateType { .. }
        | Change::DropExpression { .. }
        | Change::CreateIndexConcurrently { .. }
        | Change::DropIndexConcurrently { .. }
        | Change::RenameIndex { .. }
        | Change::AddConstraintNotValid { .. }
        | Change::AddKeyUsingIndex { .. }
        | Change::Unsupported { .. }
        | Change::CreateObject(_) => Role::Establishes,
        // Objects others only refer to wait, like types and functions, until what used them
        // has been changed to use something else.
        Change::DropObject(spec) => match spec {
            Spec::AccessMethod(_)
            | Spec::Operator(_)
            | Spec::OperatorFamily(_)
            | Spec::OperatorClass(_)
            | Spec::Cast(_)
            | Spec::Language(_)
            | Spec::Transform(_)
            | Spec::BaseType(_)
            | Spec::ShellType(_)
            | Spec::TextSearchParser(_)
            | Spec::TextSearchTemplate(_)
            | Spec::TextSearchDictionary(_)
            | Spec::TextSearchConfiguration(_)
            | Spec::ForeignDataWrapper(_)
            | Spec::ForeignServer(_) => Role::LateDrop,
            // A new default conversion for the same encodings needs the old one gone first.
            Spec::Conversion(_)
            | Spec::Rule(_)
            | Spec::Statistics(_)
            | Spec::UserMapping(_)
            | Spec::ForeignTable(_)
            | Spec::Subscription(_) => Role::Establishes,
        },
        Change::AlterObject { .. } => Role::Property,
    }
}

/// Whether a change creates, replaces or drops its object (rather than setting a property of
/// an object that exists).
fn establishes(c: &Change) -> bool {
    matches!(role(c), Role::Establishes | Role::LateDrop)
}

/// Drops of objects others only refer to: candidates for the cleanup phase.
fn may_drop_late(c: &Change) -> bool {
    role(c) == Role::LateDrop
}

fn is_decoration(c: &Change) -> bool {
    role(c) == Role::Decoration
}

/// The plan order: Kahn's algorithm over the step graph, ready steps taken by (phase, rank,
/// position), so equal inputs give equal plans.
fn order(
    from: &Schema,
    to: &Schema,
    changes: &[Change],
    soft: &[(usize, usize)],
) -> Result<Vec<usize>, Vec<Vec<usize>>> {
    let created: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() == Phase::Create && establishes(c))
        .map(|c| c.target())
        .chain(
            changes
                .iter()
                .flat_map(crate::diff::identity_sequences_created)
                .map(|name| ObjectId::Sequence { name }),
        )
        .collect();
    let created_routines: BTreeSet<QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::CreateFunction(f) => Some(f.id.name.clone()),
            _ => None,
        })
        .collect();
    // Objects dropped in the drop phase proper (tables, columns, views ...).
    let dropped_early: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() == Phase::Drop)
        .filter(|c| !may_drop_late(c) && !matches!(c, Change::DetachPartition { .. }))
        .flat_map(|c| {
            let t = c.target();
            // A dropped (or stashed) table takes its columns with it.
            let mut v = vec![t.clone()];
            if let Change::DropTable(table) | Change::StashTable { table, .. } = c {
                v.extend(table.columns.iter().map(|col| ObjectId::Column {
                    table: table.name.clone(),
                    column: col.name.clone(),
                }));
            }
            v
        })
        .collect();
    let needs_first: HashSet<&ObjectId> = if dropped_early.is_empty() {
        HashSet::new()
    } else {
        from.dependencies
            .iter()
            .filter(|(_, b)| dropped_early.contains(b))
            .map(|(a, _)| a)
            .collect()
    };
    let phase_of: Vec<Phase> = changes
        .iter()
        .map(|c| {
            let late = may_drop_late(c);
            let target = c.target();
            // A routine recreated under the same name (new argument names, or a function
            // becoming a procedure) must go before its replacement is created.
            let renamed_routine = match c {
                Change::DropFunction(f) => created_routines.contains(&f.id.name),
                _ => false,
            };
            // Something it depends on goes in the drop phase: it must go before that.
            let needed_first = needs_first.contains(&target);
            if late && !created.contains(&target) && !renamed_routine && !needed_first {
                Phase::Cleanup
            } else if matches!(c, Change::Revoke { .. }) && created.contains(&target) {
                // A default privilege taken from an object the plan creates: after creating it.
                Phase::Create
            } else {
                c.phase()
            }
        })
        .collect();
    let mut graph: DiGraph<usize, ()> = DiGraph::new();
    let nodes: Vec<NodeIndex> = (0..changes.len()).map(|i| graph.add_node(i)).collect();
    // Which steps create (or drop) each object; constraint-backed indexes map to their constraint.
    let mut by_target: HashMap<ObjectId, Vec<(Phase, usize)>> = HashMap::new();
    // The steps that make or remove a table, view or materialized view, by its name: they make
    // or remove the parts (columns, constraints ...) that have no step of their own.
    let mut by_owner: HashMap<&QualifiedName, Vec<(Phase, usize)>> = HashMap::new();
    for (i, c) in changes.iter().enumerate() {
        by_target
            .entry(c.target())
            .or_default()
            .push((c.phase(), i));
        if let Change::AddConstraint {
            constraint: Constraint {
                index: Some(ix), ..
            },
            ..
        }
        | Change::DropConstraint {
            constraint: Constraint {
                index: Some(ix), ..
            },
            ..
        } = c
        {
            by_target
                .entry(ObjectId::Index { name: ix.clone() })
                .or_default()
                .push((c.phase(), i));
        }
        match c {
            Change::CreateTable(t) | Change::DropTable(t) | Change::StashTable { table: t, .. } => {
                by_owner.entry(&t.name).or_default().push((c.phase(), i));
            }
            Change::CreateView(v)
            | Change::ReplaceView(v)
            | Change::DropView(v)
            | Change::CreateMaterializedView(v)
            | Change::DropMaterializedView(v) => {
                by_owner.entry(&v.name).or_default().push((c.phase(), i));
            }
            _ => {}
        }
    }
    let in_phase = |steps: Option<&Vec<(Phase, usize)>>, phase: Phase| -> Vec<usize> {
        steps
            .into_iter()
            .flatten()
            .filter(|(p, _)| *p == phase)
            .map(|(_, i)| *i)
            .collect()
    };
    // The steps that make an object exist (or go): not its comments, grants and settings.
    let steps_for = |phase: Phase, id: &ObjectId| -> Vec<usize> {
        let mut v: Vec<usize> = in_phase(by_target.get(id), phase);
        v.retain(|&i| establishes(&changes[i]));
        // Parts of a table (columns, constraints, ...) without a step of their own are made
        // or removed by the table's step.
        if !v.is_empty() {
            return v;
        }
        let schema = if phase == Phase::Drop { from } else { to };
        match owner_name(id, schema) {
            Some(t) => in_phase(by_owner.get(t), phase),
            None => v,
        }
    };
    // A column's default (or generated expression) is what uses routines and sequences; its
    // type, collation and the rest come with the column itself. A default the cycle breaker
    // split out of its table's step carries only the first kind.
    let dependent_steps = |phase: Phase, dependent: &ObjectId, referenced: &ObjectId| {
        let mut v = steps_for(phase, dependent);
        if matches!(dependent, ObjectId::Column { .. }) && !cycles::expression_use(referenced) {
            let schema = if phase == Phase::Drop { from } else { to };
            if let Some(t) = owner_name(dependent, schema) {
                for i in in_phase(by_owner.get(t), phase) {
                    if !v.contains(&i) {
                        v.push(i);
                    }
                }
            }
        }
        v
    };
    let mut edge = |before: usize, after: usize| {
        if before != after {
            graph.update_edge(nodes[before], nodes[after], ());
        }
    };
    // Creates: what an object depends on in `to` comes first.
    for (dependent, referenced) in to
        .dependencies
        .iter()
        .filter(|(a, b)| ordering_edge(a, b) && !derived_constraint(a, to))
    {
        for a in dependent_steps(Phase::Create, dependent, referenced) {
            for b in steps_for(Phase::Create, referenced) {
                edge(b, a);
            }
        }
    }
    // Drops: an object goes before what it depended on in `from`.
    for (dependent, referenced) in from
        .dependencies
        .iter()
        .filter(|(a, b)| ordering_edge(a, b) && !derived_constraint(a, from))
    {
        for a in dependent_steps(Phase::Drop, dependent, referenced) {
            for b in steps_for(Phase::Drop, referenced) {
                edge(a, b);
            }
        }
    }
    // Within one object: its creation before alterations, comments and grants; for a table,
    // its creation before its columns, constraints, policies and triggers.
    for (i, c) in changes.iter().enumerate() {
        if phase_of[i] != Phase::Create {
            continue;
        }
        let target = c.target();
        let mut owners = vec![target.clone()];
        if let Some(t) = owning_table(&target, to) {
            owners.push(ObjectId::Table { name: t });
        }
        if let ObjectId::Sequence { name } = &target {
            if let Some((t, _)) = to.identity_sequence(name) {
                owners.push(ObjectId::Table {
                    name: t.name.clone(),
                });
                owners.extend(
                    t.columns
                        .iter()
                        .filter(|c| c.identity.as_ref().is_some_and(|i| &i.sequence == name))
                        .map(|c| ObjectId::Column {
                            table: t.name.clone(),
                            column: c.name.clone(),
                        }),
                );
            }
        }
        if let ObjectId::DomainConstraint { domain, .. } = &target {
            owners.push(ObjectId::Type {
                name: domain.clone(),
            });
        }
        for o in owners {
            for j in in_phase(by_target.get(&o), Phase::Create) {
                if changes[j].rank() < c.rank()
                    || (j < i
                        && changes[j].rank() == c.rank()
                        && !is_decoration(&changes[j])
                        && is_decoration(c))
                {
                    edge(j, i);
                }
            }
        }
    }
    // What created functions' bodies call and read (PostgreSQL records none of it), those the
    // caller has not given up to break a cycle.
    for &(before, after) in soft {
        edge(before, after);
    }
    // A recreated table's rows are copied once it and its partitions exist, before its keys,
    // indexes, triggers, policies and settings (which would check or fire per row) and before
    // the foreign keys that reference it (which check the rows).
    for (i, c) in changes.iter().enumerate() {
        let Change::CopyTableData { table, .. } = c else {
            continue;
        };
        let mut parts: BTreeSet<QualifiedName> =
            crate::diff::descendants(to, table).into_iter().collect();
        parts.insert(table.clone());
        // Columns the new table inherits come from its parents' own column changes.
        let mut ancestors: BTreeSet<&QualifiedName> = BTreeSet::new();
        let mut queue = vec![table];
        while let Some(t) = queue.pop() {
            if let Some(t) = to.tables.get(t) {
                let parents = t
                    .inherits
                    .iter()
                    .chain(t.partition_of.as_ref().map(|p| &p.parent));
                for p in parents {
                    if ancestors.insert(p) {
                        queue.push(p);
                    }
                }
            }
        }
        let this = ObjectId::Table {
            name: table.clone(),
        };
        for (j, d) in changes.iter().enumerate() {
            if j == i || phase_of[j] != Phase::Create {
                continue;
            }
            let target = d.target();
            let fills = match d {
                Change::CreateTable(t) => parts.contains(&t.name),
                Change::AttachPartition { parent, .. } => parts.contains(parent),
                _ => matches!(&target, ObjectId::Column { table: t, .. } if ancestors.contains(t)),
            };
            let checks = target == this
                || owner_name(&target, to) == Some(table)
                || matches!(d, Change::AddConstraint { constraint: Constraint { foreign_key: Some(fk), .. }, .. } if &fk.references == table);
            if fills {
                edge(j, i);
            } else if checks {
                edge(i, j);
            }
        }
    }
    // A replica identity names an index: set once the index exists.
    for (i, c) in changes.iter().enumerate() {
        if let Change::SetReplicaIdentity {
            table,
            identity: ReplicaIdentity::Index(ix),
        } = c
        {
            let id = ObjectId::Index {
                name: QualifiedName::new(table.schema.clone(), ix.clone()),
            };
            for j in steps_for(Phase::Create, &id) {
                edge(j, i);
            }
        }
    }
    // A partition's index is attached once it and its parent index exist.
    for (i, c) in changes.iter().enumerate() {
        if let Change::AttachIndex { index, parent } = c {
            for name in [index, parent] {
                let id = ObjectId::Index { name: name.clone() };
                for j in steps_for(Phase::Create, &id) {
                    edge(j, i);
                }
            }
        }
    }
    for (i, c) in changes.iter().enumerate() {
        if let Change::SetSequenceOwnedBy {
            owned_by: Some((t, col)),
            ..
        } = c
        {
            for j in steps_for(
                Phase::Create,
                &ObjectId::Column {
                    table: t.clone(),
                    column: col.clone(),
                },
            ) {
                edge(j, i);
            }
        }
    }
    // Kahn's algorithm with a priority queue; drops always before creates.
    // Drops go in reverse rank (views before tables before types before extensions and
    // schemas), creates in rank order.
    let key = |i: usize| {
        let rank = changes[i].rank();
        let rank = if phase_of[i] == Phase::Create {
            rank
        } else {
            u8::MAX - rank
        };
        (phase_of[i], rank, i)
    };
    let mut indegree: Vec<usize> = nodes
        .iter()
        .map(|n| {
            graph
                .neighbors_directed(*n, petgraph::Direction::Incoming)
                .count()
        })
        .collect();
    let mut ready: BTreeSet<(Phase, u8, usize)> = (0..changes.len())
        .filter(|&i| indegree[i] == 0)
        .map(key)
        .collect();
    let mut out = Vec::with_capacity(changes.len());
    while let Some(first) = ready.iter().next().copied() {
        ready.remove(&first);
        let i = first.2;
        out.push(i);
        for n in graph.neighbors_directed(nodes[i], petgraph::Direction::Outgoing) {
            let j = graph[n];
            indegree[j] -= 1;
            if indegree[j] == 0 {
                ready.insert(key(j));
            }
        }
    }
    if out.len() < changes.len() {
        // The steps of each cycle, for the caller to break or name.
        let cycles = petgraph::algo::tarjan_scc(&graph)
            .into_iter()
            .filter(|scc| scc.len() > 1)
            .map(|scc| scc.into_iter().map(|n| graph[n]).collect())
            .collect();
        return Err(cycles);
    }
    // Every drop before every create: a drop that became ready late still goes first.
    out.sort_by_key(|&i| phase_of[i]);
    Ok(out)
}
