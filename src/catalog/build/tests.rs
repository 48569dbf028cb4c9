use super::*;

fn rows<T: serde::de::DeserializeOwned>(json: &str) -> Vec<T> {
    serde_json::from_str(json).unwrap()
}

fn table_row(schema: &str, name: &str, columns: &str) -> String {
    format!(
        r#"{{"schema":"{schema}","name":"{name}","unlogged":false,"partition_key":null,"partition_of":null,
           "inherits":null,"replica_identity":"d","replica_identity_index":null,"rls_enabled":false,
           "rls_forced":false,"options":[],"owner":"app","comment":null,"acl":["app=arwdDxt/app"],
           "columns":{columns}}}"#
    )
}

#[test]
fn unmodelled_objects_of_excluded_schemas_are_left_out() {
    let r = Rows {
        unmodelled: rows(
            r#"[{"description":"rule r on table auth.users","kind":"rule","schema":"auth"},
                {"description":"rule r on table public.t","kind":"rule","schema":"public"},
                {"description":"cast from integer to public.p","kind":"cast","schema":null}]"#,
        ),
        ..Rows::default()
    };
    let filter = Filter {
        excluded_schemas: ["auth".to_string()].into(),
        keep_attached_to_excluded: true,
    };
    let s = build(r, &filter);
    let kept: Vec<&str> = s
        .unmodelled
        .iter()
        .map(|u| u.description.as_str())
        .collect();
    assert_eq!(
        kept,
        ["cast from integer to public.p", "rule r on table public.t"]
    );
}

#[test]
fn identity_generated_and_column_privileges() {
    let t = table_row(
        "Mixed Case",
        "café",
        r#"[{"name":"id","data_type":"bigint","collation":null,"not_null":true,"default":null,"generated":null,
             "identity":{"always":true,"schema":"Mixed Case","sequence":"café_id_seq","data_type":"bigint","start":1,
                         "increment":1,"min_value":1,"max_value":9223372036854775807,"cache":1,"cycle":false},
             "inherited":false,"comment":null,"acl":null},
            {"name":"total","data_type":"numeric(10,2)","collation":null,"not_null":false,"default":null,
             "generated":"(price * (qty)::numeric)","identity":null,"inherited":false,"comment":"derived",
             "acl":["reader=r/app","\"Odd \"\"Role\"=w*/app"]}]"#,
    );
    let r = Rows {
        tables: rows(&format!("[{t}]")),
        ..Rows::default()
    };
    let s = build(r, &Filter::default());
    let table = &s.tables[&QualifiedName::new("Mixed Case", "café")];
    // The owner's own privileges are implicit and dropped.
    assert!(table.privileges.is_empty());
    let id = &table.columns[0];
    let identity = id.identity.as_ref().unwrap();
    assert!(identity.always);
    assert_eq!(
        identity.sequence,
        QualifiedName::new("Mixed Case", "café_id_seq")
    );
    assert_eq!(identity.options.max_value, i64::MAX);
    let total = &table.columns[1];
    assert_eq!(total.generated.as_deref(), Some("(price * (qty)::numeric)"));
    assert_eq!(total.default, None);
    assert_eq!(
        total.privileges,
        vec![
            Grant {
                grantee: "Odd \"Role".into(),
                privilege: "UPDATE".into(),
                grantable: true,
                grantor: None
            },
            Grant {
                grantee: "reader".into(),
                privilege: "SELECT".into(),
                grantable: false,
                grantor: None
            },
        ]
    );
}

#[test]
fn partitions_keep_their_parent_and_bound() {
    let mut t: serde_json::Value =
        serde_json::from_str(&table_row("public", "events_2025", "[]")).unwrap();
    t["partition_of"] = serde_json::json!({"schema":"public","name":"events","bound":"FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"});
    let r = Rows {
        tables: vec![serde_json::from_value(t).unwrap()],
        ..Rows::default()
    };
    let s = build(r, &Filter::default());
    let p = s
        .tables
        .values()
        .next()
        .unwrap()
        .partition_of
        .clone()
        .unwrap();
    assert_eq!(p.parent, QualifiedName::new("public", "events"));
    assert!(p.bound.starts_with("FOR VALUES FROM"));
}

fn function_row(name: &str, args: &str) -> String {
    format!(
        r#"{{"schema":"public","name":"{name}","identity_args":"{args}","kind":"f","definition":"CREATE ...",
           "arguments":"{args}","returns":"integer","language":"sql","volatility":"i","security_definer":false,
           "strict":false,"leakproof":false,"parallel":"u","config":["search_path=\"\""],"owner":"app",
           "comment":null,"acl":["=X/app","app=X/app"]}}"#
    )
}

#[test]
fn overloaded_functions_are_distinct_and_keep_default_execute() {
    let r = Rows {
        functions: rows(&format!(
            "[{},{}]",
            function_row("add", "a integer, b integer"),
            function_row("add", "a numeric, b numeric")
        )),
        ..Rows::default()
    };
    let s = build(r, &Filter::default());
    assert_eq!(s.functions.len(), 2);
    let f = &s.functions[&FunctionId::new("public", "add", "a integer, b integer")];
    assert_eq!(
        f.privileges,
        vec![Grant {
            grantee: "PUBLIC".into(),
            privilege: "EXECUTE".into(),
            grantable: false,
            grantor: None
        }]
    );
}

#[test]
fn policies_and_triggers_on_managed_tables_are_kept_under_the_supabase_filter() {
    let filter = Filter {
        excluded_schemas: ["auth".to_string(), "storage".to_string()].into(),
        keep_attached_to_excluded: true,
    };
    let r = Rows {
        tables: rows(&format!("[{}]", table_row("auth", "users", "[]"))),
        policies: rows(
            r#"[{"schema":"storage","table":"objects","name":"own files","permissive":true,"command":"SELECT",
                 "roles":["authenticated"],"using":"(owner = auth.uid())","with_check":null,"comment":null}]"#,
        ),
        triggers: rows(
            r#"[{"schema":"auth","table":"users","name":"on_auth_user_created",
                 "function":{"schema":"public","name":"handle_new_user","args":""},
                 "definition":"CREATE TRIGGER ...","enabled":"O","constraint_trigger":false,"comment":null},
                {"schema":"auth","table":"users","name":"platform_trigger",
                 "function":{"schema":"auth","name":"internal","args":""},
                 "definition":"CREATE TRIGGER ...","enabled":"O","constraint_trigger":false,"comment":null}]"#,
        ),
        ..Rows::default()
    };
    let s = build(r.clone(), &filter);
    assert!(!s.tables.contains_key(&QualifiedName::new("auth", "users")));
    assert_eq!(s.triggers.len(), 1, "{:?}", s.triggers.keys());
    let stub = &s.tables[&QualifiedName::new("storage", "objects")];
    assert!(stub.columns.is_empty() && stub.policies.contains_key("own files"));
    // Without the preset, excluded means excluded.
    let s = build(
        r,
        &Filter {
            keep_attached_to_excluded: false,
            ..filter
        },
    );
    assert!(s.triggers.is_empty() && s.tables.is_empty());
}

#[test]
fn plain_indexes_are_written_as_pg_get_indexdef_writes_them() {
    let row_where = |name: &str,
                     unique: bool,
                     partitioned: bool,
                     keys: &str,
                     include: &str,
                     predicate: &str| {
        serde_json::from_str::<IndexRow>(&format!(
            r#"{{"schema":"app","name":"{name}","table_schema":"app","table":"Orders","definition":null,
                "partitioned":{partitioned},"method":"btree","unique":{unique},"primary":false,
                "key_columns":{keys},"include_columns":{include},"predicate":{predicate},"constraint":null,
                "parent":null,"nulls_not_distinct":false,"valid":true,"comment":null}}"#
        ))
        .unwrap()
    };
    let row = |name: &str, unique: bool, partitioned: bool, keys: &str, include: &str| {
        row_where(name, unique, partitioned, keys, include, "null")
    };
    assert_eq!(
        plain_index_definition(&row(
            "By Day",
            true,
            false,
            r#"["customer_id", "\"Day\""]"#,
            r#"["total"]"#
        )),
        r#"CREATE UNIQUE INDEX "By Day" ON app."Orders" USING btree (customer_id, "Day") INCLUDE (total)"#
    );
    assert_eq!(
        plain_index_definition(&row("orders_at", false, true, r#"["at"]"#, "null")),
        r#"CREATE INDEX orders_at ON ONLY app."Orders" USING btree (at)"#
    );
    assert_eq!(
        plain_index_definition(&row_where(
            "open",
            true,
            false,
            r#"["at"]"#,
            r#"["total"]"#,
            r#""(deleted_at IS NULL)""#
        )),
        r#"CREATE UNIQUE INDEX open ON app."Orders" USING btree (at) INCLUDE (total) WHERE (deleted_at IS NULL)"#
    );
}

#[test]
fn user_defined_default_classes_are_written_out() {
    let classes = vec![(2, "App Ops".to_string(), "pair_ops".to_string())];
    assert_eq!(
        with_default_classes(
            r#"CREATE INDEX by_pair ON ONLY app."Orders" USING btree (id, pair DESC) WHERE (id > 0)"#
                .to_string(),
            &classes
        ),
        r#"CREATE INDEX by_pair ON ONLY app."Orders" USING btree (id, pair "App Ops".pair_ops DESC) WHERE id > 0"#
    );
    // A column that names its class keeps it; text that is not an index stays as it was.
    let named = r#"CREATE INDEX i ON app.t USING btree (a, b app.other_ops)"#;
    assert_eq!(with_default_classes(named.to_string(), &classes), named);
    assert_eq!(
        with_default_classes("nonsense".to_string(), &classes),
        "nonsense"
    );
}

#[test]
fn access_methods_attribute_options_and_index_attributes() {
    let with_method = |name: &str, method: &str| {
        table_row(
            "app",
            name,
            r#"[{"name":"kind","data_type":"text","collation":null,"not_null":false,
             "default":null,"generated":null,"inherited":false,"comment":null,"acl":null,
             "options":["n_distinct=-0.5","n_distinct_inherited=100"]}]"#,
        )
        .replace(
            r#""owner":"app""#,
            &format!(r#""owner":"app","access_method":{method}"#),
        )
    };
    let index = r#"{"schema":"app","name":"events_lower","table_schema":"app","table":"events",
        "definition":"CREATE INDEX events_lower ON app.events USING btree (lower(kind))","method":"btree",
        "unique":false,"primary":false,"key_columns":["lower(kind)"],"predicate":null,"parent":null,
        "nulls_not_distinct":false,"valid":true,"comment":null,"clustered":true,"statistics":{"1":3000}}"#;
    let r = Rows {
        tables: rows(&format!(
            "[{}, {}, {}]",
            with_method("events", r#""heap""#),
            with_method("archive", r#""heap2""#),
            with_method("parted", "null")
        )),
        indexes: rows(&format!("[{index}]")),
        ..Rows::default()
    };
    let s = build(r, &Filter::default());
    let method = |t: &str| {
        s.tables[&QualifiedName::new("app", t)]
            .access_method
            .clone()
    };
    // heap is what every table gets unless it says otherwise: not said.
    assert_eq!(method("events"), None);
    assert_eq!(method("archive"), Some("heap2".into()));
    assert_eq!(method("parted"), None);
    assert_eq!(
        s.tables[&QualifiedName::new("app", "events")].columns[0]
            .settings
            .options,
        vec!["n_distinct=-0.5", "n_distinct_inherited=100"]
    );
    let i = &s.indexes[&QualifiedName::new("app", "events_lower")];
    assert!(i.clustered);
    assert_eq!(i.statistics.get(&1), Some(&3000));
}

#[test]
fn default_privileges_and_dependencies() {
    let r = Rows {
        default_privileges: rows(
            r#"[{"role":"app","schema":"public","object_type":"tables","acl":["reader=r/app"]},
                {"role":"app","schema":null,"object_type":"functions","acl":["app=X/app"]}]"#,
        ),
        tables: rows(&format!(
            "[{}]",
            table_row(
                "public",
                "t",
                r#"[{"name":"a","data_type":"integer","collation":null,"not_null":false,"default":null,
                     "generated":null,"identity":null,"inherited":false,"comment":null,"acl":null}]"#
            )
        )),
        views: rows(
            r#"[{"materialized":false,"schema":"public","name":"v","definition":" SELECT t.a FROM public.t;",
                 "options":[],"owner":"app","comment":null,"acl":null,"columns":[]}]"#,
        ),
        // Addresses: the view's rewrite rule (2618, 30) stands for the view; (1259, 10, 1)
        // is column a of t, (1259, 10, 2) a column the model does not have.
        dependency_objects: rows(
            r#"[[2618, 30, 0, "view", "public", "v", null],
                [1259, 20, 0, "view", "public", "v", null],
                [1259, 10, 1, "column", "public", "t", "a"],
                [1259, 10, 2, "column", "public", "t", "gone"]]"#,
        ),
        dependencies: rows(
            r#"[[2618, 30, 0, 1259, 10, 1], [2618, 30, 0, 1259, 10, 2],
                [2618, 30, 0, 1259, 20, 0], [2618, 30, 0, 1259, 99, 0]]"#,
        ),
        ..Rows::default()
    };
    let s = build(r, &Filter::default());
    assert_eq!(s.default_privileges.len(), 2);
    assert_eq!(s.default_privileges[0].schema, None);
    assert_eq!(s.default_privileges[0].grants[0].privilege, "EXECUTE");
    // Only the edge whose both ends exist survives; self-edges and unknown addresses are dropped.
    let v = ObjectId::View {
        name: QualifiedName::new("public", "v"),
    };
    let a = ObjectId::Column {
        table: QualifiedName::new("public", "t"),
        column: "a".into(),
    };
    assert_eq!(s.dependencies.iter().collect::<Vec<_>>(), vec![(&v, &a)]);
}
