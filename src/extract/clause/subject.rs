//! The subject of a verb group: the noun phrase before it, past an apposition ("Scott `McNealy`,
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

/// The subject of `group` among `groups`; `skip` is the date phrase (word range), which is
/// walked over: "American officials over the weekend became …".
pub(crate) fn subject_of(
    s: &Sentence<'_>,
    groups: &[VerbGroup],
    group: VerbGroup,
    skip: Option<(usize, usize)>,
) -> Subject {
    let mut start = group.first;
    // Up a "to"-chain: "announced plans to travel", "rose $2.50 a share to close at", "expects
    // its sales to soon grow".
    while start >= 2 && s.tag(start - 1) == Tag::RB && s.tag(start - 2) == Tag::TO {
        start -= 1;
    }
    if start >= 1 && s.tag(start - 1) == Tag::TO {
        let governing = groups
            .iter()
            .rev()
            .find(|g| g.end < start && start - g.end <= 9)
            .filter(|g| {
                // "voted to support", "announced plans to travel", "wasn't to begin".
                g.end + 1 == start
                    || (g.end < start - 1 && (g.end..start - 1).all(|k| s.tag(k) == Tag::RB))
                    || ((g.end..start - 1).all(|k| s.is_nominal(k) || s.tag(k) == Tag::Comma)
                        && s.is_nominal(g.end))
            });
        if let Some(g) = governing {
            return Subject {
                predicate_start: g.first,
                ..subject_of(s, groups, *g, skip)
            };
        }
    }
    // "wasn't to begin turning out product": a bare gerund after a verb continues that verb's
    // group, and shares its subject.
    if start >= 1 && s.tag(start) == Tag::VBG && group.first == group.head {
        let governing = groups
            .iter()
            .find(|g| g.end == start && g.head + 1 == start && s.tag(g.head).is_verb());
        if let Some(g) = governing {
            return subject_of(s, groups, *g, skip);
        }
    }
    start = group.first;
    // Adverbs right before the group ("recently went") belong to the predicate.
    while start >= 1
        && matches!(s.tag(start - 1), Tag::RB)
        && s.lower(start - 1) != "not"
        && skip.is_none_or(|(first, end)| !(first..end).contains(&(start - 1)))
    {
        start -= 1;
    }
    // The date phrase between subject and verb is not the subject.
    let mut before = start;
    // "The fall of Atlanta, on September 2, 1864, was": the date between commas too.
    let comma_after_date = |end: usize| {
        end + 1 == before && s.tag(end) == Tag::Comma && {
            let opener = skip.map_or(0, |(first, _)| first);
            (opener.saturating_sub(2)..opener).any(|k| s.tag(k) == Tag::Comma)
        }
    };
    if let Some((first, end)) = skip
        && (end == before || comma_after_date(end))
    {
        let enclosed = end != before;
        before = first;
        // "as of Sept. 30": up to two words lead into the date.
        for _ in 0..2 {
            if before >= 1 && matches!(s.tag(before - 1), Tag::IN | Tag::TO) {
                before -= 1;
            }
        }
        if enclosed && before >= 1 && s.tag(before - 1) == Tag::Comma {
            before -= 1;
        }
    }
    // "The Japanese were having successes, having finally captured Changsha": a perfect
    // participle clause after a comma shares the subject of the clause before it (other
    // participles there often tell what the whole clause did: "…, resulting in a loss").
    if !group.finite
        && s.lower(group.first) == "having"
        && start >= 1
        && s.tag(start - 1) == Tag::Comma
        && let Some(main) = groups.iter().rev().find(|g| g.end < start && g.finite)
    {
        let main_subject = subject_of(s, groups, *main, None);
        if main_subject.words.is_some() {
            return Subject {
                predicate_start: start,
                words: main_subject.words,
            };
        }
    }
    Subject {
        predicate_start: start,
        words: noun_phrase_before(s, groups, before),
    }
}

/// The noun phrase that is the subject of a predicate starting at word `at`.
fn noun_phrase_before(s: &Sentence<'_>, groups: &[VerbGroup], at: usize) -> Option<(usize, usize)> {
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
        return np_ending_at(s, k, false);
    }
    // "the businesses to be acquired had …": an infinitive after the noun modifies it.
    if s.tag(prev).is_verb()
        && let Some(to) = (prev.saturating_sub(3)..prev)
            .rev()
            .find(|&k| s.tag(k) == Tag::TO)
        && to >= 1
        && s.tag(to - 1).is_noun()
        && (to + 1..prev).all(|k| s.is_aux(k))
    {
        return np_ending_at(s, to, true).map(|(a, _)| (a, j));
    }
    // "There were no gains": the expletive is the subject.
    if s.tag(prev) == Tag::EX {
        return Some((prev, j));
    }
    // "…, X, the foreign minister, said", "Avon, based in Santa Monica, Calif., has": skip back
    // over the appositions to the name.
    if s.tag(prev) == Tag::Comma {
        let floor = prev.saturating_sub(MAX_APPOSITION_WORDS);
        let mut close = prev;
        for _ in 0..4 {
            let k = (floor..close)
                .rev()
                .find(|&k| s.tag(k) == Tag::Comma || s.is_boundary_punct(k))
                .filter(|&k| s.tag(k) == Tag::Comma)?;
            let inner = k + 1;
            let apposition = s.is_nominal(inner)
                || s.is_subordinator(inner)
                || matches!(s.tag(inner), Tag::VBN | Tag::VBG | Tag::NNP);
            if !apposition {
                return None;
            }
            if let Some(np) = np_ending_at(s, k, true)
                && !(np.0 >= 1
                    && matches!(s.tag(np.0 - 1), Tag::IN | Tag::TO)
                    && s.lower(np.0 - 1) != "that")
            {
                return Some(np);
            }
            close = k;
        }
        return None;
    }
    // A verb phrase coordinated with an earlier one ("rose 5% and closed at") shares its subject.
    if s.tag(prev) == Tag::CC {
        for g in groups.iter().rev().filter(|g| g.end <= prev) {
            let between_is_object = (g.end..prev).all(|k| !s.is_boundary_punct(k));
            if !between_is_object || prev - g.end > 15 {
                return None;
            }
            let opener = (g.first.saturating_sub(4)..g.first).rev().find(|&k| {
                matches!(s.tag(k), Tag::WRB | Tag::WDT | Tag::WP) || s.is_subordinator(k)
            });
            match opener {
                // "which is being traded in London and is to resume": the relative's antecedent.
                Some(r) if matches!(s.tag(r), Tag::WDT | Tag::WP) => {
                    let mut k = r;
                    while k >= 1 && (s.tag(k - 1) == Tag::Comma || s.is_quote(k - 1)) {
                        k -= 1;
                    }
                    return np_ending_at(s, k, false);
                }
                // "on where the body had been buried, and recently ordered": that clause has a
                // subject of its own; the verb before it is the one coordinated.
                Some(_) => {}
                None => return noun_phrase_before(s, groups, g.first),
            }
        }
        return None;
    }
    // A participle after a noun and a comma or dash ("its new strategy -- started in some
    // markets"), or right after a noun ("a move expected to result in"), modifies that noun.
    if group_is_bare_participle(s, groups, at) {
        let after_comma = matches!(s.tag(prev), Tag::Comma) || s.is_dash(prev);
        let noun = if after_comma { prev } else { j };
        // Right after a noun, only the shapes of a reduced relative ("a move expected to
        // result", "shares held by"): elsewhere a participle there is a misread past tense.
        let reduced = after_comma
            || (at + 1 < s.len()
                && (s.lower(at + 1) == "by"
                    || (s.tag(at + 1) == Tag::TO && at + 2 < s.len() && s.tag(at + 2) == Tag::VB)));
        if reduced && noun >= 1 && s.tag(noun - 1).is_noun() {
            return np_ending_at(s, noun, false);
        }
    }
    // A personal pronoun is a whole phrase; after a noun it opens a relative clause without
    // its pronoun ("the principle it vindicated"), which names what the verb is about.
    if s.tag(prev) == Tag::PRP
        && matches!(
            s.lower(prev),
            "i" | "you" | "he" | "she" | "it" | "we" | "they"
        )
    {
        let antecedent = (prev >= 1 && matches!(s.tag(prev - 1), Tag::NN | Tag::NNS))
            .then(|| np_ending_at(s, prev, false))
            .flatten();
        return Some(antecedent.map_or((prev, j), |(a, _)| (a, j)));
    }
    if s.is_nominal(prev) {
        let (a, b) = np_ending_at(s, j, true)?;
        // "the issues that hurt Sun's performance are …": the object of a relative clause is not
        // the subject; its antecedent is.
        if a >= 2 && s.tag(a - 1).is_verb() && matches!(s.tag(a - 2), Tag::WDT | Tag::WP) {
            return np_ending_at(s, a - 2, false).or(Some((a, b)));
        }
        return Some((a, b));
    }
    None
}

/// The noun phrase whose last word is `end - 1`, walked back over nominal words and "of" (and,
/// with `attach`, over prepositional phrases and participles that modify it: "a phony address
/// listed on disclosure forms"). A long phrase keeps its head: "A phony address".
fn np_ending_at(s: &Sentence<'_>, end: usize, attach: bool) -> Option<(usize, usize)> {
    if end == 0 || !s.is_nominal(end - 1) {
        return None;
    }
    let mut first = end - 1;
    while first >= 1 {
        let k = first - 1;
        let joins = k >= 1
            && ((s.lower(k) == "of" && s.is_nominal(k - 1))
                || ((s.lower(k) == "and" || s.lower(k) == "&") && s.tag(k - 1).is_noun()));
        // "more than 1,000 people", "over 400", "about 50".
        let quantity = (s.tag(first) == Tag::CD
            && matches!(
                s.lower(k),
                "than" | "over" | "about" | "nearly" | "almost" | "some" | "around"
            ))
            || (s.lower(first) == "than" && matches!(s.tag(k), Tag::JJR | Tag::RBR));
        // A prepositional phrase inside the noun phrase ("the slide in stock prices").
        let after_noun = |i: usize| {
            s.tag(i).is_noun() || (s.tag(i) == Tag::VBN && i >= 1 && s.tag(i - 1).is_noun())
        };
        let attached = attach
            && matches!(
                s.lower(k),
                "in" | "on"
                    | "for"
                    | "at"
                    | "from"
                    | "with"
                    | "to"
                    | "against"
                    | "over"
                    | "between"
                    | "about"
                    | "among"
                    | "across"
                    | "near"
                    | "outside"
            )
            && k >= 1
            && after_noun(k - 1)
            && end - k < 2 * MAX_SUBJECT_WORDS;
        // A reduced relative: "address listed on …".
        let participle = attach
            && s.tag(k) == Tag::VBN
            && k >= 1
            && s.tag(k - 1).is_noun()
            && matches!(s.tag(first), Tag::IN | Tag::TO);
        // An adverb before an adjective ("often tumultuous", "the predominantly Moslem nation").
        let degree = s.tag(k) == Tag::RB
            && (s.tag(first).is_adjective() || s.tag(first) == Tag::NNP)
            && k >= 1
            && matches!(s.tag(k - 1), Tag::DT | Tag::PRPS | Tag::Comma | Tag::JJ);
        // A determiner opens its phrase: "recent months a group of lenders" is two.
        let per_unit = s.lower(first) == "a"
            && first + 1 < s.len()
            && matches!(
                s.lower(first + 1),
                "share" | "year" | "month" | "week" | "day" | "barrel" | "piece" | "pound" | "ton"
            );
        if matches!(s.tag(first), Tag::DT) && s.tag(k).is_noun() && !per_unit {
            break;
        }
        if s.is_nominal(k)
            || joins
            || quantity
            || attached
            || participle
            || degree
            || (s.lower(k) == "-")
        {
            first = k;
        } else {
            break;
        }
    }
    // "The giant foods, tobacco and brewing company": a list of modifiers opening the clause.
    if let Some(open) = list_opening(s, first, end) {
        first = open;
    }
    // A preposition the walk stopped at is not part of the phrase ("[February] to April").
    while first + 1 < end
        && matches!(s.tag(first), Tag::IN | Tag::TO)
        && s.tag(first + 1) != Tag::CD
    {
        first += 1;
    }
    // A long phrase keeps its head: the words up to its first modifier.
    if end - first > MAX_SUBJECT_WORDS {
        let cut = (first + 1..end)
            .find(|&k| {
                matches!(
                    s.tag(k),
                    Tag::IN | Tag::TO | Tag::VBN | Tag::VBG | Tag::WDT | Tag::WP
                ) && s.lower(k) != "of"
                    && s.tag(k - 1).is_noun()
                    // "50% to 60% of …" is one quantity.
                    && !(s.tag(k) == Tag::TO && k + 1 < end && s.tag(k + 1) == Tag::CD)
            })
            .filter(|&k| k - first <= MAX_SUBJECT_WORDS);
        if let Some(cut) = cut {
            return Some((first, cut));
        }
        // The phrase's last words, from a determiner or possessive that opens a phrase ("$585
        // million of the company's $728 million recapitalization" → "the company's …").
        // Only for an antecedent: a subject's quantity is its head ("60% of the employees").
        if let Some(opener) = (end - MAX_SUBJECT_WORDS..end - 1)
            .filter(|_| !attach)
            .find(|&k| matches!(s.tag(k), Tag::DT | Tag::PRPS) && s.lower(k - 1) == "of")
        {
            return Some((opener, end));
        }
        // Else from a word that can open a phrase ("to 60%").
        let mut start = end - MAX_SUBJECT_WORDS;
        while start + 1 < end
            && (matches!(s.tag(start), Tag::IN | Tag::TO | Tag::CC | Tag::Pos)
                || s.tag(start).is_punct()
                || s.lower(start) == "%")
        {
            start += 1;
        }
        return Some((start, end));
    }
    Some((first, end))
}

/// Where a phrase `(first, end)` that continues a comma list ("tobacco and brewing company"
/// after "The giant foods,") really starts: the determiner that opens the clause, if the words
/// before the comma are modifiers back to it.
fn list_opening(s: &Sentence<'_>, first: usize, end: usize) -> Option<usize> {
    if first < 3 || s.tag(first - 1) != Tag::Comma {
        return None;
    }
    let has_conjunction = (first..end).any(|k| matches!(s.lower(k), "and" | "or"));
    if !has_conjunction || !matches!(s.tag(first - 2), Tag::NN | Tag::NNS | Tag::JJ) {
        return None;
    }
    let mut k = first - 2;
    while k >= 1 && matches!(s.tag(k - 1), Tag::NN | Tag::NNS | Tag::JJ) && first - k < 5 {
        k -= 1;
    }
    let opener = k.checked_sub(1)?;
    let at_clause_start = opener == 0 || s.tag(opener - 1).is_punct() || s.is_quote(opener - 1);
    (matches!(s.tag(opener), Tag::DT | Tag::PRPS) && at_clause_start).then_some(opener)
}

/// Whether the verb group starting at word `at` is a bare past participle ("expected to …").
fn group_is_bare_participle(s: &Sentence<'_>, groups: &[VerbGroup], at: usize) -> bool {
    // A past tense in "-ed" reads the same ("strategy -- started in some markets").
    let participle = s.tag(at) == Tag::VBN
        || (s.tag(at) == Tag::VBD && s.lower(at).ends_with("ed") && at >= 1 && {
            let before = at - 1;
            s.tag(before) == Tag::Comma || s.is_dash(before)
        });
    participle
        && groups
            .iter()
            .any(|g| g.first == at && (!g.finite || s.tag(at) == Tag::VBD))
}
