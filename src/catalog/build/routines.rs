//! Functions, procedures and aggregates.

use super::*;

pub(super) fn function(r: FunctionRow) -> Function {
    let mut config = r.config;
    config.sort();
    Function {
        id: FunctionId::new(&r.schema, &r.name, &r.identity_args),
        kind: match r.kind.as_str() {
            "p" => RoutineKind::Procedure,
            "w" => RoutineKind::Window,
            _ => RoutineKind::Function,
        },
        definition: r.definition,
        arguments: r.arguments,
        returns: r.returns,
        language: r.language,
        volatility: r.volatility,
        security_definer: r.security_definer,
        strict: r.strict,
        leakproof: r.leakproof,
        parallel: r.parallel,
        config,
        privileges: grants(r.acl.as_deref(), Some(&r.owner)),
        owner: r.owner,
        comment: r.comment,
    }
}

/// An aggregate, its address recorded.
pub(super) fn aggregate(r: AggregateRow, addresses: &mut Addresses) -> Aggregate {
    Aggregate {
        id: {
            let id = FunctionId::new(&r.schema, &r.name, &r.identity_args);
            let address = ObjectId::Aggregate { id: id.clone() };
            addresses.add(PG_PROC, r.oid, 0, address);
            id
        },
        arguments: r.arguments,
        kind: r.kind,
        state_function: fn_ref(&r.state_function),
        state_type: r.state_type,
        state_space: r.state_space,
        final_function: r.final_function.as_ref().map(fn_ref),
        combine_function: r.combine_function.as_ref().map(fn_ref),
        final_extra: r.final_extra,
        final_modify: r.final_modify.unwrap_or_default(),
        serial_function: r.serial_function.as_ref().map(fn_ref),
        deserial_function: r.deserial_function.as_ref().map(fn_ref),
        moving: r.moving.map(|m| MovingAggregate {
            state_function: fn_ref(&m.state_function),
            inverse_function: fn_ref(&m.inverse_function),
            state_type: m.state_type,
            state_space: m.state_space,
            final_function: m.final_function.as_ref().map(fn_ref),
            final_extra: m.final_extra,
            final_modify: m.final_modify,
            initial_value: m.initial_value,
        }),
        initial_value: r.initial_value,
        sort_operator: r.sort_operator,
        parallel: r.parallel,
        privileges: grants(r.acl.as_deref(), Some(&r.owner)),
        owner: r.owner,
        comment: r.comment,
    }
}
