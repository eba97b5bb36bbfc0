//! A tagged sentence and the word classes the title builder asks about.

use super::super::pos::{Tag, Word};

/// A sentence with its tagged words.
pub(crate) struct Sentence<'a> {
    /// The sentence text.
    pub text: &'a str,
    /// Its words, in order.
    pub words: &'a [Word],
    /// Every word lower-cased (ASCII), one after the other, for the word lists below.
    lower: String,
    /// Where each word's lower-case form lies in `lower`.
    lower_spans: Vec<(u32, u32)>,
}

/// Forms of "be".
const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "’s", "’re",
];
/// Forms of "have" and "do" used as auxiliaries.
const HAVE_DO: &[&str] = &[
    "have", "has", "had", "'ve", "'d", "’ve", "’d", "do", "does", "did", "having",
];
/// Verbs that report speech: the event is usually what is reported, not the reporting.
const REPORTING: &[&str] = &[
    "said", "say", "says", "saying", "told", "tell", "tells", "added", "adds", "noted", "stated",
    "says", "according", "reported", "reports", "claimed", "claims", "explained", "insisted",
    "argued", "acknowledged", "warned", "wrote",
];
/// Subordinators that open a clause of their own.
const SUBORDINATORS: &[&str] = &[
    "because", "although", "though", "while", "whereas", "unless", "if", "whether", "once",
    "so",
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
    pub fn new(text: &'a str, words: &'a [Word]) -> Self {
        let mut lower = String::with_capacity(text.len());
        let lower_spans = words
            .iter()
            .map(|w| {
                let from = lower.len() as u32;
                lower.extend(text[w.start..w.end].chars().map(|c| c.to_ascii_lowercase()));
                (from, lower.len() as u32)
            })
            .collect();
        Self {
            text,
            words,
            lower,
            lower_spans,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Tag of word `i`.
    pub fn tag(&self, i: usize) -> Tag {
        self.words[i].tag
    }

    /// Word `i`, lower-cased.
    pub fn lower(&self, i: usize) -> &str {
        let (from, to) = self.lower_spans[i];
        &self.lower[from as usize..to as usize]
    }

    /// Word `i` as written.
    pub fn text_of(&self, i: usize) -> &'a str {
        let w = self.words[i];
        &self.text[w.start..w.end]
    }

    /// Whether word `i` is a form of "be".
    pub fn is_be(&self, i: usize) -> bool {
        BE.contains(&self.lower(i)) && !matches!(self.tag(i), Tag::Pos)
    }

    /// Whether word `i` can be an auxiliary: a modal, "be", "have" or "do".
    pub fn is_aux(&self, i: usize) -> bool {
        self.tag(i) == Tag::MD || self.is_be(i) || HAVE_DO.contains(&self.lower(i))
    }

    /// Whether word `i` is a verb (any form) or a modal.
    pub fn is_verbal(&self, i: usize) -> bool {
        self.tag(i).is_verb() || self.tag(i) == Tag::MD || self.is_aux(i)
    }

    /// Whether word `i` reports speech ("said").
    pub fn is_reporting(&self, i: usize) -> bool {
        REPORTING.contains(&self.lower(i))
    }

    /// Whether word `i` opens a subordinate clause by itself ("because", "although").
    pub fn is_subordinator(&self, i: usize) -> bool {
        SUBORDINATORS.contains(&self.lower(i))
            || matches!(self.tag(i), Tag::WDT | Tag::WP | Tag::WPS)
            || (self.tag(i) == Tag::WRB && self.lower(i) != "how")
    }

    /// Whether word `i` is a preposition that opens a clause here ("after the talks ended").
    pub fn opens_clause(&self, i: usize) -> bool {
        if self.is_subordinator(i) {
            return true;
        }
        if !CLAUSE_PREPOSITIONS.contains(&self.lower(i)) {
            return false;
        }
        // A finite verb within a few words, before any other boundary.
        (i + 1..self.len().min(i + 8))
            .take_while(|&j| !self.is_boundary_punct(j))
            .any(|j| self.tag(j).is_finite_verb())
    }

    /// Whether word `i` is a noun of a public statement ("address", "interview").
    pub fn is_statement_noun(&self, i: usize) -> bool {
        STATEMENT_NOUNS.contains(&self.lower(i))
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
        matches!(self.text_of(i), "--" | "—" | "–" | "_" | "---")
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
            || (tag == Tag::VBN || tag == Tag::VBG) && i + 1 < self.len() && self.tag(i + 1).is_noun()
    }
}
