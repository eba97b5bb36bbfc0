//! Lower-case spellings the passes and rules test tokens against, hashed once: each token's
//! lower-case form is hashed when the sentence is built, so a test is one integer comparison,
//! confirmed by comparing the text only when the hashes agree.

/// A lower-case word with its hash ([`hash`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Spelling {
    /// The word, lower case, apostrophes straight.
    pub text: &'static str,
    /// `hash(text)`.
    pub hash: u64,
}

impl Spelling {
    /// The spelling of `text` (at compile time in `const` items).
    pub(crate) const fn new(text: &'static str) -> Spelling {
        Spelling {
            text,
            hash: hash(text.as_bytes()),
        }
    }
}

/// A set of spellings, with a small Bloom filter of their hashes that turns most other words
/// away with one test, and the hashes in a row of their own, compared without branches.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spellings {
    /// The spellings.
    words: &'static [Spelling],
    /// Their hashes, in the same order.
    hashes: &'static [u64],
    /// The [`bit`]s of their hashes.
    filter: [u64; 4],
}

impl Spellings {
    /// The set of `words`; `hashes` are their hashes, in order (as [`spellings!`] gives them).
    pub(crate) const fn new(words: &'static [Spelling], hashes: &'static [u64]) -> Spellings {
        let mut filter = [0; 4];
        let mut k = 0;
        while k < hashes.len() {
            let (word, bit) = bit(hashes[k]);
            filter[word] |= bit;
            k += 1;
        }
        Spellings {
            words,
            hashes,
            filter,
        }
    }

    /// Whether `text`, whose [`hash`] is `hash`, is in the set; `text` is only read when the
    /// hash is.
    #[inline]
    pub(crate) fn contains<'t>(&self, hash: u64, text: impl FnOnce() -> &'t str) -> bool {
        let (word, bit) = bit(hash);
        self.filter[word] & bit != 0 && self.hashes.iter().filter(|h| **h == hash).count() != 0 && {
            let text = text();
            self.words
                .iter()
                .any(|w| w.hash == hash && same(w.text, text))
        }
    }
}

/// Whether `a` and `b` are the same text, compared byte by byte in line: the words are short,
/// and a call to `memcmp` costs more than the comparison.
#[inline]
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// A hash's bit in a [`Spellings`] filter, chosen by its top eight bits: (word, bit).
const fn bit(hash: u64) -> (usize, u64) {
    let top = (hash >> 56) as usize;
    (top / 64, 1 << (top % 64))
}

/// The set of a list of string literals: `spellings!["do", "does", "did"]` is a [`Spellings`]
/// (with [`Spelling`] and [`Spellings`] in scope).
macro_rules! spellings {
    ($($word:literal),* $(,)?) => {
        Spellings::new(
            &[$(Spelling::new($word)),*],
            &[$(Spelling::new($word).hash),*],
        )
    };
}

pub(crate) use spellings;

/// Start value of FNV-1a: the [`hash`] of no bytes.
pub(crate) const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Multiplier of FNV-1a.
const PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a of `bytes`: short words hash fast, and the hash is usable in `const` items.
pub(crate) const fn hash(bytes: &[u8]) -> u64 {
    let mut h = SEED;
    let mut k = 0;
    while k < bytes.len() {
        h = hash_byte(h, bytes[k]);
        k += 1;
    }
    h
}

/// The first 8 of `bytes` as a little-endian number, zero-padded.
pub(crate) const fn head(bytes: &[u8]) -> u64 {
    let mut head = 0;
    let mut k = 0;
    while k < bytes.len() && k < 8 {
        head |= (bytes[k] as u64) << (8 * k);
        k += 1;
    }
    head
}

/// The [`hash`] of some bytes `h` followed by byte `b`.
#[inline]
pub(crate) const fn hash_byte(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(PRIME)
}
