//! The word lexicon (`assets/pos/lexicon.txt`, from en-lexicon): word -> possible tags,
//! most likely first. Parsed once, at first use, into a hash table keyed by the word, which
//! also files the words the Brill rules test, so one lookup per token finds both.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::rules;
use super::spelling::{self, hash};
use super::tag::Tag;

/// The lexicon as shipped: one `word TAG|TAG|...` line per word.
const DATA: &str = include_str!("../../../assets/pos/lexicon.txt");

/// Most tags kept per entry (in order); the set keeps them all.
const MAX_ORDERED: usize = 7;

/// The tags one word can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// What the tagger knows of a word: its lexicon entry and the Brill rules that test it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Known {
    /// The lexicon entry.
    pub entry: Option<&'static Entry>,
    /// The group of rules that test the word itself (see [`rules::word_groups`]); 0 for none.
    pub rules: u16,
}

/// One slot of the table: what a lookup of a word of up to 8 bytes needs, in 16 bytes, so
/// most lookups read one cache line.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The word's first 8 bytes, little-endian, zero-padded.
    head: u64,
    /// The high 16 bits of the word's hash.
    hash: u16,
    /// Index into `Lexicon::entries` plus one; 0 for none.
    entry: u16,
    /// The word's length in bytes; 0 for an empty slot.
    len: u16,
    /// The group of rules that test the word; 0 for none.
    rules: u16,
}

/// The parsed lexicon, with the words the rules test: an open-addressing table keyed by the
/// words' [`hash`]es, so a token, hashed once when its sentence is built, is looked up without
/// hashing it again.
struct Lexicon {
    /// The table, at most half full.
    slots: Vec<Slot>,
    /// Each slot's word (read only for words over 8 bytes).
    texts: Vec<&'static str>,
    /// The distinct entries (many words share one).
    entries: Vec<Entry>,
    /// `64 - log2(slots.len())`: the shift that turns a mixed hash into a slot.
    shift: u32,
    /// Number of words.
    len: usize,
}

/// The [`spelling::head`] of `word`.
fn head(word: &str) -> u64 {
    spelling::head(word.as_bytes())
}

impl Lexicon {
    /// An empty table for `n` words at most.
    fn new(n: usize) -> Lexicon {
        let bits = (2 * n).max(2).next_power_of_two().trailing_zeros();
        Lexicon {
            slots: vec![Slot::default(); 1 << bits],
            texts: vec![""; 1 << bits],
            entries: Vec::new(),
            shift: 64 - bits,
            len: 0,
        }
    }

    /// The slot a word with `hash` is looked for first.
    fn home(&self, hash: u64) -> usize {
        // Multiplying mixes every bit of FNV's hash into the high bits used here.
        (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The slot holding `word`, or the empty slot where it would go.
    fn find(&self, word: &str, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let (head, high) = (head(word), (hash >> 48) as u16);
        let mut at = self.home(hash);
        loop {
            let slot = self.slots[at];
            if slot.len == 0 {
                return at;
            }
            if slot.hash == high
                && slot.head == head
                && usize::from(slot.len) == word.len()
                && (word.len() <= 8 || self.texts[at] == word)
            {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// The slot of `word`, added if new; `None` for an empty word or one over 65,535 bytes.
    fn slot(&mut self, word: &'static str) -> Option<&mut Slot> {
        let len = u16::try_from(word.len()).ok().filter(|n| *n > 0)?;
        let hash = hash(word.as_bytes());
        let at = self.find(word, hash);
        if self.slots[at].len == 0 {
            self.len += 1;
            self.texts[at] = word;
            self.slots[at] = Slot {
                head: head(word),
                hash: (hash >> 48) as u16,
                entry: 0,
                len,
                rules: 0,
            };
        }
        Some(&mut self.slots[at])
    }

    /// What the table knows of `word`, whose hash is `hash`.
    fn get(&'static self, word: &str, hash: u64) -> Known {
        let slot = self.slots[self.find(word, hash)];
        Known {
            entry: match slot.entry {
                0 => None,
                id => self.entries.get(usize::from(id) - 1),
            },
            rules: slot.rules,
        }
    }
}

/// The parsed lexicon.
static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = parse(DATA, rules::word_groups().count());
    for (word, group) in rules::word_groups() {
        if let Some(slot) = lexicon.slot(word) {
            slot.rules = group;
        }
    }
    lexicon
});

/// Parses `word TAG|TAG` lines; malformed lines and unknown tags are skipped, and a repeated
/// word keeps its last entry. Past 65,535 distinct entries, words are skipped. The table
/// has room for `more` words besides.
fn parse(data: &'static str, more: usize) -> Lexicon {
    let mut lexicon = Lexicon::new(data.lines().count() + more);
    let mut ids: HashMap<Entry, u16> = HashMap::new();
    for line in data.lines() {
        let Some((word, tags)) = line.split_once(' ') else {
            continue;
        };
        let Some(entry) = Entry::new(tags.split('|').filter_map(Tag::from_penn)) else {
            continue;
        };
        let id = if let Some(id) = ids.get(&entry) {
            *id
        } else {
            let Ok(id) = u16::try_from(lexicon.entries.len() + 1) else {
                continue;
            };
            lexicon.entries.push(entry);
            ids.insert(entry, id);
            id
        };
        if let Some(slot) = lexicon.slot(word) {
            slot.entry = id;
        }
    }
    lexicon
}

/// The entry of `word`, matched exactly (case included).
pub(crate) fn lookup(word: &str) -> Option<&'static Entry> {
    LEXICON.get(word, hash(word.as_bytes())).entry
}

/// What the tagger knows of `word`, whose [`hash`] is `hash`.
pub(crate) fn known(word: &str, hash: u64) -> Known {
    LEXICON.get(word, hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_parses_and_orders_tags() {
        assert!(LEXICON.len > 100_000);
        assert!(LEXICON.entries.len() < 5_000);
        let said = lookup("said").expect("said");
        assert_eq!(said.first(), Tag::VBD);
        assert!(said.has(Tag::VBN));
        assert!(!said.has(Tag::NN));
        assert_eq!(lookup("its").map(Entry::first), Some(Tag::PRPS));
        assert_eq!(lookup("Mr.").map(Entry::first), Some(Tag::NNP));
        assert!(lookup("zzzqx").is_none());
    }
}
