//! Secrets in catalog objects: the `password` of a user mapping or server, the password in a
//! subscription's connection string. Pure.
//!
//! The model never holds a secret's text: the catalog keeps a digest marker
//! (`pgshift-secret:sha256:...`) in its place, so two databases compare without showing it.
//! Plans write a placeholder (`'${PGSHIFT_SECRET_MY_SERVER_PASSWORD}'`) that the executor fills
//! from the environment when it runs the file; replay fills an unset one with
//! [`UNSET`], which compares equal to any secret (migrations cannot know the real one).

use super::ObjectId;

/// The prefix of every value that stands for a secret.
pub const MARK: &str = "pgshift-secret:";
/// A secret nobody gave (a replayed migration with no value in the environment).
pub const UNSET: &str = "pgshift-secret:unset";
/// The prefix of a placeholder in SQL text.
pub const PLACEHOLDER_PREFIX: &str = "${PGSHIFT_SECRET_";

/// Whether an option of this name holds a secret.
pub fn is_secret_option(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n != "password_required"
        && (n.contains("password") || n == "passwd" || n.contains("secret") || n.contains("token"))
}

/// Whether two values of a secret option are the same secret (an unknown one matches any).
pub fn same(a: &str, b: &str) -> bool {
    a == b || a == UNSET || b == UNSET
}

/// The environment variable that gives the secret option `option` of `id`:
/// `PGSHIFT_SECRET_<SERVER>_<OPTION>`, `PGSHIFT_SECRET_<SERVER>_<USER>_<OPTION>` for a user
/// mapping, `PGSHIFT_SECRET_FDW_<WRAPPER>_<OPTION>`, `PGSHIFT_SECRET_SUBSCRIPTION_<NAME>_<OPTION>`.
pub fn variable(id: &ObjectId, option: &str) -> String {
    let parts: Vec<&str> = match id {
        ObjectId::ForeignServer { name } => vec![name],
        ObjectId::UserMapping { user, server } => vec![server, user],
        ObjectId::ForeignDataWrapper { name } => vec!["fdw", name],
        ObjectId::Subscription { name } => vec!["subscription", name],
        _ => vec!["object"],
    };
    let mut out = String::from("PGSHIFT_SECRET");
    for p in parts.into_iter().chain([option]) {
        out.push('_');
        out.extend(p.chars().map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        }));
    }
    out
}

/// `${VARIABLE}`, as plans write a secret.
pub fn placeholder(id: &ObjectId, option: &str) -> String {
    format!("${{{}}}", variable(id, option))
}

/// The placeholders in `text`, by variable name, in order of first use.
pub fn variables_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(PLACEHOLDER_PREFIX) {
        let after = &rest[at + 2..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !out.iter().any(|n| n == name)
                {
                    out.push(name.to_string());
                }
                rest = &after[end..];
            }
            None => break,
        }
    }
    out
}

/// `text` with each placeholder replaced by what `value` gives for its variable; the first
/// variable it has no value for, else.
pub fn fill(text: &str, value: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
    let mut out = text.to_string();
    for name in variables_in(text) {
        let v = value(&name).ok_or_else(|| name.clone())?;
        out = out.replace(
            &format!("${{{name}}}"),
            &crate::sql::writer::literal_body(&v),
        );
    }
    Ok(out)
}

/// The secret in a libpq connection string (`password=...`), if any: its value's byte range.
pub fn conninfo_password(conninfo: &str) -> Option<std::ops::Range<usize>> {
    let bytes = conninfo.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let key_start = i;
        while i < bytes.len() && bytes[i] != b'=' && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let key = &conninfo[key_start..i];
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'=') {
            i += 1;
        }
        let value_start = i;
        if i < bytes.len() && bytes[i] == b'\'' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'\'' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(bytes.len());
        } else {
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                i += 1;
            }
        }
        if key == "password" {
            return Some(value_start..i);
        }
        if i == key_start {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_named_after_their_object_and_option() {
        let id = ObjectId::UserMapping {
            user: "app-user".into(),
            server: "my_server".into(),
        };
        assert_eq!(
            variable(&id, "password"),
            "PGSHIFT_SECRET_MY_SERVER_APP_USER_PASSWORD"
        );
        let text = format!(
            "x '{}' y '{}'",
            placeholder(&id, "password"),
            "${PGSHIFT_SECRET_A}"
        );
        assert_eq!(
            variables_in(&text),
            vec![
                "PGSHIFT_SECRET_MY_SERVER_APP_USER_PASSWORD",
                "PGSHIFT_SECRET_A"
            ]
        );
        let filled = fill(&text, &|n| (n == "PGSHIFT_SECRET_A").then(|| "it's".into()));
        assert_eq!(
            filled,
            Err("PGSHIFT_SECRET_MY_SERVER_APP_USER_PASSWORD".into())
        );
        let filled = fill("'${PGSHIFT_SECRET_A}'", &|_| Some("it's".into()));
        assert_eq!(filled.unwrap(), "'it''s'");
    }

    #[test]
    fn secret_options_and_connection_passwords_are_found() {
        assert!(is_secret_option("password"));
        assert!(is_secret_option("Secret_Key"));
        assert!(!is_secret_option("password_required"));
        assert!(!is_secret_option("user"));
        let c = "host=db password='a b' user=x";
        assert_eq!(&c[conninfo_password(c).unwrap()], "'a b'");
        let c = "host=db password=abc";
        assert_eq!(&c[conninfo_password(c).unwrap()], "abc");
        assert_eq!(conninfo_password("host=db user=x"), None);
    }
}
