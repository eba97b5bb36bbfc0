//! A small per-thread cache in front of the lexicon: the lexicon table is megabytes and
//! most lookups miss the CPU caches, while a text repeats its common words ("the", "said",
//! "company") all the time. The cache keeps the last word seen at each of a few thousand
//! places, so those words are found in a table that stays in the CPU caches.

use super::lexicon::{self, Known};

/// Number of places (a power of two): 32,768 lines of 40 bytes (1.3 MB), room for the
/// vocabulary of a few hundred articles.
const LINES: usize = 1 << 15;

/// One cached word: up to 16 bytes, stored whole so a hit is exact.
#[derive(Debug, Clone, Copy, Default)]
struct Line {
    /// The word's first 8 bytes, little-endian, zero-padded.
    head: u64,
    /// Its bytes 8 to 16, the same way.
    tail: u64,
    /// Its length in bytes; 0 for an empty line.
    len: usize,
    /// What the lexicon knows of it.
    known: Known,
}

/// The cache; empty until the first lookup.
#[derive(Debug, Default)]
pub(crate) struct Cache {
    /// The lines, [`LINES`] of them once used.
    lines: Vec<Line>,
}

/// The head and tail of a word of 1 to 16 bytes.
fn key(bytes: &[u8]) -> Option<(u64, u64)> {
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let mut padded = [0; 16];
    padded[..bytes.len()].copy_from_slice(bytes);
    let (head, tail) = padded.split_at(8);
    let word = |b: &[u8]| b.try_into().map_or(0, u64::from_le_bytes);
    Some((word(head), word(tail)))
}

impl Cache {
    /// What the lexicon knows of `word`, whose [`hash`](super::spelling::hash) is `hash`.
    pub(crate) fn known(&mut self, word: &str, hash: u64) -> Known {
        let Some((head, tail)) = key(word.as_bytes()) else {
            return lexicon::known(word, hash);
        };
        if self.lines.is_empty() {
            self.lines = vec![Line::default(); LINES];
        }
        // The top bits of the mixed hash, as in the lexicon, but of a different multiplier.
        let at =
            (hash.wrapping_mul(0xff51_afd7_ed55_8ccd) >> (64 - LINES.trailing_zeros())) as usize;
        let line = &mut self.lines[at];
        if line.len == word.len() && line.head == head && line.tail == tail {
            return line.known;
        }
        let known = lexicon::known(word, hash);
        *line = Line {
            head,
            tail,
            len: word.len(),
            known,
        };
        known
    }
}

#[cfg(test)]
mod tests {
    use super::super::spelling::hash;
    use super::*;

    #[test]
    fn cache_answers_as_the_lexicon() {
        let mut cache = Cache::default();
        let words = [
            "said",
            "the",
            "zzzqx",
            "internationalization",
            "",
            "said",
            "the",
        ];
        for word in words.into_iter().chain(words) {
            let h = hash(word.as_bytes());
            let (cached, direct) = (cache.known(word, h), lexicon::known(word, h));
            assert_eq!(cached.entry, direct.entry, "{word}");
            assert_eq!(cached.rules, direct.rules, "{word}");
        }
    }
}
