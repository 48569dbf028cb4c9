//! Reading a database's schema from `pg_catalog` into the model.
//!
//! Invariants: one `REPEATABLE READ READ ONLY` transaction (one consistent snapshot) with an
//! empty `search_path`, so every expression PostgreSQL prints back (`pg_get_expr`,
//! `pg_get_viewdef`, `pg_get_indexdef`, `pg_get_constraintdef`, `pg_get_triggerdef`,
//! `pg_get_functiondef`, `format_type`) comes out schema-qualified; a fixed number of queries
//! whatever the schema's size (no query per object); queries live in `queries/*.sql` and return
//! plain columns (nested objects as `json`), which `decode` reads into row structs and `build`
//! (pure) turns into the model. What the model does not hold is listed by name
//! (`queries/unmodelled.sql`), never dropped in silence.
//!
//! Versions: the queries run on PostgreSQL 13 to 17. Columns that do not exist everywhere are
//! written as `{{placeholders}}` and filled from `server_version_num` by [`render`]:
//! `indnullsnotdistinct` (15+), publication column lists, row filters and schemas (15+), ICU
//! locale (`colliculocale` 15-16, `colllocale` 17+), ICU rules (16+), multirange types (14+),
//! column compression (14+), foreign keys' ON DELETE column lists (15+). `attstattarget` is -1 by default before 17 and NULL from 17 on:
//! the query reads both as "not set".

pub mod build;
pub mod casts;
pub mod decode;
pub mod fingerprint;
pub mod rows;
pub mod sizes;

use serde::de::DeserializeOwned;
use tokio_postgres::Client;

use crate::config::Config;
use crate::db;
use crate::model::Schema;
pub use build::Filter;
pub use fingerprint::fingerprint;
use rows::Rows;

#[derive(Debug, thiserror::Error)]
pub enum InspectError {
    #[error("reading the catalog failed in {query}: {message}")]
    Query {
        query: &'static str,
        message: String,
    },
    #[error("unexpected row from {query}: {message}")]
    Row {
        query: &'static str,
        message: String,
    },
    #[error("PostgreSQL {0} is not supported: pgshift reads catalogs of PostgreSQL 13 and later")]
    Version(u32),
}

/// The query files, by name.
const QUERIES: &[(&str, &str)] = &[
    ("schemas", include_str!("queries/schemas.sql")),
    ("extensions", include_str!("queries/extensions.sql")),
    (
        "builtin_privileges",
        include_str!("queries/builtin_privileges.sql"),
    ),
    ("collations", include_str!("queries/collations.sql")),
    ("types", include_str!("queries/types.sql")),
    ("sequences", include_str!("queries/sequences.sql")),
    ("tables", include_str!("queries/tables.sql")),
    ("identities", include_str!("queries/identities.sql")),
    ("constraints", include_str!("queries/constraints.sql")),
    ("indexes", include_str!("queries/indexes.sql")),
    ("views", include_str!("queries/views.sql")),
    ("functions", include_str!("queries/functions.sql")),
    ("aggregates", include_str!("queries/aggregates.sql")),
    ("triggers", include_str!("queries/triggers.sql")),
    ("event_triggers", include_str!("queries/event_triggers.sql")),
    ("policies", include_str!("queries/policies.sql")),
    ("publications", include_str!("queries/publications.sql")),
    ("rules", include_str!("queries/rules.sql")),
    ("operators", include_str!("queries/operators.sql")),
    ("text_search", include_str!("queries/text_search.sql")),
    ("foreign_data", include_str!("queries/foreign_data.sql")),
    ("languages", include_str!("queries/languages.sql")),
    ("base_types", include_str!("queries/base_types.sql")),
    (
        "default_privileges",
        include_str!("queries/default_privileges.sql"),
    ),
    ("roles", include_str!("queries/roles.sql")),
    (
        "dependency_objects",
        include_str!("queries/dependency_objects.sql"),
    ),
    ("dependencies", include_str!("queries/dependencies.sql")),
    ("unmodelled", include_str!("queries/unmodelled.sql")),
];

/// Fills the version placeholders of a query for `server_version_num`.
pub fn render(sql: &str, version: u32) -> String {
    let pick = |min: u32, yes: &str, no: &str| {
        if version >= min {
            yes.to_string()
        } else {
            no.to_string()
        }
    };
    let replacements = [
        ("{{typsubscript}}", pick(140000, "t.typsubscript", "0::oid")),
        (
            "{{indnullsnotdistinct}}",
            pick(150000, "x.indnullsnotdistinct", "false"),
        ),
        (
            "{{prattrs}}",
            pick(
                150000,
                "(SELECT array_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a \
                 WHERE a.attrelid = r.prrelid AND a.attnum = ANY (r.prattrs))",
                "NULL::text[]",
            ),
        ),
        (
            "{{prqual}}",
            pick(150000, "pg_get_expr(r.prqual, r.prrelid)", "NULL::text"),
        ),
        (
            "{{pubschemas}}",
            pick(
                150000,
                "(SELECT array_agg(n.nspname ORDER BY n.nspname) FROM pg_publication_namespace pn \
                 JOIN pg_namespace n ON n.oid = pn.pnnspid WHERE pn.pnpubid = p.oid)",
                "NULL::text[]",
            ),
        ),
        (
            "{{icu_locale}}",
            if version >= 170000 {
                "c.colllocale".to_string()
            } else {
                pick(150000, "c.colliculocale", "NULL::text")
            },
        ),
        (
            "{{icu_rules}}",
            pick(160000, "c.collicurules", "NULL::text"),
        ),
        ("{{rngmultitypid}}", pick(140000, "r.rngmultitypid", "0")),
        ("{{subbinary}}", pick(140000, "s.subbinary", "false")),
        // Filled by the inspection from the role's privileges first; unreadable otherwise.
        ("{{subconninfo}}", "NULL::text".to_string()),
        (
            "{{substream}}",
            pick(140000, "s.substream::text NOT IN ('f', 'false')", "false"),
        ),
        (
            "{{subtwophase}}",
            pick(150000, "s.subtwophasestate <> 'd'", "false"),
        ),
        (
            "{{subdisableonerr}}",
            pick(150000, "s.subdisableonerr", "false"),
        ),
        (
            "{{confdelsetcols}}",
            pick(150000, "k.confdelsetcols", "NULL::int2[]"),
        ),
        (
            "{{attcompression}}",
            pick(140000, "a.attcompression", "NULL::\"char\""),
        ),
    ];
    let mut out = sql.to_string();
    for (k, v) in replacements {
        out = out.replace(k, &v);
    }
    // A column's attribute options as users set them (`n_distinct`, an operator class's options on
    // an index column): names under the reserved `pg_` prefix are the server's own bookkeeping
    // (some minor releases stamp every column with one, `pg_attver=...`, that no statement sets
    // and pg_dump leaves out), so they are left out here too. NULL when none is left.
    for alias in ["a", "ia"] {
        out = out.replace(
            &format!("{{{{user_attoptions:{alias}}}}}"),
            &format!(
                "(CASE WHEN {alias}.attoptions IS NOT NULL THEN (SELECT array_agg(o ORDER BY ord) \
                 FROM unnest({alias}.attoptions) WITH ORDINALITY AS u(o, ord) \
                 WHERE o NOT LIKE 'pg\\_%') END)"
            ),
        );
    }
    // Members of extensions, found from the extensions (through pg_depend's index on the
    // referenced object) rather than by scanning all of pg_depend once per query.
    for catalog in ["pg_class", "pg_type", "pg_proc"] {
        out = out.replace(
            &format!("{{{{extension_members:{catalog}}}}}"),
            &format!(
                "SELECT e.objid FROM pg_extension x JOIN pg_depend e \
                 ON e.refclassid = 'pg_extension'::regclass AND e.refobjid = x.oid \
                 WHERE e.classid = '{catalog}'::regclass AND e.deptype = 'e'"
            ),
        );
    }
    out
}

/// The filter the config asks for.
pub fn filter_from_config(config: &Config) -> Filter {
    let mut excluded: std::collections::BTreeSet<String> =
        config.excluded_schemas().into_iter().collect();
    // pgshift's own tracking schema is never part of a user's schema.
    excluded.insert("pgshift".to_string());
    Filter {
        excluded_schemas: excluded,
        keep_attached_to_excluded: config.preset == crate::config::Preset::Supabase,
    }
}

/// Reads the whole schema in one snapshot.
pub async fn inspect(client: &Client, filter: &Filter) -> Result<Schema, InspectError> {
    inspect_with(client, &[], filter).await
}

/// Reads the whole schema in one snapshot, spreading the queries over `client` and up to
/// [`HELPERS`] more connections to `url` that share the first one's exported snapshot (as
/// `pg_dump --jobs` does), so the server runs them in parallel. Falls back to one connection
/// when the extra ones cannot be opened.
pub async fn inspect_url(url: &str, filter: &Filter) -> Result<Schema, InspectError> {
    let _progress = crate::progress::spinner(format!("inspecting {}", crate::redact::url(url)));
    inspect_url_with(url, filter, HELPERS).await
}

/// Reads two databases' schemas at once (the two sides of a diff). Each side gets one helper
/// connection, not [`HELPERS`]: the two sides already keep two cores busy, and every extra
/// backend costs its start and its own catalog caches. Each side then learns which column type
/// conversions into it its server cannot cast ([`casts::probe_pair`]).
pub async fn inspect_pair(
    a: &str,
    b: &str,
    filter: &Filter,
) -> (Result<Schema, InspectError>, Result<Schema, InspectError>) {
    let _progress = crate::progress::spinner("inspecting both schemas");
    let (x, y) = futures_util::future::join(
        inspect_url_with(a, filter, PAIR_HELPERS),
        inspect_url_with(b, filter, PAIR_HELPERS),
    )
    .await;
    match (x, y) {
        (Ok(mut x), Ok(mut y)) => match casts::probe_pair(a, &mut x, b, &mut y).await {
            Ok(()) => (Ok(x), Ok(y)),
            Err(e) => (Err(e), Ok(y)),
        },
        other => other,
    }
}

/// Extra connections per side of [`inspect_pair`].
pub const PAIR_HELPERS: usize = 1;

async fn inspect_url_with(
    url: &str,
    filter: &Filter,
    helpers: usize,
) -> Result<Schema, InspectError> {
    // All connections are opened at once: each costs a round trip and a backend start.
    let mut connected =
        futures_util::future::join_all((0..=helpers).map(|_| db::connect(url))).await;
    let main = connected.remove(0).map_err(|e| InspectError::Query {
        query: "connect",
        message: e.to_string(),
    })?;
    let helpers: Vec<Client> = connected.into_iter().filter_map(Result::ok).collect();
    inspect_with(&main, &helpers, filter).await
}

/// Extra connections [`inspect_url`] opens.
pub const HELPERS: usize = 2;

fn query_error(query: &'static str) -> impl Fn(tokio_postgres::Error) -> InspectError {
    move |e| InspectError::Query {
        query,
        message: db::error_text(&e),
    }
}

/// Session settings of an inspection: an empty search_path (every name comes back
/// schema-qualified), and no JIT: the catalog queries are cheap per row but large, and their
/// cost estimates on big schemas trigger JIT compilation that takes longer than the queries
/// themselves (over a second on 5000 tables), as pg_dump also avoids; room to sort the rows in
/// memory; and hash joins and hash aggregation instead of sorts where PostgreSQL can, because
/// catalog statistics are often stale (a shadow database inspected right after its migrations
/// ran) and the sort-based plans chosen then cost a fifth more on large schemas.
const SETTINGS: &str =
    "SET LOCAL search_path = ''; SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; \
                        SET LOCAL enable_mergejoin = off; SET LOCAL enable_sort = off";

async fn inspect_with(
    client: &Client,
    helpers: &[Client],
    filter: &Filter,
) -> Result<Schema, InspectError> {
    let q = query_error;
    const BEGIN: &str = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
    client
        .batch_execute(&format!("{BEGIN}; {SETTINGS}"))
        .await
        .map_err(q("begin"))?;
    let row = client
        .query_one(
            "SELECT current_setting('server_version_num')::int, \
             CASE WHEN $1 THEN pg_export_snapshot() ELSE '' END, \
             has_column_privilege('pg_catalog.pg_subscription', 'subconninfo', 'SELECT')",
            &[&!helpers.is_empty()],
        )
        .await
        .map_err(q("version"))?;
    let version = row.get::<_, i32>(0) as u32;
    let snapshot: String = row.get(1);
    // Reading a column the role may not read fails the whole query.
    let conninfo = if row.get::<_, bool>(2) {
        "s.subconninfo"
    } else {
        "NULL::text"
    };
    if version < 130000 {
        return Err(InspectError::Version(version / 10000));
    }
    // Helpers see exactly the snapshot of the main connection (set up all at once).
    let snapshot_sql = format!(
        "{BEGIN}; SET TRANSACTION SNAPSHOT {}; {SETTINGS}",
        crate::sql::writer::literal(&snapshot)
    );
    let joined =
        futures_util::future::join_all(helpers.iter().map(|h| h.batch_execute(&snapshot_sql)))
            .await;
    let mut connections: Vec<&Client> = vec![client];
    for (h, ok) in helpers.iter().zip(joined) {
        if ok.is_ok() {
            connections.push(h);
        }
    }
    let rows = read_rows(&connections, version, conninfo).await?;
    for done in
        futures_util::future::join_all(connections.iter().map(|c| c.batch_execute("COMMIT"))).await
    {
        done.map_err(q("commit"))?;
    }
    build_model(rows, filter).await
}

/// Reads the whole schema on `client` inside the transaction it has open, seeing that
/// transaction's own changes (`apply --dry-run` reads what each pending migration did before it
/// rolls them back). The session settings live in a savepoint given back afterwards, so the
/// transaction goes on as it was.
pub async fn inspect_in_transaction(
    client: &Client,
    filter: &Filter,
) -> Result<Schema, InspectError> {
    let q = query_error;
    client
        .batch_execute(&format!("SAVEPOINT pgshift_inspect; {SETTINGS}"))
        .await
        .map_err(q("savepoint"))?;
    let read = async {
        let row = client
            .query_one(
                "SELECT current_setting('server_version_num')::int, \
                 has_column_privilege('pg_catalog.pg_subscription', 'subconninfo', 'SELECT')",
                &[],
            )
            .await
            .map_err(q("version"))?;
        let version = row.get::<_, i32>(0) as u32;
        if version < 130000 {
            return Err(InspectError::Version(version / 10000));
        }
        let conninfo = if row.get::<_, bool>(1) {
            "s.subconninfo"
        } else {
            "NULL::text"
        };
        read_rows(&[client], version, conninfo).await
    }
    .await;
    client
        .batch_execute("ROLLBACK TO SAVEPOINT pgshift_inspect; RELEASE SAVEPOINT pgshift_inspect")
        .await
        .map_err(q("savepoint"))?;
    build_model(read?, filter).await
}

/// Every catalog query by name, rendered for `version` (`conninfo`: the subscription column
/// the role may read, or `NULL::text`); for the inspection and for profiling them one by one.
pub fn rendered_queries(version: u32, conninfo: &str) -> Vec<(&'static str, String)> {
    QUERIES
        .iter()
        .map(|(n, sql)| {
            (
                *n,
                render(&sql.replace("{{subconninfo}}", conninfo), version),
            )
        })
        .collect()
}

/// Runs every catalog query of `version` over `connections` (each in its snapshot) into rows.
async fn read_rows(
    connections: &[&Client],
    version: u32,
    conninfo: &str,
) -> Result<Rows, InspectError> {
    // Queries go to the least loaded connection, heaviest first; on each connection they are
    // pipelined (sent at once), so latency is paid once per connection, not once per query.
    let rendered = rendered_queries(version, conninfo);
    let mut order: Vec<usize> = (0..rendered.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(weight(rendered[i].0)));
    let mut load = vec![0u32; connections.len()];
    let mut assignment = vec![0usize; rendered.len()];
    // The queries that deparse expressions in their relation's context open every table they
    // read (pg_get_expr, pg_get_indexdef): on one backend, each table's relation cache entry
    // is built once rather than once per backend.
    let together = |name: &str| OPEN_RELATIONS.contains(&name);
    for i in order.iter().copied().filter(|&i| together(rendered[i].0)) {
        load[0] += weight(rendered[i].0);
        assignment[i] = 0;
    }
    for i in order.into_iter().filter(|&i| !together(rendered[i].0)) {
        let c = (0..connections.len()).min_by_key(|&c| load[c]).unwrap_or(0);
        load[c] += weight(rendered[i].0);
        assignment[i] = c;
    }
    // Each row is decoded as soon as it arrives, while the server still runs the others, and
    // dropped: no query's result is held whole (on 10,000 tables the raw rows of both sides
    // of a diff were a third of the peak heap).
    let mut pending: futures_util::stream::FuturesUnordered<_> = rendered
        .iter()
        .enumerate()
        .map(|(i, (name, sql))| read_query(connections[assignment[i]], name, sql))
        .collect();
    let mut rows = Rows {
        server_version: version,
        ..Rows::default()
    };
    while let Some(part) = futures_util::StreamExt::next(&mut pending).await {
        rows.absorb(part?);
    }
    Ok(rows)
}

/// Runs query `name` and decodes its rows one by one into a [`Rows`] of its own.
async fn read_query(client: &Client, name: &'static str, sql: &str) -> Result<Rows, InspectError> {
    use futures_util::TryStreamExt;
    let sink = sink(name).ok_or_else(|| InspectError::Row {
        query: name,
        message: format!("no place for the rows of query {name}"),
    })?;
    let no_params: [&(dyn tokio_postgres::types::ToSql + Sync); 0] = [];
    let stream = client
        .query_raw(sql, no_params)
        .await
        .map_err(query_error(name))?;
    futures_util::pin_mut!(stream);
    let mut part = Rows::default();
    while let Some(row) = stream.try_next().await.map_err(query_error(name))? {
        sink(&mut part, &row).map_err(|e| InspectError::Row {
            query: name,
            message: e.0,
        })?;
    }
    Ok(part)
}

/// Builds the model from the rows (pure CPU work: on its own thread it runs beside the other
/// side's reading when two schemas are read at once).
/// One model is built at a time: building holds the catalog's rows and the build's own maps
/// (pg_depend addresses, dependency edges being gathered) beside the model, so the two sides of
/// a diff built at once would hold both sides' scratch at the peak (on 10,000 tables about a
/// third of the heap). The rows of both sides still arrive at once.
static BUILDING: std::sync::Mutex<()> = std::sync::Mutex::new(());

async fn build_model(rows: Rows, filter: &Filter) -> Result<Schema, InspectError> {
    let filter = filter.clone();
    let one_at_a_time = move || {
        let _turn = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
        build::build(rows, &filter)
    };
    match tokio::task::spawn_blocking(one_at_a_time).await {
        Ok(schema) => Ok(schema),
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => Err(InspectError::Row {
            query: "build",
            message: e.to_string(),
        }),
    }
}

/// Relative cost of a query on large schemas (server time in milliseconds on 1000 tables, in
/// one backend), for spreading them.
/// The catalog queries that open each table they read (see [`read_rows`]).
const OPEN_RELATIONS: &[&str] = &["tables", "constraints", "indexes"];

fn weight(query: &str) -> u32 {
    match query {
        "constraints" => 90,
        "tables" => 58,
        "indexes" => 40,
        "dependencies" => 18,
        "views" => 12,
        "dependency_objects" => 9,
        "identities" => 8,
        "sequences" => 6,
        "types" => 6,
        "functions" => 4,
        "unmodelled" => 8,
        _ => 1,
    }
}

/// Decodes one row of a query into its place in a [`Rows`].
type Sink = fn(&mut Rows, &tokio_postgres::Row) -> Result<(), decode::Error>;

fn push<T: DeserializeOwned>(
    into: &mut Vec<T>,
    row: &tokio_postgres::Row,
) -> Result<(), decode::Error> {
    into.push(decode::from_row(row)?);
    Ok(())
}

/// Where the rows of query `name` go.
fn sink(name: &str) -> Option<Sink> {
    let sink: Sink = match name {
        "schemas" => |r, row| push(&mut r.schemas, row),
        "extensions" => |r, row| push(&mut r.extensions, row),
        "collations" => |r, row| push(&mut r.collations, row),
        "types" => |r, row| push(&mut r.types, row),
        "sequences" => |r, row| push(&mut r.sequences, row),
        "tables" => |r, row| push(&mut r.tables, row),
        "identities" => |r, row| push(&mut r.identities, row),
        "constraints" => |r, row| push(&mut r.constraints, row),
        "indexes" => |r, row| push(&mut r.indexes, row),
        "views" => |r, row| push(&mut r.views, row),
        "functions" => |r, row| push(&mut r.functions, row),
        "aggregates" => |r, row| push(&mut r.aggregates, row),
        "triggers" => |r, row| push(&mut r.triggers, row),
        "event_triggers" => |r, row| push(&mut r.event_triggers, row),
        "policies" => |r, row| push(&mut r.policies, row),
        "publications" => |r, row| push(&mut r.publications, row),
        "default_privileges" => |r, row| push(&mut r.default_privileges, row),
        "roles" => |r, row| push(&mut r.roles, row),
        "rules" | "operators" | "text_search" | "foreign_data" | "languages" | "base_types" => {
            |r, row| push(&mut r.objects, row)
        }
        "dependency_objects" => |r, row| push(&mut r.dependency_objects, row),
        "dependencies" => |r, row| {
            r.dependencies.push(dependency_row(row)?);
            Ok(())
        },
        "unmodelled" => |r, row| push(&mut r.unmodelled, row),
        "builtin_privileges" => |r, row| push(&mut r.builtin_privileges, row),
        _ => return None,
    };
    Some(sink)
}

/// A row of the dependencies query, the most numerous by far, decoded directly: six integers.
fn dependency_row(r: &tokio_postgres::Row) -> Result<rows::DependencyRow, decode::Error> {
    let e = |e: tokio_postgres::Error| decode::Error(e.to_string());
    Ok(rows::DependencyRow(
        r.try_get(0).map_err(e)?,
        r.try_get(1).map_err(e)?,
        r.try_get(2).map_err(e)?,
        r.try_get(3).map_err(e)?,
        r.try_get(4).map_err(e)?,
        r.try_get(5).map_err(e)?,
    ))
}

/// Number of catalog queries one inspection runs, whatever the schema's size.
pub const QUERY_COUNT: usize = QUERIES.len();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_has_a_place_for_its_rows() {
        for (name, _) in QUERIES {
            assert!(sink(name).is_some(), "{name}");
        }
    }

    #[test]
    fn placeholders_follow_the_server_version() {
        for (_, sql) in QUERIES {
            for v in [130000, 140000, 150000, 160000, 170000] {
                assert!(
                    !render(sql, v).contains("{{"),
                    "unfilled placeholder for {v}"
                );
            }
        }
        assert!(render(include_str!("queries/indexes.sql"), 140000)
            .contains("false AS nulls_not_distinct"));
        assert!(render(include_str!("queries/collations.sql"), 170000).contains("c.colllocale"));
        assert!(render(include_str!("queries/collations.sql"), 150000).contains("c.colliculocale"));
    }
}
