//! The conversions of a recreated table's columns whose type changes with it. Pure.
//!
//! The rows are copied with `INSERT ... SELECT` ([`Change::CopyTableData`]), which casts a
//! value only where an assignment cast exists (text to integer has none, nor integer to
//! boolean): each such column is converted as `ALTER COLUMN ... TYPE` converts it (a cast,
//! through text to or from an enum, or the user's `--using`). A column with no cast path and no
//! `--using` cannot be copied: it loses its values, as a replaced column does.

use std::collections::BTreeSet;

use super::tables::ColumnCtx;
use super::CopyCast;
use crate::model::*;

/// The columns of `b` (the new table) that cannot be copied from `a` (the old one), and the
/// conversions of those that change type and can.
pub(super) fn copy_casts(
    a: &Table,
    b: &Table,
    ctx: &ColumnCtx,
) -> (BTreeSet<String>, Vec<CopyCast>) {
    let mut uncopied = BTreeSet::new();
    let mut casts = Vec::new();
    for c in b.columns.iter().filter(|c| c.generated.is_none()) {
        let Some(old) = a
            .columns
            .iter()
            .find(|x| x.name == c.name && !ctx.same_type(&x.data_type, &c.data_type))
        else {
            continue;
        };
        let using = ctx.usings.get(&(b.name.clone(), c.name.clone())).cloned();
        let via_text =
            ctx.enum_types.contains(&old.data_type) || ctx.enum_types.contains(&c.data_type);
        let castless = ctx
            .uncastable
            .contains(&(old.data_type.clone(), c.data_type.clone()));
        if using.is_none() && !via_text && castless {
            uncopied.insert(c.name.clone());
            continue;
        }
        casts.push(CopyCast {
            column: c.name.clone(),
            data_type: c.data_type.clone(),
            via_text,
            using,
        });
    }
    (uncopied, casts)
}
