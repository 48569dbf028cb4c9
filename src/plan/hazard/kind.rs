//! The closed vocabulary of hazards, with the names users see.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hazard {
    /// Rows or values are removed and cannot come back from the schema alone.
    DeletesData,
    /// Blocks all reads and writes of the table while it runs.
    AcquiresAccessExclusiveLock,
    /// Blocks writes to the table while it runs (CREATE INDEX without CONCURRENTLY).
    AcquiresShareLock,
    /// Blocks writes to the table while it runs (foreign keys, triggers).
    AcquiresShareRowExclusiveLock,
    /// The table and its indexes are rewritten: time and disk proportional to its size.
    TableRewrite,
    /// Every row is read (validation of a constraint, SET NOT NULL).
    FullTableScan,
    /// An index is built: time and I/O proportional to the table.
    IndexBuild,
    /// Queries that used the index may become slow.
    IndexDropped,
    /// Who may read or change what changes: grants, policies, row level security.
    AuthzChange,
    /// Clients that use the dropped or renamed object fail.
    BreaksClients,
    /// Dependencies PostgreSQL does not track (function bodies) may break at run time.
    UntrackableDependencies,
    /// An extension's version changes.
    ExtensionUpgrade,
    /// Behaviour changes in ways that are easy to get wrong (replica identity, types).
    Correctness,
    /// The rollback cannot restore what this removes.
    Irreversible,
    /// An API role (`[exposure] roles`) can read or change data it could not before: a grant
    /// on a table without row level security, RLS turned off, a policy letting every row
    /// through, a SECURITY DEFINER function it may call, a view that bypasses RLS.
    ExposesData,
}

impl Hazard {
    pub const ALL: [Hazard; 15] = [
        Hazard::DeletesData,
        Hazard::AcquiresAccessExclusiveLock,
        Hazard::AcquiresShareLock,
        Hazard::AcquiresShareRowExclusiveLock,
        Hazard::TableRewrite,
        Hazard::FullTableScan,
        Hazard::IndexBuild,
        Hazard::IndexDropped,
        Hazard::AuthzChange,
        Hazard::BreaksClients,
        Hazard::UntrackableDependencies,
        Hazard::ExtensionUpgrade,
        Hazard::Correctness,
        Hazard::Irreversible,
        Hazard::ExposesData,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Hazard::DeletesData => "deletes-data",
            Hazard::AcquiresAccessExclusiveLock => "acquires-access-exclusive-lock",
            Hazard::AcquiresShareLock => "acquires-share-lock",
            Hazard::AcquiresShareRowExclusiveLock => "acquires-share-row-exclusive-lock",
            Hazard::TableRewrite => "table-rewrite",
            Hazard::FullTableScan => "full-table-scan",
            Hazard::IndexBuild => "index-build",
            Hazard::IndexDropped => "index-dropped",
            Hazard::AuthzChange => "authz-change",
            Hazard::BreaksClients => "breaks-clients",
            Hazard::UntrackableDependencies => "untrackable-dependencies",
            Hazard::ExtensionUpgrade => "extension-upgrade",
            Hazard::Correctness => "correctness",
            Hazard::Irreversible => "irreversible",
            Hazard::ExposesData => "exposes-data",
        }
    }

    /// Parses a hazard as users write it (`--allow-hazard deletes-data`).
    pub fn parse(s: &str) -> Option<Hazard> {
        Hazard::ALL.into_iter().find(|h| h.name() == s)
    }
}

impl fmt::Display for Hazard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for h in Hazard::ALL {
            assert_eq!(Hazard::parse(h.name()), Some(h));
            assert_eq!(
                serde_json::to_string(&h).unwrap(),
                format!("\"{}\"", h.name())
            );
        }
        assert_eq!(Hazard::parse("nope"), None);
    }
}
