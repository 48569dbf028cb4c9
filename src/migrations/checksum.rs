//! Checksums of migration files: SHA-256 of the bytes, as lower-case hex. Any edit, even to
//! whitespace or comments, changes it: a file applied and then edited is refused by `apply`.

use sha2::{Digest, Sha256};

pub fn checksum(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digest() {
        assert_eq!(
            checksum(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_ne!(checksum(b"select 1;"), checksum(b"select 1; "));
    }
}
