//! The exposure table for people (text) and programs (JSON). Pure.

use super::access::{Entry, Exposure, Object, Rows};
use crate::model::id::display_ident;

/// What an entry reaches, in a few words.
pub fn reach(e: &Entry) -> String {
    match (&e.rows, &e.object) {
        (Some(Rows::Every { reason }), _) => format!("every row ({reason})"),
        (
            Some(Rows::Policies {
                permissive,
                restrictive,
            }),
            _,
        ) => {
            let list = |l: &[String]| {
                l.iter()
                    .map(|n| display_ident(n))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut s = format!("rows policies allow: {}", list(permissive));
            if !restrictive.is_empty() {
                s.push_str(&format!("; restricted by {}", list(restrictive)));
            }
            s
        }
        (Some(Rows::AsInvoker), _) => {
            "its own rights on the tables it reads (security_invoker)".into()
        }
        (Some(Rows::AsOwner { owner }), _) => format!(
            "rows the tables' policies allow its owner {}",
            display_ident(owner)
        ),
        (Some(Rows::None { reason }), _) => format!("no row ({reason})"),
        (None, Object::Function { .. }) => format!(
            "runs as {} (SECURITY DEFINER)",
            display_ident(e.runs_as.as_deref().unwrap_or("?"))
        ),
        (None, Object::DefaultPrivileges { .. }) => "granted on each new object".into(),
        (None, _) => "-".into(),
    }
}

/// The table, one line per entry, columns aligned; a line for each role with nothing.
pub fn text(x: &Exposure) -> String {
    let header = ["ROLE", "PRIVILEGE", "OBJECT", "REACHES", "VIA"];
    let rows: Vec<[String; 5]> = x
        .entries
        .values()
        .map(|e| {
            [
                e.role.clone(),
                e.privilege.clone(),
                format!("{} {}", e.object.kind(), e.object.name()),
                reach(e),
                e.via.clone(),
            ]
        })
        .collect();
    let mut width = header.map(str::len);
    for r in &rows {
        for (i, cell) in r.iter().enumerate() {
            width[i] = width[i].max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 5]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i == 4 {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:<w$}  ", w = width[i]));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = String::new();
    if !rows.is_empty() {
        out.push_str(&line(header));
        for r in &rows {
            out.push_str(&line([&r[0], &r[1], &r[2], &r[3], &r[4]]));
        }
    }
    for role in &x.roles {
        if !x.entries.values().any(|e| &e.role == role) {
            out.push_str(&format!(
                "{}: no privilege on any table, view, column, SECURITY DEFINER function or sequence it can reach\n",
                display_ident(role)
            ));
        }
    }
    let open = x.entries.values().filter(|e| e.openness() == 2).count();
    out.push_str(&format!(
        "{} entr{} for {}; {open} reach data without row level security in the way\n",
        rows.len(),
        if rows.len() == 1 { "y" } else { "ies" },
        x.roles
            .iter()
            .map(|r| display_ident(r))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    out
}

/// The table as JSON: `{"roles": [...], "entries": [{role, object, privilege, via, rows,
/// runs_as, open}]}`; `open` is true where row level security does not stand in the way.
pub fn json(x: &Exposure) -> serde_json::Value {
    let entries: Vec<serde_json::Value> = x
        .entries
        .values()
        .map(|e| {
            let mut v = serde_json::to_value(e).unwrap_or_default();
            if let Some(m) = v.as_object_mut() {
                m.insert("open".into(), serde_json::Value::Bool(e.openness() == 2));
            }
            v
        })
        .collect();
    serde_json::json!({ "roles": x.roles, "entries": entries })
}
