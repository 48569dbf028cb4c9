//! A plan as the reviewable migration file: header, sections, timeouts, hazards and held-back
//! statements. Pure.

use super::*;

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

    /// Steps that would run (not held back) carrying a hazard `opts` denies, or one that its
    /// evidence makes blocking (a rewrite, full scan or exclusive lock of a table over `[safety]
    /// large_table`), with those hazards: a plan with any is refused, unless `opts` allows them.
    pub fn denied<'a>(&'a self, opts: &ScriptOptions) -> Vec<(&'a Step, Vec<hazard::Hazard>)> {
        self.steps
            .iter()
            .filter(|s| !is_held_back(s, opts))
            .filter_map(|s| {
                let mut hs: Vec<hazard::Hazard> = s
                    .hazards
                    .iter()
                    .filter(|h| {
                        (opts.denied.contains(&h.hazard)
                            || h.evidence.as_ref().is_some_and(|e| e.blocks(h.hazard)))
                            && !opts.allowed.contains(&h.hazard)
                    })
                    .map(|h| h.hazard)
                    .collect();
                hs.dedup();
                (!hs.is_empty()).then_some((s, hs))
            })
            .collect()
    }

    /// The steps of `undo`, a rollback of this plan, that restore what the steps written
    /// commented out under `opts` would have removed from `from`: their targets (a column, a
    /// table, a sequence...) and, for a table, what belongs to it (columns, constraints,
    /// indexes, triggers, policies, rules) unless a step that runs removes it. The rollback
    /// leaves them alone ([`ScriptOptions::kept`]).
    pub fn kept_by_held_back(
        &self,
        undo: &Plan,
        from: &Schema,
        opts: &ScriptOptions,
    ) -> BTreeSet<ObjectId> {
        let (held, run): (Vec<&Step>, Vec<&Step>) =
            self.steps.iter().partition(|s| is_held_back(s, opts));
        let removed: BTreeSet<ObjectId> = run
            .iter()
            .filter(|s| s.change.phase() == Phase::Drop)
            .map(|s| s.change.target())
            .collect();
        let mut kept: BTreeSet<ObjectId> = held.iter().map(|s| s.change.target()).collect();
        let tables: BTreeSet<&QualifiedName> = kept
            .iter()
            .filter_map(|id| match id {
                ObjectId::Table { name } => Some(name),
                _ => None,
            })
            .collect();
        let owned: Vec<ObjectId> = undo
            .steps
            .iter()
            .map(|s| s.change.target())
            .filter(|id| {
                super::rebuild::owner_name(id, from).is_some_and(|t| tables.contains(t))
                    && !removed.contains(id)
            })
            .collect();
        // The sequences a kept table owns stay with it.
        let sequences: Vec<ObjectId> = from
            .sequences
            .values()
            .filter(|s| s.owned_by.as_ref().is_some_and(|(t, _)| tables.contains(t)))
            .map(|s| ObjectId::Sequence {
                name: s.name.clone(),
            })
            .filter(|id| !removed.contains(id))
            .collect();
        kept.extend(owned);
        kept.extend(sequences);
        kept
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
        // As pg_dump restores them: a SQL function's body is checked when it runs, under the
        // search_path it runs with, not when the file creates it under the applying session's
        // (a body naming an extension's function unqualified would fail there).
        let sql_functions = self.steps.iter().any(
            |s| matches!(&s.change, crate::diff::Change::CreateFunction(f) | crate::diff::Change::ReplaceFunction(f) if f.language == "sql"),
        );
        if sql_functions {
            out.push_str(
                "-- SQL function bodies are checked when they run, as pg_dump restores them.\nSET check_function_bodies = false;\n\n",
            );
        }
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
        if sql_functions {
            out.push_str("RESET check_function_bodies;\n");
        }
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
        if opts.kept.contains(&s.change.target()) {
            out.push_str(
                "-- HELD BACK with the statement of the migration it undoes, which is held back too: \
                 what it restores was never removed\n",
            );
            for line in format!("{};", s.sql).lines() {
                out.push_str("-- ");
                out.push_str(line);
                out.push('\n');
            }
        } else if let Some(needed) = super::held_back::needed(opts, &s.change.target()) {
            out.push_str(&format!(
                "-- HELD BACK with {needed}, whose held-back statement it needs: regenerate with {} to include both\n",
                opts.include_hint
            ));
            for line in format!("{};", s.sql).lines() {
                out.push_str("-- ");
                out.push_str(line);
                out.push('\n');
            }
        } else if is_held_back(s, opts) {
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

/// A run of steps of [`Plan::script`] that share one transaction mode.
pub(super) struct Section<'a> {
    transactional: bool,
    steps: &'a [Step],
}

/// Whether `s` is written commented out under `opts`: it carries a held-back hazard `opts` does
/// not allow, it undoes what its migration holds back ([`ScriptOptions::kept`]), or it needs a
/// held-back step ([`ScriptOptions::needs`]).
pub fn is_held_back(s: &Step, opts: &ScriptOptions) -> bool {
    let id = s.change.target();
    opts.kept.contains(&id)
        || opts.needs.contains_key(&id)
        || s.hazards
            .iter()
            .any(|h| HELD_BACK.contains(&h.hazard) && !opts.allowed.contains(&h.hazard))
}
