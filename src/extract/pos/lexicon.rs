//! The word lexicon (`assets/pos/lexicon.txt`, from en-lexicon): word -> possible tags,
//! most likely first. Parsed once, at first use, into a hash map keyed by the word.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::tag::Tag;

/// The lexicon as shipped: one `word TAG|TAG|...` line per word.
const DATA: &str = include_str!("../../../assets/pos/lexicon.txt");

/// Most tags kept per entry (in order); the set keeps them all.
const MAX_ORDERED: usize = 7;

/// The tags one word can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The first tags in lexicon order (most likely first), `len` of them.
    order: [Tag; MAX_ORDERED],
    /// How many of `order` are used (at least 1).
    len: u8,
    /// Every tag of the entry as a bit set.
    set: u64,
}

impl Entry {
    /// Builds an entry from tags in order of likelihood; `None` when there are none.
    pub(crate) fn new(tags: impl IntoIterator<Item = Tag>) -> Option<Entry> {
        let mut entry = Entry {
            order: [Tag::Other; MAX_ORDERED],
            len: 0,
            set: 0,
        };
        for tag in tags {
            if entry.set & tag.bit() != 0 {
                continue;
            }
            entry.set |= tag.bit();
            if usize::from(entry.len) < MAX_ORDERED {
                entry.order[usize::from(entry.len)] = tag;
                entry.len += 1;
            }
        }
        (entry.len > 0).then_some(entry)
    }

    /// The most likely tag.
    pub(crate) fn first(&self) -> Tag {
        self.order[0]
    }

    /// The tags in order of likelihood (at most [`MAX_ORDERED`]).
    pub(crate) fn tags(&self) -> &[Tag] {
        &self.order[..usize::from(self.len)]
    }

    /// Whether the word can take `tag`.
    pub(crate) fn has(&self, tag: Tag) -> bool {
        self.set & tag.bit() != 0
    }

    /// The most likely tag that satisfies `pred`.
    pub(crate) fn first_where(&self, pred: impl Fn(Tag) -> bool) -> Option<Tag> {
        self.tags().iter().copied().find(|t| pred(*t))
    }

    /// Whether any of the word's tags satisfies `pred`.
    pub(crate) fn any(&self, pred: impl Fn(Tag) -> bool) -> bool {
        self.first_where(pred).is_some()
    }
}

/// FNV-1a: lexicon keys are short, so a simple byte hash beats the default `SipHash`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The parsed lexicon.
static LEXICON: LazyLock<HashMap<&'static str, Entry, BuildHasherDefault<Fnv>>> =
    LazyLock::new(|| parse(DATA));

/// Parses `word TAG|TAG` lines; malformed lines and unknown tags are skipped.
fn parse(data: &'static str) -> HashMap<&'static str, Entry, BuildHasherDefault<Fnv>> {
    let mut map = HashMap::with_capacity_and_hasher(data.len() / 14, BuildHasherDefault::default());
    for line in data.lines() {
        let Some((word, tags)) = line.split_once(' ') else {
            continue;
        };
        if let Some(entry) = Entry::new(tags.split('|').filter_map(Tag::from_penn)) {
            map.insert(word, entry);
        }
    }
    map
}

/// The entry of `word`, matched exactly (case included).
pub(crate) fn lookup(word: &str) -> Option<&'static Entry> {
    LEXICON.get(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_parses_and_orders_tags() {
        assert!(LEXICON.len() > 100_000);
        let said = lookup("said").expect("said");
        assert_eq!(said.first(), Tag::VBD);
        assert!(said.has(Tag::VBN));
        assert!(!said.has(Tag::NN));
        assert_eq!(lookup("its").map(Entry::first), Some(Tag::PRPS));
        assert_eq!(lookup("Mr.").map(Entry::first), Some(Tag::NNP));
        assert!(lookup("zzzqx").is_none());
    }
}
