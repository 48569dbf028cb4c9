//! Password redaction for everything pgshift prints or logs.
//!
//! Invariant: no text that may hold a connection string reaches stdout, stderr or a file without
//! passing through [`text`]. URLs keep user, host, port and database (people need them to tell
//! environments apart) and lose only the password.

/// Redacts one connection string: a URL (`postgres://user:secret@host/db`) or a key/value
/// conninfo (`host=x password=secret`). Anything else is returned unchanged.
pub fn url(s: &str) -> String {
    text(s)
}

/// Redacts every password found anywhere in free text: URL userinfo passwords, `password=` in
/// conninfo strings and URL query parameters.
pub fn text(s: &str) -> String {
    redact_keyword(&redact_userinfo(s))
}

/// `scheme://user:password@host` -> `scheme://user:***@host`, for every URL in the text.
fn redact_userinfo(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find("://") {
        let (head, tail) = rest.split_at(pos + 3);
        out.push_str(head);
        // The authority ends at the first '/', '?', '#' or whitespace; the userinfo ends at its last '@'.
        let end = tail
            .find(|c: char| {
                c == '/' || c == '?' || c == '#' || c.is_whitespace() || c == '"' || c == '\''
            })
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(at) => {
                let userinfo = &authority[..at];
                match userinfo.find(':') {
                    Some(colon) => {
                        out.push_str(&userinfo[..colon]);
                        out.push_str(":***");
                    }
                    None => out.push_str(userinfo),
                }
                out.push_str(&authority[at..]);
            }
            None => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// `password=secret` (conninfo or URL query) -> `password=***`.
fn redact_keyword(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let lower = rest.to_ascii_lowercase();
        let Some(pos) = lower.find("password=") else {
            out.push_str(rest);
            return out;
        };
        let value_start = pos + "password=".len();
        out.push_str(&rest[..value_start]);
        let value = &rest[value_start..];
        let end = if let Some(quoted) = value.strip_prefix('\'') {
            quoted.find('\'').map(|e| e + 2).unwrap_or(value.len())
        } else {
            value
                .find(|c: char| c.is_whitespace() || c == '&' || c == '"' || c == '#')
                .unwrap_or(value.len())
        };
        if end > 0 {
            out.push_str("***");
        }
        rest = &value[end..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_password_is_hidden_and_the_rest_kept() {
        assert_eq!(
            url("postgres://app:s3cr%40t@db.example.com:5432/main?sslmode=require"),
            "postgres://app:***@db.example.com:5432/main?sslmode=require"
        );
        assert_eq!(
            url("postgresql://app@localhost/db"),
            "postgresql://app@localhost/db"
        );
        assert_eq!(url("postgres://localhost"), "postgres://localhost");
    }

    #[test]
    fn passwords_inside_free_text_and_conninfo_are_hidden() {
        let t = "cannot reach postgres://u:pw1@h/db nor 'postgresql://x:pw2@y:1/z': refused";
        let r = text(t);
        assert!(!r.contains("pw1") && !r.contains("pw2"), "{r}");
        assert_eq!(
            text("host=h password=pw3 user=u"),
            "host=h password=*** user=u"
        );
        assert_eq!(
            text("host=h password='p w' user=u"),
            "host=h password=*** user=u"
        );
        assert_eq!(
            text("postgres://h/db?password=pw4&x=1"),
            "postgres://h/db?password=***&x=1"
        );
    }

    #[test]
    fn at_sign_in_password_does_not_leak_its_tail() {
        assert_eq!(url("postgres://u:a@b@host/db"), "postgres://u:***@host/db");
    }
}
