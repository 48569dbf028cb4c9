//! A new attribute changes the shape of every value of a composite type: clients that read rows of
//! it positionally, or map it to a fixed record, see an extra field. Fires on `ALTER TYPE t ADD
//! ATTRIBUTE a type` of composite types not created earlier in the file. An `info` note (on by
//! default). Not caught: composite types changed through the table they belong to (`ALTER TABLE ...
//! ADD COLUMN` changes the table's row type; that is `ban-add-column`'s).

use pg_query::protobuf::{AlterTableType, ObjectType};

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-add-composite-attribute",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Info,
        summary: "ALTER TYPE ... ADD ATTRIBUTE changes the shape of values clients receive",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        let Some((a, rel)) = ast::alter_relation(node, &[ObjectType::ObjectType]) else {
            continue;
        };
        let key = ast::table_key(rel);
        if objects::created_before(file, s, ObjectType::ObjectType, &key) {
            continue;
        }
        for c in ast::alter_cmds(a).filter(|c| c.subtype() == AlterTableType::AtAddColumn) {
            let name = ast::column_def(c).map(|d| d.colname.clone()).unwrap_or_default();
            out.push(Violation::new(
                s,
                format!("adding attribute `{name}` to type `{}` changes the shape of the values clients receive", ast::table_display(rel)),
                "make sure clients that read the type accept the extra field",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_new_attributes() {
        lint_count("ban-add-composite-attribute", "alter type address add attribute street text;", 1);
        lint_count(
            "ban-add-composite-attribute",
            "alter type app.pair add attribute a int, add attribute b int;",
            2,
        );
    }

    #[test]
    fn allows_new_types_and_drops() {
        lint_ok(
            "ban-add-composite-attribute",
            "create type address as (city text); alter type address add attribute street text;",
        );
        lint_ok("ban-add-composite-attribute", "alter type address drop attribute street;");
    }
}
