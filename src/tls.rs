//! TLS for connections to real databases, with libpq's `sslmode` semantics.
//!
//! | `sslmode` | encrypted | server certificate checked |
//! |---|---|---|
//! | `disable` | never | - |
//! | `prefer` (default) | when the server offers it | no |
//! | `require` | always | no (but as libpq: yes, against `sslrootcert` when one is given) |
//! | `verify-ca` | always | chains to a root in `sslrootcert` |
//! | `verify-full` | always | chains to a root and names the host the URL connects to |
//!
//! `sslrootcert=FILE` names PEM certificates (default `~/.postgresql/root.crt`, as libpq);
//! `sslrootcert=system` uses the platform's trusted roots and implies `verify-full`.
//! `sslcert=FILE` and `sslkey=FILE` present a client certificate. tokio-postgres knows only
//! `disable`/`prefer`/`require`, so [`split_url`] takes these parameters out of the URL and
//! hands the driver `require`; the checks happen in the rustls configuration built here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};
use tokio_postgres_rustls::MakeRustlsConnect;

/// libpq's `sslmode` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum SslMode {
    Disable,
    Allow,
    #[default]
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "disable" => Self::Disable,
            "allow" => Self::Allow,
            "prefer" => Self::Prefer,
            "require" => Self::Require,
            "verify-ca" => Self::VerifyCa,
            "verify-full" => Self::VerifyFull,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Disable => "disable",
            Self::Allow => "allow",
            Self::Prefer => "prefer",
            Self::Require => "require",
            Self::VerifyCa => "verify-ca",
            Self::VerifyFull => "verify-full",
        }
    }

    /// The mode tokio-postgres is given: it negotiates, the rustls configuration verifies.
    fn driver_mode(self) -> &'static str {
        match self {
            Self::Disable => "disable",
            Self::Allow | Self::Prefer => "prefer",
            Self::Require | Self::VerifyCa | Self::VerifyFull => "require",
        }
    }
}

/// Where trusted root certificates come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Roots {
    File(PathBuf),
    System,
}

/// The TLS settings of one connection, read from its URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsOptions {
    pub mode: SslMode,
    /// Explicit `sslrootcert`.
    pub roots: Option<Roots>,
    /// `sslcert` and `sslkey`.
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
}

/// The URL parameters handled here rather than by the driver.
const OWN_PARAMS: &[&str] = &["sslmode", "sslrootcert", "sslcert", "sslkey"];

/// Splits a URL into the URL the driver is given and the TLS options. A URL without any of
/// the TLS parameters is returned unchanged. Errors are messages for the user.
pub fn split_url(url: &str) -> Result<(String, TlsOptions), String> {
    let Ok(parsed) = url::Url::parse(url) else {
        // Not a URL (key=value form): the driver reads it as it is.
        return Ok((url.to_string(), TlsOptions::default()));
    };
    if !parsed
        .query_pairs()
        .any(|(k, _)| OWN_PARAMS.contains(&k.as_ref()))
    {
        return Ok((url.to_string(), TlsOptions::default()));
    }
    let mut options = TlsOptions::default();
    let mut mode = None;
    let mut kept: Vec<(String, String)> = Vec::new();
    for (key, value) in parsed.query_pairs() {
        match key.as_ref() {
            "sslmode" => {
                mode = Some(SslMode::parse(&value).ok_or_else(|| {
                    format!(
                        "sslmode `{value}` is not one of disable, allow, prefer, require, verify-ca, verify-full"
                    )
                })?)
            }
            "sslrootcert" if value == "system" => options.roots = Some(Roots::System),
            "sslrootcert" => options.roots = Some(Roots::File(PathBuf::from(value.as_ref()))),
            "sslcert" => options.client_cert = Some(PathBuf::from(value.as_ref())),
            "sslkey" => options.client_key = Some(PathBuf::from(value.as_ref())),
            _ => kept.push((key.into_owned(), value.into_owned())),
        }
    }
    options.mode = match (mode, &options.roots) {
        // libpq: sslrootcert=system verifies fully unless told otherwise, and refuses less.
        (None, Some(Roots::System)) => SslMode::VerifyFull,
        (Some(m), Some(Roots::System)) if m != SslMode::VerifyFull => {
            return Err(format!(
                "sslrootcert=system needs sslmode=verify-full (it was {}): the platform's roots only make sense when the host name is checked",
                m.as_str()
            ))
        }
        // libpq: `require` with a root certificate given verifies the chain.
        (Some(SslMode::Require), Some(Roots::File(_))) => SslMode::VerifyCa,
        (m, _) => m.unwrap_or_default(),
    };
    if options.client_key.is_some() != options.client_cert.is_some() {
        return Err("sslcert and sslkey go together: give both files or neither".into());
    }
    kept.push(("sslmode".into(), options.mode.driver_mode().into()));
    let mut driver = parsed.clone();
    driver.query_pairs_mut().clear().extend_pairs(kept);
    Ok((driver.to_string(), options))
}

/// `url` with `params` added where the URL does not set them itself (an environment's TLS
/// settings from pgshift.toml: the URL, often from a secret, has the last word).
pub fn with_params(url: &str, params: &[(String, String)]) -> String {
    let Ok(mut parsed) = url::Url::parse(url) else {
        return url.to_string();
    };
    let missing: Vec<&(String, String)> = params
        .iter()
        .filter(|(k, _)| !parsed.query_pairs().any(|(have, _)| have == k.as_str()))
        .collect();
    if missing.is_empty() {
        return url.to_string();
    }
    parsed
        .query_pairs_mut()
        .extend_pairs(missing.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    parsed.to_string()
}

/// The TLS connector for a connection with `options`. Errors are messages for the user.
pub fn connector(options: &TlsOptions) -> Result<MakeRustlsConnect, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS set-up failed: {e}"))?;
    let verifier: Arc<dyn ServerCertVerifier> = match options.mode {
        SslMode::VerifyCa | SslMode::VerifyFull => {
            let roots = root_store(options.roots.as_ref())?;
            let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map_err(|e| format!("cannot use the root certificates: {e}"))?;
            if options.mode == SslMode::VerifyFull {
                webpki
            } else {
                Arc::new(ChainOnly(webpki))
            }
        }
        _ => Arc::new(NoCertificateCheck(provider)),
    };
    let builder = builder
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let config = match (&options.client_cert, &options.client_key) {
        (Some(cert), Some(key)) => {
            let certs = read_certificates(cert, "sslcert")?;
            let key = PrivateKeyDer::from_pem_file(key)
                .map_err(|e| format!("cannot read the client key sslkey={}: {e}", key.display()))?;
            builder
                .with_client_auth_cert(certs, key)
                .map_err(|e| format!("the client certificate and key do not go together: {e}"))?
        }
        _ => builder.with_no_client_auth(),
    };
    Ok(MakeRustlsConnect::new(config))
}

/// A hint for a failed connection under `options`, when the failure is a certificate check.
pub fn failure_hint(options: &TlsOptions, message: &str) -> Option<String> {
    if !message.contains("invalid peer certificate") {
        return None;
    }
    let roots = match &options.roots {
        Some(Roots::File(p)) => format!("the roots in {}", p.display()),
        Some(Roots::System) => "the platform's trusted roots".into(),
        None => format!("the roots in {}", default_root_file().display()),
    };
    Some(
        if message.contains("NotValidForName") || message.contains("not valid for name") {
            "the server's certificate does not name the host in the URL (sslmode=verify-full); connect with the host name the certificate was issued for, or use sslmode=verify-ca to check the chain only"
            .to_string()
        } else {
            format!(
            "the server's certificate does not chain to {roots} (sslmode={}); pass the CA that signed it with sslrootcert=FILE",
            options.mode.as_str()
        )
        },
    )
}

fn default_root_file() -> PathBuf {
    dirs::home_dir()
        .unwrap_or_default()
        .join(".postgresql")
        .join("root.crt")
}

fn root_store(roots: Option<&Roots>) -> Result<rustls::RootCertStore, String> {
    let mut store = rustls::RootCertStore::empty();
    match roots {
        Some(Roots::System) => {
            let found = rustls_native_certs::load_native_certs();
            for cert in found.certs {
                // A platform root webpki cannot parse is skipped, as browsers do.
                let _ = store.add(cert);
            }
            if store.is_empty() {
                return Err(
                    "sslrootcert=system: no trusted root certificates were found on this machine (install the ca-certificates package, or pass sslrootcert=FILE)"
                        .into(),
                );
            }
        }
        Some(Roots::File(path)) => add_file(&mut store, path)?,
        None => {
            let path = default_root_file();
            if !path.is_file() {
                return Err(format!(
                    "certificate verification needs root certificates: pass sslrootcert=FILE (the CA that signed the server's certificate), or sslrootcert=system for the platform's roots ({} does not exist)",
                    path.display()
                ));
            }
            add_file(&mut store, &path)?
        }
    }
    Ok(store)
}

fn add_file(store: &mut rustls::RootCertStore, path: &Path) -> Result<(), String> {
    for cert in read_certificates(path, "sslrootcert")? {
        store.add(cert).map_err(|e| {
            format!(
                "sslrootcert={}: a certificate cannot be used as a root: {e}",
                path.display()
            )
        })?;
    }
    Ok(())
}

fn read_certificates(path: &Path, param: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("cannot read {param}={}: {e}", path.display()))?;
    if certs.is_empty() {
        return Err(format!(
            "{param}={} holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
            path.display()
        ));
    }
    Ok(certs)
}

/// verify-ca: the chain must lead to a trusted root; the name it is issued for does not matter.
#[derive(Debug)]
struct ChainOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        // The chain is checked before the name, so a name error means the chain was good.
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// `prefer`/`require`: any certificate, but the handshake signatures are still checked.
#[derive(Debug)]
struct NoCertificateCheck(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for NoCertificateCheck {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_without_tls_parameters_pass_unchanged() {
        let url = "postgres://u:p@h:5432/db?application_name=x";
        assert_eq!(split_url(url).unwrap(), (url.into(), TlsOptions::default()));
    }

    #[test]
    fn verify_modes_reach_the_driver_as_require() {
        let (driver, o) =
            split_url("postgres://h/db?sslmode=verify-full&sslrootcert=/ca.pem&connect_timeout=3")
                .unwrap();
        assert_eq!(driver, "postgres://h/db?connect_timeout=3&sslmode=require");
        assert_eq!(o.mode, SslMode::VerifyFull);
        assert_eq!(o.roots, Some(Roots::File("/ca.pem".into())));
        let (driver, o) = split_url("postgres://h/db?sslmode=disable").unwrap();
        assert_eq!(driver, "postgres://h/db?sslmode=disable");
        assert_eq!(o.mode, SslMode::Disable);
    }

    #[test]
    fn libpq_rules_for_roots() {
        let o = split_url("postgres://h/db?sslrootcert=system").unwrap().1;
        assert_eq!(o.mode, SslMode::VerifyFull);
        assert!(split_url("postgres://h/db?sslrootcert=system&sslmode=require").is_err());
        let o = split_url("postgres://h/db?sslmode=require&sslrootcert=/x")
            .unwrap()
            .1;
        assert_eq!(o.mode, SslMode::VerifyCa);
        assert!(split_url("postgres://h/db?sslmode=verify").is_err());
        assert!(split_url("postgres://h/db?sslcert=/c").is_err());
    }

    #[test]
    fn environment_settings_never_override_the_url() {
        let params = vec![
            ("sslmode".to_string(), "verify-full".to_string()),
            ("sslrootcert".to_string(), "/etc/ca.pem".to_string()),
        ];
        assert_eq!(
            with_params("postgres://h/db?sslmode=disable", &params),
            "postgres://h/db?sslmode=disable&sslrootcert=%2Fetc%2Fca.pem"
        );
        assert_eq!(with_params("postgres://h/db", &[]), "postgres://h/db");
    }

    #[test]
    fn missing_root_file_is_named() {
        let o = TlsOptions {
            mode: SslMode::VerifyFull,
            roots: Some(Roots::File("/nonexistent/ca.pem".into())),
            ..Default::default()
        };
        let err = connector(&o).err().unwrap();
        assert!(err.contains("/nonexistent/ca.pem"), "{err}");
    }
}
