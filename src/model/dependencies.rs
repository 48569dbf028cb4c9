//! The model's dependency edges (`dependent -> referenced`), stored compactly: each object
//! named by an edge is held once, in sorted order, and an edge is a pair of positions. A model
//! of 10,000 tables has about 150,000 edges naming some 50,000 objects; as a set of id pairs
//! every edge held two ids and their names (about 300 bytes), as positions it holds 8.
//!
//! Positions follow the ids' order, so the edges iterate in exactly the order a sorted set of
//! id pairs would (`dependent`, then `referenced`), and two models with the same edges are
//! equal field by field. The model's JSON is the list of id pairs, as before.

use std::collections::HashSet;

use indexmap::IndexSet;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ObjectId;

/// A set of dependency edges between objects (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dependencies {
    /// Every object an edge names, sorted, each once.
    ids: Vec<ObjectId>,
    /// `(dependent, referenced)` positions in `ids`, sorted, each once.
    edges: Vec<(u32, u32)>,
}

impl Dependencies {
    /// The edges in order: by dependent, then by referenced object.
    pub fn iter(&self) -> impl Iterator<Item = (&ObjectId, &ObjectId)> + '_ {
        self.edges
            .iter()
            .map(|&(a, b)| (&self.ids[a as usize], &self.ids[b as usize]))
    }

    /// The objects `dependent` depends on, in order (its edges are one sorted run).
    pub fn of<'a>(&'a self, dependent: &ObjectId) -> impl Iterator<Item = &'a ObjectId> + 'a {
        let run = match self.position(dependent) {
            Some(a) => {
                let start = self.edges.partition_point(|&(d, _)| d < a);
                let end = self.edges.partition_point(|&(d, _)| d <= a);
                &self.edges[start..end]
            }
            None => &[][..],
        };
        run.iter().map(|&(_, b)| &self.ids[b as usize])
    }

    /// Whether `dependent` depends on `referenced`.
    pub fn contains(&self, dependent: &ObjectId, referenced: &ObjectId) -> bool {
        match (self.position(dependent), self.position(referenced)) {
            (Some(a), Some(b)) => self.edges.binary_search(&(a, b)).is_ok(),
            _ => false,
        }
    }

    pub fn len(&self) -> usize {
        self.edges.len()
    }

    pub fn is_empty(&self) -> bool {
        self.edges.is_empty()
    }

    fn position(&self, id: &ObjectId) -> Option<u32> {
        self.ids.binary_search(id).ok().map(|p| p as u32)
    }
}

/// Edges gathered one by one (the catalog's build adds, and a few rules move, edges), each
/// object held once; [`DependencyBuilder::build`] sorts them into [`Dependencies`].
#[derive(Debug, Default)]
pub struct DependencyBuilder {
    ids: IndexSet<ObjectId>,
    edges: HashSet<(u32, u32)>,
}

impl DependencyBuilder {
    pub fn insert(&mut self, dependent: ObjectId, referenced: ObjectId) {
        let a = self.ids.insert_full(dependent).0 as u32;
        let b = self.ids.insert_full(referenced).0 as u32;
        self.edges.insert((a, b));
    }

    /// Removes the edge; whether it was there.
    pub fn remove(&mut self, dependent: &ObjectId, referenced: &ObjectId) -> bool {
        match (
            self.ids.get_index_of(dependent),
            self.ids.get_index_of(referenced),
        ) {
            (Some(a), Some(b)) => self.edges.remove(&(a as u32, b as u32)),
            _ => false,
        }
    }

    pub fn build(self) -> Dependencies {
        let DependencyBuilder { ids, edges } = self;
        // Only the objects that some edge still names, in sorted order.
        let mut used = vec![false; ids.len()];
        for &(a, b) in &edges {
            used[a as usize] = true;
            used[b as usize] = true;
        }
        let mut order: Vec<u32> = (0..ids.len() as u32)
            .filter(|&i| used[i as usize])
            .collect();
        order.sort_unstable_by(|&x, &y| ids[x as usize].cmp(&ids[y as usize]));
        let mut new_position = vec![u32::MAX; ids.len()];
        for (p, &old) in order.iter().enumerate() {
            new_position[old as usize] = p as u32;
        }
        let mut edges: Vec<(u32, u32)> = edges
            .into_iter()
            .map(|(a, b)| (new_position[a as usize], new_position[b as usize]))
            .collect();
        edges.sort_unstable();
        let mut slots: Vec<Option<ObjectId>> = ids.into_iter().map(Some).collect();
        let ids = order
            .iter()
            .map(|&old| slots[old as usize].take().expect("each id moved once"))
            .collect();
        Dependencies { ids, edges }
    }
}

impl FromIterator<(ObjectId, ObjectId)> for Dependencies {
    fn from_iter<I: IntoIterator<Item = (ObjectId, ObjectId)>>(iter: I) -> Self {
        let mut b = DependencyBuilder::default();
        for (x, y) in iter {
            b.insert(x, y);
        }
        b.build()
    }
}

impl<'a> IntoIterator for &'a Dependencies {
    type Item = (&'a ObjectId, &'a ObjectId);
    type IntoIter = Box<dyn Iterator<Item = (&'a ObjectId, &'a ObjectId)> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl Serialize for Dependencies {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Dependencies {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<(ObjectId, ObjectId)>::deserialize(d)?
            .into_iter()
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QualifiedName;

    fn table(n: &str) -> ObjectId {
        ObjectId::Table {
            name: QualifiedName::new("public", n),
        }
    }

    #[test]
    fn iterates_as_a_sorted_set_of_pairs_and_round_trips_as_json() {
        let pairs = [
            (table("c"), table("a")),
            (table("b"), table("c")),
            (table("a"), table("b")),
            (table("b"), table("a")),
            (table("c"), table("a")),
        ];
        let set: std::collections::BTreeSet<_> = pairs.iter().cloned().collect();
        let deps: Dependencies = pairs.iter().cloned().collect();
        assert_eq!(
            deps.iter().collect::<Vec<_>>(),
            set.iter().map(|(a, b)| (a, b)).collect::<Vec<_>>()
        );
        assert_eq!(deps.len(), 4);
        assert!(deps.contains(&table("b"), &table("c")));
        assert!(!deps.contains(&table("c"), &table("b")));
        assert!(!deps.contains(&table("x"), &table("b")));
        assert_eq!(
            deps.of(&table("b")).collect::<Vec<_>>(),
            [&table("a"), &table("c")]
        );
        assert_eq!(deps.of(&table("a")).collect::<Vec<_>>(), [&table("b")]);
        assert_eq!(deps.of(&table("x")).count(), 0);
        let json = serde_json::to_string(&deps).unwrap();
        assert_eq!(json, serde_json::to_string(&set).unwrap());
        assert_eq!(serde_json::from_str::<Dependencies>(&json).unwrap(), deps);
    }

    #[test]
    fn removed_edges_leave_no_objects_behind() {
        let mut b = DependencyBuilder::default();
        b.insert(table("a"), table("b"));
        b.insert(table("c"), table("b"));
        assert!(b.remove(&table("a"), &table("b")));
        assert!(!b.remove(&table("a"), &table("b")));
        let built = b.build();
        assert_eq!(built, [(table("c"), table("b"))].into_iter().collect());
    }
}
