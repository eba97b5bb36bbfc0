//! Final corrections for news text, not in en-pos: "'s" as possessive or "is"/"has", "that"
//! as determiner, complementiser or relative, month names, verb forms (in [`verbs`]), and
//! verbs read as nouns after an article ("the planned merger", "the report").

use super::sentence::{Case, Sentence};
use super::spelling::{Spelling, Spellings, spellings};
use super::tag::Tag;
use super::verbs;

/// Words before "'s" that make it "is" or "has" ("it's", "there's", "who's").
const S_IS: Spellings = spellings![
    "it",
    "he",
    "she",
    "that",
    "this",
    "there",
    "here",
    "what",
    "who",
    "where",
    "how",
    "when",
    "why",
    "everything",
    "everybody",
    "everyone",
    "nobody",
    "nothing",
    "someone",
    "something",
    "anyone",
    "anything",
    "one",
];

/// Words after "'s" that make it "is" or "has" ("the company's been hurt").
const S_IS_BEFORE: Spellings =
    spellings!["been", "not", "n't", "got", "going", "gone", "never", "now"];

/// Month names, and their abbreviations, that a capital makes proper nouns ("in May").
const MONTHS: Spellings = spellings![
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
];

/// "'s".
const APOSTROPHE_S: Spelling = Spelling::new("'s");

/// "that".
const THAT: Spelling = Spelling::new("that");

/// "let".
const LET: Spelling = Spelling::new("let");

/// "if".
const IF: Spelling = Spelling::new("if");

/// "net".
const NET: Spelling = Spelling::new("net");

/// "first" and "last".
const FIRST_LAST: Spellings = spellings!["first", "last"];

/// Determiners after which a verb reading is a noun ("the report") or participle.
const ARTICLES: Spellings = spellings!["the", "a", "an", "every", "another"];

/// Applies the corrections left to right.
pub(crate) fn apply(s: &mut Sentence<'_>) {
    for i in 0..s.len() {
        if !s.toks[i].wordlike {
            continue;
        }
        if let Some(tag) = correction(s, i) {
            s.set(i, tag);
        }
    }
}

/// The correction for token `i`, if any.
fn correction(s: &Sentence<'_>, i: usize) -> Option<Tag> {
    if s.is(i, APOSTROPHE_S) {
        return Some(apostrophe_s(s, i));
    }
    if s.is(i, THAT) {
        return Some(that(s, i));
    }
    if s.toks[i].case == Case::Title && s.is_any(i, &MONTHS) {
        let next_number = s.tag_at(i, 1) == Some(Tag::CD);
        if next_number || i > 0 && s.toks[i - 1].wordlike || s.lower(i).len() > 5 {
            return Some(Tag::NNP);
        }
    }
    if s.toks[i].blocked {
        return None;
    }
    if matches!(s.tag_at(i, 1), Some(Tag::VBD | Tag::VBN)) && s.is_any(i, &FIRST_LAST) {
        // "first announced in May".
        return Some(Tag::RB);
    }
    let tag = s.tag(i);
    // "Net for the quarter rose", "net fell 5%": the noun of financial news.
    if tag == Tag::JJ
        && s.is(i, NET)
        && matches!(
            s.tag_at(i, 1),
            Some(Tag::IN | Tag::VBD | Tag::VBZ | Tag::MD)
        )
        && (i == s.first_word
            || matches!(
                s.tag_at(i, -1),
                Some(Tag::DT | Tag::PRPS | Tag::Pos | Tag::Comma)
            ))
    {
        return Some(Tag::NN);
    }
    if let Some(tag) = verbs::correction(s, i) {
        return Some(tag);
    }
    // "Protests over fuel prices erupted", "Talks between the sides resumed": a plural noun that
    // opens the sentence before a preposition, with the verb further on.
    if tag == Tag::VBZ
        && i == s.first_word
        && s.toks[i].entry.is_some_and(|e| e.has(Tag::NNS))
        && s.tag_at(i, 1) == Some(Tag::IN)
        && (i + 2..s.len()).any(|k| matches!(s.tag(k), Tag::VBD | Tag::VBP | Tag::MD))
    {
        return Some(Tag::NNS);
    }
    let article = i
        .checked_sub(1)
        .is_some_and(|p| s.is_any(p, &ARTICLES) || matches!(s.tag(p), Tag::PRPS | Tag::Pos));
    if article && matches!(tag, Tag::VB | Tag::VBP | Tag::VBD | Tag::VBZ) {
        return noun_reading(s, i, tag);
    }
    None
}

/// A verb right after an article or possessive: a participle before a noun ("the planned
/// merger"), else a noun ("the report", "its plans").
fn noun_reading(s: &Sentence<'_>, i: usize, tag: Tag) -> Option<Tag> {
    let entry = s.toks[i].entry?;
    if tag == Tag::VBD && entry.has(Tag::VBN) {
        return Some(Tag::VBN);
    }
    if tag == Tag::VBZ && entry.has(Tag::NNS) {
        return Some(Tag::NNS);
    }
    entry.first_where(Tag::is_noun)
}

/// "'s": a verb after pronouns and before "been", "not"...; "let's" is a pronoun; else the
/// possessive.
fn apostrophe_s(s: &Sentence<'_>, i: usize) -> Tag {
    if s.is_at(i, -1, LET) {
        return Tag::PRP;
    }
    let after_pronoun = s.is_any_at(i, -1, &S_IS)
        || matches!(
            s.tag_at(i, -1),
            Some(Tag::PRP | Tag::EX | Tag::WP | Tag::WRB)
        );
    if after_pronoun || s.is_any_at(i, 1, &S_IS_BEFORE) {
        Tag::VBZ
    } else {
        Tag::Pos
    }
}

/// "that": relative pronoun (WDT) after a noun and before a verb ("the deal that was signed"),
/// complementiser (IN) before a clause ("said that shares fell"), else determiner or pronoun
/// (DT: "that deal", "that was all").
fn that(s: &Sentence<'_>, i: usize) -> Tag {
    let prev = (0..i).rev().map(|j| s.tag(j)).find(|t| *t != Tag::Quote);
    let Some(next) = s.tag_at(i, 1) else {
        return Tag::DT;
    };
    if next.is_punct() && next != Tag::Quote && next != Tag::Dollar {
        return Tag::DT;
    }
    if s.is_at(i, 1, APOSTROPHE_S) {
        return if prev.is_some_and(Tag::is_noun) {
            Tag::WDT
        } else {
            Tag::DT
        };
    }
    let verb_next = next.is_finite_verb()
        || (next.is_adverb() && s.tag_at(i, 2).is_some_and(Tag::is_finite_verb));
    let Some(prev) = prev else {
        return Tag::DT;
    };
    if verb_next {
        return if prev.is_noun() || matches!(prev, Tag::CD | Tag::Comma | Tag::PRP) {
            Tag::WDT
        } else {
            Tag::DT
        };
    }
    if matches!(
        next,
        Tag::DT
            | Tag::PRP
            | Tag::PRPS
            | Tag::EX
            | Tag::NNP
            | Tag::NNPS
            | Tag::CD
            | Tag::Dollar
            | Tag::Quote
            | Tag::WP
    ) || s.is_at(i, 1, IF)
    {
        return Tag::IN;
    }
    // "said that shares fell" vs "bought that company": a clause needs a finite verb.
    let governs = prev.is_verb()
        || prev.is_noun()
        || prev.is_adjective()
        || prev.is_adverb()
        || prev == Tag::Comma;
    let clause = (i + 1..s.len())
        .take(8)
        .map(|j| s.tag(j))
        .take_while(|t| !t.is_clause_break())
        .any(Tag::is_finite_verb);
    if governs && clause { Tag::IN } else { Tag::DT }
}
