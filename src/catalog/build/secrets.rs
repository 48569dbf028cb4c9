//! Secrets in catalog objects (foreign server and user mapping options, subscription
//! connection strings) become digest markers: the model never holds their text.

use super::*;

/// A secret's digest marker (the model never holds its text); a value that already is a marker
/// (a plan validated with markers in place of secrets) stays as it is.
fn secret_marker(value: &str) -> String {
    use sha2::{Digest, Sha256};
    if value.starts_with(secret::MARK) {
        return value.to_string();
    }
    let digest = Sha256::digest(value.as_bytes());
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("{}sha256:{hex}", secret::MARK)
}

fn hide_option_secrets(options: &mut Options) {
    for o in options.iter_mut() {
        let (name, value) = option_parts(o);
        if secret::is_secret_option(name) {
            *o = format!("{name}={}", secret_marker(value));
        }
    }
}

/// `spec` with every secret replaced by its digest marker.
pub(super) fn hide_secrets(mut spec: Spec) -> Spec {
    match &mut spec {
        Spec::ForeignDataWrapper(w) => hide_option_secrets(&mut w.options),
        Spec::ForeignServer(s) => hide_option_secrets(&mut s.options),
        Spec::UserMapping(m) => hide_option_secrets(&mut m.options),
        Spec::Subscription(s) => {
            if let Some(range) = secret::conninfo_password(&s.connection) {
                let value = s.connection[range.clone()].trim_matches('\'').to_string();
                s.connection.replace_range(range, &secret_marker(&value));
            }
        }
        _ => {}
    }
    spec
}
