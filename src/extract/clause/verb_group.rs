//! Verb groups ("has been asked", "will travel", "agreed to buy") and which of them an expression
//! dates: the nearest, in its own clause, preferring what happened over who said so.

use super::super::pos::Tag;
use super::words::Sentence;

/// A run of auxiliaries, adverbs and verbs that acts as one predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VerbGroup {
    /// First word (an auxiliary, a modal or the verb).
    pub first: usize,
    /// The main verb: the last verb of the group.
    pub head: usize,
    /// One past the last word.
    pub end: usize,
    /// Whether the group is tensed (it can have a subject of its own).
    pub finite: bool,
}

/// Adverbs allowed inside a verb group ("has not yet", "was also").
fn is_inner_adverb(s: &Sentence<'_>, i: usize) -> bool {
    matches!(s.tag(i), Tag::RB | Tag::RBR | Tag::RBS)
}

/// Verbs in "-s" that a tagger reads as plural nouns before "to" ("LIN plans to pay").
const CONTROL_VERBS: &[&str] = &[
    "plans",
    "wants",
    "hopes",
    "needs",
    "seeks",
    "aims",
    "intends",
    "expects",
    "promises",
    "vows",
    "threatens",
    "agrees",
    "tries",
    "continues",
    "refuses",
    "decides",
    "appears",
    "seems",
    "offers",
    "pledges",
    "prepares",
    "moves",
    "votes",
];

/// Whether word `i` is such a verb: followed by "to" and a base verb, after a subject.
fn is_control_verb(s: &Sentence<'_>, i: usize) -> bool {
    CONTROL_VERBS.contains(&s.lower(i))
        && matches!(s.tag(i), Tag::NNS | Tag::NN | Tag::VBZ)
        && i + 2 < s.len()
        && s.tag(i + 1) == Tag::TO
        && s.tag(i + 2) == Tag::VB
        && i >= 1
        && !matches!(
            s.tag(i - 1),
            Tag::DT | Tag::PRPS | Tag::Pos | Tag::JJ | Tag::IN
        )
}

/// Whether the participle at `i` modifies a noun ("a televised address", "the planned merger").
fn is_prenominal(s: &Sentence<'_>, i: usize) -> bool {
    matches!(s.tag(i), Tag::VBN | Tag::VBG)
        && i >= 1
        && (matches!(
            s.tag(i - 1),
            Tag::DT | Tag::PRPS | Tag::JJ | Tag::Pos | Tag::CD | Tag::IN
        ) || (s.tag(i - 1).is_noun() && s.tag(i) == Tag::VBG))
        && i + 1 < s.len()
        && (s.tag(i + 1).is_noun() || s.tag(i + 1).is_adjective())
}

/// Whether the "verb" at `i` follows a determiner and so heads a noun phrase ("a shed", "the
/// record"): a tagging slip the groups do not follow.
fn after_determiner(s: &Sentence<'_>, i: usize) -> bool {
    s.tag(i) != Tag::MD
        && !s.is_aux(i)
        && i >= 1
        && (matches!(s.tag(i - 1), Tag::DT | Tag::PRPS | Tag::Pos)
            // "to stock of record": a noun before "of".
            || (s.tag(i - 1) == Tag::TO && i + 1 < s.len() && s.lower(i + 1) == "of"))
        && s.lower(i - 1) != "that"
}

/// Every verb group of the sentence, in order.
pub(crate) fn verb_groups(s: &Sentence<'_>) -> Vec<VerbGroup> {
    let mut groups = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let control = is_control_verb(s, i);
        if (!s.tag(i).is_verb() && s.tag(i) != Tag::MD && !control)
            || is_prenominal(s, i)
            || (after_determiner(s, i) && !control)
        {
            i += 1;
            continue;
        }
        let first = i;
        let mut head = i;
        let mut j = i + 1;
        if control {
            // "plans to announce": the group runs on to the verb after "to".
            head = i + 2;
            j = i + 3;
        }
        // Extend over adverbs, further verbs and "to" + verb ("agreed to buy", "plans to").
        while j < s.len() {
            if s.tag(j).is_verb() && (s.is_aux(head) || s.tag(head) == Tag::TO) {
                head = j;
                j += 1;
            } else if is_inner_adverb(s, j) && j + 1 < s.len() && s.tag(j + 1).is_verb() {
                j += 1;
            } else if s.tag(j) == Tag::TO && j + 1 < s.len() && s.tag(j + 1) == Tag::VB {
                head = j + 1;
                j += 2;
            } else if s.tag(j) == Tag::RP {
                // A particle ("carry out", "broke up") belongs to its verb.
                j += 1;
            } else {
                break;
            }
        }
        let finite = s.tag(first).is_finite_verb() || s.tag(first) == Tag::MD || control;
        groups.push(VerbGroup {
            first,
            head,
            end: j,
            finite,
        });
        i = j;
    }
    groups
}

/// Participles that frame rather than report ("compared with a year earlier").
const NON_EVENT_PARTICIPLES: &[&str] = &[
    "compared",
    "based",
    "including",
    "excluding",
    "according",
    "following",
    "ended",
    "ending",
    "due",
    "related",
    "associated",
    "beginning",
    "starting",
];

/// How far apart, in clause terms, words `a < b` are: words between, plus what they cross.
fn distance(s: &Sentence<'_>, a: usize, b: usize) -> f32 {
    let mut cost = 0.0;
    for k in a..b {
        cost += 0.15;
        if s.is_boundary_punct(k) {
            cost += 3.0;
        } else if s.tag(k) == Tag::Comma {
            // "a loss of $158,666, or 10 cents a share, in …": an aside, not a clause break.
            let aside = k + 1 < s.len() && s.tag(k + 1) == Tag::CC;
            cost += if aside { 0.3 } else { 1.0 };
        } else if s.is_subordinator(k) {
            cost += 1.5;
        } else if s.tag(k) == Tag::CC {
            cost += 0.6;
        }
    }
    cost
}

/// The group that the expression at words `expr` (start, end) dates; `None` when the sentence
/// has no verb.
pub(crate) fn dated_group(
    s: &Sentence<'_>,
    groups: &[VerbGroup],
    expr: (usize, usize),
) -> Option<VerbGroup> {
    // "… in a televised address early Thursday": the date dates the statement, so the verb that
    // reports it.
    let statement =
        expr.0 >= 1 && (expr.0.saturating_sub(3)..expr.0).any(|k| s.is_statement_noun(k));
    // "said Monday that …", "said on Thursday", "said privately Thursday": the date dates the
    // saying.
    let reporting_right_before = groups.iter().find(|g| {
        let mut k = g.end;
        while k < expr.0 && s.tag(k).is_adverb() {
            k += 1;
        }
        if k < expr.0 && s.tag(k) == Tag::IN {
            k += 1;
        }
        s.is_reporting(g.head) && g.end <= expr.0 && k == expr.0
    });
    if let Some(g) = reporting_right_before {
        return Some(*g);
    }
    if statement
        && let Some(g) = groups
            .iter()
            .filter(|g| g.end <= expr.0 && s.is_reporting(g.head))
            .last()
    {
        return Some(*g);
    }
    // "On Thursday, officials said …": a date that opens the sentence dates its main clause.
    let opens_sentence = (0..expr.0).all(|k| s.tag(k) == Tag::IN || s.tag(k).is_punct())
        && expr.1 < s.len()
        && s.tag(expr.1) == Tag::Comma;
    if opens_sentence && let Some(g) = groups.iter().find(|g| g.finite && g.first > expr.1) {
        return Some(*g);
    }
    let only_reporting = groups.iter().all(|g| s.is_reporting(g.head));
    groups
        .iter()
        .map(|g| {
            let mut cost = if g.end <= expr.0 {
                distance(s, g.end, expr.0)
            } else {
                distance(s, expr.1, g.first) + 0.8
            };
            if s.is_reporting(g.head) && !only_reporting {
                cost += 1.0;
            }
            // A bare participle ("videos posted online") is seldom the news itself, and some
            // never are ("compared with", "based in", "the year ended"), however tagged.
            let bare = g.first == g.head;
            if bare && NON_EVENT_PARTICIPLES.contains(&s.lower(g.head)) {
                cost += 4.0;
            } else if !g.finite {
                cost += 0.8;
            }
            if s.is_be(g.head) {
                cost += 0.3;
            }
            // ", or 29 cents a share adjusted for the split, for the quarter": a verb inside an
            // "or" aside does not reach a date outside it.
            if let Some((open, close)) = or_aside(s, g.first)
                && !(open < expr.0 && expr.1 <= close)
            {
                cost += 3.0;
            }
            (g, cost)
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(g, _)| *g)
}

/// The commas `(open, close)` around word `k` when they hold an aside that opens with "or"
/// (", or 10 cents a share,"); the close is the sentence's end if no comma follows.
fn or_aside(s: &Sentence<'_>, k: usize) -> Option<(usize, usize)> {
    let open = (0..k)
        .rev()
        .take_while(|&j| !s.is_boundary_punct(j))
        .find(|&j| s.tag(j) == Tag::Comma)?;
    if open + 1 >= s.len() || s.lower(open + 1) != "or" {
        return None;
    }
    let close = (k..s.len())
        .find(|&j| s.tag(j) == Tag::Comma || s.is_boundary_punct(j))
        .unwrap_or(s.len());
    Some((open, close))
}
