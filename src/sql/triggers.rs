//! Table triggers and event triggers: CREATE, DROP and their enabled state.

use super::writer::{ident, literal, qualified};
use crate::model::*;

pub(super) fn create_event_trigger(e: &EventTrigger) -> String {
    let tags = if e.tags.is_empty() {
        String::new()
    } else {
        format!(
            " WHEN TAG IN ({})",
            e.tags
                .iter()
                .map(|t| literal(t))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let mut s = format!(
        "CREATE EVENT TRIGGER {} ON {}{tags} EXECUTE FUNCTION {}()",
        ident(&e.name),
        ident(&e.event),
        qualified(&e.function.name)
    );
    if e.enabled != "O" {
        s.push_str(";\n");
        s.push_str(&set_event_trigger_enabled(&e.name, &e.enabled));
    }
    s
}

/// `ALTER EVENT TRIGGER name ENABLE / DISABLE / ENABLE REPLICA / ENABLE ALWAYS`.
pub(super) fn set_event_trigger_enabled(name: &str, enabled: &str) -> String {
    let state = match enabled {
        "D" => "DISABLE",
        "R" => "ENABLE REPLICA",
        "A" => "ENABLE ALWAYS",
        _ => "ENABLE",
    };
    format!("ALTER EVENT TRIGGER {} {state}", ident(name))
}

pub(super) fn drop_event_trigger(e: &EventTrigger, if_exists: &str) -> String {
    format!("DROP EVENT TRIGGER {if_exists}{}", ident(&e.name))
}

pub(super) fn create_trigger(t: &Trigger) -> String {
    t.definition.clone()
}

pub(super) fn drop_trigger(t: &Trigger, if_exists: &str) -> String {
    format!(
        "DROP TRIGGER {if_exists}{} ON {}",
        ident(&t.name),
        qualified(&t.table)
    )
}

pub(super) fn set_trigger_enabled(table: &QualifiedName, name: &str, enabled: &str) -> String {
    format!(
        "ALTER TABLE {} {} TRIGGER {}",
        qualified(table),
        match enabled {
            "D" => "DISABLE",
            "R" => "ENABLE REPLICA",
            "A" => "ENABLE ALWAYS",
            _ => "ENABLE",
        },
        ident(name)
    )
}
