//! A tagged sentence and the word classes the title builder asks about.

use std::cell::OnceCell;

use super::super::pos::{Spelling, Spellings, Tag, Tagged, Word, spellings};
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

/// The classes of word `i` of `tagged` (a word is in at most one of the lists).
fn classes_of(tagged: &Tagged, i: usize) -> u8 {
    let hash = tagged.words[i].hash;
    // Most words are in none of the lists: one test of the filter turns them away.
    if !LISTED.contains(hash, || tagged.lower(i)) {
        return 0;
    }
    let w = tagged.lower(i);
    [
        (BE, BE_WORD),
        (HAVE_DO, HAVE_DO_WORD),
        (REPORTING, REPORTING_WORD),
        (SUBORDINATORS, SUBORDINATOR_WORD),
        (CLAUSE_PREPOSITIONS, CLAUSE_PREPOSITION_WORD),
        (STATEMENT_NOUNS, STATEMENT_WORD),
        (DASHES, DASH_WORD),
    ]
    .into_iter()
    .find(|(list, _)| list.contains(&w))
    .map_or(0, |(_, class)| class)
}

/// Every word of the lists below, lower case with straight apostrophes.
const LISTED: Spellings = spellings![
    "--", "—", "–", "_", "---", "be", "is", "are", "was", "were", "been", "being", "am", "'s",
    "'re", "'m", "have", "has", "had", "'ve", "'d", "do", "does", "did", "having", "said", "say",
    "says", "saying", "told", "tell", "tells", "added", "adds", "noted", "stated", "according",
    "reported", "reports", "claimed", "claims", "explained", "insisted", "argued",
    "acknowledged", "warned", "wrote", "because", "although", "though", "while", "whereas",
    "unless", "if", "whether", "once", "so", "after", "before", "since", "until", "till", "as",
    "when", "address", "interview", "statement", "speech", "conference", "briefing",
    "broadcast", "remarks", "announcement", "letter", "post", "tweet", "message",
];

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
    "says",
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
