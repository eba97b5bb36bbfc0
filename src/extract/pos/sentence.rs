//! A sentence being tagged: its tokens, their lower-case forms, tags and lexicon entries,
//! with the neighbourhood accessors the rules use.

use super::lexicon::Entry;
use super::tag::Tag;
use super::words::{self, is_apostrophe};

/// The letter case of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// No upper-case letter, or a capital only after the first letter ("said", "1990s").
    Lower,
    /// Starts with an upper-case letter and has a lower-case one ("Shares", "O'Neill").
    Title,
    /// Two or more letters, all upper case ("NATO", "U.S.").
    Upper,
    /// One upper-case letter ("I", "A", "J.").
    Single,
}

/// One token of a sentence being tagged.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the token's first byte in the sentence.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// Byte range of its lower-case form (curly apostrophes straightened) in `Sentence::lower`.
    lower: (usize, usize),
    /// Letter case.
    pub case: Case,
    /// Whether it has a letter or digit (otherwise it is punctuation or a symbol).
    pub wordlike: bool,
    /// The current tag.
    pub tag: Tag,
    /// The lexicon entry used for rule checks (of the lower-case form, or the guess's source).
    pub entry: Option<&'static Entry>,
    /// Whether the rules leave this token's tag alone.
    pub blocked: bool,
}

/// A sentence being tagged.
#[derive(Debug)]
pub(crate) struct Sentence<'a> {
    /// The sentence text.
    pub text: &'a str,
    /// Lower-case forms of all tokens, one after the other.
    lower: String,
    /// The tokens.
    pub toks: Vec<Token>,
    /// Whether the sentence looks like a headline (most words capitalised), so capitals say
    /// little about proper nouns; set by the first tagging pass.
    pub headline: bool,
}

impl<'a> Sentence<'a> {
    /// Tokenizes `text`; every token starts out as [`Tag::Other`].
    pub(crate) fn new(text: &'a str) -> Sentence<'a> {
        let spans = words::split(text);
        let mut lower = String::with_capacity(text.len() + 8);
        let mut toks = Vec::with_capacity(spans.len());
        for (start, end) in spans {
            let word = &text[start..end];
            let from = lower.len();
            let (mut uppers, mut lowers) = (0, 0);
            let mut wordlike = false;
            for c in word.chars() {
                wordlike |= c.is_alphanumeric();
                if c.is_uppercase() {
                    uppers += 1;
                } else if c.is_lowercase() {
                    lowers += 1;
                }
                if is_apostrophe(c) {
                    lower.push('\'');
                } else if c.is_ascii() {
                    lower.push(c.to_ascii_lowercase());
                } else {
                    lower.extend(c.to_lowercase());
                }
            }
            let first_upper = word.starts_with(char::is_uppercase);
            let case = match (uppers, lowers) {
                (0, _) => Case::Lower,
                (1, 0) => Case::Single,
                (_, 0) => Case::Upper,
                _ if first_upper => Case::Title,
                _ => Case::Lower,
            };
            toks.push(Token {
                start,
                end,
                lower: (from, lower.len()),
                case,
                wordlike,
                tag: Tag::Other,
                entry: None,
                blocked: false,
            });
        }
        Sentence {
            text,
            lower,
            toks,
            headline: false,
        }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token's text as written.
    pub(crate) fn word(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    /// The token's lower-case form (apostrophes straightened).
    pub(crate) fn lower(&self, i: usize) -> &str {
        let (s, e) = self.toks[i].lower;
        &self.lower[s..e]
    }

    /// The index `off` tokens away from `i`, if inside the sentence.
    pub(crate) fn at(&self, i: usize, off: isize) -> Option<usize> {
        i.checked_add_signed(off).filter(|j| *j < self.toks.len())
    }

    /// The tag `off` tokens away from `i`, if inside the sentence.
    pub(crate) fn tag_at(&self, i: usize, off: isize) -> Option<Tag> {
        self.at(i, off).map(|j| self.toks[j].tag)
    }

    /// The lower-case word `off` tokens away from `i`; empty outside the sentence.
    pub(crate) fn lower_at(&self, i: usize, off: isize) -> &str {
        self.at(i, off).map_or("", |j| self.lower(j))
    }

    /// The tag of token `i`.
    pub(crate) fn tag(&self, i: usize) -> Tag {
        self.toks[i].tag
    }

    /// Sets the tag of token `i`.
    pub(crate) fn set(&mut self, i: usize, tag: Tag) {
        self.toks[i].tag = tag;
    }

    /// Whether token `i` is capitalised (title case, all capitals or a single capital).
    pub(crate) fn capitalised(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.case != Case::Lower)
    }
}
