//! The subject of a verb group: the noun phrase before it, past an apposition ("Scott McNealy,
//! Sun's chief executive, said"), a relative pronoun ("Kellogg stock, which closed") or up a
//! "to"-chain ("announced plans to travel").

use super::super::pos::Tag;
use super::verb_group::VerbGroup;
use super::words::Sentence;

/// Most words a subject keeps (its head end: "the company's petroleum services segment").
const MAX_SUBJECT_WORDS: usize = 9;
/// Most words an apposition or relative clause between a subject and its verb may have.
const MAX_APPOSITION_WORDS: usize = 30;

/// Where the title's predicate starts and its subject's word range, for `group`.
#[derive(Clone, Copy)]
pub(crate) struct Subject {
    /// First word of the predicate (the group itself, or a governing group up a "to"-chain).
    pub predicate_start: usize,
    /// The subject's words `(first, end)`, if one was found.
    pub words: Option<(usize, usize)>,
}

/// The subject of `group` among `groups`.
pub(crate) fn subject_of(s: &Sentence<'_>, groups: &[VerbGroup], group: VerbGroup) -> Subject {
    let mut start = group.first;
    // Up a "to"-chain: "announced plans to travel", "agreed to buy".
    if start >= 1 && s.tag(start - 1) == Tag::TO {
        let governing = groups
            .iter()
            .rev()
            .find(|g| g.end < start && start - g.end <= 4)
            .filter(|g| (g.end..start - 1).all(|k| s.tag(k).is_noun() || s.tag(k).is_adjective()));
        if let Some(g) = governing {
            return Subject {
                predicate_start: g.first,
                ..subject_of(s, groups, *g)
            };
        }
    }
    // Adverbs right before the group ("recently went") belong to the predicate.
    while start >= 1 && matches!(s.tag(start - 1), Tag::RB) && s.lower(start - 1) != "not" {
        start -= 1;
    }
    Subject {
        predicate_start: start,
        words: noun_phrase_before(s, groups, start),
    }
}

/// The noun phrase that is the subject of a predicate starting at word `at`.
fn noun_phrase_before(
    s: &Sentence<'_>,
    groups: &[VerbGroup],
    at: usize,
) -> Option<(usize, usize)> {
    let mut j = at;
    while j >= 1 && s.is_quote(j - 1) {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    let prev = j - 1;
    // A relative clause: the antecedent is the noun phrase before the pronoun.
    if matches!(s.tag(prev), Tag::WDT | Tag::WP) {
        let mut k = prev;
        while k >= 1 && (s.tag(k - 1) == Tag::Comma || s.is_quote(k - 1)) {
            k -= 1;
        }
        return np_ending_at(s, k);
    }
    // "…, X, the foreign minister, said": skip back over the apposition to the name.
    if s.tag(prev) == Tag::Comma {
        let opening = (prev.saturating_sub(MAX_APPOSITION_WORDS)..prev)
            .rev()
            .find(|&k| s.tag(k) == Tag::Comma || s.is_boundary_punct(k))
            .filter(|&k| s.tag(k) == Tag::Comma);
        if let Some(k) = opening {
            let inner = k + 1;
            let apposition = s.is_nominal(inner) || s.is_subordinator(inner);
            if apposition && let Some(np) = np_ending_at(s, k) {
                return Some(np);
            }
        }
        return None;
    }
    // A verb phrase coordinated with an earlier one ("rose 5% and closed at") shares its subject.
    if s.tag(prev) == Tag::CC {
        if let Some(g) = groups.iter().rev().find(|g| g.end <= prev) {
            let between_is_object = (g.end..prev).all(|k| !s.is_boundary_punct(k));
            if between_is_object && prev - g.end <= 15 {
                return noun_phrase_before(s, groups, g.first);
            }
        }
        return None;
    }
    if s.is_nominal(prev) {
        return np_ending_at(s, j);
    }
    None
}

/// The noun phrase whose last word is `end - 1`, walked back over nominal words and "of".
fn np_ending_at(s: &Sentence<'_>, end: usize) -> Option<(usize, usize)> {
    if end == 0 || !s.is_nominal(end - 1) {
        return None;
    }
    let mut first = end - 1;
    while first >= 1 {
        let k = first - 1;
        let joins = (s.lower(k) == "of" || s.lower(k) == "and" || s.lower(k) == "&")
            && k >= 1
            && s.is_nominal(k - 1);
        // "more than 1,000 people", "over 400", "about 50".
        let quantity = (s.tag(first) == Tag::CD
            && matches!(
                s.lower(k),
                "than" | "over" | "about" | "nearly" | "almost" | "some" | "around"
            ))
            || (s.lower(first) == "than" && matches!(s.tag(k), Tag::JJR | Tag::RBR));
        // A prepositional phrase inside the noun phrase ("the slide in stock prices").
        let attached = matches!(s.lower(k), "in" | "on" | "for" | "at" | "from" | "with")
            && k >= 1
            && s.tag(k - 1).is_noun()
            && end - k < MAX_SUBJECT_WORDS;
        // An adverb before an adjective ("often tumultuous").
        let degree = s.tag(k) == Tag::RB && s.tag(first).is_adjective();
        if s.is_nominal(k) || joins || quantity || attached || degree || (s.lower(k) == "-") {
            first = k;
        } else {
            break;
        }
    }
    // Keep the head end of a long phrase, starting at a word that can open one.
    if end - first > MAX_SUBJECT_WORDS {
        first = (end - MAX_SUBJECT_WORDS..end)
            .find(|&k| {
                matches!(s.tag(k), Tag::DT | Tag::PRPS | Tag::NNP | Tag::PRP) && s.lower(k) != "of"
            })
            .unwrap_or(end - MAX_SUBJECT_WORDS);
    }
    Some((first, end))
}
