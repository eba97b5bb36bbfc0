//! Tense of the clause around a temporal expression, used to resolve "on Sunday" or "in
//! March" to the previous or the next one.
//!
//! The nearest tense marker within the sentence wins: a future auxiliary ("will", "'ll",
//! "is expected to"), a past form ("was", "met", "-ed" verbs) or a present form ("is").
//! Attribution verbs ("said", "says", "told") count only when nothing else is found, since
//! "will meet Sunday, officials said" is about the future.

use super::tokens::{Kind, Token};

/// Tense of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// Past or present perfect.
    Past,
    /// Simple present.
    Present,
    /// Future or planned.
    Future,
    /// No marker found.
    Unknown,
}

/// How far (in tokens) to look for a marker on each side.
const WINDOW: usize = 14;

/// How far to look when nothing is found within [`WINDOW`] (bounded, so tagging stays linear).
const WIDE_WINDOW: usize = 40;

/// Tense of the sentence around tokens `first..last`.
pub(crate) fn tense_around(text: &str, toks: &[Token], first: usize, last: usize) -> Tense {
    let mut tense = clause_tense(text, toks, first, last, WINDOW);
    if tense == Tense::Unknown {
        // Long sentences: the governing verb can sit far to the left ("flights would leave
        // Bombay on Monday and Tuesday nights, with the third departing from August 6").
        // A distant present form says little ("are convertible ... over Thursday's price").
        tense = match clause_tense(text, toks, first, last, WIDE_WINDOW) {
            Tense::Present => Tense::Unknown,
            t => t,
        };
    }
    // "by February", "until June": outside a past-tense clause, a deadline lies ahead.
    let deadline = first > 0
        && matches!(
            lower(text, toks, first - 1).as_str(),
            "by" | "until" | "till"
        );
    // "was postponed until Saturday", "has been delayed until March": put off to a time ahead,
    // whatever the tense of the putting off.
    let put_off = deadline
        && (first.saturating_sub(4)..first - 1).any(|k| {
            let w = lower(text, toks, k);
            [
                "postpone", "delay", "adjourn", "defer", "suspend", "extend", "push",
            ]
            .iter()
            .any(|stem| w.as_str().starts_with(stem))
        });
    if put_off || (deadline && tense != Tense::Past) {
        return Tense::Future;
    }
    // "Set an alarm for Monday", "Book a table for Friday night": a request is about the time
    // ahead.
    if matches!(tense, Tense::Unknown | Tense::Present) && opens_with_request(text, toks, first) {
        return Tense::Future;
    }
    tense
}

/// Verbs that open a request or instruction ("Remind me at 5 pm", "Please book a table").
const REQUEST_VERBS: &[&str] = &[
    "remind",
    "set",
    "book",
    "schedule",
    "reschedule",
    "cancel",
    "meet",
    "wake",
    "call",
    "add",
    "create",
    "move",
    "send",
    "text",
    "email",
    "tell",
    "show",
    "find",
    "plan",
    "start",
    "stop",
    "order",
    "buy",
    "pick",
    "bring",
    "come",
    "join",
    "lets",
    "make",
    "reserve",
    "put",
    "remember",
    "check",
    "get",
    "go",
    "visit",
    "arrange",
    "notify",
    "alert",
    "ping",
    "message",
];

/// Whether the sentence holding token `first` opens with a request verb (after "please").
fn opens_with_request(text: &str, toks: &[Token], first: usize) -> bool {
    // Bounded like the tense window: text without sentence marks must stay linear to tag.
    let mut start = first;
    while start > 0
        && first - start < WIDE_WINDOW
        && !ends_sentence(text, toks, start - 1)
        && toks[start].newlines_before == 0
    {
        start -= 1;
    }
    let mut k = start;
    while k < first && toks[k].kind == Kind::Punct {
        k += 1;
    }
    let word = |k: usize| lower(text, toks, k);
    // "can you remind me", "could you please book": a question that asks for something.
    if k + 1 < first
        && matches!(word(k).as_str(), "can" | "could" | "would" | "will")
        && word(k + 1).as_str() == "you"
    {
        k += 2;
    }
    if k < first && word(k).as_str() == "please" {
        k += 1;
    }
    // "I need a reminder at 5:45 on Friday", "I want a table for Saturday".
    if k + 1 < first
        && word(k).as_str() == "i"
        && matches!(word(k + 1).as_str(), "need" | "want" | "wanna")
    {
        return true;
    }
    k < first && REQUEST_VERBS.contains(&word(k).as_str())
}

/// Tense of the nearest verb group around tokens `first..last`.
fn clause_tense(text: &str, toks: &[Token], first: usize, last: usize, window: usize) -> Tense {
    let mut weak: Option<(usize, Tense)> = None;
    let mut best: Option<(usize, Tense)> = None;
    let mut consider = |dist: usize, m: Marker, best: &mut Option<(usize, Tense)>| match m {
        Marker::Strong(t) => {
            if best.is_none_or(|(d, _)| dist < d) {
                *best = Some((dist, t));
            }
        }
        Marker::Weak(t) => {
            // An attribution verb right next to the expression governs it ("said Tuesday").
            if dist <= 3 {
                if best.is_none_or(|(d, _)| dist < d) {
                    *best = Some((dist, t));
                }
            } else if weak.is_none_or(|(d, _)| dist < d) {
                weak = Some((dist, t));
            }
        }
    };
    // Left of the expression: verbs before a time adverbial usually govern it.
    let mut i = first;
    let mut dist = 0;
    while i > 0 && dist < window {
        i -= 1;
        dist += 1;
        if ends_sentence(text, toks, i) || toks[i + 1].newlines_before > 1 {
            break;
        }
        if let Some(m) = marker(text, toks, i) {
            let strong = matches!(m, Marker::Strong(_));
            consider(dist, m, &mut best);
            if strong {
                break;
            }
        }
    }
    // Right of it, at double distance.
    let mut j = last;
    let mut dist = 0;
    while j < toks.len() && dist < window {
        if toks[j].newlines_before > 1 || best.is_some_and(|(d, _)| d <= 2 * (dist + 1)) {
            break;
        }
        dist += 1;
        if let Some(m) = marker(text, toks, j) {
            let m = match m {
                Marker::Weak(t) if dist <= 1 => Marker::Strong(t),
                Marker::Weak(t) => Marker::Weak(t),
                Marker::Strong(t) => Marker::Strong(t),
            };
            let strong = matches!(m, Marker::Strong(_));
            consider(2 * dist, m, &mut best);
            if strong {
                break;
            }
        }
        if ends_sentence(text, toks, j) {
            break;
        }
        j += 1;
    }
    best.or(weak).map_or(Tense::Unknown, |(_, t)| t)
}

/// A tense cue.
enum Marker {
    /// A finite verb form.
    Strong(Tense),
    /// An attribution verb.
    Weak(Tense),
}

fn ends_sentence(text: &str, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    t.kind == Kind::Punct
        && matches!(&text[t.start..t.end], "." | "!" | "?" | ";")
        && !(i > 0 && toks[i - 1].kind == Kind::Word && toks[i - 1].len() <= 2 && !t.space_before)
}

/// A lower-cased ASCII word of at most [`LowerWord::CAPACITY`] bytes, without allocating:
/// tense detection looks at dozens of words around every expression. Most words are lower
/// case already and are borrowed from the text; the others are lower-cased on the stack.
#[derive(Clone, Copy)]
enum LowerWord<'a> {
    /// The word as written (no capital letter in it).
    Borrowed(&'a str),
    /// The word lower-cased.
    Owned {
        buf: [u8; LowerWord::CAPACITY],
        len: usize,
    },
}

impl LowerWord<'_> {
    const CAPACITY: usize = 14;

    fn as_str(&self) -> &str {
        match self {
            LowerWord::Borrowed(word) => word,
            // Only ASCII letters are ever stored.
            LowerWord::Owned { buf, len } => std::str::from_utf8(&buf[..*len]).unwrap_or_default(),
        }
    }
}

impl std::ops::Deref for LowerWord<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// Lower-cased word at `i` (empty for non-words and very long words).
fn lower<'a>(text: &'a str, toks: &[Token], i: usize) -> LowerWord<'a> {
    let t = &toks[i];
    if t.kind != Kind::Word || t.len() > LowerWord::CAPACITY {
        return LowerWord::Borrowed("");
    }
    let word = &text[t.start..t.end];
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return LowerWord::Borrowed(word);
    }
    let mut buf = [0; LowerWord::CAPACITY];
    buf[..t.len()].copy_from_slice(word.as_bytes());
    buf[..t.len()].make_ascii_lowercase();
    LowerWord::Owned { buf, len: t.len() }
}

fn apostrophe_before(text: &str, toks: &[Token], i: usize) -> bool {
    i > 0
        && !toks[i].space_before
        && matches!(&text[toks[i - 1].start..toks[i - 1].end], "'" | "\u{2019}")
}

/// Tense of an auxiliary, if the word is one.
fn aux_tense(text: &str, toks: &[Token], i: usize) -> Option<Tense> {
    let w = lower(text, toks, i);
    if apostrophe_before(text, toks, i) {
        return match w.as_str() {
            "ll" => Some(Tense::Future),
            "d" => Some(Tense::Past),
            _ => None,
        };
    }
    match w.as_str() {
        "will" | "would" | "shall" | "to" | "gonna" | "should" | "must" | "might" | "can"
        | "may" => Some(Tense::Future),
        "is" | "are" | "am" => Some(Tense::Present),
        "was" | "were" | "had" | "has" | "have" | "did" => Some(Tense::Past),
        _ => None,
    }
}

/// The tense of the verb group ending at participle `i`, from its leftmost auxiliary.
fn verb_group(text: &str, toks: &[Token], i: usize, own: Tense) -> Tense {
    let mut tense = own;
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 4 {
        k -= 1;
        steps += 1;
        let w = lower(text, toks, k);
        if matches!(
            w.as_str(),
            "be" | "been" | "being" | "not" | "also" | "still" | "already" | "just" | "n" | "t"
        ) {
            continue;
        }
        if toks[k].kind == Kind::Punct && apostrophe_before(text, toks, k + 1) {
            continue;
        }
        match aux_tense(text, toks, k) {
            // "is scheduled to", "are expected to": a present plan is about the future.
            Some(Tense::Present) if own == Tense::Future => {}
            Some(t) => tense = t,
            None => break,
        }
    }
    tense
}

fn marker(text: &str, toks: &[Token], i: usize) -> Option<Marker> {
    let w = lower(text, toks, i);
    if w.is_empty() {
        return None;
    }
    if apostrophe_before(text, toks, i) {
        return match w.as_str() {
            "ll" => Some(Marker::Strong(Tense::Future)),
            "d" => Some(Marker::Strong(Tense::Past)),
            // "what's", "it's": "is"; after a noun it is a possessive.
            "s" if i >= 2
                && matches!(
                    lower(text, toks, i - 2).as_str(),
                    "what" | "it" | "that" | "there" | "he" | "she" | "who" | "where" | "here"
                ) =>
            {
                Some(Marker::Strong(Tense::Present))
            }
            "t" if i >= 2 => match lower(text, toks, i - 2).as_str() {
                "won" | "wo" => Some(Marker::Strong(Tense::Future)),
                "didn" | "wasn" | "weren" | "hadn" | "haven" | "hasn" | "couldn" => {
                    Some(Marker::Strong(Tense::Past))
                }
                "isn" | "aren" | "doesn" | "don" => Some(Marker::Strong(Tense::Present)),
                _ => None,
            },
            _ => None,
        };
    }
    let next_is = |s: &str| {
        toks.get(i + 1)
            .is_some_and(|n| text[n.start..n.end].eq_ignore_ascii_case(s))
    };
    let m = match w.as_str() {
        // Futures, and obligations or possibilities ("should be completed in October", "must
        // leave by Friday"): ahead.
        "will" | "shall" | "would" | "gonna" | "should" | "must" | "might" | "can" => {
            Marker::Strong(Tense::Future)
        }
        "may" if next_is("be") || next_is("not") || next_is("have") => {
            Marker::Strong(Tense::Future)
        }
        // "were planning a march on Saturday": the plan's time is ahead of the report.
        "planning" | "preparing" | "scheduling" if !after_determiner(text, toks, i) => {
            Marker::Strong(Tense::Future)
        }
        // After a determiner these are nouns or adjectives ("announced the plan Aug. 21").
        "plans" | "plan" | "planned" | "expects" | "expected" | "expect" | "scheduled"
        | "intends" | "aims" | "effective" | "slated"
            if after_determiner(text, toks, i) =>
        {
            return None;
        }
        "plans" | "plan" | "planned" | "expects" | "expected" | "expect" | "scheduled"
        | "intends" | "upcoming" | "aims" | "effective" | "slated" => {
            Marker::Strong(verb_group(text, toks, i, Tense::Future))
        }
        "going" | "due" if next_is("to") || next_is("on") || next_is("for") => {
            Marker::Strong(verb_group(text, toks, i, Tense::Future))
        }
        "set" if next_is("to") || next_is("for") => {
            Marker::Strong(verb_group(text, toks, i, Tense::Future))
        }
        // "is to resume trading Tuesday": a present "be to" is an arrangement for the future.
        "is" | "are" | "am" if next_is("to") => Marker::Strong(Tense::Future),
        "is" | "are" | "am" | "does" | "do" => Marker::Strong(Tense::Present),
        "said" | "told" | "according" | "reported" => Marker::Weak(Tense::Past),
        "says" | "say" | "tells" => Marker::Weak(Tense::Present),
        "was" | "were" | "had" | "did" | "has" | "have" | "ago" => Marker::Strong(Tense::Past),
        // A participle after a determiner is an adjective ("a still unspecified date").
        _ if w.ends_with("ed") && after_determiner(text, toks, i) => return None,
        _ if is_irregular_past(&w)
            || (w.len() >= 5 && w.ends_with("ed") && !is_ed_exception(&w)) =>
        {
            Marker::Strong(verb_group(text, toks, i, Tense::Past))
        }
        _ => return None,
    };
    Some(m)
}

/// Whether the word at `i` follows a determiner, possibly through one adverb ("the newly
/// elected", "a still unspecified").
fn after_determiner(text: &str, toks: &[Token], i: usize) -> bool {
    let is_det = |k: usize| {
        matches!(
            lower(text, toks, k).as_str(),
            "a" | "an"
                | "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "your"
                | "my"
                | "these"
                | "those"
                | "each"
                | "every"
                | "any"
                | "no"
        )
    };
    let adverb = |k: usize| {
        let w = lower(text, toks, k);
        w.ends_with("ly") || matches!(w.as_str(), "still" | "now" | "once" | "recently")
    };
    (i >= 1 && is_det(i - 1)) || (i >= 2 && adverb(i - 1) && is_det(i - 2))
}

/// Whether `w` (lower case) is the past tense of an irregular verb ("began", "fell").
pub(crate) fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "began"
            | "came"
            | "fell"
            | "rose"
            | "took"
            | "gave"
            | "made"
            | "met"
            | "left"
            | "held"
            | "sold"
            | "bought"
            | "went"
            | "saw"
            | "got"
            | "won"
            | "lost"
            | "paid"
            | "sent"
            | "spent"
            | "led"
            | "fled"
            | "broke"
            | "struck"
            | "shot"
            | "ran"
            | "became"
            | "brought"
            | "caught"
            | "chose"
            | "drew"
            | "drove"
            | "felt"
            | "fought"
            | "found"
            | "flew"
            | "grew"
            | "heard"
            | "kept"
            | "knew"
            | "meant"
            | "sank"
            | "sat"
            | "spoke"
            | "stood"
            | "stole"
            | "swore"
            | "taught"
            | "thought"
            | "threw"
            | "wrote"
            | "woke"
            | "wore"
            | "built"
            | "dealt"
            | "fed"
            | "hung"
            | "lent"
            | "slid"
            | "split"
            | "swept"
            | "wept"
            | "withdrew"
            | "overtook"
            | "undertook"
            | "forecast"
    )
}

fn is_ed_exception(w: &str) -> bool {
    matches!(
        w,
        "indeed"
            | "hundred"
            | "united"
            | "limited"
            | "need"
            | "speed"
            | "breed"
            | "proceed"
            | "succeed"
            | "exceed"
            | "based"
            | "related"
            | "concerned"
            | "interested"
            | "advanced"
            | "detailed"
            | "experienced"
            | "listed"
            | "unlisted"
            | "estimated"
            | "unexpected"
            | "expected"
            | "scheduled"
            | "planned"
            | "proposed"
            | "fixed"
            | "mixed"
            | "tied"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn tense_of(text: &str, word: &str) -> Tense {
        let toks = tokenize(text);
        let i = toks
            .iter()
            .position(|t| &text[t.start..t.end] == word)
            .unwrap();
        tense_around(text, &toks, i, i + 1)
    }

    #[test]
    fn finds_the_nearest_marker() {
        let cases = [
            ("Protests began on Sunday as prices rose.", Tense::Past),
            (
                "The ministers will meet on Sunday, officials said.",
                Tense::Future,
            ),
            ("They'll meet Sunday.", Tense::Future),
            ("The company said Sunday.", Tense::Past),
            ("The meeting is on Sunday.", Tense::Present),
            (
                "A spokesman said Sunday that troops will remain.",
                Tense::Past,
            ),
            (
                "The dividend will be paid Sunday to holders.",
                Tense::Future,
            ),
            (
                "The offer had been due to expire Sunday evening.",
                Tense::Past,
            ),
            ("Sunday.", Tense::Unknown),
            ("The deal is scheduled to close Sunday.", Tense::Future),
            ("Trading is to resume Sunday.", Tense::Future),
            (
                "It will be paid on a still unspecified date Sunday.",
                Tense::Future,
            ),
            ("The record was set on Sunday.", Tense::Past),
            (
                "It is part of a program to pay the loan by Sunday.",
                Tense::Future,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(tense_of(text, "Sunday"), want, "{text}");
        }
    }
}
