//! Hashing that is the same on every platform and Rust version (FNV-1a), for
//! fingerprints and name identities, and a fast hasher for the checker's
//! maps whose keys are short words, ids or hashes (no input chooses keys to
//! collide on purpose that matters here: a slow map is the worst outcome).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a offset basis (64-bit).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// The FNV-1a prime (64-bit).
pub const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a of `text`.
pub fn stable_hash(text: &str) -> u64 {
    fnv_bytes(FNV_OFFSET, text.bytes())
}

/// [`stable_hash`] of the ASCII-lower-cased text, without allocating.
pub fn stable_hash_lower(text: &str) -> u64 {
    fnv_bytes(FNV_OFFSET, text.bytes().map(|b| b.to_ascii_lowercase()))
}

/// FNV-1a continued from `hash` over `bytes`.
pub fn fnv_bytes(hash: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(hash, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

/// A [`Hasher`] for map keys: FNV-1a over bytes, one multiplication for
/// integers.
#[derive(Clone, Copy)]
pub struct FastHasher(u64);

impl Default for FastHasher {
    fn default() -> Self {
        FastHasher(FNV_OFFSET)
    }
}

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv_bytes(self.0, bytes.iter().copied());
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_1a_reference_values() {
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(stable_hash_lower("FOOBAR"), stable_hash("foobar"));
    }
}
