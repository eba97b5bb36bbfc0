//! Titles from the clause that holds the event: the verb group a date expression belongs to (or
//! a given verb), its subject, and the shortest complement that makes sense, up to the clause's
//! end — the date phrase itself left out.
//!
//! Works on part-of-speech tagged words ([`super::pos`]). Best effort: where the sentence has no
//! verb, the caller falls back to the plain sentence surgery of [`super::title`].

mod subject;
mod verb_group;
mod words;

#[cfg(test)]
mod tests;

use super::pos::{Tag, Word};
use subject::subject_of;
use verb_group::{VerbGroup, dated_group};
pub(crate) use words::Sentence;

/// Soft limit on a title's words: the complement stops at the next phrase boundary past it.
const SOFT_TITLE_WORDS: usize = 12;
/// Fewer words than this make a title too thin: it reads on past a clause boundary.
const MIN_TITLE_WORDS: usize = 4;
/// Hard limit on a title's words.
const HARD_TITLE_WORDS: usize = 30;

/// Prepositions and modifiers that belong to a date phrase right after them.
const DATE_LEAD_INS: &[&str] = &[
    "on", "in", "at", "since", "by", "during", "until", "till", "from", "between", "of", "for",
    "through", "as", "before", "after", "around", "about", "to", "ended", "ending",
];

/// A title and the word that names the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EventTitle {
    /// The title text.
    pub text: String,
    /// Byte span of the trigger word in the sentence.
    pub trigger: (usize, usize),
}

/// The title of the event that the expression at bytes `expr` of the sentence dates.
///
/// With `reach_date`, the title runs on to the date's own place in the clause: a second date of
/// the sentence that dates the same verb ("rose to $42 in June from $29 in March") gets the words
/// that tell it apart.
pub(crate) fn title_for_expression(
    s: &Sentence<'_>,
    expr: (usize, usize),
    reach_date: bool,
) -> Option<EventTitle> {
    let first = s.words.iter().position(|w| w.end > expr.0)?;
    let end = s
        .words
        .iter()
        .position(|w| w.start >= expr.1)
        .unwrap_or(s.len());
    if first >= end {
        return None;
    }
    let groups = s.groups();
    let group = dated_group(s, groups, (first, end))?;
    build(s, groups, group, Some((first, end)), reach_date)
}

/// The title of the event named by the verb at word `verb`.
pub(crate) fn title_for_verb(s: &Sentence<'_>, verb: usize) -> Option<EventTitle> {
    let groups = s.groups();
    let group = groups.iter().find(|g| g.first <= verb && verb < g.end)?;
    build(s, groups, *group, None, false)
}

pub(crate) use verb_group::VerbGroup as Group;

/// Assembles subject + predicate + complement, without the date phrase `expr` (word range).
fn build(
    s: &Sentence<'_>,
    groups: &[VerbGroup],
    group: VerbGroup,
    expr: Option<(usize, usize)>,
    reach_date: bool,
) -> Option<EventTitle> {
    let subject = subject_of(s, groups, group, expr);
    if let Some(title) = trailing_attribution(s, groups, group, &subject, expr) {
        return Some(title);
    }
    // "The latest period had profit of $4 million", "Today is the eighth day": the date is the
    // subject, and stays.
    let date_is_subject = group.finite
        && subject.words.is_none()
        && expr.is_some_and(|(first, end)| {
            end == subject.predicate_start
                && s.is_nominal(end - 1)
                && (first == 0
                    || matches!(s.tag(first - 1), Tag::Comma | Tag::CC)
                    || s.is_quote(first - 1))
        });
    let subject = if date_is_subject {
        subject::Subject {
            words: expr,
            ..subject
        }
    } else {
        subject
    };
    let mut removed = vec![false; s.len()];
    let mut the_before = vec![false; s.len()];
    if let Some((first, end)) = expr.filter(|_| !date_is_subject) {
        remove_date_phrase(s, (first, end), &mut removed, &mut the_before);
    }
    // The reporting verb's "that" adds nothing ("said that" → "said").
    if s.is_reporting(group.head) && group.end < s.len() && s.lower(group.end) == "that" {
        removed[group.end] = true;
    }
    // A date that modifies a noun ("the 1996 campaign", "Friday's talks") keeps that noun in.
    let must_reach = expr
        .filter(|&(first, end)| first >= group.end && modifies_noun(s, end))
        .map_or(group.end, |(_, end)| noun_phrase_end(s, end));
    // A date right after a noun may date that noun ("for a mission in December"): keep it in.
    let must_reach = match expr {
        Some((first, end)) if reach_date && first >= group.end => must_reach.max(end),
        Some((first, end))
            if first >= group.end + 2
                && follows_common_noun(s, first)
                && !s.is_reporting(group.head) =>
        {
            must_reach.max(end)
        }
        _ => must_reach,
    };
    // A subject that was only the date phrase is no subject.
    let subject = match subject.words {
        Some((a, b)) if !date_is_subject && (a..b).all(|k| removed[k]) => subject::Subject {
            words: None,
            ..subject
        },
        _ => subject,
    };
    // Asides between paired dashes ("a fourth carrier -- the John F. Kennedy -- and its …") are
    // left out of the title and do not end the clause.
    for (open, close) in dash_asides(s) {
        // The event's own aside is its clause: its closing dash ends it.
        if (open..=close).contains(&group.head) {
            continue;
        }
        for r in &mut removed[open..=close] {
            *r = true;
        }
    }
    let mut complement_end = complement_end(s, groups, group, must_reach, &subject, &removed);
    // A "that"-clause cut before its verb ("the rendezvous that Fidel Castro") is left out.
    if let Some(t) = (group.end..complement_end)
        .rev()
        .find(|&k| {
            (s.lower(k) == "that" && k > group.end) || matches!(s.tag(k), Tag::WDT | Tag::WP)
        })
        .filter(|&t| !(t + 1..complement_end).any(|k| s.is_verbal(k)) && t >= must_reach)
    {
        complement_end = t;
    }
    let mut picked: Vec<usize> = attribution_for_pronoun(s, groups, &subject);
    if let Some((a, b)) = subject.words {
        picked.extend(a..b);
    }
    picked.extend(subject.predicate_start..complement_end);
    picked.retain(|&i| !removed[i] && !s.is_quote(i));
    trim_dangling(s, &mut picked);
    if picked.is_empty() {
        return None;
    }
    let text = assemble(s, &picked, &the_before);
    if text.split_whitespace().count() < 2 {
        return None;
    }
    let head = s.words[group.head];
    Some(EventTitle {
        text,
        trigger: (head.start, head.end),
    })
}

/// Pronouns that, as a whole subject, name no one by themselves.
const BARE_PRONOUNS: &[&str] = &["it", "they", "he", "she"];

/// "RMS said it had a loss": a subject that is a bare pronoun right after a reporting verb
/// takes that verb and its subject along ("RMS said it had a loss", not "It had a loss"); the
/// words of that attribution, or none.
fn attribution_for_pronoun(
    s: &Sentence<'_>,
    groups: &[VerbGroup],
    subject: &subject::Subject,
) -> Vec<usize> {
    let Some((a, b)) = subject.words else {
        return Vec::new();
    };
    let bare = |k: usize| BARE_PRONOUNS.contains(&s.lower(k));
    if b != a + 1 || !bare(a) {
        return Vec::new();
    }
    let end = if a >= 1 && s.lower(a - 1) == "that" {
        a - 1
    } else {
        a
    };
    // "announced last week that it planned": a short time phrase may sit between.
    let Some(said) = groups.iter().find(|g| {
        g.end <= end
            && end - g.end <= 3
            && g.finite
            && s.is_announcing(g.head)
            && (g.end..end).all(|k| s.is_nominal(k) && !s.tag(k).is_punct())
    }) else {
        return Vec::new();
    };
    let speaker = subject_of(s, groups, *said, None);
    match speaker.words {
        Some((sa, sb)) if !(sb == sa + 1 && (bare(sa) || s.tag(sa) == Tag::PRP)) => {
            (sa..sb).chain(speaker.predicate_start..end).collect()
        }
        _ => Vec::new(),
    }
}

/// "The economy grew in January, the government reported on Friday": the report is what the
/// date dates, so the title is the attribution with the reported clause after it ("The government
/// reported the economy grew in January").
fn trailing_attribution(
    s: &Sentence<'_>,
    groups: &[VerbGroup],
    group: VerbGroup,
    subject: &subject::Subject,
    expr: Option<(usize, usize)>,
) -> Option<EventTitle> {
    if !s.is_announcing(group.head) {
        return None;
    }
    let (a, b) = subject.words?;
    let mut comma = a.checked_sub(1)?;
    while comma >= 1 && s.is_quote(comma) {
        comma -= 1;
    }
    if s.tag(comma) != Tag::Comma {
        return None;
    }
    // Nothing but the date after the reporting verb, up to the sentence's end or an afterthought
    // after a comma ("…, the government reported on Friday, evidence that …").
    let in_date =
        |k: usize| expr.is_some_and(|(first, end)| (first.saturating_sub(1)..end).contains(&k));
    let rest_is_date = (group.end..s.len())
        .take_while(|&k| !(s.tag(k) == Tag::Comma && k > group.end && in_date(k - 1)))
        .all(|k| s.tag(k).is_punct() || s.is_quote(k) || in_date(k));
    if !rest_is_date {
        return None;
    }
    // The reported clause is in the same sentence as the attribution (a quote before it may hold
    // several).
    let sentence_start = (0..comma)
        .rev()
        .find(|&k| s.tag(k) == Tag::Period)
        .map_or(0, |k| k + 1);
    let main = groups.iter().find(|g| {
        g.finite && g.first >= sentence_start && g.end <= comma && !s.is_reporting(g.head)
    });
    let main_subject = main.and_then(|g| subject_of(s, groups, *g, None).words);
    let attribution: Vec<usize> = (a..b).chain(subject.predicate_start..group.end).collect();
    let prefix = assemble(s, &attribution, &vec![false; s.len()]);
    let (reported, first) = if let (Some(g), Some((first, _))) = (main, main_subject) {
        (build(s, groups, *g, None, false)?.text, first)
    } else {
        // No verb read there ("Qantas plans daily flights …") or no subject found for it (a
        // quote): the words up to the first comma say what was reported.
        let end = (sentence_start..comma)
            .find(|&k| s.tag(k) == Tag::Comma && !continues_list(s, k))
            .unwrap_or(comma);
        let words: Vec<usize> = (sentence_start..end).filter(|&k| !s.is_quote(k)).collect();
        if words.len() < 3 || words.len() > HARD_TITLE_WORDS {
            return None;
        }
        (assemble(s, &words, &vec![false; s.len()]), words[0])
    };
    let first_word_is_name = s.tag(first).is_proper() || s.lower(first) == "i";
    let reported_text = if first_word_is_name {
        reported
    } else {
        lower_first(&reported)
    };
    let head = s.words[group.head];
    Some(EventTitle {
        text: format!("{prefix} {reported_text}"),
        trigger: (head.start, head.end),
    })
}

/// Lower-cases the first letter.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Marks the date phrase for removal: the expression, a preposition that leads into it, a comma
/// after a leading one; a possessive date ("Friday's talks") becomes "the".
fn remove_date_phrase(
    s: &Sentence<'_>,
    (first, end): (usize, usize),
    removed: &mut [bool],
    the_before: &mut [bool],
) {
    // "on Monday and Tuesday nights": a date coordinated with another stays, or the rest
    // would read "on and Tuesday nights".
    let coordinated_after = end + 1 < s.len()
        && matches!(s.lower(end), "and" | "or")
        && matches!(s.tag(end + 1), Tag::NNP | Tag::CD);
    let coordinated_before = first >= 2
        && matches!(s.lower(first - 1), "and" | "or")
        && matches!(s.tag(first - 2), Tag::NNP | Tag::CD);
    if coordinated_after || coordinated_before {
        return;
    }
    for r in &mut removed[first..end] {
        *r = true;
    }
    // "on Tuesday's news": the preposition leads into the noun the date modifies.
    let possessive = end < s.len() && s.tag(end) == Tag::Pos;
    // "for its fourth quarter rose": a date that is the whole phrase takes its determiner and
    // the preposition with it ("its 1990 invasion" keeps both).
    let mut first = first;
    if first >= 2
        && !possessive
        && !(end < s.len() && s.is_nominal(end))
        && s.tag(first - 1) == Tag::PRPS
        && DATE_LEAD_INS.contains(&s.lower(first - 2))
    {
        removed[first - 1] = true;
        first -= 1;
    }
    if first >= 1
        && !possessive
        && DATE_LEAD_INS.contains(&s.lower(first - 1))
        && s.tag(first - 1) != Tag::Comma
    {
        removed[first - 1] = true;
        // "as of Sept. 30".
        if first >= 2 && s.lower(first - 2) == "as" {
            removed[first - 2] = true;
        }
    }
    // "until 1994 or later", "by June at the latest": the hedge goes with the date.
    let hedge = [
        ["or", "later"],
        ["or", "earlier"],
        ["or", "so"],
        ["at", "latest"],
    ]
    .iter()
    .find_map(|[a, b]| {
        let the = usize::from(*a == "at");
        (end + 2 + the <= s.len()
            && s.lower(end) == *a
            && (the == 0 || s.lower(end + 1) == "the")
            && s.lower(end + 1 + the) == *b)
            .then_some(2 + the)
    });
    if let Some(n) = hedge {
        for r in &mut removed[end..end + n] {
            *r = true;
        }
    }
    if end < s.len() && s.tag(end) == Tag::Pos {
        removed[end] = true;
        let determined = first >= 1 && matches!(s.tag(first - 1), Tag::DT | Tag::PRPS);
        if end + 1 < s.len() && !determined {
            the_before[end + 1] = true;
        }
    }
}

/// Whether the date at word `first` follows a common noun, directly or after its preposition.
fn follows_common_noun(s: &Sentence<'_>, first: usize) -> bool {
    let before = if first >= 1 && DATE_LEAD_INS.contains(&s.lower(first - 1)) {
        first.saturating_sub(2)
    } else {
        first.saturating_sub(1)
    };
    first >= 1 && matches!(s.tag(before), Tag::NN | Tag::NNS)
}

/// Whether a date ending before word `end` modifies the noun after it.
fn modifies_noun(s: &Sentence<'_>, end: usize) -> bool {
    end < s.len() && (s.tag(end) == Tag::Pos || s.tag(end).is_noun())
}

/// One past the noun phrase that a date at words `..end` modifies ("the 1996 campaign for
/// re-election"): the title keeps the event noun the date belongs to.
fn noun_phrase_end(s: &Sentence<'_>, end: usize) -> usize {
    let mut k = end;
    if k < s.len() && s.tag(k) == Tag::Pos {
        k += 1;
    }
    while k < s.len() && (s.tag(k).is_noun() || s.tag(k).is_adjective() || s.lower(k) == "-") {
        k += 1;
    }
    k
}

/// Where the complement of `group` ends: at the clause boundary, or at a phrase boundary past
/// the soft limit, but never before `must_reach` (the date's own phrase).
fn complement_end(
    s: &Sentence<'_>,
    groups: &[VerbGroup],
    group: VerbGroup,
    must_reach: usize,
    subject: &subject::Subject,
    removed: &[bool],
) -> usize {
    let subject_words = subject.words.map_or(0, |(a, b)| b - a);
    let mut count = subject_words + (group.end - subject.predicate_start);
    let mut k = group.end;
    let mut in_quote = false;
    while k < s.len() {
        let needed = k < must_reach;
        if removed[k] && s.is_dash(k) {
            // An aside: skip to its closing dash.
            k = (k + 1..s.len())
                .find(|&j| s.is_dash(j))
                .map_or(s.len(), |j| j + 1);
            continue;
        }
        if s.is_quote(k) {
            in_quote = !in_quote;
            k += 1;
            continue;
        }
        let stop = s.is_boundary_punct(k)
            || (s.tag(k) == Tag::Comma && !in_quote && !continues_list(s, k))
            || (s.is_subordinator(k) && !(s.lower(k) == "that" && s.is_reporting(group.head)))
            || (s.tag(k) == Tag::CC && starts_clause(s, groups, k + 1))
            || (k > group.end && s.opens_clause(k))
            || (k > group.end && s.is_reporting(k) && s.tag(k).is_verb())
            // "People who remain in junk funds could get hit": the main clause resumes.
            || (k > group.end
                && group.first >= 1
                && matches!(s.tag(group.first - 1), Tag::WDT | Tag::WP)
                && (group.end..k)
                    .rev()
                    .find(|&j| !removed[j])
                    .is_some_and(|j| s.tag(j).is_noun())
                && groups.iter().any(|g| g.first == k && g.finite))
            // "the message the king was said to carry": a clause without "that".
            || (k > group.end
                && !removed[k - 1]
                && !s.is_reporting(group.head)
                && s.tag(k - 1).is_noun()
                && matches!(s.tag(k), Tag::DT | Tag::PRP | Tag::PRPS)
                && starts_clause_words(s, k));
        // A title too thin to say anything ("They moved") reads on into the next clause.
        // After a reporting verb, the comma before the quote it reports does not end it either.
        let quote_follows = k + 1 < s.len() && s.is_quote(k + 1);
        let thin = count < MIN_TITLE_WORDS
            && !s.is_boundary_punct(k)
            && (s.tag(k) != Tag::Comma || (s.is_reporting(group.head) && quote_follows));
        // Only a boundary mark ends the clause before the date's own phrase is reached.
        let may_stop = !needed || s.is_boundary_punct(k);
        if stop && may_stop && !thin {
            break;
        }
        let phrase_start =
            matches!(s.tag(k), Tag::IN | Tag::TO | Tag::CC | Tag::Comma) && s.lower(k) != "of";
        if !needed && count >= SOFT_TITLE_WORDS && phrase_start {
            break;
        }
        if !needed && count >= HARD_TITLE_WORDS {
            break;
        }
        count += usize::from(!removed[k]);
        k += 1;
    }
    k
}

/// Most words an aside between two dashes may have.
const MAX_ASIDE_WORDS: usize = 10;

/// Word ranges `(open, close)` of asides between paired dashes ("--", "—", "_").
fn dash_asides(s: &Sentence<'_>) -> Vec<(usize, usize)> {
    let mut asides = Vec::new();
    let mut k = 0;
    while k < s.len() {
        if s.is_dash(k)
            && let Some(close) =
                (k + 1..s.len().min(k + 2 + MAX_ASIDE_WORDS)).find(|&j| s.is_dash(j))
        {
            asides.push((k, close));
            k = close + 1;
        } else {
            k += 1;
        }
    }
    asides
}

/// Whether the comma at `k` separates list items of one phrase ("buildings, infrastructure, and
/// small guns") rather than closing the clause.
fn continues_list(s: &Sentence<'_>, k: usize) -> bool {
    let next = k + 1;
    if next >= s.len() {
        return false;
    }
    // "X, Y and Z": a short nominal item follows, then "and"/"or" or another comma.
    let mut j = next;
    if s.tag(j) == Tag::CC {
        return j + 1 < s.len() && s.is_nominal(j + 1) && !starts_clause_words(s, j + 1);
    }
    while j < s.len() && j < next + 4 && s.is_nominal(j) {
        j += 1;
    }
    j > next && j < s.len() && (s.tag(j) == Tag::Comma || s.tag(j) == Tag::CC) && {
        let mut after = j + 1;
        // The serial comma: "buildings, infrastructure, and small guns".
        if after < s.len() && s.tag(after) == Tag::CC {
            after += 1;
        }
        after < s.len() && s.is_nominal(after) && !starts_clause_words(s, after)
    }
}

/// Whether a new clause (a subject and a finite verb) starts at word `k`.
fn starts_clause(s: &Sentence<'_>, groups: &[VerbGroup], k: usize) -> bool {
    if k >= s.len() {
        return false;
    }
    // "… and closed at": a verb right after the conjunction continues the predicate.
    if s.is_verbal(k) {
        return false;
    }
    groups
        .iter()
        .find(|g| g.first >= k)
        .is_some_and(|g| g.finite && g.first - k <= 6 && (k..g.first).all(|j| s.is_nominal(j)))
}

/// Whether a subject and a finite verb follow word `k` closely (without the group list).
fn starts_clause_words(s: &Sentence<'_>, k: usize) -> bool {
    let mut j = k;
    while j < s.len() && j < k + 6 && s.is_nominal(j) {
        j += 1;
    }
    j > k && j < s.len() && s.tag(j).is_finite_verb()
}

/// Words that cannot end a title.
const DANGLING: &[&str] = &[
    "and", "or", "but", "as", "while", "with", "from", "by", "in", "at", "on", "for", "of", "to",
    "the", "a", "an", "since", "until", "than", "that", "which", "who", "between", "into", "its",
    "their", "his", "her", "about", "after", "before", "amid", "over", "under",
];

/// Drops function words and punctuation left at the end, and punctuation at the start.
fn trim_dangling(s: &Sentence<'_>, picked: &mut Vec<usize>) {
    while let Some(&last) = picked.last() {
        let t = s.tag(last);
        if DANGLING.contains(&s.lower(last))
            || (s.is_aux(last) && picked.len() > 3)
            || t.is_punct()
            || matches!(
                t,
                Tag::DT | Tag::PRPS | Tag::CC | Tag::IN | Tag::TO | Tag::Pos
            )
        {
            picked.pop();
        } else {
            break;
        }
    }
    while let Some(&first) = picked.first() {
        // "[February] to April proved …": a range's "to" left at the start.
        let range_to = s.tag(first) == Tag::TO
            && picked.get(1).is_some_and(|&next| next == first + 1)
            && first + 1 < s.len()
            && matches!(s.tag(first + 1), Tag::NNP | Tag::CD);
        if s.tag(first).is_punct()
            || s.tag(first) == Tag::CC
            || s.tag(first) == Tag::Pos
            || range_to
        {
            picked.remove(0);
        } else {
            break;
        }
    }
}

/// The picked words as text: original spacing between neighbours, one space over a gap.
fn assemble(s: &Sentence<'_>, picked: &[usize], the_before: &[bool]) -> String {
    let mut out = String::new();
    let mut prev: Option<usize> = None;
    for &i in picked {
        let w: Word = s.words[i];
        let word = &s.text[w.start..w.end];
        if let Some(p) = prev {
            let attached = matches!(s.tag(i), Tag::Comma | Tag::Pos | Tag::RParen | Tag::Period)
                || word.starts_with("n't")
                || word.starts_with('\'') && s.tag(i) != Tag::Quote;
            if p + 1 == i {
                let gap = &s.text[s.words[p].end..w.start];
                if gap.chars().any(char::is_whitespace) {
                    out.push(' ');
                } else {
                    out.push_str(gap);
                }
            } else if !attached {
                out.push(' ');
            }
            // Two commas or a comma before a gap's end collapse.
            if s.tag(i) == Tag::Comma && out.trim_end().ends_with(',') {
                continue;
            }
        }
        if the_before[i] {
            out.push_str("the ");
        }
        if prev.is_some_and(|p| p + 1 != i) && a_an_mismatch(&out, word) {
            fix_article(&mut out, word);
        }
        out.push_str(word);
        prev = Some(i);
    }
    // One space between words; no space before a comma, no doubled comma.
    let mut squeezed = String::with_capacity(out.len());
    for word in out.split_whitespace() {
        if !squeezed.is_empty() && !word.starts_with(',') {
            squeezed.push(' ');
        }
        if word.starts_with(',') && squeezed.ends_with(',') {
            squeezed.push_str(&word[1..]);
        } else {
            squeezed.push_str(word);
        }
    }
    if squeezed.starts_with(|c: char| c.is_ascii_lowercase()) {
        squeezed[..1].make_ascii_uppercase();
        squeezed
    } else {
        super::title::capitalize(&squeezed)
    }
}

/// Whether `out` ends with "a " before a vowel-initial `word`, or "an " before a consonant.
fn a_an_mismatch(out: &str, word: &str) -> bool {
    // `out` is "a " or ends with " a " (any case); the same for "an".
    let ends_with_article = |article: &str| {
        let n = article.len() + 1;
        out.len() >= n
            && out.is_char_boundary(out.len() - n)
            && out[out.len() - n..out.len() - 1].eq_ignore_ascii_case(article)
            && out.ends_with(' ')
            && (out.len() == n || out[..out.len() - n].ends_with(' '))
    };
    if ends_with_article("a") {
        vowel_sound(word)
    } else if ends_with_article("an") {
        !vowel_sound(word) && word.chars().next().is_some_and(char::is_alphabetic)
    } else {
        false
    }
}

/// Whether `word` starts with `prefix`, ignoring ASCII case.
fn starts_with_ignoring_case(word: &str, prefix: &str) -> bool {
    word.len() >= prefix.len()
        && word.is_char_boundary(prefix.len())
        && word[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Whether `word` starts with a vowel sound ("an hour", "a unit", "an 8% rise").
fn vowel_sound(word: &str) -> bool {
    let consonant_sound = ["uni", "use", "usu", "uti", "eu", "one", "once", "ura"];
    let vowel_sound = ["hour", "honest", "heir", "honour", "honor", "8", "11", "18"];
    if consonant_sound
        .iter()
        .any(|p| starts_with_ignoring_case(word, p))
    {
        return false;
    }
    vowel_sound
        .iter()
        .chain(&["a", "e", "i", "o", "u"])
        .any(|p| starts_with_ignoring_case(word, p))
}

/// Turns the trailing "a " into "an " or back.
fn fix_article(out: &mut String, word: &str) {
    let vowel = vowel_sound(word);
    let trimmed_len = out.trim_end().len();
    let article_start = out[..trimmed_len].rfind(' ').map_or(0, |p| p + 1);
    let article = &out[article_start..trimmed_len];
    let capital = article.starts_with('A');
    let replacement = match (vowel, capital) {
        (true, true) => "An",
        (true, false) => "an",
        (false, true) => "A",
        (false, false) => "a",
    };
    out.replace_range(article_start..trimmed_len, replacement);
}
