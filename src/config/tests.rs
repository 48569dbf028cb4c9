//! Tests of the config: defaults, unknown keys, environments, shadow, presets and paths.

use super::*;

fn no_env(_: &str) -> Option<String> {
    None
}

fn load_text(text: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pgshift.toml");
    std::fs::write(&path, text).unwrap();
    Config::load(Some(&path), dir.path(), env)
}

#[test]
fn defaults_work_without_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let c = Config::load(None, dir.path(), &no_env).unwrap();
    assert!(c.file.is_none());
    assert_eq!(c.migrations_dir, dir.path().join("supabase/migrations"));
    assert_eq!(c.rollbacks_dir, dir.path().join("supabase/rollbacks"));
    assert_eq!(c.shadow.spec, ShadowSpec::Auto);
    // No `supabase/` directory: plain PostgreSQL, every user schema compared.
    assert_eq!(c.preset, Preset::None);
    assert!(!c.excluded_schemas().contains(&"auth".to_string()));
    std::fs::create_dir(dir.path().join("supabase")).unwrap();
    let c = Config::load(None, dir.path(), &no_env).unwrap();
    assert_eq!(c.preset, Preset::Supabase);
    assert!(c.excluded_schemas().contains(&"auth".to_string()));
    let path = dir.path().join("pgshift.toml");
    std::fs::write(&path, "preset = 'none'\n").unwrap();
    let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
    assert_eq!(c.preset, Preset::None);
}

#[test]
fn unknown_keys_are_named() {
    let err = load_text("migrations_dir = 'm'\nmigration_dir = 'x'\n", &no_env).unwrap_err();
    assert!(err.to_string().contains("migration_dir"), "{err}");
    let err = load_text("[shadow]\nimage_name = 'x'\n", &no_env).unwrap_err();
    assert!(err.to_string().contains("image_name"), "{err}");
    let err = load_text(
        "[environments.prod]\nurl = 'postgres://h/db'\nconfrim = true\n",
        &no_env,
    )
    .unwrap_err();
    assert!(err.to_string().contains("confrim"), "{err}");
}

#[test]
fn environments_resolve_urls_and_production_defaults() {
    let c = load_text(
        "[environments.staging]\nurl_env = 'STAGING_URL'\n[environments.production]\nurl = 'postgres://p/db'\n",
        &no_env,
    )
    .unwrap();
    let prod = c.environment("production").unwrap();
    assert!(prod.confirm && prod.backup);
    let staging = c.environment("staging").unwrap();
    assert!(!staging.confirm && !staging.backup);
    let err = staging.url().unwrap_err().to_string();
    assert!(err.contains("STAGING_URL"), "{err}");
    let err = c.environment("qa").unwrap_err().to_string();
    assert!(err.contains("production, staging"), "{err}");
}

#[test]
fn a_fleet_has_one_list_and_its_own_keys() {
    let c = load_text(
        "[environments.tenants]\nurls = ['postgres://h/a', 'b=postgres://h/b']\njobs = 8\n\
         [environments.regions]\nurls_file = 'regions.txt'\nfail_fast = true\n",
        &no_env,
    )
    .unwrap();
    let t = c.environment("tenants").unwrap();
    assert_eq!(
        t.fleet,
        Some(FleetUrls::List(vec![
            "postgres://h/a".into(),
            "b=postgres://h/b".into()
        ]))
    );
    assert_eq!((t.jobs, t.canary, t.fail_fast), (8, DEFAULT_CANARY, false));
    let regions = c.environment("regions").unwrap();
    assert!(regions.fail_fast);
    match &regions.fleet {
        Some(FleetUrls::File(p)) => assert!(p.is_absolute() && p.ends_with("regions.txt")),
        other => panic!("{other:?}"),
    }
    for (text, says) in [
        (
            "[environments.x]\nurls = []\nurls_env = 'V'\n",
            "has urls and urls_env",
        ),
        (
            "[environments.x]\nurl = 'postgres://h/a'\nurls_file = 't.txt'\n",
            "not both",
        ),
        (
            "[environments.x]\nurl = 'postgres://h/a'\njobs = 2\n",
            "jobs applies to",
        ),
        (
            "[environments.x]\nurl = 'postgres://h/a'\nfail_fast = true\n",
            "fail_fast applies to",
        ),
        ("[environments.x]\nurls_env = 'V'\njobs = 0\n", "jobs = 0"),
        (
            "[environments.x]\nconfirm = true\n",
            "or for several databases",
        ),
    ] {
        let err = load_text(text, &no_env).unwrap_err().to_string();
        assert!(err.contains(says), "{text}: {err}");
    }
}

#[test]
fn shadow_comes_from_env_before_file() {
    let env = |k: &str| (k == "PGSHIFT_SHADOW").then(|| "docker".to_string());
    let c = load_text("[shadow]\nprovider = 'local'\n", &env).unwrap();
    assert_eq!(c.shadow.spec, ShadowSpec::Docker);
    let c = load_text("[shadow]\nurl = 'postgres://u@h/db'\n", &no_env).unwrap();
    assert_eq!(
        c.shadow.spec,
        ShadowSpec::Server("postgres://u@h/db".into())
    );
    assert!(load_text("[shadow]\nprovider = 'podman'\n", &no_env).is_err());
}

#[test]
fn bad_shadow_value_does_not_echo_a_password() {
    let err = ShadowSpec::parse("mysql://u:hunter2@h/db")
        .unwrap_err()
        .to_string();
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn ignore_unmodelled_takes_known_kinds_only() {
    let c = load_text(
        "[schemas]\nignore_unmodelled = ['cast', 'user_mapping']\n",
        &no_env,
    )
    .unwrap();
    assert_eq!(
        c.ignore_unmodelled.iter().collect::<Vec<_>>(),
        ["cast", "user_mapping"]
    );
    let err = load_text("[schemas]\nignore_unmodelled = ['casts']\n", &no_env)
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown kind `casts`"), "{err}");
    assert!(err.contains("cast, cluster_index"), "{err}");
}

#[test]
fn seed_files_default_to_the_supabase_seed_when_it_exists() {
    let dir = tempfile::tempdir().unwrap();
    let c = Config::load(None, dir.path(), &no_env).unwrap();
    assert!(c.seed_files.is_empty());
    std::fs::create_dir(dir.path().join("supabase")).unwrap();
    std::fs::write(dir.path().join("supabase/seed.sql"), "").unwrap();
    let c = Config::load(None, dir.path(), &no_env).unwrap();
    assert_eq!(c.seed_files, [dir.path().join("supabase/seed.sql")]);
    let path = dir.path().join("pgshift.toml");
    std::fs::write(&path, "preset = 'none'\n").unwrap();
    let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
    assert!(
        c.seed_files.is_empty(),
        "the default belongs to the supabase preset"
    );
    std::fs::write(&path, "[seed]\nfiles = ['data/a.sql', 'data/b.sql']\n").unwrap();
    let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
    assert_eq!(
        c.seed_files,
        [dir.path().join("data/a.sql"), dir.path().join("data/b.sql")]
    );
    std::fs::write(&path, "[seed]\nfiles = []\n").unwrap();
    let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
    assert!(
        c.seed_files.is_empty(),
        "an empty list turns the default off"
    );
    std::fs::write(&path, "[seed]\nfile = 'x.sql'\n").unwrap();
    let err = Config::load(Some(&path), dir.path(), &no_env).unwrap_err();
    assert!(err.to_string().contains("`file`"), "{err}");
}

#[test]
fn serve_reads_its_token_from_a_named_variable() {
    let c = load_text("", &no_env).unwrap();
    assert_eq!(c.serve.token_env, "PGSHIFT_API_TOKEN");
    let c = load_text("[serve]\ntoken_env = 'STAGING_API_TOKEN'\n", &no_env).unwrap();
    assert_eq!(c.serve.token_env, "STAGING_API_TOKEN");
    let err = load_text("[serve]\ntoken_env = ''\n", &no_env).unwrap_err();
    assert!(err.to_string().contains("token_env"), "{err}");
    let err = load_text("[serve]\ntoken = 'abc'\n", &no_env).unwrap_err();
    assert!(err.to_string().contains("`token`"), "{err}");
}

#[test]
fn exposure_roles_and_large_table() {
    let c = load_text("preset = 'supabase'\n", &no_env).unwrap();
    assert_eq!(c.exposure_roles, ["anon", "authenticated"]);
    assert_eq!(c.large_table, None);
    let c = load_text("preset = 'none'\n", &no_env).unwrap();
    assert_eq!(c.exposure_roles, ["PUBLIC"]);
    let c = load_text(
        "preset = 'none'\n[exposure]\nroles = ['web_anon', 'public']\n[safety]\nlarge_table = '1GB'\n",
        &no_env,
    )
    .unwrap();
    assert_eq!(c.exposure_roles, ["PUBLIC", "web_anon"]);
    assert_eq!(c.large_table, Some(1 << 30));
    let c = load_text(
        "preset = 'supabase'\n[exposure]\nroles = ['api_user']\n",
        &no_env,
    )
    .unwrap();
    assert_eq!(c.exposure_roles, ["api_user"]);
    let err = load_text("preset = 'supabase'\n[exposure]\nroles = []\n", &no_env).unwrap_err();
    assert!(
        err.to_string().contains("[exposure] roles is empty"),
        "{err}"
    );
    let err = load_text("[safety]\nlarge_table = 'huge'\n", &no_env).unwrap_err();
    assert!(err.to_string().contains("large_table = \"huge\""), "{err}");
    let err = load_text("[exposure]\nrole = ['x']\n", &no_env).unwrap_err();
    assert!(err.to_string().contains("`role`"), "{err}");
    assert_eq!(parse_size("8kB"), Some(8192));
    assert_eq!(parse_size("500 MB"), Some(500 << 20));
    assert_eq!(parse_size("1024"), Some(1024));
    assert_eq!(parse_size("1.5GB"), None);
    assert_eq!(parse_size("GB"), None);
}

#[test]
fn paths_are_relative_to_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let path = dir.path().join("sub/pgshift.toml");
    std::fs::write(&path, "migrations_dir = 'db/migrations'\n").unwrap();
    let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
    assert_eq!(c.migrations_dir, dir.path().join("sub/db/migrations"));
}

#[test]
fn declarative_schema_dir() {
    let c = load_text("", &no_env).unwrap();
    assert_eq!(c.declarative_dir, None);
    let c = load_text("[declarative]\nschema_dir = 'supabase/schemas'\n", &no_env).unwrap();
    let dir = c.declarative_dir.unwrap();
    assert!(
        dir.is_absolute() && dir.ends_with("supabase/schemas"),
        "{dir:?}"
    );
    let err = load_text("[declarative]\nschema = 'x'\n", &no_env).unwrap_err();
    assert!(err.to_string().contains("`schema`"), "{err}");
}
