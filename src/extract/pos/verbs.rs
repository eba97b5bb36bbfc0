//! Verb readings that en-pos leaves wrong in news text: forms after auxiliaries ("has risen",
//! "was hurt", "will report", "were trading"), finite verbs after "who",
//! and gerunds that take an object ("by cutting the rate").

use super::lexicon::Entry;
use super::sentence::Sentence;
use super::smooth;
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
    if s.lower_at(i, -1) == "who" && matches!(tag, Tag::NN | Tag::NNS | Tag::JJ | Tag::VBN) {
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

/// Verbs after whose object a bare infinitive follows ("let the talks begin").
const CAUSATIVE: &[&str] = &[
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
    if matches!(s.lower(subject), "i" | "we" | "you" | "they") {
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
        .is_none_or(|b| !CAUSATIVE.contains(&s.lower(b)) && s.tag(b) != Tag::TO)
}

/// The auxiliary governing token `i`, looking back over adverbs ("has not yet risen").
fn aux_before(s: &Sentence<'_>, i: usize) -> Option<Aux> {
    let mut j = i.checked_sub(1)?;
    while matches!(s.tag(j), Tag::RB | Tag::RBR | Tag::RBS | Tag::Quote) {
        j = j.checked_sub(1)?;
    }
    let aux = match (s.lower(j), s.tag(j)) {
        ("has" | "have" | "had" | "having" | "'ve", _) => Aux::Have,
        ("is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "'re" | "'m", _) => {
            Aux::Be
        }
        ("'s", Tag::VBZ) => Aux::BeOrHave,
        ("do" | "does" | "did", _) | (_, Tag::MD) => Aux::Modal,
        (_, Tag::TO) => Aux::To,
        _ => return None,
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
