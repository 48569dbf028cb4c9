//! Functions, procedures and aggregates: CREATE (OR REPLACE) and DROP.

use super::writer::{literal, qualified};
use crate::model::*;

pub(super) fn create_aggregate(a: &Aggregate) -> String {
    let fname = |f: &FunctionId| qualified(&f.name);
    let mut opts = vec![
        format!("SFUNC = {}", fname(&a.state_function)),
        format!("STYPE = {}", a.state_type),
    ];
    if a.state_space != 0 {
        opts.push(format!("SSPACE = {}", a.state_space));
    }
    let modify = |m: &str| match m {
        "s" => "SHAREABLE",
        "w" => "READ_WRITE",
        _ => "READ_ONLY",
    };
    if let Some(f) = &a.final_function {
        opts.push(format!("FINALFUNC = {}", fname(f)));
        if a.final_extra {
            opts.push("FINALFUNC_EXTRA".into());
        }
        opts.push(format!("FINALFUNC_MODIFY = {}", modify(&a.final_modify)));
    }
    if let Some(f) = &a.combine_function {
        opts.push(format!("COMBINEFUNC = {}", fname(f)));
    }
    if let Some(f) = &a.serial_function {
        opts.push(format!("SERIALFUNC = {}", fname(f)));
    }
    if let Some(f) = &a.deserial_function {
        opts.push(format!("DESERIALFUNC = {}", fname(f)));
    }
    if let Some(i) = &a.initial_value {
        opts.push(format!("INITCOND = {}", literal(i)));
    }
    if let Some(m) = &a.moving {
        opts.push(format!("MSFUNC = {}", fname(&m.state_function)));
        opts.push(format!("MINVFUNC = {}", fname(&m.inverse_function)));
        opts.push(format!("MSTYPE = {}", m.state_type));
        if m.state_space != 0 {
            opts.push(format!("MSSPACE = {}", m.state_space));
        }
        if let Some(f) = &m.final_function {
            opts.push(format!("MFINALFUNC = {}", fname(f)));
            if m.final_extra {
                opts.push("MFINALFUNC_EXTRA".into());
            }
            opts.push(format!("MFINALFUNC_MODIFY = {}", modify(&m.final_modify)));
        }
        if let Some(i) = &m.initial_value {
            opts.push(format!("MINITCOND = {}", literal(i)));
        }
    }
    if a.kind == "h" {
        opts.push("HYPOTHETICAL".into());
    }
    if let Some(op) = &a.sort_operator {
        // regoperator text: `pg_catalog.>(integer,integer)` -> the operator itself.
        let op = op.split('(').next().unwrap_or(op);
        opts.push(format!("SORTOP = OPERATOR({op})"));
    }
    match a.parallel.as_str() {
        "s" => opts.push("PARALLEL = SAFE".into()),
        "r" => opts.push("PARALLEL = RESTRICTED".into()),
        _ => {}
    }
    format!(
        "CREATE AGGREGATE {}({}) ({})",
        qualified(&a.id.name),
        // The grammar has no empty argument list for aggregates.
        if a.arguments.trim().is_empty() {
            "*"
        } else {
            &a.arguments
        },
        opts.join(", ")
    )
}

pub(super) fn drop_aggregate(a: &Aggregate, if_exists: &str) -> String {
    format!(
        "DROP AGGREGATE {if_exists}{}",
        super::writer::aggregate(&a.id)
    )
}

pub(super) fn create_function(f: &Function) -> String {
    f.definition.trim_end().trim_end_matches(';').to_string()
}

pub(super) fn drop_function(f: &Function, if_exists: &str) -> String {
    format!(
        "DROP {} {if_exists}{}",
        if f.kind == RoutineKind::Procedure {
            "PROCEDURE"
        } else {
            "FUNCTION"
        },
        super::writer::function(&f.id)
    )
}
