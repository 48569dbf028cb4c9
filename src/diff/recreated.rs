//! Kinds recreated (dropped and created) on any change beyond comment, privileges and owner,
//! which are altered in place: range types, aggregates, collations, event triggers and
//! publications (the ones not altered in place by their own file).

use std::collections::BTreeMap;

use super::{keyed, same_owner, Change, Out};
use crate::model::*;

/// Objects recreated (drop and create) on any change beyond comment, privileges and owner,
/// which are altered in place.
pub(super) trait Recreated: PartialEq + Clone {
    fn id(&self) -> ObjectId;
    fn comment(&self) -> Option<&String>;
    fn privileges(&self) -> &[Grant] {
        &[]
    }
    /// The owner, for kinds with privileges (its own entries are read as grant options it holds
    /// on itself, see [`Out::grants`]).
    fn owner(&self) -> &str {
        ""
    }
    /// The object with comment, privileges and owner cleared.
    fn core(&self) -> Self;
}

impl Recreated for RangeType {
    fn owner(&self) -> &str {
        &self.owner
    }
    fn id(&self) -> ObjectId {
        ObjectId::Type {
            name: self.name.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn privileges(&self) -> &[Grant] {
        &self.privileges
    }
    fn core(&self) -> Self {
        RangeType {
            owner: String::new(),
            comment: None,
            privileges: Vec::new(),
            ..self.clone()
        }
    }
}

impl Recreated for Aggregate {
    fn owner(&self) -> &str {
        &self.owner
    }
    fn id(&self) -> ObjectId {
        ObjectId::Aggregate {
            id: self.id.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn privileges(&self) -> &[Grant] {
        &self.privileges
    }
    fn core(&self) -> Self {
        Aggregate {
            owner: String::new(),
            comment: None,
            privileges: Vec::new(),
            ..self.clone()
        }
    }
}

impl Recreated for Collation {
    fn id(&self) -> ObjectId {
        ObjectId::Collation {
            name: self.name.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn core(&self) -> Self {
        Collation {
            owner: String::new(),
            comment: None,
            ..self.clone()
        }
    }
}

impl Recreated for EventTrigger {
    fn id(&self) -> ObjectId {
        ObjectId::EventTrigger {
            name: self.name.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn core(&self) -> Self {
        EventTrigger {
            owner: String::new(),
            comment: None,
            ..self.clone()
        }
    }
}

impl Recreated for Publication {
    fn id(&self) -> ObjectId {
        ObjectId::Publication {
            name: self.name.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn core(&self) -> Self {
        Publication {
            owner: String::new(),
            comment: None,
            ..self.clone()
        }
    }
}

pub(super) fn diff_recreated<K: Ord, V: Recreated>(
    out: &mut Out,
    from: &BTreeMap<K, V>,
    to: &BTreeMap<K, V>,
    drop: fn(V) -> Change,
    create: fn(V) -> Change,
) {
    let (removed, added, both) = keyed(from, to);
    for v in removed {
        out.push(drop(v.clone()));
    }
    for v in added {
        out.push(create(v.clone()));
        out.decorate_new(v.id(), v.comment(), v.privileges());
    }
    for (a, b) in both {
        if a.core() != b.core() {
            out.push(drop(a.clone()));
            out.push(create(b.clone()));
            out.decorate_new(b.id(), b.comment(), b.privileges());
        } else {
            out.comment(b.id(), a.comment(), b.comment());
            out.grants(
                b.id(),
                a.privileges(),
                b.privileges(),
                same_owner(a.owner(), b.owner()),
            );
        }
    }
}
