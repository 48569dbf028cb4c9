//! What the rules about dropping, renaming and replacing objects share: the objects a statement
//! creates and the ones a `DROP` removes, keyed the same way, so a rule leaves alone what the same
//! file created earlier (nobody uses it yet), and the `ALTER TABLE` commands a rule looks at on
//! tables that existed before the file.

use std::collections::BTreeSet;

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableCmd, DropBehavior, DropStmt, ObjectType, RangeVar};

use crate::lint::{ast, File, Stmt, Violation};

/// The kind a created or dropped object is tracked under: materialized views count as views,
/// procedures and routines as functions, domains and casts as types.
fn family(t: ObjectType) -> ObjectType {
    match t {
        ObjectType::ObjectMatview => ObjectType::ObjectView,
        ObjectType::ObjectProcedure | ObjectType::ObjectRoutine => ObjectType::ObjectFunction,
        ObjectType::ObjectDomain => ObjectType::ObjectType,
        other => other,
    }
}

/// `schema.name` of a dotted name, `public` when unqualified.
fn key(dotted: &str) -> String {
    ast::name_key(dotted)
}

/// `name on schema.table` for objects that live on a table (triggers, policies, rules).
pub fn on_table(name: &str, rel: &RangeVar) -> String {
    format!("{name} on {}", ast::table_key(rel))
}

/// The objects a statement creates, as `(kind, key)`.
pub fn created(node: &N) -> Vec<(ObjectType, String)> {
    let one = |t: ObjectType, k: String| vec![(family(t), k)];
    match node {
        N::ViewStmt(v) => v
            .view
            .as_ref()
            .map(|r| one(ObjectType::ObjectView, ast::table_key(r)))
            .unwrap_or_default(),
        N::CreateTableAsStmt(c) if c.objtype() == ObjectType::ObjectMatview => c
            .into
            .as_ref()
            .and_then(|i| i.rel.as_ref())
            .map(|r| one(ObjectType::ObjectView, ast::table_key(r)))
            .unwrap_or_default(),
        N::CreateFunctionStmt(f) => one(ObjectType::ObjectFunction, key(&ast::dotted(&f.funcname))),
        N::CompositeTypeStmt(c) => c
            .typevar
            .as_ref()
            .map(|r| one(ObjectType::ObjectType, ast::table_key(r)))
            .unwrap_or_default(),
        N::CreateEnumStmt(e) => one(ObjectType::ObjectType, key(&ast::dotted(&e.type_name))),
        N::CreateRangeStmt(r) => one(ObjectType::ObjectType, key(&ast::dotted(&r.type_name))),
        N::DefineStmt(d) if d.kind() == ObjectType::ObjectType => {
            one(ObjectType::ObjectType, key(&ast::dotted(&d.defnames)))
        }
        N::CreateDomainStmt(d) => one(ObjectType::ObjectType, key(&ast::dotted(&d.domainname))),
        N::CreateSeqStmt(s) => s
            .sequence
            .as_ref()
            .map(|r| one(ObjectType::ObjectSequence, ast::table_key(r)))
            .unwrap_or_default(),
        N::CreateExtensionStmt(e) => one(ObjectType::ObjectExtension, e.extname.clone()),
        N::IndexStmt(i) if !i.idxname.is_empty() => {
            let schema = i
                .relation
                .as_ref()
                .map(|r| r.schemaname.as_str())
                .unwrap_or("");
            let name = if schema.is_empty() {
                i.idxname.clone()
            } else {
                format!("{schema}.{}", i.idxname)
            };
            one(ObjectType::ObjectIndex, key(&name))
        }
        N::CreateTrigStmt(t) => t
            .relation
            .as_ref()
            .map(|r| one(ObjectType::ObjectTrigger, on_table(&t.trigname, r)))
            .unwrap_or_default(),
        N::CreatePolicyStmt(p) => p
            .table
            .as_ref()
            .map(|r| one(ObjectType::ObjectPolicy, on_table(&p.policy_name, r)))
            .unwrap_or_default(),
        N::RuleStmt(r) => r
            .relation
            .as_ref()
            .map(|rel| one(ObjectType::ObjectRule, on_table(&r.rulename, rel)))
            .unwrap_or_default(),
        N::CreatePublicationStmt(p) => one(ObjectType::ObjectPublication, key(&p.pubname)),
        N::CreateSchemaStmt(c) => c
            .schema_elts
            .iter()
            .filter_map(ast::inner)
            .flat_map(created)
            .collect(),
        _ => vec![],
    }
}

/// An object a `DROP` removes: its name as written and its key.
pub struct Dropped {
    pub name: String,
    pub key: String,
}

/// The objects a `DROP` removes.
pub fn dropped(d: &DropStmt) -> Vec<Dropped> {
    let on_table_kind = matches!(
        d.remove_type(),
        ObjectType::ObjectTrigger | ObjectType::ObjectPolicy | ObjectType::ObjectRule
    );
    d.objects
        .iter()
        .filter_map(|o| {
            let parts: Vec<String> = match ast::inner(o)? {
                N::List(l) if d.remove_type() == ObjectType::ObjectCast => {
                    let types: Vec<String> = l
                        .items
                        .iter()
                        .filter_map(|t| match ast::inner(t)? {
                            N::TypeName(t) => Some(ast::type_display(t)),
                            _ => None,
                        })
                        .collect();
                    let name = format!("({})", types.join(" as "));
                    return Some(Dropped {
                        key: name.clone(),
                        name,
                    });
                }
                // `DROP OPERATOR CLASS | FAMILY name USING method`: the method comes first.
                N::List(l)
                    if matches!(
                        d.remove_type(),
                        ObjectType::ObjectOpclass | ObjectType::ObjectOpfamily
                    ) =>
                {
                    l.items
                        .iter()
                        .skip(1)
                        .filter_map(ast::string_value)
                        .map(str::to_string)
                        .collect()
                }
                N::List(l) => l
                    .items
                    .iter()
                    .filter_map(ast::string_value)
                    .map(str::to_string)
                    .collect(),
                N::String(s) => vec![s.sval.clone()],
                N::TypeName(t) => t
                    .names
                    .iter()
                    .filter_map(ast::string_value)
                    .map(str::to_string)
                    .collect(),
                N::ObjectWithArgs(f) => f
                    .objname
                    .iter()
                    .filter_map(ast::string_value)
                    .map(str::to_string)
                    .collect(),
                _ => return None,
            };
            if on_table_kind {
                let (name, table) = parts.split_last()?;
                let table = key(&table.join("."));
                Some(Dropped {
                    name: format!("{name} on {}", table.trim_start_matches("public.")),
                    key: format!("{name} on {table}"),
                })
            } else if d.remove_type() == ObjectType::ObjectExtension {
                Some(Dropped {
                    name: parts.join("."),
                    key: parts.join("."),
                })
            } else {
                let name = parts.join(".");
                Some(Dropped {
                    key: key(&name),
                    name,
                })
            }
        })
        .collect()
}

/// True when the `DROP` cascades to what depends on the objects.
pub fn cascades(d: &DropStmt) -> bool {
    d.behavior() == DropBehavior::DropCascade
}

/// Runs `flag` on every object of a `DROP` of one of `kinds` that the file did not create earlier.
pub fn drop_violations(
    file: &File,
    kinds: &[ObjectType],
    mut flag: impl FnMut(&Stmt, &DropStmt, &Dropped) -> Violation,
) -> Vec<Violation> {
    let mut made: BTreeSet<(ObjectType, String)> = BTreeSet::new();
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        made.extend(created(node));
        let N::DropStmt(d) = node else { continue };
        if !kinds.contains(&d.remove_type()) {
            continue;
        }
        for obj in dropped(d) {
            if made.contains(&(family(d.remove_type()), obj.key.clone())) {
                continue;
            }
            out.push(flag(s, d, &obj));
        }
    }
    out
}

/// True when the file created an object of `kind` named `key` (see [`created`]) before `stmt`.
pub fn created_before(file: &File, stmt: &Stmt, kind: ObjectType, key: &str) -> bool {
    file.stmts[..stmt.index]
        .iter()
        .filter_map(|s| s.node.as_ref())
        .flat_map(created)
        .any(|(k, name)| k == family(kind) && name == key)
}

/// The `schema.name` key of a dotted name, `public` when unqualified.
pub fn name_key(dotted: &str) -> String {
    key(dotted)
}

/// Every `ALTER TABLE` (or `ALTER FOREIGN TABLE`) command on a table that existed before the file,
/// with its statement and table.
pub fn existing_table_cmds(file: &File) -> Vec<(&Stmt, &RangeVar, &AlterTableCmd)> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        let Some((a, rel)) = ast::alter_relation(
            node,
            &[ObjectType::ObjectTable, ObjectType::ObjectForeignTable],
        ) else {
            continue;
        };
        if s.table_created_in_file(&ast::table_key(rel)) {
            continue;
        }
        out.extend(ast::alter_cmds(a).map(|c| (s, rel, c)));
    }
    out
}
