//! A small, fast English part-of-speech tagger (Penn Treebank tags) for finding the verb,
//! subject and clause an event date belongs to.
//!
//! Pipeline, for one sentence:
//! 1. [`words`]: Penn-style tokens as byte spans (clitics split, abbreviations and numbers
//!    kept whole); [`sentence`] lower-cases and hashes each once ([`spelling`]), so the
//!    passes compare words as numbers, and looks it up in the [`lexicon`] table (through a
//!    per-thread [`cache`] of recent words), which also files the words the [`rules`] test.
//! 2. [`initial`]: punctuation, numbers and clitics by shape; other words from the
//!    [`lexicon`], minding capitals (a sentence's first "Shares" is a plural noun, a
//!    mid-sentence unknown "Brandt" a proper noun); the rest guessed in [`guess`] from
//!    hyphenated parts, prefixes and suffixes.
//! 3. [`smooth::pre`], the contextual Brill rules in [`rules`], [`smooth::post`]: en-pos's
//!    context rules.
//! 4. [`fix`] and [`verbs`]: corrections for news text (auxiliary chains, "'s", "that",
//!    months, verbs read as nouns after articles, gerunds).
//! 5. [`clauses`]: past tense or participle, plural noun or verb, by whether the clause
//!    already has a subject and a finite verb.
//!
//! Data and behaviour are ported from the npm packages en-lexicon 1.0.11 (lexicon, itself
//! started from Eric Brill's) and en-pos 1.0.16 (rules and smoothing), both MIT licensed,
//! Copyright (c) 2017 Alex Corvi; en-pos credits Compendium, fasttag and Eric Brill's tagger.
//! The data lives in `assets/pos/` with its licence (`LICENSE.md`) and the script that
//! converted it (`convert.py`).

mod cache;
mod clauses;
mod fix;
mod guess;
mod initial;
mod lexicon;
mod rules;
mod sentence;
mod smooth;
mod spelling;
mod tag;
mod verbs;
mod words;

#[cfg(test)]
mod tests;

use std::cell::Cell;

pub(crate) use spelling::Spelling;
pub(crate) use tag::Tag;

/// One word of a sentence: byte span into the sentence and its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    /// Byte offset of the word's first byte in the sentence.
    pub start: usize,
    /// Byte offset one past the word's last byte.
    pub end: usize,
    /// The word's tag.
    pub tag: Tag,
    /// Byte range of its lower-case form (curly apostrophes straightened) in
    /// [`Tagged::lower`].
    lower: (usize, usize),
    /// The [`spelling::hash`] of the lower-case form, for tests against a [`Spellings`].
    pub hash: u64,
}

/// A tagged sentence: its words and their lower-case forms.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tagged {
    /// The words, in order.
    pub words: Vec<Word>,
    /// The words' lower-case forms (see [`Word`]).
    lower: String,
}

impl Tagged {
    /// Word `i` lower-cased, curly apostrophes straightened.
    pub(crate) fn lower(&self, i: usize) -> &str {
        let (from, to) = self.words[i].lower;
        &self.lower[from..to]
    }
}

/// Tags a sentence. Infallible, best effort.
///
/// Words come in order, cover every non-space char of the sentence, and never overlap;
/// clitics are words of their own ("don't" gives "do" and "n't").
pub(crate) fn tag(sentence: &str) -> Tagged {
    let mut s = sentence::Sentence::new(sentence, BUFFERS.take());
    initial::tag_all(&mut s);
    smooth::pre(&mut s);
    rules::apply(&mut s);
    smooth::post(&mut s);
    fix::apply(&mut s);
    clauses::apply(&mut s);
    let tagged = s.tagged();
    BUFFERS.set(s.into_buffers());
    tagged
}

thread_local! {
    /// Each thread's sentence memory, reused from sentence to sentence.
    static BUFFERS: Cell<sentence::Buffers> = Cell::default();
}
