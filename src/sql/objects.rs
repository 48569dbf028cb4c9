//! SQL of the objects of `model::object`: create, drop, in-place alters and the references
//! COMMENT ON, ALTER ... OWNER TO and GRANT use. Exhaustive over the kinds.

use super::writer::{function, ident, list, literal, qualified, type_ref};
use crate::diff::{ObjectAction, OptionChange};
use crate::model::*;

/// `schema.op`: operator names are never quoted.
fn operator_name(name: &QualifiedName) -> String {
    format!("{}.{}", ident(&name.schema), name.name)
}

/// `OPERATOR(schema.op)`, as COMMUTATOR and NEGATOR take a qualified operator.
fn operator_ref(name: &QualifiedName) -> String {
    format!("OPERATOR({})", operator_name(name))
}

/// `schema.op (left, right)`, `NONE` for a prefix operator's left side.
fn operator_signature(name: &QualifiedName, left: Option<&str>, right: &str) -> String {
    format!(
        "{} ({}, {right})",
        operator_name(name),
        left.unwrap_or("NONE")
    )
}

fn user(name: &str) -> String {
    if name == "PUBLIC" {
        name.to_string()
    } else {
        ident(name)
    }
}

/// An option's value as a literal; a secret as its placeholder, never its text.
fn option_value(id: &ObjectId, name: &str, value: &str) -> String {
    if secret::is_secret_option(name) {
        literal(&secret::placeholder(id, name))
    } else {
        literal(value)
    }
}

/// ` OPTIONS (name 'value', ...)` of the object `id`, or nothing for no options.
pub(super) fn options_clause(id: &ObjectId, options: &Options) -> String {
    if options.is_empty() {
        return String::new();
    }
    let items = options.iter().map(|o| {
        let (name, value) = option_parts(o);
        format!("{} {}", ident(name), option_value(id, name, value))
    });
    format!(" OPTIONS ({})", list(items))
}

fn option_changes(id: &ObjectId, changes: &[OptionChange]) -> String {
    let items = changes.iter().map(|c| match c {
        OptionChange::Add { name, value } => {
            format!("ADD {} {}", ident(name), option_value(id, name, value))
        }
        OptionChange::Set { name, value } => {
            format!("SET {} {}", ident(name), option_value(id, name, value))
        }
        OptionChange::Drop { name } => format!("DROP {}", ident(name)),
    });
    format!("OPTIONS ({})", list(items))
}

/// A subscription's settings as `WITH` / `SET` items: all of them (`all`), or those that differ
/// from what `CREATE SUBSCRIPTION ... WITH (connect = false)` gives.
fn subscription_settings(s: &Subscription, all: bool) -> Vec<String> {
    let mut out = Vec::new();
    if all || s.slot_name.as_deref() != Some(s.name.as_str()) {
        let slot = s.slot_name.as_deref().map(literal);
        out.push(format!(
            "slot_name = {}",
            slot.unwrap_or_else(|| "NONE".into())
        ));
    }
    for (name, on) in [
        ("binary", s.binary),
        ("streaming", s.streaming),
        ("disable_on_error", s.disable_on_error),
    ] {
        if all || on {
            out.push(format!("{name} = {on}"));
        }
    }
    if all || s.synchronous_commit != "off" {
        out.push(format!(
            "synchronous_commit = {}",
            literal(&s.synchronous_commit)
        ));
    }
    out
}

/// A subscription's connection string as a literal, its password as a placeholder.
fn connection(id: &ObjectId, conninfo: &str) -> String {
    let mut text = conninfo.to_string();
    if let Some(range) = secret::conninfo_password(conninfo) {
        text.replace_range(range, &secret::placeholder(id, "password"));
    }
    literal(&text)
}

fn member_operator(m: &MemberOperator) -> String {
    let order = m
        .order_family
        .as_ref()
        .map(|f| format!(" FOR ORDER BY {}", qualified(f)))
        .unwrap_or_default();
    format!(
        "OPERATOR {} {}({}, {}){order}",
        m.strategy,
        operator_name(&m.operator),
        m.left,
        m.right
    )
}

fn member_function(m: &MemberFunction) -> String {
    format!(
        "FUNCTION {} ({}, {}) {}",
        m.number,
        m.left,
        m.right,
        function(&m.function)
    )
}

/// A statement's text as the server wrote it (`pg_get_ruledef` ends with a semicolon).
fn without_semicolon(definition: &str) -> &str {
    definition.trim_end().trim_end_matches(';').trim_end()
}

/// The statement(s) that create `spec`.
pub fn create(spec: &Spec) -> String {
    match spec {
        Spec::Rule(r) => without_semicolon(&r.definition).to_string(),
        Spec::Statistics(s) => without_semicolon(&s.definition).to_string(),
        Spec::Operator(o) => {
            let mut parts = vec![format!("FUNCTION = {}", qualified(&o.function.name))];
            if let Some(l) = &o.left {
                parts.push(format!("LEFTARG = {l}"));
            }
            parts.push(format!("RIGHTARG = {}", o.right));
            if let Some(c) = &o.commutator {
                parts.push(format!("COMMUTATOR = {}", operator_ref(c)));
            }
            if let Some(n) = &o.negator {
                parts.push(format!("NEGATOR = {}", operator_ref(n)));
            }
            if let Some(f) = &o.restrict {
                parts.push(format!("RESTRICT = {}", qualified(&f.name)));
            }
            if let Some(f) = &o.join {
                parts.push(format!("JOIN = {}", qualified(&f.name)));
            }
            if o.hashes {
                parts.push("HASHES".into());
            }
            if o.merges {
                parts.push("MERGES".into());
            }
            format!(
                "CREATE OPERATOR {} ({})",
                operator_name(&o.name),
                list(parts)
            )
        }
        Spec::OperatorFamily(f) if f.builtin => format!(
            "ALTER OPERATOR FAMILY {} USING {} ADD {}",
            qualified(&f.name),
            ident(&f.method),
            list(
                f.operators
                    .iter()
                    .map(member_operator)
                    .chain(f.functions.iter().map(member_function))
                    .collect::<Vec<_>>()
            )
        ),
        Spec::OperatorFamily(f) => {
            let mut s = format!(
                "CREATE OPERATOR FAMILY {} USING {}",
                qualified(&f.name),
                ident(&f.method)
            );
            let members: Vec<String> = f
                .operators
                .iter()
                .map(member_operator)
                .chain(f.functions.iter().map(member_function))
                .collect();
            if !members.is_empty() {
                s.push_str(&format!(
                    ";\nALTER OPERATOR FAMILY {} USING {} ADD {}",
                    qualified(&f.name),
                    ident(&f.method),
                    list(members)
                ));
            }
            s
        }
        Spec::OperatorClass(c) => {
            let mut items: Vec<String> = c
                .operators
                .iter()
                .map(member_operator)
                .chain(c.functions.iter().map(member_function))
                .collect();
            // The grammar wants at least one item: a class whose members all live in its
            // family (a domain's default class) names its storage, as pg_dump does.
            match &c.storage {
                Some(storage) => items.push(format!("STORAGE {}", type_ref(storage))),
                None if items.is_empty() => {
                    items.push(format!("STORAGE {}", type_ref(&c.data_type)))
                }
                None => {}
            }
            format!(
                "CREATE OPERATOR CLASS {}{} FOR TYPE {} USING {} FAMILY {} AS {}",
                qualified(&c.name),
                if c.default { " DEFAULT" } else { "" },
                type_ref(&c.data_type),
                ident(&c.method),
                qualified(&c.family),
                list(items)
            )
        }
        Spec::Cast(c) => {
            let how = match (c.method.as_str(), &c.function) {
                ("function", Some(f)) => format!("WITH FUNCTION {}", function(f)),
                ("inout", _) => "WITH INOUT".to_string(),
                _ => "WITHOUT FUNCTION".to_string(),
            };
            let context = match c.context.as_str() {
                "assignment" => " AS ASSIGNMENT",
                "implicit" => " AS IMPLICIT",
                _ => "",
            };
            format!(
                "CREATE CAST ({} AS {}) {how}{context}",
                type_ref(&c.source),
                type_ref(&c.target)
            )
        }
        Spec::Conversion(c) => format!(
            "CREATE {}CONVERSION {} FOR {} TO {} FROM {}",
            if c.default { "DEFAULT " } else { "" },
            qualified(&c.name),
            literal(&c.source_encoding),
            literal(&c.target_encoding),
            qualified(&c.function.name)
        ),
        Spec::Language(l) => super::languages::create_language(l, false),
        Spec::BaseType(t) => super::base_types::create_base_type(t),
        Spec::ShellType(t) => super::base_types::create_shell(&t.name),
        Spec::Transform(t) => super::languages::create_transform(t, false),
        Spec::AccessMethod(a) => format!(
            "CREATE ACCESS METHOD {} TYPE {} HANDLER {}",
            ident(&a.name),
            a.method_type.to_uppercase(),
            qualified(&a.handler.name)
        ),
        Spec::TextSearchParser(p) => {
            let mut parts = vec![
                format!("START = {}", qualified(&p.start.name)),
                format!("GETTOKEN = {}", qualified(&p.get_token.name)),
                format!("END = {}", qualified(&p.end.name)),
                format!("LEXTYPES = {}", qualified(&p.lex_types.name)),
            ];
            if let Some(h) = &p.headline {
                parts.push(format!("HEADLINE = {}", qualified(&h.name)));
            }
            format!(
                "CREATE TEXT SEARCH PARSER {} ({})",
                qualified(&p.name),
                list(parts)
            )
        }
        Spec::TextSearchTemplate(t) => {
            let mut parts = Vec::new();
            if let Some(i) = &t.init {
                parts.push(format!("INIT = {}", qualified(&i.name)));
            }
            parts.push(format!("LEXIZE = {}", qualified(&t.lexize.name)));
            format!(
                "CREATE TEXT SEARCH TEMPLATE {} ({})",
                qualified(&t.name),
                list(parts)
            )
        }
        Spec::TextSearchDictionary(d) => {
            let options = d
                .options
                .as_ref()
                .map(|o| format!(", {o}"))
                .unwrap_or_default();
            format!(
                "CREATE TEXT SEARCH DICTIONARY {} (TEMPLATE = {}{options})",
                qualified(&d.name),
                qualified(&d.template)
            )
        }
        Spec::TextSearchConfiguration(c) => {
            let mut s = format!(
                "CREATE TEXT SEARCH CONFIGURATION {} (PARSER = {})",
                qualified(&c.name),
                qualified(&c.parser)
            );
            for m in &c.mappings {
                s.push_str(&format!(
                    ";\nALTER TEXT SEARCH CONFIGURATION {} ADD MAPPING FOR {} WITH {}",
                    qualified(&c.name),
                    ident(&m.token),
                    list(m.dictionaries.iter().map(qualified))
                ));
            }
            s
        }
        Spec::ForeignDataWrapper(w) => {
            let mut s = format!("CREATE FOREIGN DATA WRAPPER {}", ident(&w.name));
            if let Some(h) = &w.handler {
                s.push_str(&format!(" HANDLER {}", qualified(&h.name)));
            }
            if let Some(v) = &w.validator {
                s.push_str(&format!(" VALIDATOR {}", qualified(&v.name)));
            }
            s.push_str(&options_clause(&spec.id(), &w.options));
            s
        }
        Spec::ForeignServer(v) => {
            let mut s = format!("CREATE SERVER {}", ident(&v.name));
            if let Some(t) = &v.server_type {
                s.push_str(&format!(" TYPE {}", literal(t)));
            }
            if let Some(version) = &v.version {
                s.push_str(&format!(" VERSION {}", literal(version)));
            }
            s.push_str(&format!(" FOREIGN DATA WRAPPER {}", ident(&v.wrapper)));
            s.push_str(&options_clause(&spec.id(), &v.options));
            s
        }
        Spec::UserMapping(m) => format!(
            "CREATE USER MAPPING FOR {} SERVER {}{}",
            user(&m.user),
            ident(&m.server),
            options_clause(&spec.id(), &m.options)
        ),
        Spec::ForeignTable(t) => super::foreign_tables::create(&spec.id(), t),
        Spec::Subscription(s) => {
            let mut with = vec!["connect = false".to_string()];
            if s.two_phase {
                with.push("two_phase = true".into());
            }
            with.extend(subscription_settings(s, false));
            format!(
                "CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {} WITH ({})",
                ident(&s.name),
                connection(&spec.id(), &s.connection),
                list(s.publications.iter().map(|p| ident(p))),
                list(with)
            )
        }
    }
}

/// The statement that drops `spec`.
pub fn drop(spec: &Spec, if_exists: &str) -> String {
    match spec {
        Spec::Rule(r) => format!(
            "DROP RULE {if_exists}{} ON {}",
            ident(&r.name),
            qualified(&r.table)
        ),
        Spec::BaseType(t) => super::base_types::drop_base_type(&t.name, if_exists),
        Spec::ShellType(t) => format!("DROP TYPE {if_exists}{}", qualified(&t.name)),
        // The members users added to a built-in family, not the family.
        Spec::OperatorFamily(f) if f.builtin => format!(
            "ALTER OPERATOR FAMILY {} USING {} DROP {}",
            qualified(&f.name),
            ident(&f.method),
            list(
                f.operators
                    .iter()
                    .map(|m| format!("OPERATOR {} ({}, {})", m.strategy, m.left, m.right))
                    .chain(
                        f.functions
                            .iter()
                            .map(|m| format!("FUNCTION {} ({}, {})", m.number, m.left, m.right))
                    )
                    .collect::<Vec<_>>()
            )
        ),
        // A subscription made without a connection has no slot to drop: detach it first so
        // DROP does not try to reach the publisher.
        Spec::Subscription(s) => format!(
            "ALTER SUBSCRIPTION {0} DISABLE;\nALTER SUBSCRIPTION {0} SET (slot_name = NONE);\nDROP SUBSCRIPTION {if_exists}{0}",
            ident(&s.name)
        ),
        other => {
            let (kind, name) = parts(&other.id());
            format!("DROP {kind} {if_exists}{name}")
        }
    }
}

/// How COMMENT ON, ALTER ... OWNER TO and DROP name the object.
pub fn reference(id: &ObjectId) -> String {
    let (kind, name) = parts(id);
    format!("{kind} {name}")
}

/// The kind words and the name of [`reference`] (`TEXT SEARCH DICTIONARY`, `app.d`).
fn parts(id: &ObjectId) -> (&'static str, String) {
    let q = |n: &QualifiedName| qualified(n);
    match id {
        ObjectId::Rule { table, name } => ("RULE", format!("{} ON {}", ident(name), q(table))),
        ObjectId::Statistics { name } => ("STATISTICS", q(name)),
        ObjectId::Operator { name, left, right } => {
            ("OPERATOR", operator_signature(name, left.as_deref(), right))
        }
        ObjectId::OperatorFamily { name, method } => (
            "OPERATOR FAMILY",
            format!("{} USING {}", q(name), ident(method)),
        ),
        ObjectId::OperatorClass { name, method } => (
            "OPERATOR CLASS",
            format!("{} USING {}", q(name), ident(method)),
        ),
        ObjectId::Cast { source, target } => (
            "CAST",
            format!("({} AS {})", type_ref(source), type_ref(target)),
        ),
        ObjectId::Conversion { name } => ("CONVERSION", q(name)),
        ObjectId::AccessMethod { name } => ("ACCESS METHOD", ident(name)),
        ObjectId::Language { name } => ("LANGUAGE", ident(name)),
        ObjectId::ShellType { name } => ("TYPE", q(name)),
        ObjectId::Transform {
            data_type,
            language,
        } => (
            "TRANSFORM",
            format!("FOR {} LANGUAGE {}", type_ref(data_type), ident(language)),
        ),
        ObjectId::TextSearchParser { name } => ("TEXT SEARCH PARSER", q(name)),
        ObjectId::TextSearchTemplate { name } => ("TEXT SEARCH TEMPLATE", q(name)),
        ObjectId::TextSearchDictionary { name } => ("TEXT SEARCH DICTIONARY", q(name)),
        ObjectId::TextSearchConfiguration { name } => ("TEXT SEARCH CONFIGURATION", q(name)),
        ObjectId::ForeignDataWrapper { name } => ("FOREIGN DATA WRAPPER", ident(name)),
        ObjectId::ForeignServer { name } => ("SERVER", ident(name)),
        ObjectId::UserMapping { user: u, server } => (
            "USER MAPPING",
            format!("FOR {} SERVER {}", user(u), ident(server)),
        ),
        ObjectId::ForeignTable { name } => ("FOREIGN TABLE", q(name)),
        ObjectId::Subscription { name } => ("SUBSCRIPTION", ident(name)),
        // Kinds of other families never reach here (their renderers name them).
        ObjectId::Schema { .. }
        | ObjectId::Extension { .. }
        | ObjectId::Collation { .. }
        | ObjectId::Type { .. }
        | ObjectId::Sequence { .. }
        | ObjectId::Table { .. }
        | ObjectId::Column { .. }
        | ObjectId::Constraint { .. }
        | ObjectId::Index { .. }
        | ObjectId::View { .. }
        | ObjectId::MaterializedView { .. }
        | ObjectId::Function { .. }
        | ObjectId::Aggregate { .. }
        | ObjectId::Trigger { .. }
        | ObjectId::EventTrigger { .. }
        | ObjectId::Policy { .. }
        | ObjectId::Publication { .. }
        | ObjectId::DomainConstraint { .. } => ("", id.to_string()),
    }
}

/// The ON clause of GRANT and REVOKE for these objects, where it differs from [`reference`].
pub fn privilege_on(id: &ObjectId) -> Option<String> {
    match id {
        ObjectId::ForeignServer { name } => Some(format!("FOREIGN SERVER {}", ident(name))),
        ObjectId::ForeignTable { name } => Some(format!("TABLE {}", qualified(name))),
        _ => None,
    }
}

/// The statement of an in-place change.
pub fn alter(id: &ObjectId, action: &ObjectAction) -> String {
    match action {
        ObjectAction::SetRuleEnabled(state) => {
            let (table, name) = match id {
                ObjectId::Rule { table, name } => (qualified(table), ident(name)),
                other => (reference(other), String::new()),
            };
            let verb = match state.as_str() {
                "D" => "DISABLE RULE",
                "R" => "ENABLE REPLICA RULE",
                "A" => "ENABLE ALWAYS RULE",
                _ => "ENABLE RULE",
            };
            format!("ALTER TABLE {table} {verb} {name}")
        }
        ObjectAction::SetStatisticsTarget(target) => format!(
            "ALTER {} SET STATISTICS {}",
            reference(id),
            target.unwrap_or(-1)
        ),
        ObjectAction::SetOptions(changes) => {
            format!("ALTER {} {}", reference(id), option_changes(id, changes))
        }
        ObjectAction::SetColumnOptions { column, changes } => format!(
            "ALTER {} ALTER COLUMN {} {}",
            reference(id),
            ident(column),
            option_changes(id, changes)
        ),
        ObjectAction::AddForeignCheck(c) => format!(
            "ALTER {} ADD CONSTRAINT {} {}",
            reference(id),
            ident(&c.name),
            c.definition
        ),
        ObjectAction::DropForeignCheck(name) => {
            format!("ALTER {} DROP CONSTRAINT {}", reference(id), ident(name))
        }
        ObjectAction::AddForeignColumn(c) => format!(
            "ALTER {} ADD COLUMN {}",
            reference(id),
            super::foreign_tables::column(id, c)
        ),
        ObjectAction::SetForeignColumnSettings { column, from, to } => {
            super::foreign_tables::set_settings(id, column, from, to)
        }
        ObjectAction::SetForeignColumnDefault { column, default } => {
            super::foreign_tables::set_default(id, column, default.as_deref())
        }
        ObjectAction::SetForeignColumnNotNull { column, not_null } => {
            super::foreign_tables::set_not_null(id, column, *not_null)
        }
        ObjectAction::AttachForeignPartition(p) => super::foreign_tables::attach(id, p),
        ObjectAction::DetachForeignPartition(parent) => super::foreign_tables::detach(id, parent),
        ObjectAction::SetForeignInherit { parent, inherit } => {
            super::foreign_tables::inherit(id, parent, *inherit)
        }
        ObjectAction::SetServerVersion(version) => format!(
            "ALTER {} VERSION {}",
            reference(id),
            version
                .as_deref()
                .map(literal)
                .unwrap_or_else(|| "NULL".into())
        ),
        ObjectAction::SetWrapperFunctions { handler, validator } => format!(
            "ALTER {} {} {}",
            reference(id),
            handler
                .as_ref()
                .map(|h| format!("HANDLER {}", qualified(&h.name)))
                .unwrap_or_else(|| "NO HANDLER".into()),
            validator
                .as_ref()
                .map(|v| format!("VALIDATOR {}", qualified(&v.name)))
                .unwrap_or_else(|| "NO VALIDATOR".into()),
        ),
        ObjectAction::SetMapping {
            token,
            dictionaries,
            existed,
        } => match dictionaries {
            None => format!("ALTER {} DROP MAPPING FOR {}", reference(id), ident(token)),
            Some(d) => format!(
                "ALTER {} {} MAPPING FOR {} WITH {}",
                reference(id),
                if *existed { "ALTER" } else { "ADD" },
                ident(token),
                list(d.iter().map(qualified))
            ),
        },
        ObjectAction::SetPublications(p) => format!(
            "ALTER {} SET PUBLICATION {} WITH (refresh = false)",
            reference(id),
            list(p.iter().map(|x| ident(x)))
        ),
        ObjectAction::AddToPublication { tables, schemas } => {
            let tables: Vec<String> = tables
                .iter()
                .map(super::publications::publication_table)
                .collect();
            super::publications::alter_items(&publication(id), "ADD", &tables, schemas)
        }
        ObjectAction::DropFromPublication {
            tables, schemas, ..
        } => {
            let tables: Vec<String> = tables
                .iter()
                .map(|t| format!("TABLE {}", qualified(t)))
                .collect();
            super::publications::alter_items(&publication(id), "DROP", &tables, schemas)
        }
        ObjectAction::SetPublicationOptions(p) => {
            super::publications::set_options(&publication(id), p)
        }
        ObjectAction::SetConnection(c) => {
            format!("ALTER {} CONNECTION {}", reference(id), connection(id, c))
        }
        ObjectAction::SetTypeOptions { functions, storage } => match id {
            ObjectId::Type { name } => {
                super::base_types::set_options(name, functions, storage.as_deref())
            }
            other => format!("-- cannot set type options of {other}"),
        },
        ObjectAction::Replace(spec) => match &**spec {
            Spec::Language(l) => super::languages::create_language(l, true),
            Spec::Transform(t) => super::languages::create_transform(t, true),
            other => format!("-- cannot replace {}", other.id()),
        },
        ObjectAction::SetSubscriptionSettings(s) => format!(
            "ALTER {} SET ({})",
            reference(id),
            list(subscription_settings(s, true))
        ),
    }
}

/// The name of the publication `id` names.
fn publication(id: &ObjectId) -> String {
    match id {
        ObjectId::Publication { name } => name.clone(),
        other => other.to_string(),
    }
}
