//! What one statement of a declarative file creates and what it names, from its parse tree
//! (`pg_query`, PostgreSQL's own parser). Pure.
//!
//! Names are kept as the parser resolved them (unquoted ones folded to lower case, quoted ones
//! as written), with the schema when one is written. What a statement names is found by walking
//! its whole tree: relations (`RangeVar`, `'name'::regclass`, `nextval('name')`), types
//! (`TypeName`), functions (calls, `ObjectWithArgs`, trigger functions), schemas (any qualified
//! name) and the objects of `COMMENT ON` / `GRANT ON`. The analysis may name more than a
//! statement needs (a name that is both a column and a table): ordering only uses it to put
//! creators first, and the loader retries what still fails.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{self, ObjectType};
use serde_json::Value;

/// The namespace a name lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Space {
    /// Tables, views, sequences, indexes, composite types' relations (`pg_class`).
    Relation,
    /// Types and domains (a table's row type too).
    Type,
    Function,
    Schema,
    Extension,
    /// Operator classes, which index columns name (`USING btree (c schema.class)`).
    OperatorClass,
    /// Triggers, policies, operators, casts...: nothing else names them for ordering.
    Other,
    /// A name whose kind the statement does not say (`COMMENT ON TYPE`, `GRANT ON DOMAIN`).
    Any,
}

/// A name as written: (schema when qualified, name).
pub type Name = (Option<String>, String);

/// How the loader treats a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Ordered by what it creates and names.
    Object,
    /// `CREATE EXTENSION`: what it creates is unknown, so a statement naming something no file
    /// creates runs after every extension.
    Extension,
    /// `SET` (or `SELECT set_config(...)`): a session setting for the statements after it in
    /// its file, not an object.
    Setting,
    /// `ALTER DEFAULT PRIVILEGES`, `CREATE EVENT TRIGGER`: they change what later statements
    /// do, so they run after everything else and the files' explicit grants hold as written.
    Last,
    /// `BEGIN`, `COMMIT`...: the loader runs each statement on its own.
    Skip,
}

/// What a statement creates and names.
#[derive(Debug, Clone)]
pub struct Facts {
    pub role: Role,
    pub creates: Vec<(Space, Name)>,
    pub names: Vec<(Space, Name)>,
    /// `CREATE TABLE` with foreign keys: the loader may split them out into `ALTER TABLE`
    /// statements when tables reference each other in a cycle.
    pub foreign_keys: bool,
    /// `CREATE FUNCTION`, whose body PostgreSQL checks at creation (unless told not to).
    pub function: bool,
    /// `CREATE TYPE name` with no definition: a shell, which functions may take and return
    /// before the type is defined (its I/O functions must, and the definition names them).
    pub shell: bool,
    /// Objects this statement must be created before: the operators a `CREATE OPERATOR` names
    /// as its commutator or negator. PostgreSQL makes a shell of a missing one and links the
    /// two both ways only when the other exists first, so a one-way link depends on order.
    pub precedes: Vec<(Space, Name)>,
    /// The tables a `CREATE TABLE` makes this one a partition or child of.
    pub parents: Vec<Name>,
    /// What an `ALTER TABLE` sets that PostgreSQL passes down to partitions and children
    /// (unless `ONLY`): (table, what, whether it recurses), `what` being `column NAME` (its
    /// default or NOT NULL) or `trigger NAME` (its enabled state).
    pub passed_down: Vec<(Name, String, bool)>,
    /// The table an `ALTER TABLE` sets column storage or compression of: a partition or child
    /// created later copies them (with or without `ONLY`), so it is created after.
    pub copied_on_create: Option<Name>,
}

impl Facts {
    /// A statement that creates and names nothing (yet).
    pub fn new(role: Role) -> Facts {
        Facts {
            role,
            creates: Vec::new(),
            names: Vec::new(),
            foreign_keys: false,
            function: false,
            shell: false,
            precedes: Vec::new(),
            parents: Vec::new(),
            passed_down: Vec::new(),
            copied_on_create: None,
        }
    }
}

/// The facts of one statement's text; `None` when the parser rejects it (the server will say
/// why when it runs).
pub fn analyze(text: &str) -> Option<Facts> {
    let parsed = pg_query::parse(text, 0).ok()?;
    let stmt = parsed
        .protobuf
        .stmts
        .first()
        .and_then(|s| s.stmt.as_ref())
        .and_then(|s| s.node.as_ref())?;
    let mut f = Facts::new(Role::Object);
    classify(stmt, &mut f);
    if matches!(f.role, Role::Skip | Role::Setting) {
        return Some(f);
    }
    let tree = serde_json::to_value(&parsed.protobuf).ok()?;
    walk(&tree, &mut f.names);
    if let N::CreateFunctionStmt(c) = stmt {
        // A SQL body given as a string is checked at creation: what it names counts.
        if language(&c.options).as_deref() == Some("sql") {
            for body in string_body(&c.options) {
                if let Ok(p) = pg_query::parse(&body, 0) {
                    if let Ok(t) = serde_json::to_value(&p.protobuf) {
                        walk(&t, &mut f.names);
                    }
                }
            }
        }
    }
    // Schemas named by qualified names must exist first.
    let schemas: Vec<(Space, Name)> = f
        .names
        .iter()
        .chain(f.creates.iter())
        .filter_map(|(_, (s, _))| s.clone())
        .filter(|s| s != "pg_catalog" && s != "information_schema")
        .map(|s| (Space::Schema, (None, s)))
        .collect();
    f.names.extend(schemas);
    // What it creates is not a reference.
    let created = f.creates.clone();
    f.names.retain(|(space, n)| {
        !created
            .iter()
            .any(|(cs, cn)| cn.1 == n.1 && (cs == space || *space == Space::Any))
    });
    f.names.sort();
    f.names.dedup();
    Some(f)
}

fn classify(stmt: &N, f: &mut Facts) {
    let mut create = |space: Space, name: Name| f.creates.push((space, name));
    match stmt {
        N::TransactionStmt(_) => f.role = Role::Skip,
        N::VariableSetStmt(_) => f.role = Role::Setting,
        N::SelectStmt(s) if is_set_config(s) => f.role = Role::Setting,
        N::AlterDefaultPrivilegesStmt(_) | N::CreateEventTrigStmt(_) => f.role = Role::Last,
        N::CreateExtensionStmt(e) => {
            f.role = Role::Extension;
            create(Space::Extension, (None, e.extname.clone()));
        }
        N::CreateSchemaStmt(s) => create(Space::Schema, (None, s.schemaname.clone())),
        N::CreateStmt(c) => {
            if let Some(r) = &c.relation {
                create(Space::Relation, range_var(r));
                create(Space::Type, range_var(r));
            }
            f.foreign_keys = has_foreign_keys(c);
            f.parents = c
                .inh_relations
                .iter()
                .filter_map(|n| match n.node.as_ref() {
                    Some(N::RangeVar(r)) => Some(range_var(r)),
                    _ => None,
                })
                .collect();
        }
        N::CreateForeignTableStmt(c) => {
            if let Some(r) = c.base_stmt.as_ref().and_then(|b| b.relation.as_ref()) {
                create(Space::Relation, range_var(r));
                create(Space::Type, range_var(r));
            }
        }
        N::ViewStmt(v) => {
            if let Some(r) = &v.view {
                create(Space::Relation, range_var(r));
                create(Space::Type, range_var(r));
            }
        }
        N::CreateTableAsStmt(c) => {
            if let Some(r) = c.into.as_ref().and_then(|i| i.rel.as_ref()) {
                create(Space::Relation, range_var(r));
                create(Space::Type, range_var(r));
            }
        }
        N::CreateSeqStmt(s) => {
            if let Some(r) = &s.sequence {
                create(Space::Relation, range_var(r));
            }
        }
        N::IndexStmt(i) if !i.idxname.is_empty() => {
            let schema = i.relation.as_ref().and_then(|r| range_var(r).0);
            create(Space::Relation, (schema, i.idxname.clone()));
        }
        N::CompositeTypeStmt(c) => {
            if let Some(r) = &c.typevar {
                create(Space::Type, range_var(r));
                create(Space::Relation, range_var(r));
            }
        }
        N::CreateEnumStmt(e) => create(Space::Type, dotted(&e.type_name)),
        N::CreateRangeStmt(r) => {
            create(Space::Type, dotted(&r.type_name));
            // Its constructor function has the type's name.
            create(Space::Function, dotted(&r.type_name));
        }
        N::CreateDomainStmt(d) => create(Space::Type, dotted(&d.domainname)),
        N::DefineStmt(d) => {
            let space = match d.kind() {
                ObjectType::ObjectType => Space::Type,
                ObjectType::ObjectAggregate => Space::Function,
                _ => Space::Other,
            };
            create(space, dotted(&d.defnames));
            f.shell = d.kind() == ObjectType::ObjectType && d.definition.is_empty();
            if d.kind() == ObjectType::ObjectOperator {
                f.precedes = linked_operators(&d.definition, &d.defnames);
            }
        }
        N::CreateFunctionStmt(c) => {
            create(Space::Function, dotted(&c.funcname));
            f.function = true;
        }
        N::AlterTableStmt(a) if adds_columns_only(a) => {
            // Adding columns completes a table: what reads them comes after.
            if let Some(r) = &a.relation {
                create(Space::Relation, range_var(r));
            }
        }
        N::AlterTableStmt(a) => {
            if let Some(r) = &a.relation {
                f.passed_down = passed_down(a, r);
                f.copied_on_create = sets_copied_settings(a).then(|| range_var(r));
            }
        }
        _ => {}
    }
    // What a statement names through object lists the walk cannot type.
    match stmt {
        N::CommentStmt(c) => object_names(c.objtype(), c.object.as_deref(), &mut f.names),
        N::SecLabelStmt(c) => object_names(c.objtype(), c.object.as_deref(), &mut f.names),
        N::AlterOwnerStmt(c) => object_names(c.object_type(), c.object.as_deref(), &mut f.names),
        N::GrantStmt(g) => {
            for o in &g.objects {
                object_names(g.objtype(), Some(o), &mut f.names);
            }
        }
        N::CreateTrigStmt(t) => f.names.push((Space::Function, dotted(&t.funcname))),
        // A type's I/O functions, an aggregate's state functions, an operator's function and
        // estimators: written like type names, they name functions.
        N::DefineStmt(d) => {
            for n in &d.definition {
                let Some(N::DefElem(e)) = n.node.as_ref() else {
                    continue;
                };
                if !FUNCTION_OPTIONS.contains(&e.defname.as_str()) {
                    continue;
                }
                let name = match e.arg.as_ref().and_then(|a| a.node.as_ref()) {
                    Some(N::List(l)) => dotted(&l.items),
                    Some(N::TypeName(t)) => dotted(&t.names),
                    _ => continue,
                };
                f.names.push((Space::Function, name));
            }
        }
        N::CreateOpClassStmt(c) => create(Space::OperatorClass, dotted(&c.opclassname)),
        N::AlterEnumStmt(e) => f.names.push((Space::Type, dotted(&e.type_name))),
        N::AlterDomainStmt(d) => f.names.push((Space::Type, dotted(&d.type_name))),
        N::AlterSeqStmt(s) => {
            for o in &s.options {
                if let Some(N::DefElem(d)) = o.node.as_ref() {
                    if d.defname == "owned_by" {
                        if let Some(N::List(l)) = d.arg.as_ref().and_then(|a| a.node.as_ref()) {
                            let parts = strings(&l.items);
                            if parts.len() >= 2 {
                                f.names
                                    .push((Space::Relation, qualify(&parts[..parts.len() - 1])));
                            }
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

/// `CREATE TYPE`, `CREATE AGGREGATE` and `CREATE OPERATOR` options whose value is a function.
const FUNCTION_OPTIONS: &[&str] = &[
    "input",
    "output",
    "receive",
    "send",
    "typmod_in",
    "typmod_out",
    "analyze",
    "subscript",
    "sfunc",
    "finalfunc",
    "combinefunc",
    "serialfunc",
    "deserialfunc",
    "msfunc",
    "minvfunc",
    "mfinalfunc",
    "function",
    "procedure",
    "restrict",
    "join",
];

/// The operators an operator definition names as its commutator or negator (not itself).
fn linked_operators(definition: &[protobuf::Node], own: &[protobuf::Node]) -> Vec<(Space, Name)> {
    let own = dotted(own);
    definition
        .iter()
        .filter_map(|n| match n.node.as_ref() {
            Some(N::DefElem(d)) if matches!(d.defname.as_str(), "commutator" | "negator") => {
                match d.arg.as_ref().and_then(|a| a.node.as_ref()) {
                    Some(N::List(l)) => Some(dotted(&l.items)),
                    Some(N::TypeName(t)) => Some(dotted(&t.names)),
                    _ => None,
                }
            }
            _ => None,
        })
        .filter(|name| name.1 != own.1 || (name.0.is_some() && own.0.is_some() && name.0 != own.0))
        .map(|name| (Space::Other, name))
        .collect()
}

/// Names of `COMMENT ON` / `GRANT ON` / `ALTER ... OWNER` objects: a column's or a
/// constraint's table, a schema, an extension, or a name of any kind.
fn object_names(kind: ObjectType, object: Option<&protobuf::Node>, out: &mut Vec<(Space, Name)>) {
    use ObjectType as O;
    let Some(node) = object.and_then(|o| o.node.as_ref()) else {
        return;
    };
    let parts = match node {
        N::List(l) => strings(&l.items),
        N::String(s) => vec![s.sval.clone()],
        N::TypeName(t) => strings(&t.names),
        // Functions (`ObjectWithArgs`) and relations (`RangeVar`) are found by the walk.
        _ => return,
    };
    if parts.is_empty() {
        return;
    }
    match kind {
        O::ObjectSchema => out.push((Space::Schema, (None, parts[parts.len() - 1].clone()))),
        O::ObjectExtension => out.push((Space::Extension, (None, parts[0].clone()))),
        O::ObjectColumn
        | O::ObjectTabconstraint
        | O::ObjectTrigger
        | O::ObjectPolicy
        | O::ObjectRule
            if parts.len() >= 2 =>
        {
            out.push((Space::Relation, qualify(&parts[..parts.len() - 1])))
        }
        O::ObjectTable
        | O::ObjectView
        | O::ObjectMatview
        | O::ObjectSequence
        | O::ObjectIndex
        | O::ObjectForeignTable => out.push((Space::Relation, qualify(&parts))),
        O::ObjectType | O::ObjectDomain => out.push((Space::Type, qualify(&parts))),
        O::ObjectDomconstraint => out.push((Space::Type, qualify(&parts))),
        _ => out.push((Space::Any, qualify(&parts))),
    }
}

/// Every relation, type and function a parse tree names.
fn walk(v: &Value, out: &mut Vec<(Space, Name)>) {
    match v {
        Value::Object(m) => {
            // Relations and type names appear both as nodes and as plain fields
            // (`CreateStmt.relation`, `ColumnDef.type_name`): recognised by their shape.
            if let Some(r) = is_range_var(m).then_some(v) {
                let field = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                let schema = Some(field("schemaname")).filter(|s| !s.is_empty());
                let name = field("relname");
                if !name.is_empty() {
                    out.push((Space::Relation, (schema, name)));
                }
            }
            if let Some(t) = is_type_name(m).then_some(v) {
                let parts = json_strings(t.get("names"));
                if t.get("pct_type").and_then(Value::as_bool) == Some(true) {
                    if parts.len() >= 2 {
                        out.push((Space::Relation, qualify(&parts[..parts.len() - 1])));
                    }
                } else if !parts.is_empty() {
                    out.push((Space::Type, qualify(&parts)));
                }
            }
            if let Some(c) = m.get("FuncCall") {
                let parts = json_strings(c.get("funcname"));
                if !parts.is_empty() {
                    let name = qualify(&parts);
                    // `nextval('seq')` names the sequence in a string.
                    if matches!(name.1.as_str(), "nextval" | "currval" | "setval") {
                        if let Some(arg) = c
                            .get("args")
                            .and_then(Value::as_array)
                            .and_then(|a| a.first())
                        {
                            if let Some(s) = const_string(arg) {
                                out.extend(object_literal(&s).map(|n| (Space::Relation, n)));
                            }
                        }
                    }
                    out.push((Space::Function, name));
                }
            }
            if let Some(o) = (m.contains_key("objname") && m.contains_key("objargs")).then_some(v) {
                let parts = json_strings(o.get("objname"));
                if !parts.is_empty() {
                    out.push((Space::Function, qualify(&parts)));
                }
            }
            if let Some(e) = m.get("IndexElem") {
                let parts = json_strings(e.get("opclass"));
                if !parts.is_empty() {
                    out.push((Space::OperatorClass, qualify(&parts)));
                }
            }
            if let Some(c) = m.get("TypeCast") {
                // `'name'::regclass` and friends name an object in a string.
                let ty = json_strings(c.get("type_name").and_then(|t| t.get("names")));
                let space = match ty.last().map(String::as_str) {
                    Some("regclass") => Some(Space::Relation),
                    Some("regtype") => Some(Space::Type),
                    Some("regproc" | "regprocedure") => Some(Space::Function),
                    _ => None,
                };
                if let (Some(space), Some(s)) = (space, c.get("arg").and_then(const_string)) {
                    out.extend(object_literal(&s).map(|n| (space, n)));
                }
            }
            m.values().for_each(|c| walk(c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| walk(c, out)),
        _ => {}
    }
}

fn is_range_var(m: &serde_json::Map<String, Value>) -> bool {
    m.contains_key("relname") && m.contains_key("inh")
}

fn is_type_name(m: &serde_json::Map<String, Value>) -> bool {
    m.contains_key("names") && m.contains_key("typemod") && m.contains_key("pct_type")
}

/// The text of a string constant node.
fn const_string(v: &Value) -> Option<String> {
    v.get("node")
        .unwrap_or(v)
        .get("AConst")?
        .get("val")?
        .get("Sval")?
        .get("sval")?
        .as_str()
        .map(str::to_string)
}

/// A name written in a string (`'public."Users"'`), folded as the server reads it.
fn object_literal(s: &str) -> Option<Name> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = s.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => loop {
                match chars.next()? {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        cur.push('"');
                    }
                    '"' => break,
                    other => cur.push(other),
                }
            },
            '.' => parts.push(std::mem::take(&mut cur)),
            '(' => break,
            other => cur.extend(other.to_lowercase()),
        }
    }
    parts.push(cur);
    if parts.iter().any(String::is_empty) {
        return None;
    }
    Some(qualify(&parts))
}

/// The last two parts of a dotted name as (schema, name).
fn qualify(parts: &[String]) -> Name {
    match parts {
        [] => (None, String::new()),
        [name] => (None, name.clone()),
        [.., schema, name] => (Some(schema.clone()), name.clone()),
    }
}

fn range_var(r: &protobuf::RangeVar) -> Name {
    (
        Some(r.schemaname.clone()).filter(|s| !s.is_empty()),
        r.relname.clone(),
    )
}

fn strings(nodes: &[protobuf::Node]) -> Vec<String> {
    nodes
        .iter()
        .filter_map(|n| match n.node.as_ref() {
            Some(N::String(s)) => Some(s.sval.clone()),
            _ => None,
        })
        .collect()
}

fn dotted(nodes: &[protobuf::Node]) -> Name {
    qualify(&strings(nodes))
}

fn json_strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|n| {
                    n.get("node")
                        .unwrap_or(n)
                        .get("String")?
                        .get("sval")?
                        .as_str()
                        .map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default()
}

fn is_set_config(s: &protobuf::SelectStmt) -> bool {
    s.from_clause.is_empty()
        && s.target_list.len() == 1
        && s.target_list.iter().all(|t| match t.node.as_ref() {
            Some(N::ResTarget(r)) => match r.val.as_ref().and_then(|v| v.node.as_ref()) {
                Some(N::FuncCall(c)) => {
                    strings(&c.funcname).last().map(String::as_str) == Some("set_config")
                }
                _ => false,
            },
            _ => false,
        })
}

fn adds_columns_only(a: &protobuf::AlterTableStmt) -> bool {
    !a.cmds.is_empty()
        && a.cmds.iter().all(|c| match c.node.as_ref() {
            Some(N::AlterTableCmd(cmd)) => {
                cmd.subtype() == protobuf::AlterTableType::AtAddColumn
                    && match cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                        Some(N::ColumnDef(col)) => !col.constraints.iter().any(is_foreign_key),
                        _ => true,
                    }
            }
            _ => false,
        })
}

/// What an `ALTER TABLE` on `r` sets that partitions and children may hold their own of: a
/// column's default or NOT NULL, a trigger's enabled state.
fn passed_down(a: &protobuf::AlterTableStmt, r: &protobuf::RangeVar) -> Vec<(Name, String, bool)> {
    use protobuf::AlterTableType as T;
    a.cmds
        .iter()
        .filter_map(|c| match c.node.as_ref() {
            Some(N::AlterTableCmd(cmd)) => {
                let what = match cmd.subtype() {
                    T::AtColumnDefault | T::AtSetNotNull | T::AtDropNotNull => "column",
                    T::AtEnableTrig
                    | T::AtEnableAlwaysTrig
                    | T::AtEnableReplicaTrig
                    | T::AtDisableTrig => "trigger",
                    _ => return None,
                };
                Some((range_var(r), format!("{what} {}", cmd.name), r.inh))
            }
            _ => None,
        })
        .collect()
}

/// Whether an `ALTER TABLE` sets a column's storage or compression, which `CREATE TABLE ...
/// PARTITION OF` and `INHERITS` copy from the parent's columns.
fn sets_copied_settings(a: &protobuf::AlterTableStmt) -> bool {
    use protobuf::AlterTableType as T;
    a.cmds.iter().any(|c| {
        matches!(c.node.as_ref(), Some(N::AlterTableCmd(cmd))
            if matches!(cmd.subtype(), T::AtSetStorage | T::AtSetCompression))
    })
}

pub(super) fn is_foreign_key(n: &protobuf::Node) -> bool {
    matches!(n.node.as_ref(), Some(N::Constraint(c)) if c.contype() == protobuf::ConstrType::ConstrForeign)
}

fn has_foreign_keys(c: &protobuf::CreateStmt) -> bool {
    c.table_elts.iter().any(|e| match e.node.as_ref() {
        Some(N::ColumnDef(col)) => col.constraints.iter().any(is_foreign_key),
        _ => is_foreign_key(e),
    })
}

fn language(options: &[protobuf::Node]) -> Option<String> {
    options.iter().find_map(|o| match o.node.as_ref() {
        Some(N::DefElem(d)) if d.defname == "language" => {
            match d.arg.as_ref().and_then(|a| a.node.as_ref()) {
                Some(N::String(s)) => Some(s.sval.to_lowercase()),
                _ => None,
            }
        }
        _ => None,
    })
}

fn string_body(options: &[protobuf::Node]) -> Vec<String> {
    options
        .iter()
        .filter_map(|o| match o.node.as_ref() {
            Some(N::DefElem(d)) if d.defname == "as" => {
                match d.arg.as_ref().and_then(|a| a.node.as_ref()) {
                    Some(N::List(l)) => strings(&l.items).into_iter().next(),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sql: &str) -> Vec<(Space, Name)> {
        analyze(sql).unwrap().names
    }

    fn n(schema: Option<&str>, name: &str) -> Name {
        (schema.map(str::to_string), name.to_string())
    }

    #[test]
    fn tables_create_relations_and_name_what_they_use() {
        let f = analyze(
            "create table app.orders (id int default nextval('app.\"Seq\"'::regclass), \
             status app.status, user_id int references users(id), total numeric default app.calc())",
        )
        .unwrap();
        assert_eq!(f.role, Role::Object);
        assert!(f.foreign_keys);
        assert!(f
            .creates
            .contains(&(Space::Relation, n(Some("app"), "orders"))));
        for want in [
            (Space::Relation, n(Some("app"), "Seq")),
            (Space::Type, n(Some("app"), "status")),
            (Space::Relation, n(None, "users")),
            (Space::Function, n(Some("app"), "calc")),
            (Space::Schema, n(None, "app")),
        ] {
            assert!(f.names.contains(&want), "{want:?} in {:?}", f.names);
        }
        assert!(!f
            .names
            .contains(&(Space::Relation, n(Some("app"), "orders"))));
    }

    #[test]
    fn indexes_name_the_operator_classes_they_use() {
        let f = analyze("create operator class app.pair_ops default for type app.pair using btree as operator 1 <").unwrap();
        assert!(f
            .creates
            .contains(&(Space::OperatorClass, n(Some("app"), "pair_ops"))));
        assert!(names("create index i on app.t (a, b app.pair_ops)")
            .contains(&(Space::OperatorClass, n(Some("app"), "pair_ops"))));
    }

    #[test]
    fn views_triggers_comments_and_grants_name_their_objects() {
        assert!(
            names("create view v as select * from t join s.u using (id)")
                .contains(&(Space::Relation, n(Some("s"), "u")))
        );
        assert!(
            names("create trigger tr before insert on t for each row execute function f()")
                .contains(&(Space::Function, n(None, "f")))
        );
        assert!(
            names("comment on column s.t.c is 'x'").contains(&(Space::Relation, n(Some("s"), "t")))
        );
        assert!(
            names("grant usage on schema app to anon").contains(&(Space::Schema, n(None, "app")))
        );
        assert!(names("grant execute on function app.f(int) to anon")
            .contains(&(Space::Function, n(Some("app"), "f"))));
        assert!(names("alter sequence s owned by app.t.id")
            .contains(&(Space::Relation, n(Some("app"), "t"))));
        assert!(
            names("create function f() returns int language sql as 'select count(*) from t'")
                .contains(&(Space::Relation, n(None, "t")))
        );
    }

    #[test]
    fn settings_extensions_and_late_statements_have_their_roles() {
        assert_eq!(
            analyze("set search_path = app").unwrap().role,
            Role::Setting
        );
        assert_eq!(
            analyze("select pg_catalog.set_config('search_path', '', false)")
                .unwrap()
                .role,
            Role::Setting
        );
        assert_eq!(
            analyze("create extension if not exists citext")
                .unwrap()
                .role,
            Role::Extension
        );
        assert_eq!(
            analyze("alter default privileges grant select on tables to anon")
                .unwrap()
                .role,
            Role::Last
        );
        assert_eq!(analyze("begin").unwrap().role, Role::Skip);
        assert!(analyze("create tabel x").is_none());
    }
}
