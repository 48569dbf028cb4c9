//! Values derived from a [`super::Schema`] and kept beside it for fast look-ups: built on first
//! use, never compared, never written out, and dropped by a clone (whose owner may change it).

use std::sync::OnceLock;

/// A value built from the schema on first use; equal whatever it holds, empty when cloned.
pub struct Memo<T>(OnceLock<T>);

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo(OnceLock::new())
    }
}

impl<T> Memo<T> {
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(f)
    }
}

impl<T> Clone for Memo<T> {
    fn clone(&self) -> Self {
        Memo(OnceLock::new())
    }
}

impl<T> PartialEq for Memo<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> Eq for Memo<T> {}

impl<T> std::fmt::Debug for Memo<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Memo")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memo_is_built_once_equal_always_and_empty_when_cloned() {
        let m: Memo<u32> = Memo::default();
        assert_eq!(*m.get_or_init(|| 1), 1);
        assert_eq!(*m.get_or_init(|| 2), 1);
        let c = m.clone();
        assert_eq!(*c.get_or_init(|| 3), 3);
        assert_eq!(m, c);
    }
}
