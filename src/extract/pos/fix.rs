//! Final corrections for news text, not in en-pos: "'s" as possessive or "is"/"has", "that"
//! as determiner, complementiser or relative, month names, verb forms (in [`verbs`]), and
//! verbs read as nouns after an article ("the planned merger", "the report").

use super::sentence::{Case, Sentence};
use super::tag::Tag;
use super::verbs;

/// Words before "'s" that make it "is" or "has" ("it's", "there's", "who's").
const S_IS: &[&str] = &[
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
const S_IS_BEFORE: &[&str] = &["been", "not", "n't", "got", "going", "gone", "never", "now"];

/// Month names, and their abbreviations, that a capital makes proper nouns ("in May").
const MONTHS: &[&str] = &[
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

/// Determiners after which a verb reading is a noun ("the report") or participle.
const ARTICLES: &[&str] = &["the", "a", "an", "every", "another"];

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
    let w = s.lower(i);
    match w {
        "'s" => return Some(apostrophe_s(s, i)),
        "that" => return Some(that(s, i)),
        _ => {}
    }
    if s.toks[i].case == Case::Title && MONTHS.contains(&w) {
        let next_number = s.tag_at(i, 1) == Some(Tag::CD);
        if next_number || i > 0 && s.toks[i - 1].wordlike || w.len() > 5 {
            return Some(Tag::NNP);
        }
    }
    if s.toks[i].blocked {
        return None;
    }
    if matches!(w, "first" | "last") && matches!(s.tag_at(i, 1), Some(Tag::VBD | Tag::VBN)) {
        // "first announced in May".
        return Some(Tag::RB);
    }
    let tag = s.tag(i);
    if let Some(tag) = verbs::correction(s, i) {
        return Some(tag);
    }
    let article = i.checked_sub(1).is_some_and(|p| {
        ARTICLES.contains(&s.lower(p)) || matches!(s.tag(p), Tag::PRPS | Tag::Pos)
    });
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
    let prev = s.lower_at(i, -1);
    if prev == "let" {
        return Tag::PRP;
    }
    let after_pronoun = S_IS.contains(&prev)
        || matches!(
            s.tag_at(i, -1),
            Some(Tag::PRP | Tag::EX | Tag::WP | Tag::WRB)
        );
    if after_pronoun || S_IS_BEFORE.contains(&s.lower_at(i, 1)) {
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
    if s.lower_at(i, 1) == "'s" {
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
    ) || s.lower_at(i, 1) == "if"
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
