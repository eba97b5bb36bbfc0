//! A tagged sentence and the word classes the title builder asks about.

use std::cell::OnceCell;

use super::super::pos::{Spelling, Tag, Tagged, Word};
use super::verb_group::{VerbGroup, verb_groups};

/// A sentence with its tagged words.
pub(crate) struct Sentence<'a> {
    /// The sentence text.
    pub text: &'a str,
    /// Its words, in order.
    pub words: &'a [Word],
    /// The tagged words with their lower-case forms.
    tagged: &'a Tagged,
    /// Each word's classes from the word lists below ([`BE_WORD`], [`REPORTING_WORD`], …), worked
    /// out once: the title builder asks about the same words many times.
    classes: Vec<u8>,
    /// Its verb groups, worked out at the first question.
    groups: OnceCell<Vec<VerbGroup>>,
}

/// A form of "be".
const BE_WORD: u8 = 1;
/// A form of "have" or "do".
const HAVE_DO_WORD: u8 = 1 << 1;
/// A verb that reports speech.
const REPORTING_WORD: u8 = 1 << 2;
/// A subordinator.
const SUBORDINATOR_WORD: u8 = 1 << 3;
/// A preposition that may open a clause.
const CLAUSE_PREPOSITION_WORD: u8 = 1 << 4;
/// A noun of a public statement.
const STATEMENT_WORD: u8 = 1 << 5;
/// A dash used as punctuation.
const DASH_WORD: u8 = 1 << 6;
/// A verb that makes news known (an attribution where it frames a clause).
const ANNOUNCING_WORD: u8 = 1 << 7;

/// The classes of word `i` of `tagged` (a word is in at most one of the lists).
fn classes_of(tagged: &Tagged, i: usize) -> u8 {
    let hash = tagged.words[i].hash;
    let mut at = slot_of(hash);
    // Most words are in none of the lists: their slot is empty or holds another hash.
    while let Some((h, word, class)) = CLASS_TABLE[at] {
        if h == hash && word == tagged.lower(i) {
            return class;
        }
        at = (at + 1) % CLASS_SLOTS;
    }
    0
}

/// Each word list with its class.
const CLASS_LISTS: [(&[&str], u8); 8] = [
    (BE, BE_WORD),
    (HAVE_DO, HAVE_DO_WORD),
    (REPORTING, REPORTING_WORD),
    (ANNOUNCING, ANNOUNCING_WORD),
    (SUBORDINATORS, SUBORDINATOR_WORD),
    (CLAUSE_PREPOSITIONS, CLAUSE_PREPOSITION_WORD),
    (STATEMENT_NOUNS, STATEMENT_WORD),
    (DASHES, DASH_WORD),
];

/// Slots of [`CLASS_TABLE`]: a power of two, over twice the lists' words.
const CLASS_SLOTS: usize = 256;

/// The slot a word with `hash` is looked for first (the hash's top bits).
const fn slot_of(hash: u64) -> usize {
    (hash >> 56) as usize % CLASS_SLOTS
}

/// The lists' words by the hash of their spelling (open addressing), each with its class.
const CLASS_TABLE: [Option<(u64, &str, u8)>; CLASS_SLOTS] = {
    let mut table = [None; CLASS_SLOTS];
    let mut l = 0;
    while l < CLASS_LISTS.len() {
        let (list, class) = CLASS_LISTS[l];
        let mut k = 0;
        while k < list.len() {
            let hash = Spelling::new(list[k]).hash;
            let mut at = slot_of(hash);
            while table[at].is_some() {
                at = (at + 1) % CLASS_SLOTS;
            }
            table[at] = Some((hash, list[k], class));
            k += 1;
        }
        l += 1;
    }
    table
};

/// Dashes used as punctuation ("--", "—", "–", a spaced "_").
const DASHES: &[&str] = &["--", "—", "–", "_", "---"];

/// Forms of "be".
const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
];
/// Forms of "have" and "do" used as auxiliaries.
const HAVE_DO: &[&str] = &[
    "have", "has", "had", "'ve", "'d", "do", "does", "did", "having",
];
/// Verbs that report speech: the event is usually what is reported, not the reporting.
const REPORTING: &[&str] = &[
    "said",
    "say",
    "says",
    "saying",
    "told",
    "tell",
    "tells",
    "added",
    "adds",
    "noted",
    "stated",
    "according",
    "reported",
    "reports",
    "claimed",
    "claims",
    "explained",
    "insisted",
    "argued",
    "acknowledged",
    "warned",
    "wrote",
];
/// Verbs that make news known, beside the reporting verbs: an attribution only where they
/// frame a clause.
const ANNOUNCING: &[&str] = &[
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "disclosed",
    "discloses",
    "revealed",
    "reveals",
    "estimated",
    "estimates",
    "predicted",
    "predicts",
    "conceded",
    "admitted",
];
/// Subordinators that open a clause of their own.
const SUBORDINATORS: &[&str] = &[
    "because", "although", "though", "while", "whereas", "unless", "if", "whether", "once", "so",
];
/// Prepositions that open a clause when a subject and a verb follow ("after the talks ended").
const CLAUSE_PREPOSITIONS: &[&str] = &["after", "before", "since", "until", "till", "as", "when"];
/// Nouns of a public statement: a date after "in a televised address" dates the statement.
const STATEMENT_NOUNS: &[&str] = &[
    "address",
    "interview",
    "statement",
    "speech",
    "conference",
    "briefing",
    "broadcast",
    "remarks",
    "announcement",
    "letter",
    "post",
    "tweet",
    "message",
];

impl<'a> Sentence<'a> {
    /// Wraps a tagged sentence.
    pub fn new(text: &'a str, tagged: &'a Tagged) -> Self {
        let classes = (0..tagged.words.len())
            .map(|i| classes_of(tagged, i))
            .collect();
        Self {
            text,
            words: &tagged.words,
            tagged,
            classes,
            groups: OnceCell::new(),
        }
    }

    /// The sentence's verb groups, in order.
    pub fn groups(&self) -> &[VerbGroup] {
        self.groups.get_or_init(|| verb_groups(self))
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Tag of word `i`.
    pub fn tag(&self, i: usize) -> Tag {
        self.words[i].tag
    }

    /// Word `i`, lower-cased, curly apostrophes straightened.
    pub fn lower(&self, i: usize) -> &'a str {
        self.tagged.lower(i)
    }

    /// Word `i` as written.
    pub fn text_of(&self, i: usize) -> &'a str {
        let w = self.words[i];
        &self.text[w.start..w.end]
    }

    /// Whether word `i` is a form of "be".
    pub fn is_be(&self, i: usize) -> bool {
        self.classes[i] & BE_WORD != 0 && !matches!(self.tag(i), Tag::Pos)
    }

    /// Whether word `i` can be an auxiliary: a modal, "be", "have" or "do".
    pub fn is_aux(&self, i: usize) -> bool {
        self.tag(i) == Tag::MD || self.is_be(i) || self.classes[i] & HAVE_DO_WORD != 0
    }

    /// Whether word `i` is a verb (any form) or a modal.
    pub fn is_verbal(&self, i: usize) -> bool {
        self.tag(i).is_verb() || self.tag(i) == Tag::MD || self.is_aux(i)
    }

    /// Whether word `i` reports speech ("said").
    pub fn is_reporting(&self, i: usize) -> bool {
        self.classes[i] & REPORTING_WORD != 0
    }

    /// Whether word `i` reports speech or makes news known ("said", "announced"): an
    /// attribution when it frames a clause ("X announced it will …", "…, the airline
    /// announced Friday").
    pub fn is_announcing(&self, i: usize) -> bool {
        self.classes[i] & (REPORTING_WORD | ANNOUNCING_WORD) != 0
    }

    /// Whether word `i` opens a subordinate clause by itself ("because", "although").
    pub fn is_subordinator(&self, i: usize) -> bool {
        self.classes[i] & SUBORDINATOR_WORD != 0
            || matches!(self.tag(i), Tag::WDT | Tag::WP | Tag::WPS)
            || (self.tag(i) == Tag::WRB && self.lower(i) != "how")
    }

    /// Whether word `i` is a preposition that opens a clause here ("after the talks ended").
    pub fn opens_clause(&self, i: usize) -> bool {
        if self.is_subordinator(i) {
            return true;
        }
        if self.classes[i] & CLAUSE_PREPOSITION_WORD == 0 {
            return false;
        }
        // A finite verb within a few words, before any other boundary.
        (i + 1..self.len().min(i + 8))
            .take_while(|&j| !self.is_boundary_punct(j))
            .any(|j| self.tag(j).is_finite_verb())
    }

    /// Whether word `i` is a noun of a public statement ("address", "interview").
    pub fn is_statement_noun(&self, i: usize) -> bool {
        self.classes[i] & STATEMENT_WORD != 0
    }

    /// Whether word `i` is punctuation that ends a clause: `;`, `:`, dashes, brackets, `.`.
    pub fn is_boundary_punct(&self, i: usize) -> bool {
        matches!(
            self.tag(i),
            Tag::Colon | Tag::LParen | Tag::RParen | Tag::Period
        ) || self.is_dash(i)
    }

    /// Whether word `i` is a dash used as punctuation ("--", "—", "–", a spaced "_").
    pub fn is_dash(&self, i: usize) -> bool {
        self.classes[i] & DASH_WORD != 0
    }

    /// Whether word `i` is a quotation mark.
    pub fn is_quote(&self, i: usize) -> bool {
        self.tag(i) == Tag::Quote
    }

    /// Whether word `i` can be part of a noun phrase.
    pub fn is_nominal(&self, i: usize) -> bool {
        let tag = self.tag(i);
        tag.is_noun()
            || tag.is_adjective()
            || matches!(
                tag,
                Tag::DT | Tag::PDT | Tag::CD | Tag::Pos | Tag::PRP | Tag::PRPS | Tag::Dollar
            )
            || (tag == Tag::VBN || tag == Tag::VBG)
                && i + 1 < self.len()
                && self.tag(i + 1).is_noun()
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::pos::tag;
    use super::*;

    #[test]
    fn every_listed_word_has_its_class_and_others_none() {
        for (list, class) in CLASS_LISTS {
            for word in list {
                // A clitic is a token after a word ("it's").
                let (text, at) = if word.starts_with('\'') {
                    (format!("it{word} x"), 1)
                } else {
                    (format!("{word} x"), 0)
                };
                let tagged = tag(&text);
                assert_eq!(tagged.lower(at), *word, "one token");
                assert_eq!(classes_of(&tagged, at), class, "{word:?}");
            }
        }
        let tagged = tag("The Said company’s Having SAYS sayings");
        let classes: Vec<u8> = (0..tagged.words.len())
            .map(|i| classes_of(&tagged, i))
            .collect();
        assert_eq!(
            classes,
            [
                0,
                REPORTING_WORD,
                0,
                BE_WORD,
                HAVE_DO_WORD,
                REPORTING_WORD,
                0
            ]
        );
    }
}
