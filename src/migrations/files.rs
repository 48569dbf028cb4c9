//! `<version>_<name>.sql` file names and their order.
//!
//! A version is a run of digits: Supabase's 14-digit UTC timestamp (`20250101120000`) or a short
//! sequence (`001`). Versions order numerically, so `2_x.sql` runs before `10_y.sql`; two files
//! with the same numeric version are an error, as is a `.sql` file whose name does not match.
//! The name may be empty (`20231203063921_.sql`, what an ORM writes for an unnamed migration):
//! the Supabase CLI's pattern is `^([0-9]+)_(.*)\.sql$`, and a project it deploys must not be
//! refused here.

use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationName {
    /// The file name as found (`20250101120000_create_users.sql`).
    pub file_name: String,
    /// The digits before the first `_`, as written.
    pub version: String,
    /// What follows the `_`, without `.sql` (possibly empty).
    pub name: String,
}

impl MigrationName {
    /// Parses a file name; `None` when it is not `<digits>_<name>.sql` (the name may be empty).
    pub fn parse(file_name: &str) -> Option<Self> {
        let stem = file_name.strip_suffix(".sql")?;
        let (version, name) = stem.split_once('_')?;
        if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Self {
            file_name: file_name.to_string(),
            version: version.to_string(),
            name: name.to_string(),
        })
    }

    /// Compares versions as numbers of any length (no overflow: leading zeros are dropped and
    /// then the longer run of digits is the larger number).
    pub fn cmp_version(&self, other: &Self) -> Ordering {
        compare_versions(&self.version, &other.version)
    }
}

/// Numeric comparison of two digit strings.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    let a = a.trim_start_matches('0');
    let b = b.trim_start_matches('0');
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("{file}: migration file names must look like <version>_<name>.sql, where version is digits (for example 20250101120000_create_users.sql or 001_create_users.sql); rename the file (a directory of declarative schema files is given as declarative:DIR)")]
    BadName { file: String },
    #[error(
        "{first} and {second} have the same version {version}; give one of them a new version"
    )]
    DuplicateVersion {
        first: String,
        second: String,
        version: String,
    },
}

/// Orders the `.sql` files of a migrations directory. Names not ending in `.sql` and hidden files
/// are ignored (READMEs, `.gitkeep`); a `.sql` file that does not match the pattern is an error.
pub fn order<S: AsRef<str>>(file_names: &[S]) -> Result<Vec<MigrationName>, NameError> {
    let mut out = Vec::new();
    for f in file_names {
        let f = f.as_ref();
        if f.starts_with('.') || !f.ends_with(".sql") {
            continue;
        }
        out.push(MigrationName::parse(f).ok_or_else(|| NameError::BadName {
            file: f.to_string(),
        })?);
    }
    out.sort_by(|a, b| a.cmp_version(b).then_with(|| a.file_name.cmp(&b.file_name)));
    for pair in out.windows(2) {
        if pair[0].cmp_version(&pair[1]) == Ordering::Equal {
            return Err(NameError::DuplicateVersion {
                first: pair[0].file_name.clone(),
                second: pair[1].file_name.clone(),
                version: pair[1].version.clone(),
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[MigrationName]) -> Vec<&str> {
        v.iter().map(|m| m.file_name.as_str()).collect()
    }

    #[test]
    fn orders_numerically_and_ignores_non_sql() {
        let got = order(&["10_b.sql", "2_a.sql", "README.md", ".gitkeep", "001_z.sql"]).unwrap();
        assert_eq!(names(&got), ["001_z.sql", "2_a.sql", "10_b.sql"]);
        let got = order(&["20250102000000_b.sql", "20250101000000_a.sql"]).unwrap();
        assert_eq!(
            names(&got),
            ["20250101000000_a.sql", "20250102000000_b.sql"]
        );
    }

    #[test]
    fn parses_version_and_name() {
        let m = MigrationName::parse("0001_00_init_auth_schema.up.sql").unwrap();
        assert_eq!(
            (m.version.as_str(), m.name.as_str()),
            ("0001", "00_init_auth_schema.up")
        );
        assert!(MigrationName::parse("v1_x.sql").is_none());
        assert!(MigrationName::parse("1.sql").is_none());
        assert!(MigrationName::parse("_x.sql").is_none());
        // An unnamed migration, as ORMs write it and the Supabase CLI accepts it.
        let m = MigrationName::parse("20231203063921_.sql").unwrap();
        assert_eq!(
            (m.version.as_str(), m.name.as_str()),
            ("20231203063921", "")
        );
    }

    #[test]
    fn bad_names_and_duplicates_are_named() {
        let err = order(&["001_a.sql", "add_users.sql"]).unwrap_err();
        assert!(err.to_string().starts_with("add_users.sql:"), "{err}");
        let err = order(&["001_a.sql", "1_b.sql"]).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("001_a.sql") && msg.contains("1_b.sql"),
            "{msg}"
        );
    }

    #[test]
    fn very_long_versions_compare_without_overflow() {
        assert_eq!(
            compare_versions(
                "99999999999999999999999999999999999999999",
                "100000000000000000000000000000000000000000"
            ),
            Ordering::Less
        );
    }
}
