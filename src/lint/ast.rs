//! Small readers over `pg_query` parse trees shared by the lint rules.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{
    AlterTableCmd, AlterTableStmt, AlterTableType, ColumnDef, ConstrType, Constraint, Node,
    ObjectType, RangeVar, TypeName,
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

/// Volatile functions commonly used in defaults that force a table rewrite when a column is
/// added with them (`now()` is stable and does not).
pub fn is_volatile_call(expr: &Node) -> bool {
    match inner(expr) {
        Some(N::FuncCall(f)) => {
            let name = f
                .funcname
                .last()
                .and_then(string_value)
                .unwrap_or("")
                .to_ascii_lowercase();
            matches!(
                name.as_str(),
                "random"
                    | "gen_random_uuid"
                    | "uuid_generate_v4"
                    | "uuid_generate_v1"
                    | "uuid_generate_v1mc"
                    | "clock_timestamp"
                    | "timeofday"
                    | "nextval"
                    | "txid_current"
                    | "setseed"
            ) || f.args.iter().any(is_volatile_call)
        }
        Some(N::TypeCast(tc)) => tc.arg.as_deref().is_some_and(is_volatile_call),
        _ => false,
    }
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
        assert!(is_volatile_call(column_default(col).unwrap()));
        assert!(!is_constant(column_default(col).unwrap()));
    }
}
