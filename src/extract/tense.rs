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

/// Tense of the sentence around tokens `first..last`.
pub(crate) fn tense_around(text: &str, toks: &[Token], first: usize, last: usize) -> Tense {
    let mut weak = None;
    let mut best: Option<(usize, Tense)> = None;
    // left
    let mut i = first;
    let mut dist = 0;
    while i > 0 && dist < WINDOW {
        i -= 1;
        dist += 1;
        if ends_sentence(text, toks, i) || toks[i + 1].newlines_before > 1 {
            break;
        }
        if let Some(m) = marker(text, toks, i) {
            match m {
                Marker::Strong(t) => {
                    best = Some((dist, t));
                    break;
                }
                Marker::Weak(t) => {
                    weak.get_or_insert(t);
                }
            }
        }
    }
    // right
    let mut j = last;
    let mut dist = 0;
    while j < toks.len() && dist < WINDOW {
        if toks[j].newlines_before > 1 || best.is_some_and(|(d, _)| d <= dist) {
            break;
        }
        dist += 1;
        if let Some(m) = marker(text, toks, j) {
            match m {
                Marker::Strong(t) => {
                    best = Some((dist, t));
                    break;
                }
                Marker::Weak(t) => {
                    weak.get_or_insert(t);
                }
            }
        }
        if ends_sentence(text, toks, j) {
            break;
        }
        j += 1;
    }
    best.map(|(_, t)| t).or(weak).unwrap_or(Tense::Unknown)
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
    t.kind == Kind::Punct && matches!(&text[t.start..t.end], "." | "!" | "?" | ";")
        && !(i > 0 && toks[i - 1].kind == Kind::Word && toks[i - 1].len() <= 2 && !t.space_before)
}

fn marker(text: &str, toks: &[Token], i: usize) -> Option<Marker> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    let raw = &text[t.start..t.end];
    if raw.len() > 14 {
        return None;
    }
    let lower = raw.to_ascii_lowercase();
    let w = lower.as_str();
    let apostrophe_before = i > 0 && !t.space_before && matches!(&text[toks[i - 1].start..toks[i - 1].end], "'" | "\u{2019}");
    if apostrophe_before {
        return match w {
            "ll" => Some(Marker::Strong(Tense::Future)),
            "d" => Some(Marker::Strong(Tense::Past)),
            "s" | "re" => None,
            "t" if i >= 2 => {
                let prev = text[toks[i - 2].start..toks[i - 2].end].to_ascii_lowercase();
                match prev.as_str() {
                    "won" | "wo" => Some(Marker::Strong(Tense::Future)),
                    "didn" | "wasn" | "weren" | "hadn" | "haven" | "hasn" | "couldn" => Some(Marker::Strong(Tense::Past)),
                    "isn" | "aren" | "doesn" | "don" => Some(Marker::Strong(Tense::Present)),
                    _ => None,
                }
            }
            _ => None,
        };
    }
    let next_is = |s: &str| toks.get(i + 1).is_some_and(|n| text[n.start..n.end].eq_ignore_ascii_case(s));
    let m = match w {
        "will" | "shall" | "would" | "gonna" | "plans" | "plan" | "planned" | "expects" | "expected" | "expect"
        | "scheduled" | "intends" | "upcoming" | "aims" | "hopes" | "wants" | "seeks" => Marker::Strong(Tense::Future),
        "going" if next_is("to") => Marker::Strong(Tense::Future),
        "due" if next_is("to") || next_is("on") => Marker::Strong(Tense::Future),
        "is" | "are" | "am" | "does" | "do" => Marker::Strong(Tense::Present),
        "said" | "told" | "according" | "reported" => Marker::Weak(Tense::Past),
        "says" | "say" | "tells" => Marker::Weak(Tense::Present),
        "was" | "were" | "had" | "did" | "has" | "have" | "been" | "ago" => Marker::Strong(Tense::Past),
        _ if is_irregular_past(w) => Marker::Strong(Tense::Past),
        _ if w.len() >= 5 && w.ends_with("ed") && !is_ed_exception(w) => Marker::Strong(Tense::Past),
        _ => return None,
    };
    Some(m)
}

fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "began" | "came" | "fell" | "rose" | "took" | "gave" | "made" | "met" | "left" | "held" | "sold" | "bought"
            | "went" | "saw" | "got" | "won" | "lost" | "paid" | "sent" | "spent" | "led" | "fled" | "broke"
            | "struck" | "shot" | "ran" | "became" | "brought" | "caught" | "chose" | "drew" | "drove" | "felt"
            | "fought" | "found" | "flew" | "grew" | "heard" | "kept" | "knew" | "meant" | "sank" | "sat"
            | "spoke" | "stood" | "stole" | "swore" | "taught" | "thought" | "threw" | "wrote" | "woke" | "wore"
            | "built" | "dealt" | "fed" | "hung" | "lent" | "slid" | "split" | "swept" | "wept" | "withdrew"
            | "overtook" | "undertook" | "forecast"
    )
}

fn is_ed_exception(w: &str) -> bool {
    matches!(
        w,
        "indeed" | "hundred" | "united" | "limited" | "need" | "speed" | "breed" | "proceed" | "succeed" | "exceed"
            | "based" | "related" | "concerned" | "interested" | "advanced" | "detailed" | "experienced" | "listed"
            | "unlisted" | "estimated" | "unexpected" | "expected" | "scheduled" | "planned" | "proposed"
            | "fixed" | "mixed" | "tied" | "ended"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn tense_of(text: &str, word: &str) -> Tense {
        let toks = tokenize(text);
        let i = toks.iter().position(|t| &text[t.start..t.end] == word).unwrap();
        tense_around(text, &toks, i, i + 1)
    }

    #[test]
    fn finds_the_nearest_marker() {
        let cases = [
            ("Protests began on Sunday as prices rose.", Tense::Past),
            ("The ministers will meet on Sunday, officials said.", Tense::Future),
            ("They'll meet Sunday.", Tense::Future),
            ("The company said Sunday.", Tense::Past),
            ("The meeting is on Sunday.", Tense::Present),
            ("Sunday.", Tense::Unknown),
        ];
        for (text, want) in cases {
            assert_eq!(tense_of(text, "Sunday"), want, "{text}");
        }
    }
}
