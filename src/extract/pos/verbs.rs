//! Verb readings that en-pos leaves wrong in news text: forms after auxiliaries ("has risen",
//! "was hurt", "will report", "were trading"), finite verbs after "who",
//! and gerunds that take an object ("by cutting the rate").

use super::lexicon::Entry;
use super::sentence::Sentence;
use super::smooth;
use super::spelling::{Spelling, Spellings, spellings};
use super::tag::Tag;

/// What auxiliary (or infinitive marker) governs a verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Aux {
    /// "has", "have", "had", "having", "'ve".
    Have,
    /// "is", "was", "be", "been", "being", "'re", "'m".
    Be,
    /// "'s" read as a verb: "is" or "has".
    BeOrHave,
    /// A modal or "do": a bare infinitive follows.
    Modal,
    /// "to".
    To,
}

/// The correction of token `i`'s verb reading, if any.
pub(crate) fn correction(s: &Sentence<'_>, i: usize) -> Option<Tag> {
    if let Some(aux) = aux_before(s, i) {
        return after_aux(s, i, aux);
    }
    let tag = s.tag(i);
    if tag == Tag::VB && plural_subject_before(s, i) {
        // "the talks appear to be", "they say": a present form.
        return Some(Tag::VBP);
    }
    let entry = s.toks[i].entry?;
    if matches!(tag, Tag::NN | Tag::NNS | Tag::JJ | Tag::VBN) && s.is_at(i, -1, WHO) {
        // "who shot at".
        return entry.first_where(|t| matches!(t, Tag::VBD | Tag::VBZ | Tag::VBP));
    }
    if matches!(tag, Tag::NN | Tag::JJ) && s.lower(i).ends_with("ing") && entry.has(Tag::VBG) {
        // "by cutting the rate", ", waving banners": a gerund with an object.
        let before = matches!(
            s.tag_at(i, -1),
            Some(Tag::IN | Tag::Comma | Tag::RB | Tag::CC)
        );
        let object = matches!(
            s.tag_at(i, 1),
            Some(
                Tag::DT
                    | Tag::PRPS
                    | Tag::PRP
                    | Tag::NNP
                    | Tag::NNPS
                    | Tag::CD
                    | Tag::TO
                    | Tag::Dollar
            )
        );
        if before && object {
            return Some(Tag::VBG);
        }
    }
    None
}

/// "who".
const WHO: Spelling = Spelling::new("who");

/// Pronouns that take a plural verb.
const PLURAL_PRONOUNS: Spellings = spellings!["i", "we", "you", "they"];

/// Verbs after whose object a bare infinitive follows ("let the talks begin").
const CAUSATIVE: Spellings = spellings![
    "let", "lets", "make", "makes", "made", "making", "help", "helps", "helped", "helping", "see",
    "sees", "saw", "seen", "watch", "watched", "hear", "heard", "have", "has", "had", "having",
    "bid", "feel", "felt",
];

/// Whether a plural subject (or "I", "we", "you", "they") comes right before token `i`,
/// adverbs skipped, and not as the object of a causative verb.
fn plural_subject_before(s: &Sentence<'_>, i: usize) -> bool {
    let mut j = i;
    while j > 0 && s.tag(j - 1).is_adverb() {
        j -= 1;
    }
    let Some(subject) = j.checked_sub(1) else {
        return false;
    };
    if s.is_any(subject, &PLURAL_PRONOUNS) {
        return true;
    }
    if !matches!(s.tag(subject), Tag::NNS | Tag::NNPS) {
        return false;
    }
    let mut k = subject;
    while k > 0 && (s.tag(k - 1).is_noun() || s.tag(k - 1).is_noun_modifier()) {
        k -= 1;
    }
    k.checked_sub(1)
        .is_none_or(|b| !s.is_any(b, &CAUSATIVE) && s.tag(b) != Tag::TO)
}

/// Forms of "have".
const HAVE: Spellings = spellings!["has", "have", "had", "having", "'ve"];

/// Forms of "be" ("'s" aside).
const BE: Spellings = spellings![
    "is", "are", "was", "were", "be", "been", "being", "am", "'re", "'m"
];

/// Every word [`aux_before`] looks for: [`HAVE`], [`BE`], "'s" and [`DO`], to turn the other
/// words away with one test.
const AUXILIARIES: Spellings = spellings![
    "has", "have", "had", "having", "'ve", "is", "are", "was", "were", "be", "been", "being", "am",
    "'re", "'m", "'s", "do", "does", "did"
];

/// "'s".
const APOSTROPHE_S: Spelling = Spelling::new("'s");

/// Forms of "do".
const DO: Spellings = spellings!["do", "does", "did"];

/// The auxiliary governing token `i`, looking back over adverbs ("has not yet risen").
fn aux_before(s: &Sentence<'_>, i: usize) -> Option<Aux> {
    let mut j = i.checked_sub(1)?;
    while matches!(s.tag(j), Tag::RB | Tag::RBR | Tag::RBS | Tag::Quote) {
        j = j.checked_sub(1)?;
    }
    let tag = s.tag(j);
    if !matches!(tag, Tag::MD | Tag::TO) && !s.is_any(j, &AUXILIARIES) {
        return None;
    }
    let aux = if s.is_any(j, &HAVE) {
        Aux::Have
    } else if s.is_any(j, &BE) {
        Aux::Be
    } else if tag == Tag::VBZ && s.is(j, APOSTROPHE_S) {
        Aux::BeOrHave
    } else if tag == Tag::MD || s.is_any(j, &DO) {
        Aux::Modal
    } else if tag == Tag::TO {
        Aux::To
    } else {
        return None;
    };
    Some(aux)
}

/// The form of a verb after an auxiliary: "has risen" VBN, "was hurt" VBN, "were trading" VBG,
/// "will report" VB.
fn after_aux(s: &Sentence<'_>, i: usize, aux: Aux) -> Option<Tag> {
    let tag = s.tag(i);
    let w = s.lower(i);
    let entry = s.toks[i].entry;
    let can = |t: Tag| entry.is_none_or(|e| e.has(t));
    let base = entry.is_some_and(|e| e.has(Tag::VB) || e.has(Tag::VBP));
    let likely_participle = entry.is_some_and(|e| matches!(e.first(), Tag::VBN | Tag::VBD))
        || (w.ends_with("ed") && can(Tag::VBN));
    match aux {
        Aux::Modal => {
            let verbal = matches!(tag, Tag::VBP | Tag::VBD | Tag::VBZ | Tag::NN | Tag::JJ);
            (verbal && base).then_some(Tag::VB)
        }
        Aux::To if s.tag_at(i, -1) == Some(Tag::TO) && smooth::noun_after_to(s, i) => {
            // "has gone to court over": the Brill rules made a verb of it.
            entry.map(Entry::first).filter(|t| *t != tag)
        }
        Aux::To => {
            // "to" right before the word was handled before the Brill rules; here adverbs
            // come between ("to quickly sell") or the rules made a present form.
            let adverb_between = s.tag_at(i, -1) != Some(Tag::TO);
            let verbal =
                tag == Tag::VBP || (adverb_between && matches!(tag, Tag::NN | Tag::JJ | Tag::VBD));
            (verbal && base).then_some(Tag::VB)
        }
        Aux::Have | Aux::Be | Aux::BeOrHave => {
            if w.ends_with("ing")
                && aux != Aux::Have
                && matches!(tag, Tag::NN | Tag::JJ)
                && can(Tag::VBG)
            {
                return Some(Tag::VBG);
            }
            let by_or_prep = matches!(s.tag_at(i, 1), Some(Tag::IN | Tag::TO));
            let verbal = matches!(tag, Tag::VBD | Tag::VBP | Tag::VB)
                || (tag == Tag::JJ && (likely_participle || (aux != Aux::Have && by_or_prep)))
                || (tag == Tag::NN && likely_participle);
            (verbal && can(Tag::VBN)).then_some(Tag::VBN)
        }
    }
}
