//! The persistence of identity sequences: `LOGGED` or `UNLOGGED` apart from their table's.
//! Pure.
//!
//! PostgreSQL 15+ makes an identity's sequence with its table's persistence and switches it
//! with the table (`ALTER TABLE ... SET LOGGED/UNLOGGED` takes the sequences it owns along), but
//! `ALTER SEQUENCE ... SET LOGGED/UNLOGGED` can set it apart (pg_dump writes it back). The
//! sequence as the plan leaves it is worked out from that, and set to the target's persistence
//! when they differ; `plan::table_edges` orders the step after the one that makes the sequence
//! and after its table's switch.

use super::{identity_sequences_created, Change, Out};
use crate::model::*;
use std::collections::BTreeSet;

pub(super) fn identity_persistence(out: &mut Out, from: &Schema, to: &Schema) {
    let created: BTreeSet<QualifiedName> = out
        .changes
        .iter()
        .flat_map(identity_sequences_created)
        .collect();
    // Before PostgreSQL 15 a table's switch leaves its sequences as they are.
    let switches_sequences = from.server_version == 0 || from.server_version >= 150_000;
    let mut steps = Vec::new();
    for b in to.tables.values() {
        for y in b.columns.iter().filter_map(|c| c.identity.as_deref()) {
            let before = if created.contains(&y.sequence) {
                // Made by the plan with its table's persistence (the table's switch, if it
                // comes after, takes it along).
                b.unlogged
            } else {
                let Some((a, x)) = from.identity_sequence(&y.sequence) else {
                    continue;
                };
                if switches_sequences && a.name == b.name && a.unlogged != b.unlogged {
                    b.unlogged
                } else {
                    x.unlogged
                }
            };
            if before != y.unlogged {
                steps.push(Change::SetSequenceLogged {
                    name: y.sequence.clone(),
                    logged: !y.unlogged,
                });
            }
        }
    }
    for s in steps {
        out.push(s);
    }
}
