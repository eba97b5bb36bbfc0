//! Hand-written context rules run before and after the Brill rules, ported from en-pos
//! (`smoothing/pre_brill.js`, `index.js` `_PostBrill`) with its slips fixed and the rules that
//! hurt news text narrowed (noted inline).

use super::sentence::Sentence;
use super::spelling::{Spelling, Spellings, spellings};
use super::tag::Tag;

/// Forms of "do" that take a bare infinitive after them.
const DO: Spellings = spellings!["do", "does", "did"];

/// Forms of "get", "be" and "go", after which a particle is an adverb ("went up").
const GET_BE_GO: Spellings = spellings![
    "get", "gets", "got", "gotten", "getting", "be", "is", "am", "are", "was", "were", "been",
    "being", "'s", "'re", "'m", "go", "goes", "went", "gone", "going",
];

/// Forms of verbs that take "in" as a particle when nothing follows it ("cash in").
const IN_PARTICLE_VERBS: Spellings = spellings![
    "walk", "walks", "walked", "walking", "throw", "throws", "threw", "thrown", "throwing", "move",
    "moves", "moved", "moving", "cash", "cashes", "cashed", "cashing", "come", "comes", "came",
    "coming", "bring", "brings", "brought", "bringing", "lock", "locks", "locked", "locking",
    "put", "puts", "putting", "take", "takes", "took", "taken", "taking", "go", "goes", "went",
    "gone", "going",
];

/// Subject pronouns, after which a noun reading is unlikely ("it rains").
const SUBJECTS: Spellings = spellings!["i", "he", "she", "it", "we", "they", "you"];

/// Whether `t` is a tag starting with `N` (nouns).
fn n(t: Option<Tag>) -> bool {
    t.is_some_and(Tag::is_noun)
}

/// Whether `t` is a verb tag (VB*).
fn v(t: Option<Tag>) -> bool {
    t.is_some_and(Tag::is_verb)
}

/// Runs before the Brill rules.
pub(crate) fn pre(s: &mut Sentence<'_>) {
    for i in 0..s.len() {
        if s.toks[i].blocked {
            continue;
        }
        let tag = s.tag(i);
        let next = s.tag_at(i, 1);
        let Some(entry) = s.toks[i].entry else {
            continue;
        };
        if s.tag_at(i, -1) == Some(Tag::TO) && (entry.has(Tag::VB) || entry.has(Tag::VBP)) {
            if !noun_after_to(s, i) {
                s.set(i, Tag::VB);
            }
            continue;
        }
        if tag == Tag::JJ && next == Some(Tag::DT) {
            // "open the door".
            if let Some(verb) = entry.first_where(Tag::is_verb) {
                s.set(i, verb);
                continue;
            }
        }
        if entry.has(Tag::PDT) && next == Some(Tag::DT) {
            s.set(i, Tag::PDT);
        }
    }
}

/// Words before "to" after which a noun is a destination, not an infinitive ("went to court",
/// "rose to power", "back to work").
const TO_PLACE: Spellings = spellings![
    "go",
    "goes",
    "went",
    "gone",
    "going",
    "come",
    "comes",
    "came",
    "coming",
    "return",
    "returns",
    "returned",
    "returning",
    "back",
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "sent",
    "send",
    "taken",
    "take",
    "took",
    "brought",
    "bring",
    "head",
    "headed",
    "heading",
    "moved",
    "move",
    "due",
    "according",
    "close",
    "next",
    "prior",
    "up",
    "down",
    "way",
    "road",
];

/// Whether the word after "to" at `i` is a noun: its likeliest reading is one, no object
/// follows, and a place verb or "from" comes before ("went to court", "from time to time").
pub(crate) fn noun_after_to(s: &Sentence<'_>, i: usize) -> bool {
    let Some(entry) = s.toks[i].entry else {
        return false;
    };
    let object = matches!(
        s.tag_at(i, 1),
        Some(Tag::DT | Tag::PRP | Tag::PRPS | Tag::CD | Tag::Dollar)
    );
    entry.first().is_noun()
        && !object
        && (s.is_any_at(i, -2, &TO_PLACE) || (2..=5).any(|k| s.is_at(i, -k, FROM)))
}

/// "from".
const FROM: Spelling = Spelling::new("from");

/// Runs after the Brill rules.
pub(crate) fn post(s: &mut Sentence<'_>) {
    for i in 0..s.len() {
        if s.toks[i].blocked {
            continue;
        }
        if let Some(tag) = post_at(s, i) {
            s.set(i, tag);
        }
    }
}

/// The words with a post-Brill rule of their own, to turn the others away at once.
const POST_WORDS: Spellings = spellings![
    "like", "only", "is", "much", "in", "while", "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "when",
    "how"
];

/// "like".
const LIKE: Spelling = Spelling::new("like");
/// "only".
const ONLY: Spelling = Spelling::new("only");
/// "is".
const IS: Spelling = Spelling::new("is");
/// "much".
const MUCH: Spelling = Spelling::new("much");
/// "in".
const IN: Spelling = Spelling::new("in");
/// "while".
const WHILE: Spelling = Spelling::new("while");
/// "when" and "how".
const WHEN_HOW: Spellings = spellings!["when", "how"];
/// "a.m." and "p.m.", however spelled.
const AM_PM: Spellings = spellings!["a.m.", "p.m.", "am", "pm", "a.m", "p.m"];
/// "as".
const AS: Spelling = Spelling::new("as");
/// "by".
const BY: Spelling = Spelling::new("by");
/// "had".
const HAD: Spelling = Spelling::new("had");
/// "than".
const THAN: Spelling = Spelling::new("than");
/// "with".
const WITH: Spelling = Spelling::new("with");
/// "n't" and "not".
const NOT: Spellings = spellings!["n't", "not"];
/// Forms of "have" after which "had" stays a participle.
const HAVE: Spellings = spellings!["has", "have", "'ve"];
/// Forms of "have" and "be" after which a past form is a participle.
const HAVE_BE: Spellings = spellings!["has", "have", "being", "be", "been"];

/// The post-Brill change for a word with a rule of its own ("like", "is", "much", "in"...),
/// if any.
fn post_word(s: &Sentence<'_>, i: usize, tag: Tag) -> Option<Tag> {
    if !s.is_any(i, &POST_WORDS) {
        return None;
    }
    let (p1, p2) = (s.tag_at(i, -1), s.tag_at(i, -2));
    let n1 = s.tag_at(i, 1);
    if s.is(i, LIKE) && p1 == Some(Tag::MD) {
        return Some(Tag::VB);
    }
    if s.is(i, ONLY) && n1 == Some(Tag::NN) {
        return Some(Tag::JJ);
    }
    if s.is(i, IS) {
        return Some(Tag::VBZ);
    }
    if s.is(i, MUCH) {
        if tag == Tag::JJ && n1 == Some(Tag::JJR) && p1 != Some(Tag::RB) {
            return Some(Tag::RB);
        }
        if tag == Tag::RB && p1 == Some(Tag::RB) && !s.is_at(i, 1, AS) {
            return Some(Tag::JJ);
        }
    }
    // Narrowed: only with nothing after it, so "came in March" keeps its preposition.
    if tag == Tag::IN
        && s.is(i, IN)
        && v(p1)
        && s.is_any_at(i, -1, &IN_PARTICLE_VERBS)
        && n1.is_none_or(Tag::is_punct)
    {
        return Some(Tag::RP);
    }
    if s.is(i, WHILE) && (p1 == Some(Tag::DT) || (p2 == Some(Tag::DT) && p1 == Some(Tag::JJ))) {
        return Some(Tag::NN);
    }
    if p1 == Some(Tag::CD) && s.is_any(i, &AM_PM) {
        return Some(Tag::RB);
    }
    if tag == Tag::RB && s.is_any(i, &WHEN_HOW) {
        return Some(Tag::WRB);
    }
    None
}

/// The post-Brill change for token `i`, if any.
fn post_at(s: &Sentence<'_>, i: usize) -> Option<Tag> {
    let tag = s.tag(i);
    if let Some(new) = post_word(s, i, tag) {
        return Some(new);
    }
    let (p1, p2, p3) = (s.tag_at(i, -1), s.tag_at(i, -2), s.tag_at(i, -3));
    let (n1, n2) = (s.tag_at(i, 1), s.tag_at(i, 2));
    let entry = s.toks[i].entry;
    let can = |t: Tag| entry.is_some_and(|e| e.has(t));
    let do_before =
        || s.is_any_at(i, -1, &DO) || (s.is_any_at(i, -1, &NOT) && s.is_any_at(i, -2, &DO));
    let to_before = (p1 == Some(Tag::CC) && p2 == Some(Tag::VB) && p3 == Some(Tag::TO))
        || (p1 == Some(Tag::Quote) && p2 == Some(Tag::TO));
    // Narrowed to subject pronouns and verb readings: "gave them time" keeps its noun.
    if tag.is_noun()
        && s.is_any_at(i, -1, &SUBJECTS)
        && let Some(alt) = entry.and_then(|e| e.first_where(|t| t.is_verb() || t == Tag::MD))
    {
        return Some(alt);
    }
    match tag {
        Tag::RP if !v(p1) || s.is_any_at(i, -1, &GET_BE_GO) => Some(Tag::RB),
        Tag::JJR
            if n1 == Some(Tag::RB)
                || (matches!(n1, Some(Tag::Comma | Tag::Period))
                    && p1 == Some(Tag::NN)
                    && p2 == Some(Tag::DT)) =>
        {
            Some(Tag::RBR)
        }
        Tag::JJS if n1 == Some(Tag::RB) => Some(Tag::RBS),
        Tag::JJ => post_adjective(s, i, can),
        Tag::NN if can(Tag::VB) && (to_before || do_before()) => Some(Tag::VB),
        Tag::NN if can(Tag::VBP) && n(p1) && matches!(n1, Some(Tag::DT | Tag::PRP)) => {
            Some(Tag::VBP)
        }
        Tag::VBZ if can(Tag::NNS) && n1 == Some(Tag::MD) => Some(Tag::NNS),
        Tag::VBP
            if to_before
                || do_before()
                || matches!(p1, Some(Tag::TO | Tag::MD))
                || (p1 == Some(Tag::RB) && matches!(p2, Some(Tag::MD | Tag::VBP))) =>
        {
            Some(Tag::VB)
        }
        Tag::VBN if can(Tag::VBD) => {
            let subject =
                n(p1) || p1 == Some(Tag::Quote) || (matches!(p1, Some(Tag::CC | Tag::RB)) && n(p2));
            let object = n1.is_none_or(|t| {
                t == Tag::Period || t.is_noun() || t.is_adjective() || t == Tag::DT || t == Tag::RB
            }) || s.is_at(i, 1, WITH);
            (matches!(p1, Some(Tag::EX | Tag::PRP | Tag::WDT | Tag::WP))
                || (p1 == Some(Tag::RB) && p2 == Some(Tag::PRP))
                || (s.is(i, HAD) && !s.is_any_at(i, -1, &HAVE))
                || (subject && object))
                .then_some(Tag::VBD)
        }
        Tag::VBD if can(Tag::VBN) => {
            if s.is_at(i, -1, THAN) || s.is_at(i, -1, AS) {
                return Some(Tag::VBN);
            }
            if n(n1) && p1 == Some(Tag::IN) {
                return Some(Tag::JJ);
            }
            let after_adverb = p1 == Some(Tag::RB)
                && ((p2 == Some(Tag::DT) && p3 == Some(Tag::IN))
                    || (p2 == Some(Tag::RB) && p3 == Some(Tag::VBZ))
                    || ((n(p3) || p3 == Some(Tag::PRP))
                        && matches!(p2, Some(Tag::VBZ | Tag::VBP | Tag::VBD))));
            let participle = after_adverb
                || (p1 == Some(Tag::DT) && p2 == Some(Tag::IN))
                || (p1 == Some(Tag::VBP) && n(p2) && p3 == Some(Tag::DT))
                || (matches!(p2, Some(Tag::MD | Tag::TO)) && p1 == Some(Tag::VB))
                || p1 == Some(Tag::VBD)
                || s.is_any_at(i, -1, &HAVE_BE)
                || (v(p1) && n1 == Some(Tag::IN) && n(n2))
                || (s.is_at(i, 1, BY) && !matches!(n2, Some(Tag::CD | Tag::SYM)));
            participle.then_some(Tag::VBN)
        }
        _ => None,
    }
}

/// Post-Brill changes of an adjective: to a noun, a gerund or a participle.
fn post_adjective(s: &Sentence<'_>, i: usize, can: impl Fn(Tag) -> bool) -> Option<Tag> {
    let (p1, p2) = (s.tag_at(i, -1), s.tag_at(i, -2));
    let n1 = s.tag_at(i, 1);
    let noun =
        ((n1.is_none_or(|t| t == Tag::Period)) && p1 == Some(Tag::DT) && p2 == Some(Tag::IN))
            || (can(Tag::NN)
                && ((p1 == Some(Tag::DT) && n1 == Some(Tag::TO)) || v(n1) || n1 == Some(Tag::MD)));
    if noun {
        return Some(Tag::NN);
    }
    if n1 == Some(Tag::JJ) && can(Tag::VBG) {
        return Some(Tag::VBG);
    }
    let after_verb = matches!(p1, Some(Tag::VBZ | Tag::VBD | Tag::VBP | Tag::VBG));
    let then = n1.is_none_or(|t| matches!(t, Tag::TO | Tag::RB | Tag::Period | Tag::Comma))
        || s.is_at(i, 1, BY)
        || s.is_at(i, 2, BY);
    (after_verb && can(Tag::VBN) && then).then_some(Tag::VBN)
}
