//! The order statements of a declarative directory run in: each after the statements that
//! create what it names, ties kept in file-name then in-file order. Pure.
//!
//! A name matches the statements creating that name in a compatible namespace (a type name
//! also matches a table's row type), in its schema when it is written qualified. A statement
//! naming something no file creates (a type an extension brings, or a built-in) runs after
//! every `CREATE EXTENSION`. Where statements name each other in a cycle, the first of them
//! in file order goes first: the loader retries what fails.

use std::collections::{BTreeSet, HashMap};

use super::analyze::{Name, Role, Space};
use super::files::Unit;

/// Statements creating each name: (statement, namespace, schema when written).
type Creators<'a> = HashMap<&'a str, Vec<(usize, Space, &'a Option<String>)>>;

/// The order to run `units` in (indexes), leaving out settings and transaction control.
pub fn order(units: &[Unit]) -> Vec<usize> {
    let runnable = |u: &Unit| matches!(u.facts.role, Role::Object | Role::Extension);
    let mut creators: Creators = HashMap::new();
    for (i, u) in units.iter().enumerate().filter(|(_, u)| runnable(u)) {
        for (space, (schema, name)) in &u.facts.creates {
            creators
                .entry(name.as_str())
                .or_default()
                .push((i, *space, schema));
        }
    }
    let extensions: Vec<usize> = units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.facts.role == Role::Extension)
        .map(|(i, _)| i)
        .collect();
    let mut before: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); units.len()];
    for (i, u) in units.iter().enumerate().filter(|(_, u)| runnable(u)) {
        for (space, name) in &u.facts.names {
            let mut found = matching(&creators, *space, name);
            // A function needs only the shell of a type that has one: the type's definition
            // names its I/O functions, and only the shell's creator may define it.
            if u.facts.function && *space == Space::Type {
                let shells: Vec<usize> = found
                    .iter()
                    .copied()
                    .filter(|&j| units[j].facts.shell)
                    .collect();
                if !shells.is_empty() {
                    found = shells;
                }
            }
            if found.is_empty() {
                if u.facts.role != Role::Extension && *space != Space::Schema {
                    before[i].extend(extensions.iter().copied());
                }
            } else {
                before[i].extend(found);
            }
        }
        before[i].remove(&i);
    }
    // A partition's or child's own column default or NOT NULL, or trigger state, is set after
    // its ancestors' (an ALTER TABLE on a parent recurses and would overwrite it).
    let recursing: Vec<(usize, &Name, &String)> = units
        .iter()
        .enumerate()
        .flat_map(|(j, v)| {
            v.facts
                .passed_down
                .iter()
                .filter(|(_, _, recurses)| *recurses)
                .map(move |(t, what, _)| (j, t, what))
        })
        .collect();
    for (i, u) in units.iter().enumerate().filter(|(_, u)| runnable(u)) {
        for (table, what, _) in &u.facts.passed_down {
            for ancestor in ancestors(units, &creators, table) {
                for &(j, t, w) in &recursing {
                    if j != i && w == what && same_name(t, &ancestor) {
                        before[i].insert(j);
                    }
                }
            }
        }
    }
    // A partition or child copies its parents' column storage and compression when it is
    // created (set `ONLY` on the parent, they reach no partition that exists already): it is
    // created after the statements that set them.
    let setting: Vec<(usize, &Name)> = units
        .iter()
        .enumerate()
        .filter_map(|(j, v)| Some((j, v.facts.copied_on_create.as_ref()?)))
        .collect();
    for (i, u) in units.iter().enumerate().filter(|(_, u)| runnable(u)) {
        for parent in &u.facts.parents {
            for &(j, t) in &setting {
                if j != i && same_name(t, parent) {
                    before[i].insert(j);
                }
            }
        }
    }
    // An operator naming another as its commutator or negator is created first, unless the
    // other names it back (then either order links both).
    for (i, u) in units.iter().enumerate().filter(|(_, u)| runnable(u)) {
        for (space, name) in &u.facts.precedes {
            for j in matching(&creators, *space, name) {
                let links_back = units[j].facts.precedes.iter().any(|(s, n)| {
                    u.facts
                        .creates
                        .iter()
                        .any(|(cs, cn)| cs == s && cn.1 == n.1)
                });
                if j != i && !links_back {
                    before[j].insert(i);
                }
            }
        }
    }
    let nodes: Vec<usize> = (0..units.len()).filter(|&i| runnable(&units[i])).collect();
    let mut out = topological(&nodes, &before);
    // Then what changes the statements after it: in file order.
    out.extend((0..units.len()).filter(|&i| units[i].facts.role == Role::Last));
    out
}

/// The tables `table` is a partition or child of, at every level, as the statements creating
/// them say.
fn ancestors(units: &[Unit], creators: &Creators, table: &Name) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::new();
    let mut queue = vec![table.clone()];
    while let Some(t) = queue.pop() {
        for j in matching(creators, Space::Relation, &t) {
            for p in &units[j].facts.parents {
                if !out.iter().any(|o| same_name(o, p)) {
                    out.push(p.clone());
                    queue.push(p.clone());
                }
            }
        }
    }
    out
}

/// Whether two names written in statements may name the same object (an unqualified name
/// matches any schema).
fn same_name(a: &Name, b: &Name) -> bool {
    a.1 == b.1
        && match (&a.0, &b.0) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

/// The statements creating `name` in a namespace `space` matches.
fn matching(creators: &Creators, space: Space, (schema, name): &Name) -> Vec<usize> {
    let Some(list) = creators.get(name.as_str()) else {
        return Vec::new();
    };
    list.iter()
        .filter(|(_, s, _)| space == Space::Any || *s == space)
        .filter(|(_, _, cs)| match (schema, cs) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        })
        .map(|(i, _, _)| *i)
        .collect()
}

/// Kahn's algorithm taking the lowest ready index first; when only cycles remain, the lowest
/// remaining index goes next as if its predecessors had run.
fn topological(nodes: &[usize], before: &[BTreeSet<usize>]) -> Vec<usize> {
    let members: BTreeSet<usize> = nodes.iter().copied().collect();
    let mut waiting: HashMap<usize, usize> = HashMap::new();
    let mut after: HashMap<usize, Vec<usize>> = HashMap::new();
    for &n in nodes {
        let preds: Vec<usize> = before[n]
            .iter()
            .copied()
            .filter(|p| members.contains(p))
            .collect();
        waiting.insert(n, preds.len());
        for p in preds {
            after.entry(p).or_default().push(n);
        }
    }
    let mut ready: BTreeSet<usize> = nodes.iter().copied().filter(|n| waiting[n] == 0).collect();
    let mut left: BTreeSet<usize> = members.clone();
    let mut out = Vec::with_capacity(nodes.len());
    while !left.is_empty() {
        let next = match ready.pop_first() {
            Some(n) => n,
            None => *left.first().expect("not empty"),
        };
        left.remove(&next);
        out.push(next);
        for s in after.get(&next).into_iter().flatten() {
            if let Some(w) = waiting.get_mut(s) {
                if *w > 0 {
                    *w -= 1;
                    if *w == 0 && left.contains(s) {
                        ready.insert(*s);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::declarative::analyze::analyze;

    fn units(statements: &[&str]) -> Vec<Unit> {
        statements
            .iter()
            .enumerate()
            .map(|(i, s)| Unit {
                file: i,
                stmt: crate::migrations::Statement {
                    text: s.to_string(),
                    offset: 0,
                    line: 1,
                    column: 1,
                    kind: crate::migrations::StatementKind::Transactional,
                    block: None,
                    copy: None,
                    origin: None,
                    constraint_steps: Vec::new(),
                },
                facts: analyze(s).unwrap(),
                settings: Vec::new(),
                rewritten: false,
            })
            .collect()
    }

    #[test]
    fn creators_go_first_and_ties_keep_file_order() {
        let u = units(&[
            "create view a_view as select * from app.t",
            "create policy p on app.t using (app.allowed())",
            "create table app.t (id int, s app.state default app.f())",
            "create function app.f() returns int language sql as 'select 1'",
            "create function app.allowed() returns bool language sql as 'select true'",
            "create type app.state as enum ('a')",
            "create schema app",
            "alter default privileges grant select on tables to public",
            "create extension citext",
            "create table other (c citext)",
        ]);
        assert_eq!(order(&u), [6, 5, 8, 3, 2, 0, 4, 1, 9, 7]);
    }

    #[test]
    fn cycles_fall_back_to_file_order() {
        let u = units(&[
            "create table b (id int primary key, a_id int references a)",
            "create table a (id int primary key, b_id int references b)",
        ]);
        assert_eq!(order(&u), [0, 1]);
    }

    #[test]
    fn io_functions_need_only_the_shell_and_the_owner_comes_after_the_definition() {
        let u = units(&[
            "alter type app.t owner to someone",
            "create function app.t_out(app.t) returns cstring language internal as 'int4out'",
            "create type app.t (input = app.t_in, output = app.t_out, like = int4)",
            "create function app.t_in(cstring) returns app.t language internal as 'int4in'",
            "create type app.t",
            "create schema app",
        ]);
        let o = order(&u);
        let at = |i: usize| o.iter().position(|&x| x == i).unwrap();
        assert!(at(4) < at(1) && at(4) < at(3), "{o:?}");
        assert!(at(1) < at(2) && at(3) < at(2), "{o:?}");
        assert!(at(2) < at(0), "{o:?}");
    }

    #[test]
    fn an_operator_naming_another_one_way_is_created_first() {
        let one_way = units(&[
            "create operator public.>>> (function = public.f, leftarg = text, rightarg = int)",
            "create operator public.<<< (function = public.g, leftarg = int, rightarg = text, commutator = >>>)",
        ]);
        assert_eq!(order(&one_way), [1, 0]);
        let both_ways = units(&[
            "create operator public.>>> (function = public.f, leftarg = text, rightarg = int, commutator = <<<)",
            "create operator public.<<< (function = public.g, leftarg = int, rightarg = text, commutator = >>>)",
        ]);
        assert_eq!(order(&both_ways), [0, 1]);
        let own = units(&["create operator public.=== (function = public.f, leftarg = int, rightarg = int, commutator = ===, negator = !==)"]);
        assert_eq!(order(&own), [0]);
    }

    #[test]
    fn a_partition_sets_its_own_column_default_after_its_parent() {
        let u = units(&[
            "alter table public.m_1 alter column v set default 'own'",
            "create table public.m_1 partition of public.m for values in (1)",
            "alter table public.m alter column v set default 'parent', alter column v set not null",
            "create table public.m (k int, v text) partition by list (k)",
            "alter table only public.m alter column k set default 1",
            "alter table public.m_1 enable trigger t",
            "alter table public.m disable trigger t",
        ]);
        let o = order(&u);
        let at = |i: usize| o.iter().position(|&x| x == i).unwrap();
        assert!(at(2) < at(0), "{o:?}");
        assert!(at(6) < at(5), "{o:?}");
        assert!(at(6) < at(5), "{o:?}");
    }

    #[test]
    fn a_partition_or_child_is_created_after_its_parents_column_storage_and_compression() {
        let u = units(&[
            "create table public.e_1 partition of public.e for values from (1) to (2)",
            "create table public.kid () inherits (public.e)",
            "alter table only public.e alter column b set compression pglz",
            "alter table public.e alter column r set storage external, alter column b set statistics 5",
            "create table public.e (a int, b text, r text) partition by range (a)",
        ]);
        let o = order(&u);
        let at = |i: usize| o.iter().position(|&x| x == i).unwrap();
        for child in [0, 1] {
            assert!(at(2) < at(child) && at(3) < at(child), "{o:?}");
        }
    }
}
