//! Values for generated rows, as SQL expressions built from the catalog's description of each
//! type: a domain's value is its base type's, cast to the domain; an array holds one element of
//! its element type; a composite is a `ROW(...)` of its attributes' values; a range is built by
//! its constructor from two values of its subtype (rows get ranges that do not overlap, so an
//! exclusion constraint over them holds); a multirange wraps such a range. Leaves (numbers,
//! text, dates, network addresses...) follow the type's category.
//!
//! Invariants: deterministic (the row number and the attempt decide every value); values of one
//! column differ between rows; each attempt is another set a CHECK may accept (see [`leaf`]); an
//! expression is always cast to the type it stands for, so the server never guesses.

use std::collections::BTreeMap;

use crate::sql::writer::literal;

/// What a type is, as far as generating a value of it goes.
#[derive(Debug, Clone, Default)]
pub struct TypeInfo {
    /// `pg_type.typname` (decides leaf values: `date`, `uuid`, `bit`...).
    pub name: String,
    /// `format_type(oid, NULL)` under an empty search_path: qualified outside pg_catalog.
    pub sql: String,
    pub category: char,
    /// `typtype`: `b`ase, `c`omposite, `d`omain, `e`num, `r`ange, `m`ultirange, `p`seudo.
    pub kind: char,
    pub labels: Vec<String>,
    /// A domain's base type and the typmod it puts on it.
    pub base: Option<(u32, i32)>,
    /// An array's element type.
    pub element: Option<u32>,
    /// A composite type's attributes (type, typmod, `format_type` with the typmod).
    pub attributes: Vec<(u32, i32, String)>,
    /// A range's subtype, or a multirange's range type.
    pub inner: Option<u32>,
}

/// The value set that gives containers their empty value (an empty array, `'empty'` range):
/// tried last, after the sets whose leaves differ (see [`leaf`]).
pub const LAST: usize = 3;

/// The types reachable from a set of column types.
#[derive(Debug, Default)]
pub struct Types {
    pub map: BTreeMap<u32, TypeInfo>,
}

/// Every type reachable from `$1` through domains, arrays, composite attributes, ranges and
/// multiranges, with what [`TypeInfo`] needs. Run with an empty search_path.
pub const TYPES: &str = "
WITH RECURSIVE reach(oid) AS (
    SELECT unnest($1::oid[])
    UNION
    SELECT n.x FROM reach r JOIN pg_type t ON t.oid = r.oid
     CROSS JOIN LATERAL (
        SELECT t.typbasetype WHERE t.typtype = 'd'
        UNION ALL SELECT t.typelem WHERE t.typcategory = 'A' AND t.typelem <> 0
        UNION ALL SELECT a.atttypid FROM pg_attribute a
                   WHERE t.typtype = 'c' AND a.attrelid = t.typrelid
                     AND a.attnum > 0 AND NOT a.attisdropped
        UNION ALL SELECT g.rngsubtype FROM pg_range g WHERE g.rngtypid = t.oid
        UNION ALL SELECT g.rngtypid FROM pg_range g WHERE g.rngmultitypid = t.oid
     ) n(x)
)
SELECT t.oid, t.typname::text, format_type(t.oid, NULL), t.typcategory::text, t.typtype::text,
       t.typbasetype, t.typtypmod,
       CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE 0::oid END,
       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
             ORDER BY e.enumsortorder),
       ARRAY(SELECT a.atttypid FROM pg_attribute a WHERE t.typtype = 'c' AND a.attrelid = t.typrelid
               AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT a.atttypmod FROM pg_attribute a WHERE t.typtype = 'c' AND a.attrelid = t.typrelid
               AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
              WHERE t.typtype = 'c' AND a.attrelid = t.typrelid
                AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       COALESCE((SELECT g.rngsubtype FROM pg_range g WHERE g.rngtypid = t.oid),
                (SELECT g.rngtypid FROM pg_range g WHERE g.rngmultitypid = t.oid), 0::oid)
  FROM pg_type t WHERE t.oid IN (SELECT oid FROM reach)";

impl Types {
    /// Reads [`TYPES`] rows.
    pub fn from_rows(rows: &[tokio_postgres::Row]) -> Self {
        let first = |s: String| s.chars().next().unwrap_or('X');
        let nonzero = |o: u32| (o != 0).then_some(o);
        let mut map = BTreeMap::new();
        for r in rows {
            let attrs: Vec<u32> = r.get(9);
            let mods: Vec<i32> = r.get(10);
            let texts: Vec<String> = r.get(11);
            let kind = first(r.get(4));
            map.insert(
                r.get::<_, u32>(0),
                TypeInfo {
                    name: r.get(1),
                    sql: r.get(2),
                    category: first(r.get(3)),
                    kind,
                    labels: r.get(8),
                    base: nonzero(r.get(5)).map(|b| (b, r.get::<_, i32>(6))),
                    element: nonzero(r.get(7)),
                    attributes: attrs
                        .into_iter()
                        .zip(mods)
                        .zip(texts)
                        .map(|((a, m), t)| (a, m, t))
                        .collect(),
                    inner: nonzero(r.get(12)),
                },
            );
        }
        Types { map }
    }

    /// A SQL expression of type `oid` (with `typmod`) for row `row` (1-based), value set
    /// `attempt`, or `None` when pgshift has no value for it.
    pub fn value(&self, oid: u32, typmod: i32, row: usize, attempt: usize) -> Option<String> {
        self.value_at(oid, typmod, row, attempt, 0)
    }

    fn value_at(
        &self,
        oid: u32,
        typmod: i32,
        row: usize,
        attempt: usize,
        depth: usize,
    ) -> Option<String> {
        // A composite that holds itself through an array stops somewhere.
        if depth > 8 {
            return None;
        }
        let t = self.map.get(&oid)?;
        let cast = |e: String| Some(format!("({e})::{}", t.sql));
        match t.kind {
            'd' => {
                let (base, m) = t.base?;
                let inner = self.value_at(base, m, row, attempt, depth + 1)?;
                cast(inner)
            }
            'c' => {
                let parts: Vec<String> = t
                    .attributes
                    .iter()
                    .map(|(a, m, text)| {
                        self.value_at(*a, *m, row, attempt, depth + 1)
                            .unwrap_or_else(|| format!("NULL::{text}"))
                    })
                    .collect();
                if parts.is_empty() {
                    return cast("ROW()".into());
                }
                cast(format!("ROW({})", parts.join(", ")))
            }
            'r' => {
                let sub = t.inner?;
                let bounds = (attempt < LAST)
                    .then(|| {
                        let lo = self.value_at(sub, -1, row, attempt, depth + 1)?;
                        let hi = self.value_at(sub, -1, row + 1, attempt, depth + 1)?;
                        Some(format!("{}({lo}, {hi})", t.sql))
                    })
                    .flatten();
                cast(bounds.unwrap_or_else(|| "'empty'".into()))
            }
            'm' => {
                let range = (attempt < LAST)
                    .then(|| self.value_at(t.inner?, -1, row, attempt, depth + 1))
                    .flatten();
                cast(range.map_or_else(|| "'{}'".into(), |r| format!("{}({r})", t.sql)))
            }
            'e' => {
                if t.labels.is_empty() {
                    return None;
                }
                cast(literal(&t.labels[(row - 1 + attempt) % t.labels.len()]))
            }
            'p' => None,
            _ if t.category == 'A' => {
                // The last set is an empty array: a CHECK on its elements passes.
                let element = t.element.filter(|_| attempt < LAST).and_then(|e| {
                    // The array's typmod is its elements'.
                    self.value_at(e, typmod, row, attempt, depth + 1)
                });
                cast(element.map_or_else(|| "'{}'".into(), |e| format!("ARRAY[{e}]")))
            }
            _ => leaf(t, typmod, row, attempt),
        }
    }
}

/// The value of a base type for row `row` (1-based), value set `attempt`, cast to the type.
/// Values of one type differ between rows (unique keys hold). The first set is what most casts
/// accept (text `'1'` is also a number and JSON); the second tries longer, later values (CHECKs
/// on lengths and ranges); the third, text that looks like an e-mail address (CHECKs with
/// patterns); the last, short text.
pub fn leaf(t: &TypeInfo, typmod: i32, row: usize, attempt: usize) -> Option<String> {
    let i = row + attempt * 10;
    let name = t.name.as_str();
    let text = match t.category {
        'B' => (row % 2 == 1).to_string(),
        'N' if name == "money" => format!("{i}.00"),
        'N' => (if attempt == 1 { i * 100 } else { i }).to_string(),
        'S' => match attempt {
            0 => i.to_string(),
            1 => format!("value {i}"),
            2 => format!("user{i}@example.com"),
            _ => format!("v{i}"),
        },
        'D' => match name {
            "date" => format!("20{:02}-01-{:02}", attempt * 20, row),
            "time" | "timetz" => format!("{:02}:00:00", 10 + row),
            _ => format!("20{:02}-01-{:02} 12:00:00", attempt * 20, row),
        },
        'T' => format!("{i} days"),
        'I' if name == "cidr" => format!("10.0.{i}.0/24"),
        'I' => format!("10.0.0.{i}"),
        'G' => match name {
            "point" => format!("({i},{i})"),
            "line" => "{1,-1,0}".into(),
            "circle" => format!("<(0,0),{i}>"),
            "lseg" => format!("[(0,0),({i},{i})]"),
            "box" => format!("({i},{i}),(0,0)"),
            "path" | "polygon" => format!("((0,0),({i},{i}),({i},0))"),
            _ => return None,
        },
        // `bit(n)` takes exactly n bits: an integer cast fills them.
        'V' if name == "bit" => {
            let n = if typmod > 0 { typmod } else { 1 };
            return Some(format!("({i}::integer)::bit({n})"));
        }
        'V' => format!("{i:b}"),
        'P' | 'X' => return None,
        _ => match name {
            "uuid" => format!("00000000-0000-4000-8000-{i:012}"),
            "json" | "jsonb" => format!("{{\"n\": {i}}}"),
            "bytea" => format!("\\x{i:02}"),
            "xml" => format!("<n>{i}</n>"),
            "macaddr" => format!("08:00:2b:01:02:{i:02}"),
            "macaddr8" => format!("08:00:2b:01:02:03:04:{i:02}"),
            "tsvector" | "tsquery" => format!("v{i}"),
            "hstore" => format!("\"n\"=>\"{i}\""),
            // A vector of the declared dimensions (pgvector keeps them in the typmod).
            "vector" | "halfvec" => {
                let n = if typmod > 0 { typmod as usize } else { 3 };
                format!("[{}]", vec![i.to_string(); n].join(","))
            }
            _ => i.to_string(),
        },
    };
    Some(format!("{}::{}", literal(&text), t.sql))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(name: &str, category: char) -> TypeInfo {
        TypeInfo {
            name: name.into(),
            sql: name.into(),
            category,
            kind: 'b',
            ..TypeInfo::default()
        }
    }

    #[test]
    fn leaves_differ_by_row_and_follow_the_type() {
        let v = |t: &TypeInfo, row, attempt| leaf(t, -1, row, attempt);
        assert_eq!(v(&base("int4", 'N'), 2, 0).as_deref(), Some("'2'::int4"));
        assert_eq!(v(&base("text", 'S'), 1, 0).as_deref(), Some("'1'::text"));
        assert_eq!(
            v(&base("text", 'S'), 1, 1).as_deref(),
            Some("'value 11'::text")
        );
        assert_eq!(
            v(&base("date", 'D'), 3, 0).as_deref(),
            Some("'2000-01-03'::date")
        );
        assert_eq!(
            v(&base("uuid", 'U'), 1, 0).as_deref(),
            Some("'00000000-0000-4000-8000-000000000001'::uuid")
        );
        assert_eq!(
            leaf(&base("bit", 'V'), 8, 2, 0).as_deref(),
            Some("(2::integer)::bit(8)")
        );
        assert_eq!(v(&base("anyelement", 'P'), 1, 0), None);
    }

    #[test]
    fn containers_are_built_from_their_parts() {
        let mut types = Types::default();
        types.map.insert(23, base("int4", 'N'));
        types.map.insert(
            1007,
            TypeInfo {
                category: 'A',
                element: Some(23),
                ..base("_int4", 'A')
            },
        );
        types.map.insert(
            3904,
            TypeInfo {
                kind: 'r',
                inner: Some(23),
                ..base("int4range", 'R')
            },
        );
        types.map.insert(
            9000,
            TypeInfo {
                kind: 'c',
                sql: "public.pair".into(),
                attributes: vec![(23, -1, "integer".into()), (1, -1, "x".into())],
                ..base("pair", 'C')
            },
        );
        types.map.insert(
            9001,
            TypeInfo {
                kind: 'e',
                labels: vec!["a".into(), "b".into()],
                ..base("mood", 'E')
            },
        );
        types.map.insert(
            9002,
            TypeInfo {
                kind: 'd',
                sql: "public.mood_d".into(),
                base: Some((9001, -1)),
                ..base("mood_d", 'E')
            },
        );
        assert_eq!(
            types.value(1007, -1, 1, 0).as_deref(),
            Some("(ARRAY['1'::int4])::_int4")
        );
        assert_eq!(
            types.value(1007, -1, 1, 3).as_deref(),
            Some("('{}')::_int4")
        );
        // Rows get ranges that do not overlap.
        assert_eq!(
            types.value(3904, -1, 2, 0).as_deref(),
            Some("(int4range('2'::int4, '3'::int4))::int4range")
        );
        assert_eq!(
            types.value(3904, -1, 2, 3).as_deref(),
            Some("('empty')::int4range")
        );
        // An attribute without a value is NULL.
        assert_eq!(
            types.value(9000, -1, 1, 0).as_deref(),
            Some("(ROW('1'::int4, NULL::x))::public.pair")
        );
        assert_eq!(
            types.value(9002, -1, 2, 0).as_deref(),
            Some("(('b')::mood)::public.mood_d")
        );
        assert_eq!(types.value(12345, -1, 1, 0), None);
    }
}
