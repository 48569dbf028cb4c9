//! Small readers over `pg_query` parse trees shared by the lint rules.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{
    AlterTableCmd, AlterTableStmt, AlterTableType, ColumnDef, ConstrType, Constraint, CreateStmt,
    DropStmt, Node, ObjectType, RangeVar, Token, TypeName,
};

/// `schema.name` of a relation as written, `public` when unqualified, lower-cased the way
/// PostgreSQL folds names the parser already folded (quoted names keep their case).
pub fn table_key(rel: &RangeVar) -> String {
    let schema = if rel.schemaname.is_empty() {
        "public"
    } else {
        &rel.schemaname
    };
    format!("{schema}.{}", rel.relname)
}

/// A relation's name for messages: `name` or `schema.name`, as written.
pub fn table_display(rel: &RangeVar) -> String {
    if rel.schemaname.is_empty() {
        rel.relname.clone()
    } else {
        format!("{}.{}", rel.schemaname, rel.relname)
    }
}

/// The node inside a `Node` wrapper.
pub fn inner(node: &Node) -> Option<&N> {
    node.node.as_ref()
}

/// The text of a `String` node.
pub fn string_value(node: &Node) -> Option<&str> {
    match inner(node)? {
        N::String(s) => Some(&s.sval),
        _ => None,
    }
}

/// The language (lower case) and the body (`AS '...'`) among the options of a `DO` block or a
/// `CREATE FUNCTION`.
pub fn language_and_body(options: &[Node]) -> (Option<String>, Option<String>) {
    let mut language = None;
    let mut body = None;
    for o in options {
        let Some(N::DefElem(e)) = o.node.as_ref() else {
            continue;
        };
        match e.defname.as_str() {
            "language" => {
                language = e
                    .arg
                    .as_deref()
                    .and_then(string_value)
                    .map(str::to_ascii_lowercase)
            }
            "as" => {
                body = match e.arg.as_deref().and_then(inner) {
                    Some(N::String(s)) => Some(s.sval.clone()),
                    // `AS 'obj_file', 'link_symbol'` (C functions) or a one-item list.
                    Some(N::List(l)) if l.items.len() == 1 => {
                        l.items.first().and_then(string_value).map(str::to_string)
                    }
                    _ => None,
                }
            }
            _ => {}
        }
    }
    (language, body)
}

/// A PL/pgSQL `DO` body as the `CREATE FUNCTION` the PL/pgSQL parser reads; `None` when the
/// body holds the wrapper's own quote.
pub fn do_body_as_function(body: &str) -> Option<String> {
    (!body.contains("$pgshift_do$")).then(|| {
        format!(
            "CREATE FUNCTION pgshift_do() RETURNS void LANGUAGE plpgsql AS $pgshift_do${body}$pgshift_do$"
        )
    })
}

/// The text of a string constant (`'abc'`), if the node is one.
pub fn string_constant(node: &Node) -> Option<&str> {
    use pg_query::protobuf::a_const::Val;
    match inner(node)? {
        N::AConst(c) => match c.val.as_ref()? {
            Val::Sval(s) => Some(&s.sval),
            _ => None,
        },
        _ => None,
    }
}

/// A dotted list of `String` nodes (`{public, users}`) joined with dots.
pub fn dotted(nodes: &[Node]) -> String {
    nodes
        .iter()
        .filter_map(string_value)
        .collect::<Vec<_>>()
        .join(".")
}

/// The type's last name, lower-case (`pg_catalog.int4` gives `int4`, `varchar(10)` gives
/// `varchar`).
pub fn type_base(t: &TypeName) -> String {
    t.names
        .last()
        .and_then(string_value)
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// True when the type has explicit modifiers (`varchar(10)`, `numeric(10,2)`).
pub fn type_has_modifiers(t: &TypeName) -> bool {
    !t.typmods.is_empty()
}

/// The statement as an `ALTER TABLE` on a table (not an index, view or sequence).
pub fn alter_table(node: &N) -> Option<(&AlterTableStmt, &RangeVar)> {
    match node {
        N::AlterTableStmt(a) if a.objtype() == ObjectType::ObjectTable => {
            Some((a, a.relation.as_ref()?))
        }
        _ => None,
    }
}

/// The statement as an `ALTER` of a relation of one of `kinds` (`ALTER FOREIGN TABLE` is
/// [`ObjectType::ObjectForeignTable`], `ALTER TYPE` of a composite type [`ObjectType::ObjectType`]).
pub fn alter_relation<'a>(
    node: &'a N,
    kinds: &[ObjectType],
) -> Option<(&'a AlterTableStmt, &'a RangeVar)> {
    match node {
        N::AlterTableStmt(a) if kinds.contains(&a.objtype()) => Some((a, a.relation.as_ref()?)),
        _ => None,
    }
}

/// The commands of an `ALTER TABLE`.
pub fn alter_cmds(a: &AlterTableStmt) -> impl Iterator<Item = &AlterTableCmd> {
    a.cmds.iter().filter_map(|c| match inner(c) {
        Some(N::AlterTableCmd(cmd)) => Some(&**cmd),
        _ => None,
    })
}

/// Each `ALTER TABLE ... <cmd>` of the given subtype, with its table.
pub fn alter_cmds_of(node: &N, subtype: AlterTableType) -> Vec<(&RangeVar, &AlterTableCmd)> {
    match alter_table(node) {
        Some((a, rel)) => alter_cmds(a)
            .filter(|c| c.subtype() == subtype)
            .map(|c| (rel, c))
            .collect(),
        None => vec![],
    }
}

/// The column definition an `ADD COLUMN` carries.
pub fn column_def(cmd: &AlterTableCmd) -> Option<&ColumnDef> {
    match cmd.def.as_deref().and_then(inner) {
        Some(N::ColumnDef(c)) => Some(c),
        _ => None,
    }
}

/// The constraint an `ADD CONSTRAINT` carries.
pub fn constraint_def(cmd: &AlterTableCmd) -> Option<&Constraint> {
    match cmd.def.as_deref().and_then(inner) {
        Some(N::Constraint(c)) => Some(&**c),
        _ => None,
    }
}

/// The constraints written on a column (`NOT NULL`, `DEFAULT`, `PRIMARY KEY`, ...).
pub fn column_constraints(col: &ColumnDef) -> impl Iterator<Item = &Constraint> {
    col.constraints.iter().filter_map(|c| match inner(c) {
        Some(N::Constraint(c)) => Some(&**c),
        _ => None,
    })
}

/// True when the column carries a constraint of that type.
pub fn column_has(col: &ColumnDef, t: ConstrType) -> bool {
    column_constraints(col).any(|c| c.contype() == t)
}

/// The column's `DEFAULT` expression, if any.
pub fn column_default(col: &ColumnDef) -> Option<&Node> {
    column_constraints(col)
        .find(|c| c.contype() == ConstrType::ConstrDefault)
        .and_then(|c| c.raw_expr.as_deref())
        .or(col.raw_default.as_deref())
}

/// True when an expression is a constant (a literal, possibly cast): PostgreSQL 11+ adds a
/// column with such a default without rewriting the table.
pub fn is_constant(expr: &Node) -> bool {
    match inner(expr) {
        Some(N::AConst(_)) => true,
        Some(N::TypeCast(tc)) => tc.arg.as_deref().is_some_and(is_constant),
        _ => false,
    }
}

/// The key [`table_key`] gives a relation written as a dotted name (`users`, `app.users`), for
/// names that come as strings rather than `RangeVar`s (`DROP TABLE`).
pub fn name_key(dotted: &str) -> String {
    if dotted.contains('.') {
        dotted.to_string()
    } else {
        format!("public.{dotted}")
    }
}

/// The dotted names of the objects a `DROP` removes (`app.users`, `s`, `f` for a function).
pub fn drop_names(d: &DropStmt) -> Vec<String> {
    d.objects
        .iter()
        .filter_map(|o| match inner(o)? {
            N::List(l) => Some(dotted(&l.items)),
            N::String(s) => Some(s.sval.clone()),
            N::TypeName(t) => Some(dotted(&t.names)),
            N::ObjectWithArgs(f) => Some(dotted(&f.objname)),
            _ => None,
        })
        .collect()
}

/// A type for messages, with the SQL name of built-in types: `varchar(20)`, `numeric(10,2)`,
/// `integer[]`, `char(3)`. Other types keep their name as PostgreSQL resolves it (a quoted
/// `"SendStatus_new"` keeps its case; the parser has already folded unquoted names) and their
/// schema when one is written: `app.status`.
pub fn type_display(t: &TypeName) -> String {
    let written = t.names.last().and_then(string_value).unwrap_or("");
    let schema = match t.names.len() {
        0 | 1 => None,
        n => t.names.get(n - 2).and_then(string_value),
    };
    let builtin = match written {
        "int2" => Some("smallint"),
        "int4" => Some("integer"),
        "int8" => Some("bigint"),
        "bpchar" => Some("char"),
        "float4" => Some("real"),
        "float8" => Some("double precision"),
        "bool" => Some("boolean"),
        _ => None,
    };
    let mut out = match (schema, builtin) {
        (None | Some("pg_catalog"), Some(b)) => b.to_string(),
        (None | Some("pg_catalog"), None) => written.to_string(),
        (Some(s), _) => format!("{s}.{written}"),
    };
    let mods = type_modifiers(t);
    if !mods.is_empty() {
        out.push_str(&format!("({})", mods.join(",")));
    }
    for _ in &t.array_bounds {
        out.push_str("[]");
    }
    out
}

/// A type's modifiers as written: `["20"]` for `varchar(20)`, `["10", "2"]` for
/// `numeric(10,2)`.
pub fn type_modifiers(t: &TypeName) -> Vec<String> {
    use pg_query::protobuf::a_const::Val;
    t.typmods
        .iter()
        .map(|m| match inner(m) {
            Some(N::AConst(c)) => match &c.val {
                Some(Val::Ival(i)) => i.ival.to_string(),
                Some(Val::Sval(s)) => s.sval.clone(),
                _ => "?".to_string(),
            },
            _ => "?".to_string(),
        })
        .collect()
}

/// True for the `serial` pseudo-types, which create a sequence and a `nextval` default.
pub fn is_serial(t: &TypeName) -> bool {
    matches!(
        type_base(t).as_str(),
        "serial" | "serial4" | "bigserial" | "serial8" | "smallserial" | "serial2"
    )
}

/// The column definitions of a `CREATE TABLE`.
pub fn create_columns(c: &CreateStmt) -> impl Iterator<Item = &ColumnDef> {
    c.table_elts.iter().filter_map(|e| match inner(e) {
        Some(N::ColumnDef(col)) => Some(&**col),
        _ => None,
    })
}

/// The table constraints of a `CREATE TABLE` (not those written on a column).
pub fn create_constraints(c: &CreateStmt) -> impl Iterator<Item = &Constraint> {
    c.table_elts
        .iter()
        .chain(&c.constraints)
        .filter_map(|e| match inner(e) {
            Some(N::Constraint(con)) => Some(&**con),
            _ => None,
        })
}

/// Where a statement gives a column its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnSite {
    CreateTable,
    AddColumn,
    /// `ALTER COLUMN ... TYPE`.
    AlterType,
}

/// A column whose type a statement declares.
#[derive(Debug, Clone, Copy)]
pub struct DeclaredColumn<'a> {
    pub table: &'a RangeVar,
    pub name: &'a str,
    pub type_name: &'a TypeName,
    pub site: ColumnSite,
    /// `ALTER COLUMN ... TYPE ... USING expr`: the values are converted by an expression.
    pub using: bool,
}

/// Every column whose type the statement declares: columns of `CREATE TABLE`, `ADD COLUMN`,
/// and the new type of `ALTER COLUMN ... TYPE`.
pub fn declared_columns(node: &N) -> Vec<DeclaredColumn<'_>> {
    let mut out = Vec::new();
    match node {
        N::CreateStmt(c) => {
            if let Some(table) = &c.relation {
                for col in create_columns(c) {
                    if let Some(t) = &col.type_name {
                        out.push(DeclaredColumn {
                            table,
                            name: &col.colname,
                            type_name: t,
                            site: ColumnSite::CreateTable,
                            using: false,
                        });
                    }
                }
            }
        }
        _ => {
            if let Some((a, table)) = alter_table(node) {
                for cmd in alter_cmds(a) {
                    let site = match cmd.subtype() {
                        AlterTableType::AtAddColumn => ColumnSite::AddColumn,
                        AlterTableType::AtAlterColumnType => ColumnSite::AlterType,
                        _ => continue,
                    };
                    let Some(col) = column_def(cmd) else { continue };
                    let Some(t) = &col.type_name else { continue };
                    let name = if site == ColumnSite::AlterType {
                        &cmd.name
                    } else {
                        &col.colname
                    };
                    out.push(DeclaredColumn {
                        table,
                        name,
                        type_name: t,
                        site,
                        using: site == ColumnSite::AlterType && col.raw_default.is_some(),
                    });
                }
            }
        }
    }
    out
}

/// A constraint an `ALTER TABLE` adds, with the column it is written on when it comes with
/// `ADD COLUMN`.
#[derive(Debug, Clone, Copy)]
pub struct AddedConstraint<'a> {
    pub table: &'a RangeVar,
    pub constraint: &'a Constraint,
    pub column: Option<&'a ColumnDef>,
}

/// Constraints added to a table by `ADD CONSTRAINT` or written on an `ADD COLUMN`.
pub fn added_constraints(node: &N) -> Vec<AddedConstraint<'_>> {
    let Some((a, table)) = alter_table(node) else {
        return vec![];
    };
    let mut out = Vec::new();
    for cmd in alter_cmds(a) {
        match cmd.subtype() {
            AlterTableType::AtAddConstraint => {
                if let Some(constraint) = constraint_def(cmd) {
                    out.push(AddedConstraint {
                        table,
                        constraint,
                        column: None,
                    });
                }
            }
            AlterTableType::AtAddColumn => {
                if let Some(col) = column_def(cmd) {
                    for constraint in column_constraints(col) {
                        out.push(AddedConstraint {
                            table,
                            constraint,
                            column: Some(col),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Longest identifier PostgreSQL keeps (NAMEDATALEN - 1 bytes).
pub const MAX_IDENTIFIER_BYTES: usize = 63;

/// An identifier cut to [`MAX_IDENTIFIER_BYTES`] on a character boundary, the way PostgreSQL
/// truncates it.
pub fn truncate_identifier(name: &str) -> &str {
    if name.len() <= MAX_IDENTIFIER_BYTES {
        return name;
    }
    let mut end = MAX_IDENTIFIER_BYTES;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// The identifiers of a statement's text longer than PostgreSQL keeps, as the scanner reads them
/// (unquoted ones folded to lower case, quoted ones unescaped). The parse tree only holds their
/// truncated form, so rules use this to tell a truncated name from one written at the limit.
pub fn long_identifiers(sql: &str) -> Vec<String> {
    let Ok(scan) = pg_query::scan(sql) else {
        return vec![];
    };
    scan.tokens
        .iter()
        .filter(|t| t.token() == Token::Ident)
        .filter_map(|t| sql.get(t.start as usize..t.end as usize))
        .map(
            |raw| match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
                Some(quoted) => quoted.replace("\"\"", "\""),
                None => raw.to_ascii_lowercase(),
            },
        )
        .filter(|name| name.len() > MAX_IDENTIFIER_BYTES)
        .collect()
}

/// The values of the plain string literals (`'abc'`, `'it''s'`) of a statement's text, as the
/// SQL scanner reads them (escape strings and dollar-quoted bodies are left out).
pub fn string_literals(sql: &str) -> Vec<String> {
    let Ok(scan) = pg_query::scan(sql) else {
        return vec![];
    };
    scan.tokens
        .iter()
        .filter(|t| t.token() == Token::Sconst)
        .filter_map(|t| sql.get(t.start as usize..t.end as usize))
        .filter_map(|raw| raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
        .map(|inner| inner.replace("''", "'"))
        .collect()
}

/// The statement and the data-changing statements of its `WITH` clause (`WITH gone AS (DELETE
/// FROM t RETURNING id) SELECT ...`), recursively.
pub fn with_ctes(node: &N) -> Vec<&N> {
    let with = match node {
        N::SelectStmt(s) => s.with_clause.as_ref(),
        N::InsertStmt(s) => s.with_clause.as_ref(),
        N::UpdateStmt(s) => s.with_clause.as_ref(),
        N::DeleteStmt(s) => s.with_clause.as_ref(),
        N::MergeStmt(s) => s.with_clause.as_ref(),
        _ => None,
    };
    let mut out = vec![node];
    for cte in with.map(|w| w.ctes.as_slice()).unwrap_or(&[]) {
        if let Some(N::CommonTableExpr(c)) = inner(cte) {
            if let Some(q) = c.ctequery.as_deref().and_then(inner) {
                out.extend(with_ctes(q));
            }
        }
    }
    out
}

/// True when a relation is temporary (`CREATE TEMP TABLE`).
pub fn is_temporary(rel: &RangeVar) -> bool {
    rel.relpersistence == "t"
}

/// True when the statement changes the schema or takes a lock on a relation: every `CREATE`,
/// `ALTER`, `DROP`, `COMMENT`, `GRANT`, `LOCK`, `REINDEX`, `VACUUM`, `CLUSTER`, `REFRESH`,
/// `TRUNCATE` and rename. Data statements (SELECT, INSERT, UPDATE, DELETE, MERGE, COPY), session
/// settings and transaction control are not.
pub fn is_schema_statement(node: &N) -> bool {
    matches!(
        node,
        N::AlterTableStmt(_)
            | N::AlterDomainStmt(_)
            | N::AlterEnumStmt(_)
            | N::AlterSeqStmt(_)
            | N::AlterFunctionStmt(_)
            | N::AlterObjectSchemaStmt(_)
            | N::AlterOwnerStmt(_)
            | N::AlterTypeStmt(_)
            | N::AlterExtensionStmt(_)
            | N::AlterPolicyStmt(_)
            | N::AlterStatsStmt(_)
            | N::AlterTableMoveAllStmt(_)
            | N::AlterDefaultPrivilegesStmt(_)
            | N::RenameStmt(_)
            | N::CreateStmt(_)
            | N::CreateTableAsStmt(_)
            | N::CreateDomainStmt(_)
            | N::CreateEnumStmt(_)
            | N::CompositeTypeStmt(_)
            | N::CreateRangeStmt(_)
            | N::CreateSeqStmt(_)
            | N::CreateFunctionStmt(_)
            | N::CreateTrigStmt(_)
            | N::CreatePolicyStmt(_)
            | N::CreateSchemaStmt(_)
            | N::CreateExtensionStmt(_)
            | N::CreateStatsStmt(_)
            | N::CreateForeignTableStmt(_)
            | N::CreateEventTrigStmt(_)
            | N::CreatePublicationStmt(_)
            | N::AlterPublicationStmt(_)
            | N::DefineStmt(_)
            | N::IndexStmt(_)
            | N::ViewStmt(_)
            | N::RuleStmt(_)
            | N::DropStmt(_)
            | N::CommentStmt(_)
            | N::GrantStmt(_)
            | N::LockStmt(_)
            | N::ReindexStmt(_)
            | N::VacuumStmt(_)
            | N::ClusterStmt(_)
            | N::RefreshMatViewStmt(_)
            | N::TruncateStmt(_)
    )
}

#[cfg(test)]
pub(crate) fn parse_one(sql: &str) -> N {
    pg_query::parse(sql, 0)
        .unwrap()
        .protobuf
        .stmts
        .into_iter()
        .next()
        .and_then(|r| r.stmt)
        .and_then(|n| n.node)
        .unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_alter_table_add_column() {
        let n = parse_one("alter table app.\"Users\" add column age int not null default 0");
        let cmds = alter_cmds_of(&n, AlterTableType::AtAddColumn);
        assert_eq!(cmds.len(), 1);
        assert_eq!(table_key(cmds[0].0), "app.Users");
        let col = column_def(cmds[0].1).unwrap();
        assert_eq!(type_base(col.type_name.as_ref().unwrap()), "int4");
        assert!(column_has(col, ConstrType::ConstrNotnull));
        assert!(is_constant(column_default(col).unwrap()));
    }

    #[test]
    fn volatile_defaults() {
        let n = parse_one("alter table t add column id uuid default gen_random_uuid()");
        let cmds = alter_cmds_of(&n, AlterTableType::AtAddColumn);
        let col = column_def(cmds[0].1).unwrap();
        assert!(crate::lint::volatility::is_volatile(
            column_default(col).unwrap()
        ));
        assert!(!is_constant(column_default(col).unwrap()));
    }

    #[test]
    fn declared_columns_and_added_constraints() {
        let n = parse_one(
            "create table app.t (id bigserial primary key, name varchar(20)[], unique (name))",
        );
        let cols = declared_columns(&n);
        assert_eq!(cols.len(), 2);
        assert!(is_serial(cols[0].type_name));
        assert_eq!(type_display(cols[1].type_name), "varchar(20)[]");
        assert_eq!(cols[1].site, ColumnSite::CreateTable);
        let N::CreateStmt(c) = &n else { panic!() };
        assert_eq!(create_constraints(c).count(), 1);

        let n = parse_one(
            "alter table t add column a int references b, alter column c type numeric(10,2), add constraint k check (a > 0)",
        );
        let cols = declared_columns(&n);
        assert_eq!(cols.len(), 2);
        assert_eq!((cols[1].name, cols[1].site), ("c", ColumnSite::AlterType));
        assert_eq!(type_display(cols[1].type_name), "numeric(10,2)");
        assert_eq!(type_display(cols[0].type_name), "integer");

        let added = added_constraints(&n);
        assert_eq!(added.len(), 2);
        assert_eq!(added[0].constraint.contype(), ConstrType::ConstrForeign);
        assert_eq!(added[0].column.unwrap().colname, "a");
        assert!(added[1].column.is_none());

        // A quoted type keeps its case, a user type its schema.
        let n = parse_one(
            r#"alter table t alter column a type "Status_New" using a::text::"Status_New", alter column b type app."Mood"[], alter column c type Timestamptz(3)"#,
        );
        let cols = declared_columns(&n);
        let shown: Vec<String> = cols.iter().map(|c| type_display(c.type_name)).collect();
        assert_eq!(shown, ["Status_New", "app.Mood[]", "timestamptz(3)"]);
    }

    #[test]
    fn drop_names_and_keys() {
        let N::DropStmt(d) = parse_one("drop table a, app.b") else {
            panic!()
        };
        let names = drop_names(&d);
        assert_eq!(names, ["a", "app.b"]);
        assert_eq!(name_key(&names[0]), "public.a");
        assert_eq!(name_key(&names[1]), "app.b");
        let N::DropStmt(d) = parse_one("drop function f(int), s.g()") else {
            panic!()
        };
        assert_eq!(drop_names(&d), ["f", "s.g"]);
    }

    #[test]
    fn long_identifiers_are_found_in_the_text() {
        let long = "a".repeat(70);
        let sql = format!(
            "create table {} (\"{}\"\"x\" int, b int)",
            long.to_uppercase(),
            "é".repeat(40)
        );
        let found = long_identifiers(&sql);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0], long);
        assert_eq!(found[1], format!("{}\"x", "é".repeat(40)));
        // The parser keeps only the truncated form.
        let N::CreateStmt(c) = parse_one(&sql) else {
            panic!()
        };
        let rel = c.relation.as_ref().unwrap();
        assert_eq!(rel.relname, truncate_identifier(&found[0]));
        let col = create_columns(&c).next().unwrap();
        assert_eq!(col.colname, truncate_identifier(&found[1]));
        assert_eq!(truncate_identifier(&found[1]).len(), 62);
        assert!(long_identifiers("select 1").is_empty());
    }
}
