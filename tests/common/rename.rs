//! A case's SQL with the names it defines renamed to names that need quoting (a space, an upper
//! case letter and a non-ASCII letter): `users` becomes `"usersé Q"`. Names come from the parse
//! tree (what the case's DDL creates: schemas, tables, columns, constraints, indexes, views,
//! sequences, types, functions, triggers, policies, publications); every unquoted identifier
//! token equal to one is replaced, so references follow. Names that also appear inside a string
//! or a function body (which the scanner cannot see into) keep their spelling, so bodies keep
//! working. Used to run the acceptance corpus a second time: quoting must be a property of the
//! whole engine.

use std::collections::BTreeSet;

use pg_query::protobuf::Token;

/// The renamed form of a name.
pub fn renamed(name: &str) -> String {
    format!("{name}é Q")
}

/// The names `sql` defines, from its parse tree (walked as JSON, so every nested statement is
/// seen).
fn defined(sql: &str, out: &mut BTreeSet<String>) -> Option<()> {
    let parsed = pg_query::parse(sql, 0).ok()?;
    let tree = serde_json::to_value(&parsed.protobuf).ok()?;
    visit(&tree, out);
    Some(())
}

/// The last name of a list of String nodes (`schema.name` lists).
fn last_name(list: &serde_json::Value) -> Option<&serde_json::Value> {
    list.as_array()?
        .iter()
        .filter_map(|n| n.pointer("/node/String/sval"))
        .next_back()
}

fn visit(v: &serde_json::Value, out: &mut BTreeSet<String>) {
    use serde_json::Value;
    let mut add = |s: Option<&Value>| {
        if let Some(s) = s.and_then(Value::as_str) {
            if !s.is_empty() && s != "public" {
                out.insert(s.to_string());
            }
        }
    };
    match v {
        Value::Object(map) => {
            for (kind, inner) in map {
                match kind.as_str() {
                    "ColumnDef" => add(inner.get("colname")),
                    "Constraint" => add(inner.get("conname")),
                    "IndexStmt" => add(inner.get("idxname")),
                    "CreateStmt" => add(inner.pointer("/relation/relname")),
                    "ViewStmt" => add(inner.pointer("/view/relname")),
                    "CreateTableAsStmt" => add(inner.pointer("/into/rel/relname")),
                    "CreateSeqStmt" => add(inner.pointer("/sequence/relname")),
                    "CompositeTypeStmt" => add(inner.pointer("/typevar/relname")),
                    "CreateEnumStmt" | "CreateRangeStmt" => {
                        add(inner.get("type_name").and_then(last_name))
                    }
                    "CreateDomainStmt" => add(inner.get("domainname").and_then(last_name)),
                    "CreateFunctionStmt" => add(inner.get("funcname").and_then(last_name)),
                    "CreateTrigStmt" => add(inner.get("trigname")),
                    "CreatePolicyStmt" => add(inner.get("policy_name")),
                    "CreateSchemaStmt" => add(inner.get("schemaname")),
                    "CreatePublicationStmt" => add(inner.get("pubname")),
                    _ => {}
                }
            }
            for inner in map.values() {
                visit(inner, out);
            }
        }
        Value::Array(items) => {
            for inner in items {
                visit(inner, out);
            }
        }
        _ => {}
    }
}

/// The string constants and bodies of `sql` (the scanner cannot see into them), lower-cased.
fn strings(sql: &str, out: &mut Vec<String>) -> Option<()> {
    for t in pg_query::scan(sql).ok()?.tokens {
        if t.token == Token::Sconst as i32 {
            out.push(sql[t.start as usize..t.end as usize].to_lowercase());
        }
    }
    Some(())
}

/// `sql` with every identifier token naming one of `names` renamed.
fn rename_in(sql: &str, names: &BTreeSet<String>) -> Option<String> {
    let mut out = String::with_capacity(sql.len() + 64);
    let mut at = 0;
    for t in pg_query::scan(sql).ok()?.tokens {
        if t.token != Token::Ident as i32 {
            continue;
        }
        let (start, end) = (t.start as usize, t.end as usize);
        let text = &sql[start..end];
        let name = match text.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
            Some(quoted) => quoted.replace("\"\"", "\""),
            None => text.to_lowercase(),
        };
        if names.contains(&name) {
            out.push_str(&sql[at..start]);
            out.push('"');
            out.push_str(&renamed(&name).replace('"', "\"\""));
            out.push('"');
            at = end;
        }
    }
    out.push_str(&sql[at..]);
    Some(out)
}

/// Both sides of a case with the names they define renamed (`None` when a side does not parse,
/// or nothing could be renamed).
pub fn rename_case(before: &str, after: &str) -> Option<(String, String)> {
    let mut names = BTreeSet::new();
    defined(before, &mut names)?;
    defined(after, &mut names)?;
    let mut texts = Vec::new();
    strings(before, &mut texts)?;
    strings(after, &mut texts)?;
    // Names written inside a string or body keep their spelling; a renamed name must stay within
    // PostgreSQL's 63 bytes.
    names.retain(|n| {
        let lower = n.to_lowercase();
        !texts.iter().any(|t| t.contains(&lower)) && renamed(n).len() <= 63
    });
    if names.is_empty() {
        return None;
    }
    Some((rename_in(before, &names)?, rename_in(after, &names)?))
}
