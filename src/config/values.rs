//! The values written in `pgshift.toml` that need reading: durations, sizes, the exposure roles.

use super::Preset;

/// A size as PostgreSQL writes them (`8kB`, `500MB`, `1GB`, `2TB`, or bytes), in bytes; the units
/// are powers of 1024, as in `pg_size_pretty`. Case does not matter.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    let number: u64 = s[..digits].parse().ok()?;
    let factor: u64 = match s[digits..].trim().to_ascii_lowercase().as_str() {
        "" | "b" | "bytes" => 1,
        "kb" => 1 << 10,
        "mb" => 1 << 20,
        "gb" => 1 << 30,
        "tb" => 1 << 40,
        _ => return None,
    };
    number.checked_mul(factor)
}

/// A PostgreSQL duration as the timeout settings accept it: a number with an optional unit.
pub(super) fn valid_duration(s: &str) -> bool {
    let s = s.trim();
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && ["", "ms", "s", "min", "h", "d"].contains(&s[digits..].trim())
}

/// The roles `[exposure] roles` names, or the preset's: `anon` and `authenticated` (the roles
/// Supabase's Data API runs requests as) under `supabase`, `PUBLIC` (everyone) under `none`,
/// where `PUBLIC` always comes first. Names are taken as written (role names are
/// case-sensitive); `public` in any case means `PUBLIC`.
pub(super) fn exposure_roles(
    preset: Preset,
    listed: Option<Vec<String>>,
) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |r: String| {
        if !out.contains(&r) {
            out.push(r);
        }
    };
    if preset == Preset::None {
        push("PUBLIC".into());
    }
    let listed = match (listed, preset) {
        (Some(l), _) => l,
        (None, Preset::Supabase) => vec!["anon".into(), "authenticated".into()],
        (None, Preset::None) => vec![],
    };
    for r in listed {
        let r = r.trim().to_string();
        if r.is_empty() {
            return Err("[exposure] roles names an empty role".into());
        }
        push(if r.eq_ignore_ascii_case("public") {
            "PUBLIC".into()
        } else {
            r
        });
    }
    if out.is_empty() {
        return Err(
            "[exposure] roles is empty; name at least one role (or PUBLIC for everyone)".into(),
        );
    }
    Ok(out)
}
