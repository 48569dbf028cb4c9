//! TLS like libpq: a throwaway cluster with `ssl = on` and certificates made by the test (a CA,
//! a server certificate for `localhost`, a client certificate, and an unrelated CA) is reached
//! with `verify-ca` and `verify-full`, and refused with the wrong CA or the wrong host name.

mod common;

use std::os::unix::fs::{chown, MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;

use common::{open_tempdir, pgshift, run, Cluster};

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the openssl command (Debian package openssl) makes the test certificates");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA named `name`: `name.pem` and `name.key` in `dir`.
fn make_ca(dir: &Path, name: &str) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "30",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.pem"),
            "-subj",
            &format!("/CN={name}"),
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
}

/// A certificate `name.pem`/`name.key` for `cn`, signed by `ca`, with extensions `ext`.
fn make_cert(dir: &Path, name: &str, cn: &str, ca: &str, ext: &str) {
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.csr"),
            "-subj",
            &format!("/CN={cn}"),
        ],
    );
    std::fs::write(dir.join(format!("{name}.ext")), ext).unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            &format!("{name}.csr"),
            "-CA",
            &format!("{ca}.pem"),
            "-CAkey",
            &format!("{ca}.key"),
            "-CAcreateserial",
            "-days",
            "30",
            "-out",
            &format!("{name}.pem"),
            "-extfile",
            &format!("{name}.ext"),
        ],
    );
}

struct TlsCluster {
    cluster: Cluster,
    port: String,
    dir: tempfile::TempDir,
}

impl TlsCluster {
    fn start() -> Self {
        let cluster = Cluster::start();
        let port = cluster
            .url()
            .rsplit_once(':')
            .unwrap()
            .1
            .split('/')
            .next()
            .unwrap()
            .to_string();
        let dir = open_tempdir();
        let d = dir.path();
        make_ca(d, "ca");
        make_ca(d, "other-ca");
        make_cert(
            d,
            "server",
            "localhost",
            "ca",
            "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n",
        );
        make_cert(
            d,
            "client",
            "certuser",
            "ca",
            "extendedKeyUsage=clientAuth\n",
        );
        // The server reads its key as the user it runs as; PostgreSQL wants it private.
        let data_dir = cluster.query("SHOW data_directory").remove(0);
        let owner = std::fs::metadata(&data_dir).unwrap();
        for f in ["server.pem", "server.key", "ca.pem"] {
            let p = d.join(f);
            chown(&p, Some(owner.uid()), Some(owner.gid())).unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let hba = cluster.query("SHOW hba_file").remove(0);
        let rules = std::fs::read_to_string(&hba).unwrap();
        std::fs::write(
            &hba,
            format!("hostssl all certuser 127.0.0.1/32 cert\nhostssl all certuser ::1/128 cert\n{rules}"),
        )
        .unwrap();
        let file = |f: &str| d.join(f).display().to_string();
        for sql in [
            "ALTER SYSTEM SET ssl = on".to_string(),
            format!("ALTER SYSTEM SET ssl_cert_file = '{}'", file("server.pem")),
            format!("ALTER SYSTEM SET ssl_key_file = '{}'", file("server.key")),
            format!("ALTER SYSTEM SET ssl_ca_file = '{}'", file("ca.pem")),
            "CREATE ROLE certuser LOGIN".to_string(),
            "SELECT pg_reload_conf()".to_string(),
        ] {
            cluster.query(&sql);
        }
        for _ in 0..50 {
            if cluster.query("SHOW ssl") == ["on"] {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        assert_eq!(cluster.query("SHOW ssl"), ["on"], "ssl did not switch on");
        TlsCluster { cluster, port, dir }
    }

    fn path(&self, f: &str) -> String {
        self.dir.path().join(f).display().to_string()
    }

    fn url(&self, user: &str, host: &str, params: &str) -> String {
        format!("postgres://{user}@{host}:{}/postgres?{params}", self.port)
    }

    /// Connects and says whether the session is encrypted, or the error.
    fn connect(&self, url: &str) -> Result<bool, String> {
        self.cluster.rt.block_on(async {
            let c = pgshift::db::connect(url).await.map_err(|e| e.to_string())?;
            let row = c
                .query_one(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                    &[],
                )
                .await
                .map_err(|e| e.to_string())?;
            Ok(row.get::<_, bool>(0))
        })
    }
}

#[test]
fn verify_modes_check_the_chain_and_the_host() {
    let t = TlsCluster::start();
    let ca = t.path("ca.pem");
    let other = t.path("other-ca.pem");

    // verify-full: the right CA and the host the certificate names.
    let full = format!("sslmode=verify-full&sslrootcert={ca}");
    assert_eq!(t.connect(&t.url("postgres", "localhost", &full)), Ok(true));
    // The certificate names localhost, not 127.0.0.1.
    let err = t
        .connect(&t.url("postgres", "127.0.0.1", &full))
        .unwrap_err();
    assert!(err.contains("does not name the host"), "{err}");
    // verify-ca checks the chain only.
    let ca_only = format!("sslmode=verify-ca&sslrootcert={ca}");
    assert_eq!(
        t.connect(&t.url("postgres", "127.0.0.1", &ca_only)),
        Ok(true)
    );
    // A CA that did not sign the server's certificate is refused in both modes.
    for mode in ["verify-ca", "verify-full"] {
        let err = t
            .connect(&t.url(
                "postgres",
                "localhost",
                &format!("sslmode={mode}&sslrootcert={other}"),
            ))
            .unwrap_err();
        assert!(
            err.contains("does not chain to the roots in"),
            "{mode}: {err}"
        );
        assert!(err.contains("other-ca.pem"), "{mode}: {err}");
    }
    // As libpq: `require` with a root certificate given checks the chain.
    let err = t
        .connect(&t.url(
            "postgres",
            "localhost",
            &format!("sslmode=require&sslrootcert={other}"),
        ))
        .unwrap_err();
    assert!(err.contains("does not chain"), "{err}");
    // `require` alone encrypts without checking; `disable` does not encrypt.
    assert_eq!(
        t.connect(&t.url("postgres", "127.0.0.1", "sslmode=require")),
        Ok(true)
    );
    assert_eq!(
        t.connect(&t.url("postgres", "127.0.0.1", "sslmode=disable")),
        Ok(false)
    );
    // A root file that does not exist is named.
    let err = t
        .connect(&t.url(
            "postgres",
            "localhost",
            "sslmode=verify-full&sslrootcert=/nonexistent/root.pem",
        ))
        .unwrap_err();
    assert!(err.contains("/nonexistent/root.pem"), "{err}");
}

#[test]
fn client_certificates_are_presented() {
    let t = TlsCluster::start();
    let ca = t.path("ca.pem");
    let with_cert = format!(
        "sslmode=verify-full&sslrootcert={ca}&sslcert={}&sslkey={}",
        t.path("client.pem"),
        t.path("client.key")
    );
    assert_eq!(
        t.connect(&t.url("certuser", "localhost", &with_cert)),
        Ok(true)
    );
    let without = format!("sslmode=verify-full&sslrootcert={ca}");
    let err = t
        .connect(&t.url("certuser", "localhost", &without))
        .unwrap_err();
    assert!(err.contains("certuser"), "{err}");
}

#[test]
fn the_cli_refuses_an_unverified_server_and_reads_settings_from_the_config() {
    let t = TlsCluster::start();
    let project = open_tempdir();
    let tmp = open_tempdir();
    // Settings per environment; paths relative to the config file.
    std::fs::copy(t.path("ca.pem"), project.path().join("ca.pem")).unwrap();
    std::fs::copy(t.path("other-ca.pem"), project.path().join("other.pem")).unwrap();
    std::fs::write(
        project.path().join("pgshift.toml"),
        format!(
            "[environments.staging]\nurl = \"{}\"\nsslmode = \"verify-full\"\nsslrootcert = \"ca.pem\"\n\n\
             [environments.impostor]\nurl = \"{}\"\nsslmode = \"verify-full\"\nsslrootcert = \"other.pem\"\n",
            t.url("postgres", "localhost", "connect_timeout=5"),
            t.url("postgres", "localhost", "connect_timeout=5"),
        ),
    )
    .unwrap();
    let ok = run(pgshift(project.path(), tmp.path()).args(["inspect", "env:staging"]));
    assert_eq!(ok.code, 0, "{}", ok.all());
    let refused = run(pgshift(project.path(), tmp.path()).args(["inspect", "env:impostor"]));
    assert_eq!(refused.code, 2, "{}", refused.all());
    assert!(
        refused.stderr.contains("does not chain"),
        "{}",
        refused.stderr
    );
    // The same through a URL on the command line.
    let url = t.url(
        "postgres",
        "127.0.0.1",
        &format!("sslmode=verify-full&sslrootcert={}", t.path("ca.pem")),
    );
    let refused = run(pgshift(project.path(), tmp.path()).args(["inspect", &url]));
    assert_eq!(refused.code, 2, "{}", refused.all());
    assert!(
        refused.stderr.contains("does not name the host"),
        "{}",
        refused.stderr
    );
}
