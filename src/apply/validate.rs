//! Plan validation: the files `generate` writes, exactly as written (sections, `BEGIN ...
//! COMMIT`, timeouts), run through the one executor on a fresh copy of the source; the result
//! must equal the target, and the rollback file must bring it back. Statements a file holds back
//! (commented out until `--allow-destructive`) are included: validation proves the file that
//! reaches the target.

use std::collections::BTreeMap;
use std::path::Path;

use super::executor;
use super::ApplyError;
use crate::catalog::{self, Filter, InspectError};
use crate::diff::{diff_with, Options};
use crate::model::{option_parts, secret, Schema, Spec};
use crate::plan::{plan, Plan, ScriptOptions, HELD_BACK};

#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    #[error("plan validation: the plan failed in a shadow copy of the source: {0}")]
    Forward(ApplyError),
    #[error("plan validation: the rollback failed in the shadow: {0}")]
    Rollback(ApplyError),
    #[error("plan validation failed: {what}; leftover differences:\n{}", lines.join("\n"))]
    Leftover { what: String, lines: Vec<String> },
    #[error(transparent)]
    Inspect(#[from] InspectError),
}

/// The migration file a plan is validated as: the one `generate` writes under `opts`, with
/// every held-back statement included.
pub fn validated_script(plan: &Plan, opts: &ScriptOptions) -> String {
    let mut all = opts.clone();
    all.allowed.extend(HELD_BACK.iter().copied());
    plan.script(&all)
}

/// Runs `plan` as its migration file (see [`validated_script`]) on the database at `url`, the
/// secrets it sets filled with the markers of `reaches`, the schema it leads to.
pub async fn run_plan(
    url: &str,
    name: &str,
    plan: &Plan,
    opts: &ScriptOptions,
    reaches: &Schema,
) -> Result<usize, ApplyError> {
    let values = secret_values(reaches);
    executor::run_text(
        url,
        Path::new(name),
        &validated_script(plan, opts),
        executor::Secrets::Values(&values),
    )
    .await
}

/// Each secret placeholder `schema` would fill, with the digest marker the model holds for it.
fn secret_values(schema: &Schema) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (id, o) in &schema.objects {
        let options = match &o.spec {
            Spec::ForeignDataWrapper(w) => &w.options,
            Spec::ForeignServer(s) => &s.options,
            Spec::UserMapping(m) => &m.options,
            Spec::Subscription(s) => {
                if let Some(range) = secret::conninfo_password(&s.connection) {
                    out.insert(
                        secret::variable(id, "password"),
                        s.connection[range].to_string(),
                    );
                }
                continue;
            }
            _ => continue,
        };
        for o in options {
            let (name, value) = option_parts(o);
            if secret::is_secret_option(name) {
                out.insert(secret::variable(id, name), value.to_string());
            }
        }
    }
    out
}

/// Whether the database at `url` now equals `want`; the leftover differences as the plan that
/// would remove them (first lines), else.
pub async fn check_reaches(
    url: &str,
    want: &Schema,
    filter: &Filter,
    options: Options,
    what: &str,
) -> Result<(), ValidateError> {
    let got = catalog::inspect_url(url, filter).await?;
    let left = diff_with(&got, want, options);
    if left.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = match plan(&got, want, left) {
        Ok(p) => p
            .steps
            .iter()
            .map(|s| format!("  {}", s.sql.lines().next().unwrap_or("")))
            .collect(),
        Err(e) => vec![format!("  {e}")],
    };
    Err(ValidateError::Leftover {
        what: what.to_string(),
        lines,
    })
}

/// How plans are validated: the catalog filter and diff options both sides were read with, and
/// the options the files are written under.
pub struct Validator<'a> {
    pub filter: &'a Filter,
    pub options: Options,
    pub script: &'a ScriptOptions,
}

impl Validator<'_> {
    /// Validates a forward plan from `from` to `to` and its rollback on `url`, a fresh copy of
    /// `from`.
    pub async fn validate(
        &self,
        url: &str,
        from: &Schema,
        to: &Schema,
        forward: &Plan,
        rollback: &Plan,
    ) -> Result<(), ValidateError> {
        run_plan(url, "(the generated migration)", forward, self.script, to)
            .await
            .map_err(ValidateError::Forward)?;
        check_reaches(
            url,
            to,
            self.filter,
            self.options,
            "after the plan, the shadow still differs from the target",
        )
        .await?;
        run_plan(url, "(the generated rollback)", rollback, self.script, from)
            .await
            .map_err(ValidateError::Rollback)?;
        check_reaches(
            url,
            from,
            self.filter,
            self.options,
            "after the rollback, the shadow still differs from the source",
        )
        .await
    }
}
