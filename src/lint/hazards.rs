//! The hazards a migration file's statements carry, as the deploy gate (`[safety] deny`,
//! `apply --deny-hazard`) sees them: what the rules find (each rule names its hazards), and what
//! a generated file declares in the `-- hazard NAME: ...` notes above a statement. Pure.

use std::collections::BTreeSet;

use super::{first_line, lint_file, File, Options};
use crate::plan::hazard::Hazard;

/// One hazard of one statement.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct StatementHazard {
    /// The statement's first line in the file.
    pub line: usize,
    pub hazard: Hazard,
    /// The statement's first line of text.
    pub statement: String,
}

/// Every (statement, hazard) of a file, in file order, each once.
pub fn statement_hazards(path: &str, text: &str, options: &Options) -> Vec<StatementHazard> {
    let file = File::parse(path, text);
    let mut out: BTreeSet<StatementHazard> = BTreeSet::new();
    for f in lint_file(&file, options) {
        for h in f.hazards {
            out.insert(StatementHazard {
                line: f.line,
                hazard: h,
                statement: f.statement.clone(),
            });
        }
    }
    // A note belongs to the first statement that starts after it.
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix("-- hazard ") else {
            continue;
        };
        let Some(hazard) = rest.split(':').next().and_then(|n| Hazard::parse(n.trim())) else {
            continue;
        };
        if let Some(stmt) = file.stmts.iter().find(|s| s.line > i + 1) {
            out.insert(StatementHazard {
                line: stmt.line,
                hazard,
                statement: first_line(&stmt.text),
            });
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_and_generated_notes_name_their_statement() {
        let text = "SET lock_timeout = '3s';\n\
                    -- hazard authz-change: privileges on public.t change\n\
                    GRANT SELECT ON public.t TO reader;\n\
                    ALTER TABLE public.t ALTER COLUMN a TYPE bigint;\n\
                    -- hazard not-a-hazard: ignored\n\
                    SELECT 1;\n";
        let found = statement_hazards("m.sql", text, &Options::default());
        assert!(found.contains(&StatementHazard {
            line: 3,
            hazard: Hazard::AuthzChange,
            statement: "GRANT SELECT ON public.t TO reader".into(),
        }));
        assert!(
            found
                .iter()
                .any(|h| h.line == 4 && h.hazard == Hazard::TableRewrite),
            "{found:?}"
        );
        assert!(found.iter().all(|h| h.line != 6), "{found:?}");
    }
}
