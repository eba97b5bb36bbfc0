//! Event suggestions: every date or time that anchors something that happened or will happen
//! becomes a dated, titled, scored candidate event.
//!
//! Durations, sets and references to the article's own "now" (`PRESENT_REF`, …) are skipped.
//! Ranges ("from 1998 to 2001", "between March 3 and 5") give one suggestion with an end date.

use chrono::{Datelike as _, NaiveDate};
use serde::Serialize;

use super::dct::Dct;
use super::normalize::{Ctx, Point};
use super::sem::Sem;
use super::sentences::byte_sentences;
use super::title::title_from;
use super::{Tagged, TimexType, analyze};
use crate::model::Relation;
use crate::model::date::{Date, Precision};

/// A candidate event found in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// When it happened; `None` when the expression could not be resolved (no article date).
    pub date: Option<Date>,
    /// End of a range ("from 1998 to 2001"), if any.
    pub end_date: Option<Date>,
    /// Short readable title built from the sentence's main clause.
    pub title: String,
    /// The whole sentence.
    pub sentence: String,
    /// The temporal expression as written (for ranges, the whole range); empty for a suggestion
    /// dated by the article itself (see [`Suggestion::is_article_dated`]).
    pub expression: String,
    /// Char offset of the expression (of the trigger, for a suggestion dated by the article).
    pub start: usize,
    /// Char offset one past the expression (the trigger, for a suggestion dated by the article).
    pub end: usize,
    /// The word naming what happened ("fell", "elected", "announcement"), when one was found.
    pub trigger: Option<Trigger>,
    /// How the event stands to its date: "on" it for a date expression; "by", "as of" or "after"
    /// the article date for an event the article reports without one.
    pub relation: Relation,
    /// Char offset of the sentence (a sentence of more than a few hundred chars is cut to the
    /// words around the expression).
    pub sentence_start: usize,
    /// Char offset one past the sentence.
    pub sentence_end: usize,
    /// How much to trust the date, 0..=1: absolute beats relative, resolved beats unresolved,
    /// precise beats vague.
    pub confidence: f32,
    /// The TIMEX3 value the date came from.
    pub timex_value: String,
    /// How the date was worked out, for people ("Sunday → 2 Jan 2022: the Sunday before the
    /// article date, 6 Jan 2022").
    pub resolution: String,
}

/// The word of a sentence that names an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Trigger {
    /// The word as written.
    pub text: String,
    /// Char offset in the article text.
    pub start: usize,
    /// Char offset one past the word.
    pub end: usize,
}

impl Suggestion {
    /// Whether the date comes from the article's own date (the event is reported "by", "as of" or
    /// "after" it, from its tense or from "now", "recently") rather than from a date of its own.
    pub fn is_article_dated(&self) -> bool {
        self.relation != Relation::On
    }
}

/// Suggests events for every dated sentence of `text`, in text order.
///
/// ```
/// use dateline::extract::{parse_dct, suggest};
/// let dct = parse_dct("2022-01-06").unwrap();
/// let s = suggest("Protests began on Sunday in Almaty.", Some(&dct));
/// assert_eq!(s[0].date.unwrap().to_string(), "2022-01-02");
/// assert_eq!(s[0].title, "Protests began in Almaty");
/// assert!(suggest("Protests began on Sunday in Almaty.", None)[0].date.is_none());
/// ```
pub fn suggest(text: &str, dct: Option<&Dct>) -> Vec<Suggestion> {
    let tagged = analyze(text, dct);
    let metadata = super::header::metadata_spans(text);
    let sents = byte_sentences(text);
    let mut chars = super::offsets::CharCounter::new(text);
    let mut out = Vec::new();
    let mut tagged_sentence = TaggedSentence::default();
    // The day of the article date: what "now" and the events the article dates itself are on.
    let article_day = dct
        .and_then(crate::suggestions::date_of)
        .map(|d| d.with_precision(Precision::Day));
    // Described once: every relative date's resolution names it.
    let dct_human = dct.map(|dct| {
        Date::from_ymd(dct.year(), dct.month(), dct.day())
            .map_or_else(|_| dct.to_string(), |d| d.human())
    });
    let mut si = 0;
    let mut i = 0;
    while i < tagged.len() {
        let t = &tagged[i];
        i += 1;
        // "now", "recently": dated by the article itself, with a relation ("as of", "by").
        let relation = if is_event_anchor(t) {
            Relation::On
        } else if let Some(relation) = dct.and(ref_relation(text, t)) {
            relation
        } else {
            continue;
        };
        if metadata.iter().any(|m| m.hides(t.bytes)) {
            continue;
        }
        while si + 1 < sents.len() && sents[si].1 <= t.bytes.0 {
            si += 1;
        }
        let (ss, se) = sents.get(si).copied().unwrap_or((0, text.len()));
        // Ranges
        let mut span = t.bytes;
        let mut end_date = None;
        if relation == Relation::On
            && let Some((range_end, next_used, end)) = range_end(text, &tagged, i - 1)
        {
            span.1 = range_end;
            end_date = end;
            if next_used {
                i += 1;
            }
        }
        let mut date = if relation == Relation::On {
            date_from_value(&t.timex.value)
        } else {
            article_day
        };
        // "five days after June 4, 1989": the event is on the day counted to.
        let shifted = date
            .filter(|_| relation == Relation::On)
            .and_then(|d| super::shifted::shifted_date(text, &tagged, i - 1, d));
        if let Some(shifted) = &shifted {
            span.0 = shifted.start;
            date = Some(shifted.date);
        }
        if let (Some(d), Some(e)) = (date, end_date)
            && d.precision() == Precision::Day
            && d.year() != e.year()
            && d.month() == e.month()
        {
            date = Date::from_ymd(e.year(), d.month(), d.day()).ok();
        }
        // The sentence holds the whole expression: a range can end past the sentence of its
        // first date ("from Jan. 7 to Jan.\n9" is split after "Jan.").
        let (ss, se) = clip_context(text, (ss.min(span.0), se.max(span.1)), span);
        let sentence = &text[ss..se];
        // A line that is only a date ("January 1997.") names no event.
        let has_words = |part: &str| part.chars().any(char::is_alphanumeric);
        if !has_words(&text[ss..span.0]) && !has_words(&text[span.1..se]) {
            continue;
        }
        let (title, trigger_bytes) = titled(&mut tagged_sentence, text, (ss, se), span);
        // "now", "currently": without the one who acts ("Will succeed Mr. Smith") the row says
        // nothing; a dated event keeps its date however thin its title.
        if relation != Relation::On
            && (opens_with_verb(&tagged_sentence, text, &title)
                || ends_on_reporting(&tagged_sentence, text, &title, trigger_bytes)
                || dates_a_participle(&tagged_sentence, span))
        {
            continue;
        }
        let sentence_start = chars.char_offset(ss);
        let start = chars.char_offset(span.0);
        let end = chars.char_offset(span.1);
        let sentence_end = chars.char_offset(se);
        let trigger = trigger_bytes.map(|(a, b)| Trigger {
            text: text[a..b].to_owned(),
            start: chars.char_offset(a),
            end: chars.char_offset(b),
        });
        out.push(Suggestion {
            date,
            end_date,
            title,
            sentence: sentence.to_owned(),
            expression: text[span.0..span.1].to_owned(),
            start,
            end,
            trigger,
            relation,
            sentence_start,
            sentence_end,
            confidence: if relation == Relation::On {
                confidence(t, date)
            } else {
                REF_CONFIDENCE
            },
            timex_value: t.timex.value.clone(),
            resolution: shifted.as_ref().map_or_else(
                || resolution(t, date, dct, dct_human.as_deref()),
                |s| s.explain(&text[span.0..span.1]),
            ),
        });
    }
    if let Some(day) = article_day {
        let dated = article_dated_suggestions(text, &sents, &tagged, &metadata, day);
        if !dated.is_empty() {
            out.extend(dated);
            out.sort_by_key(|s| (s.start, s.end));
        }
    }
    out
}

/// The last sentence tagged with parts of speech: several dates in one sentence tag it once.
#[derive(Default)]
struct TaggedSentence {
    span: (usize, usize),
    words: super::pos::Tagged,
    /// Titles already given to dates of this sentence.
    titles: Vec<String>,
    /// The sentence whose dateline length is known, and that length.
    dateline: ((usize, usize), Option<usize>),
}

/// The title of the event the expression at `span` dates in the sentence `(ss, se)` of `text`,
/// and its trigger's byte span in `text`. Built from the clause around the event's verb; where
/// the sentence has none, from the sentence with the date phrase cut out.
fn titled(
    cache: &mut TaggedSentence,
    text: &str,
    (ss, se): (usize, usize),
    span: (usize, usize),
) -> (String, Option<(usize, usize)>) {
    // A dateline that opens the sentence ("ALMATY, Jan. 6 (AP) —") is not part of the event.
    if cache.dateline.0 != (ss, se) {
        cache.dateline = ((ss, se), super::header::dateline_length(&text[ss..se]));
    }
    let skip = cache.dateline.1.filter(|d| ss + d <= span.0);
    let ss = ss + skip.unwrap_or(0);
    let sentence = &text[ss..se];
    if cache.span != (ss, se) || (cache.words.words.is_empty() && ss < se) {
        cache.span = (ss, se);
        cache.words = super::pos::tag(sentence);
        cache.titles.clear();
    }
    let s = super::clause::Sentence::new(sentence, &cache.words);
    let expr = (span.0 - ss, span.1 - ss);
    let mut title = super::clause::title_for_expression(&s, expr, false);
    // A second date of the sentence on the same verb reads on to its own place.
    if let Some(t) = &title
        && cache.titles.contains(&t.text)
    {
        title = super::clause::title_for_expression(&s, expr, true).or(title);
    }
    if let Some(t) = &title {
        cache.titles.push(t.text.clone());
    }
    if let Some(t) = title {
        (t.text, Some((ss + t.trigger.0, ss + t.trigger.1)))
    } else {
        // No verb the date belongs to: the nearest verb, else the nearest noun, names it.
        let outside = cache
            .words
            .words
            .iter()
            .filter(|w| w.end <= expr.0 || w.start >= expr.1);
        let distance = |w: &&super::pos::Word| w.start.abs_diff(expr.0);
        let nearest = outside
            .clone()
            .filter(|w| w.tag.is_verb())
            .min_by_key(distance)
            .or_else(|| outside.filter(|w| w.tag.is_noun()).min_by_key(distance));
        let trigger = nearest.map(|w| (ss + w.start, ss + w.end));
        (title_from(sentence, expr), trigger)
    }
}

/// Whether `title` opens with a verb or modal of the sentence in `cache` (its subject is
/// missing): every word of the sentence spelled like its first word is one.
fn opens_with_verb(cache: &TaggedSentence, text: &str, title: &str) -> bool {
    let Some(first) = title.split_whitespace().next() else {
        return true;
    };
    let sentence = &text[cache.span.0..cache.span.1];
    let mut same = cache
        .words
        .words
        .iter()
        .filter(|w| sentence[w.start..w.end].eq_ignore_ascii_case(first))
        .peekable();
    same.peek().is_some() && same.all(|w| w.tag.is_verb() || w.tag == super::pos::Tag::MD)
}

/// Whether `title` ends on its trigger, a reporting verb ("U.S. officials now say"): the
/// saying, without what was said, is no event.
fn ends_on_reporting(
    cache: &TaggedSentence,
    text: &str,
    title: &str,
    trigger: Option<(usize, usize)>,
) -> bool {
    let Some((a, b)) = trigger else {
        return false;
    };
    if !title.ends_with(&text[a..b]) {
        return false;
    }
    let (ss, se) = cache.span;
    let s = super::clause::Sentence::new(&text[ss..se], &cache.words);
    (0..s.len()).any(|i| s.words[i].start + ss == a && s.is_reporting(i))
}

/// Whether the expression at `span` sits between a noun and a participle ("a school now
/// located in …"): it dates the description, not an event.
fn dates_a_participle(cache: &TaggedSentence, span: (usize, usize)) -> bool {
    let ss = cache.span.0;
    let words = &cache.words.words;
    let before = words.iter().rposition(|w| w.end + ss <= span.0);
    let after = words.iter().position(|w| w.start + ss >= span.1);
    after.is_some_and(|t| matches!(words[t].tag, super::pos::Tag::VBN | super::pos::Tag::VBG))
        && before.is_some_and(|b| words[b].tag.is_noun())
}

/// Suggestions for the events sentences without a date expression report as of the article
/// date (its day, `date`), with their relation ("by", "as of", "after").
fn article_dated_suggestions(
    text: &str,
    sents: &[(usize, usize)],
    tagged: &[Tagged],
    metadata: &[super::header::MetaSpan],
    date: Date,
) -> Vec<Suggestion> {
    let mut chars = super::offsets::CharCounter::new(text);
    let mut out = Vec::new();
    let mut ti = 0;
    let mut read = 0;
    let (human, iso) = (date.human(), date.to_iso());
    for &(ss, se) in sents {
        while ti < tagged.len() && tagged[ti].bytes.1 <= ss {
            ti += 1;
        }
        let has_timex = tagged[ti..]
            .iter()
            .take_while(|t| t.bytes.0 < se)
            .any(|t| is_event_anchor(t) || ref_relation(text, t).is_some());
        if metadata.iter().any(|m| m.bytes.0 < se && ss < m.bytes.1) {
            continue;
        }
        read += 1;
        let sentence = &text[ss..se];
        let in_lead = read <= super::article_dated::LEAD_SENTENCES;
        if has_timex
            || se - ss > 2 * MAX_CONTEXT
            || !super::article_dated::may_report(sentence, in_lead)
        {
            continue;
        }
        let Some(found) = super::article_dated::article_dated(sentence, in_lead) else {
            continue;
        };
        let (a, b) = (ss + found.trigger.0, ss + found.trigger.1);
        let word = &text[a..b];
        let sentence_start = chars.char_offset(ss);
        let start = chars.char_offset(a);
        let end = chars.char_offset(b);
        let sentence_end = chars.char_offset(se);
        let relation = found.relation;
        out.push(Suggestion {
            date: Some(date),
            end_date: None,
            title: found.title,
            sentence: sentence.to_owned(),
            expression: String::new(),
            start,
            end,
            trigger: Some(Trigger {
                text: word.to_owned(),
                start,
                end,
            }),
            relation,
            sentence_start,
            sentence_end,
            confidence: found.confidence,
            timex_value: iso.clone(),
            resolution: format!(
                "“{word}” → {}: the article reports it {} its own date",
                relation.describe(&human),
                match relation {
                    Relation::By | Relation::On => "as done by",
                    Relation::AsOf => "as going on at",
                    Relation::After => "as coming after",
                }
            ),
        });
    }
    out
}

/// Most bytes of sentence kept on each side of the expression. Real sentences are shorter; text
/// without sentence punctuation (a run-on page, a table) would otherwise make every suggestion
/// carry, and every title scan, the whole run: quadratic work in a long document.
const MAX_CONTEXT: usize = 400;

/// The sentence `(ss, se)` cut to at most [`MAX_CONTEXT`] bytes on each side of `span`, at word
/// boundaries when there is one nearby.
fn clip_context(text: &str, (ss, se): (usize, usize), span: (usize, usize)) -> (usize, usize) {
    let b = text.as_bytes();
    let mut s = ss;
    if span.0 - ss > MAX_CONTEXT {
        s = text.ceil_char_boundary(span.0 - MAX_CONTEXT);
        if let Some(p) = b[s..span.0]
            .iter()
            .take(40)
            .position(u8::is_ascii_whitespace)
        {
            s += p + 1;
        }
    }
    let mut e = se;
    if se - span.1 > MAX_CONTEXT {
        e = text.floor_char_boundary(span.1 + MAX_CONTEXT);
        if let Some(p) = b[span.1..e]
            .iter()
            .rev()
            .take(40)
            .position(u8::is_ascii_whitespace)
        {
            e -= p + 1;
        }
    }
    (s, e)
}

/// Dates and times that can anchor an event (not durations, sets or "now").
/// Confidence of a suggestion dated by "now" or "recently": below any explicit date's.
const REF_CONFIDENCE: f32 = 0.45;

/// The relation to the article date of a reference to the present or the recent past that works
/// as an adverb ("now", "currently", "recently", "in recent days"); `None` for any other timex
/// (an adjective like "the current chairman" dates nothing).
fn ref_relation(text: &str, t: &Tagged) -> Option<Relation> {
    let words = text[t.bytes.0..t.bytes.1].to_ascii_lowercase();
    if words == "now" && modifies_phrase(text, t.bytes) {
        return None;
    }
    match t.timex.value.as_str() {
        "PRESENT_REF" => matches!(
            words.as_str(),
            "now" | "currently" | "at present" | "right now" | "at the moment" | "nowadays"
        )
        .then_some(Relation::AsOf),
        "PAST_REF" => (words == "recently" || words == "lately" || words.contains("recent "))
            .then_some(Relation::By),
        "FUTURE_REF" => (words == "soon").then_some(Relation::After),
        _ => None,
    }
}

/// Whether "now" at `bytes` modifies a phrase rather than its clause's verb: "the blockade now
/// in force", "the now encircled army", "Now with a deal at hand, …".
fn modifies_phrase(text: &str, (start, end): (usize, usize)) -> bool {
    let next: String = text[end..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(24)
        .collect::<String>()
        .to_ascii_lowercase();
    let before = word_before(text, start);
    let after =
        |words: &[&str]| before.is_some_and(|w| words.iter().any(|d| w.eq_ignore_ascii_case(d)));
    // "is now in the candybar business": the verb's own complement.
    if after(&["is", "are", "was", "were", "be", "been"]) {
        return false;
    }
    after(&["the", "a", "an"])
        || [
            "in", "with", "under", "at", "on", "part", "that", "and", "or",
        ]
        .contains(&next.as_str())
}

fn is_event_anchor(t: &Tagged) -> bool {
    matches!(t.timex.kind, TimexType::Date | TimexType::Time)
        && !t.timex.value.ends_with("_REF")
        && !t.timex.value.starts_with('P')
}

/// If the timex `k` opens a range, the byte end of the range, whether the next timex was
/// consumed, and the end date.
fn range_end(text: &str, tagged: &[Tagged], k: usize) -> Option<(usize, bool, Option<Date>)> {
    let a = &tagged[k];
    let opens = word_before(text, a.bytes.0)
        .is_some_and(|w| w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("between"));
    let gap_ok = |gap: &str| {
        // Only a short connective can join two dates into a range.
        let g = gap.trim();
        g.len() <= 8
            && (matches!(g, "-" | "\u{2013}" | "\u{2014}")
                || ["to", "until", "through", "till"]
                    .iter()
                    .any(|w| g.eq_ignore_ascii_case(w))
                || (opens && g.eq_ignore_ascii_case("and")))
    };
    if let Some(b) = tagged.get(k + 1)
        && matches!(b.timex.kind, TimexType::Date | TimexType::Time)
        && b.bytes.0 - a.bytes.1 <= 16
        && gap_ok(&text[a.bytes.1..b.bytes.0])
        && (opens || text[a.bytes.1..b.bytes.0].trim().len() <= 1)
    {
        return Some((b.bytes.1, true, date_from_value(&b.timex.value)));
    }
    // "the quarter ended Sept. 30": one period, named by its end.
    if let Some(b) = tagged.get(k + 1)
        && matches!(b.timex.kind, TimexType::Date)
        && b.bytes.0 - a.bytes.1 <= 16
        && matches!(
            text[a.bytes.1..b.bytes.0]
                .trim()
                .to_ascii_lowercase()
                .as_str(),
            "ended" | "ending" | "that ended" | "which ended"
        )
    {
        return Some((b.bytes.1, true, date_from_value(&b.timex.value)));
    }
    // "March 3-5", "between March 3 and 5": a bare day number after a full day.
    if let Sem::Cal { day: Some(_), .. } | Sem::Ymd(..) = a.sem {
        let rest = &text[a.bytes.1..];
        let (sep_len, digits) = if let Some(r) = rest.strip_prefix(['-', '\u{2013}']) {
            (rest.len() - r.len(), r)
        } else if opens && let Some(r) = rest.strip_prefix(" and ") {
            (5, r)
        } else {
            return None;
        };
        let n: String = digits.chars().take_while(char::is_ascii_digit).collect();
        let day: u32 = n.parse().ok()?;
        let start = date_from_value(&a.timex.value)?;
        let mut range_end = a.bytes.1 + sep_len + n.len();
        // "March 3-5, 2021": the year after the range applies to both ends.
        let mut year = start.year();
        let tail = &text[range_end..];
        if let Some(y) = tail
            .strip_prefix(", ")
            .and_then(|r| r.get(..4))
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
            && !tail[6..].starts_with(|c: char| c.is_ascii_digit())
        {
            year = y.parse().ok()?;
            range_end += 6;
        }
        let end = Date::from_ymd(year, start.month(), day)
            .ok()
            .filter(|e| e.day() > start.day());
        return end.map(|e| (range_end, false, Some(e)));
    }
    None
}

/// The word (ASCII letters) right before byte `end`, across whitespace: looks at a few dozen
/// bytes at most, wherever `end` is in the text.
fn word_before(text: &str, end: usize) -> Option<&str> {
    let b = text.as_bytes();
    let mut e = end;
    while e > 0 && end - e < 16 && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && e - s < 16 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let whole = s == 0 || !b[s - 1].is_ascii_alphanumeric();
    (s < e && whole).then(|| &text[s..e])
}

/// Confidence from how the date was written and resolved.
fn confidence(t: &Tagged, date: Option<Date>) -> f32 {
    let Some(date) = date else { return 0.2 };
    let precision = match date.precision() {
        Precision::Minute | Precision::Hour | Precision::Day => 1.0,
        Precision::Month => 0.85,
        Precision::Year => 0.75,
        Precision::Decade => 0.6,
        Precision::Century | Precision::Millennium => 0.5,
    };
    let circa = if date.circa() { 0.85 } else { 1.0 };
    let source = if t.sem.is_absolute() { 0.95 } else { 0.8 };
    (precision * circa * source as f32).clamp(0.0, 1.0)
}

/// Converts a TIMEX3 value to a [`Date`]; `None` for unresolved (`X`) and `*_REF` values.
///
/// Periods a [`Date`] cannot express exactly get the nearest precision that covers their start,
/// marked circa: a week (`2022-W01`) is the day its Monday falls on, a quarter (`2022-Q3`) the month
/// it begins in, a half year its first month, a season its first month (spring = March, summer =
/// June, fall = September, winter = December). Parts of the day (`2022-01-06TMO`) keep day
/// precision; midnight (`T24:00`) is the end of that day, kept at day precision.
///
/// ```
/// use dateline::extract::date_from_value;
/// assert_eq!(date_from_value("2022-01-06").unwrap().to_string(), "2022-01-06");
/// assert_eq!(date_from_value("2022-Q3").unwrap().to_string(), "2022-07~");
/// assert!(date_from_value("XXXX-WXX-7").is_none());
/// assert_eq!(date_from_value("BC0493").unwrap().human(), "493 BC");
/// ```
pub fn date_from_value(value: &str) -> Option<Date> {
    if value.contains('X') || value.ends_with("_REF") || value.starts_with('P') || value.is_empty()
    {
        return None;
    }
    // TimeML's "BC0493" (493 BC) is the astronomical year -492.
    if value.starts_with("BC") {
        let (year, len) = super::normalize::leading_year(value)?;
        let astronomical = if year < 0 {
            format!("-{:04}{}", -year, &value[len..])
        } else {
            format!("{year:04}{}", &value[len..])
        };
        return date_from_value(&astronomical);
    }
    let (day_part, time_part) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    if let Some(t) = time_part {
        let base: Date = day_part.parse().ok()?;
        let hm = t
            .split_once(':')
            .and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.get(..2)?.parse::<u32>().ok()?)));
        return match hm {
            Some((h, m)) if h < 24 => {
                Date::from_ymd_hm(base.year(), base.month(), base.day(), h, m).ok()
            }
            _ => Some(base),
        };
    }
    let (year_part, rest) = match day_part.get(1..).and_then(|r| r.find('-')).map(|p| p + 1) {
        Some(p) => (&day_part[..p], &day_part[p + 1..]),
        None => (day_part, ""),
    };
    let year: i32 = year_part.parse().ok()?;
    let month_circa = |m: u32| Date::from_ym(year, m).ok().map(|d| d.with_circa(true));
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        return month_circa(3 * q - 2);
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h: u32 = h.parse().ok().filter(|h| (1..=2).contains(h))?;
        return month_circa(6 * h - 5);
    }
    match rest {
        "SP" => return month_circa(3),
        "SU" => return month_circa(6),
        "FA" => return month_circa(9),
        "WI" => return month_circa(12),
        _ => {}
    }
    if let Some(w) = rest.strip_prefix('W') {
        let (week, weekend) = match w.split_once('-') {
            Some((wk, "WE")) => (wk, true),
            Some(_) => return None,
            None => (w, false),
        };
        let week: u32 = week.parse().ok()?;
        let day = if weekend {
            chrono::Weekday::Sat
        } else {
            chrono::Weekday::Mon
        };
        let d = NaiveDate::from_isoywd_opt(year, week, day)?;
        return Date::from_ymd(d.year(), d.month(), d.day())
            .ok()
            .map(|d| d.with_circa(true));
    }
    day_part.parse().ok()
}

/// A sentence for people about how the date was worked out, naming what it was counted from;
/// `dct_human` is the article date as people read it.
fn resolution(
    t: &Tagged,
    date: Option<Date>,
    dct: Option<&Dct>,
    dct_human: Option<&str>,
) -> String {
    let expr = &t.timex.text;
    let Some(date) = date else {
        return if dct.is_none() {
            format!("{expr}: relative to the article date, which is not set")
        } else {
            format!("{expr}: not specific enough to place on a timeline")
        };
    };
    let when = date.human();
    if t.sem.is_absolute() {
        return format!("{expr} → {when}: written in full");
    }
    match text_anchor(t) {
        Some(TextAnchor::NamedDay) => {
            return format!("{expr} → {when}: on the day named beside it");
        }
        Some(TextAnchor::Quarter(q)) => {
            return format!(
                "{expr} → {when}: counted from {}, the quarter the text is about",
                point_human(q)
            );
        }
        Some(TextAnchor::Mentioned(r)) => {
            return format!(
                "{expr} → {when}: counted from {}, the date the text last mentioned",
                point_human(r)
            );
        }
        None => {}
    }
    let (Some(dct), Some(dct_human)) = (dct, dct_human) else {
        return format!("{expr} → {when}: from an earlier date in the text");
    };
    let dct_date = Date::from_ymd(dct.year(), dct.month(), dct.day()).ok();
    let relation = match dct_date.map(|d| {
        date.with_circa(false)
            .with_precision(Precision::Day)
            .cmp(&d)
    }) {
        Some(std::cmp::Ordering::Less) => "before",
        Some(std::cmp::Ordering::Greater) => "after",
        _ => "of",
    };
    match &t.sem {
        Sem::Weekday(..) if relation == "of" => {
            format!("{expr} → {when}: the article date itself, {dct_human}")
        }
        Sem::Weekday(..) => {
            format!("{expr} → {when}: the {expr} {relation} the article date, {dct_human}")
        }
        _ => format!("{expr} → {when}: relative to the article date, {dct_human}"),
    }
}

/// What in the text, rather than the article date, a relative expression was resolved against.
enum TextAnchor {
    /// A clock time on the day named beside it ("7 am on Monday").
    NamedDay,
    /// The quarter under discussion ("the year-ago period").
    Quarter(Point),
    /// The date the text last mentioned ("the next day").
    Mentioned(Point),
}

/// Which text date `t` was resolved against, found by resolving it again without that date:
/// the anchor is the one whose absence changes the value.
fn text_anchor(t: &Tagged) -> Option<TextAnchor> {
    let value = &t.timex.value;
    if super::normalize::value(&t.sem, &t.ctx) != *value {
        return Some(TextAnchor::NamedDay);
    }
    if let Some(q) = t.ctx.quarter {
        let without = Ctx {
            quarter: None,
            ..t.ctx
        };
        if super::normalize::value(&t.sem, &without) != *value {
            return Some(TextAnchor::Quarter(q));
        }
    }
    let r = t.ctx.reference?;
    let without = Ctx {
        reference: None,
        ..t.ctx
    };
    (super::normalize::value(&t.sem, &without) != *value).then_some(TextAnchor::Mentioned(r))
}

/// A reference point as people read it ("12 July 1943", "Q3 2022", "44 BC").
fn point_human(p: Point) -> String {
    if p.month.is_none()
        && let Some(q) = p.quarter
    {
        let year = Point { quarter: None, ..p };
        return format!("Q{q} {}", point_human(year));
    }
    date_from_value(&p.to_value()).map_or_else(|| p.to_value(), |d| d.human())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::parse_dct;

    #[test]
    fn now_dates_its_verb_not_a_phrase() {
        let dct = parse_dct("2022-01-06").unwrap();
        // The titles of the suggestions for `expression` in `text`.
        let titles_for = |expression: &str, text: &str| -> Vec<String> {
            suggest(text, Some(&dct))
                .into_iter()
                .filter(|s| s.expression == expression)
                .map(|s| s.title)
                .collect()
        };
        let titles = |text: &str| titles_for("now", text);
        assert_eq!(
            titles("The ferry is now running on a reduced timetable."),
            ["The ferry is running on a reduced timetable"]
        );
        assert_eq!(
            titles("The museum is now in the hands of its staff."),
            ["The museum is in the hands of its staff"]
        );
        assert!(titles("Rescue teams now in the valley found two hikers.").is_empty());
        assert!(titles("The now flooded road was closed to traffic.").is_empty());
        assert!(titles("Fares will fall now that the strike is over.").is_empty());
        let currently = |text: &str| titles_for("currently", text);
        assert_eq!(
            currently("The museum is currently closed for repairs."),
            ["The museum is closed for repairs"]
        );
        assert!(
            currently("Ann Lee, currently the deputy director, will succeed Mr. Park.").is_empty()
        );
    }

    #[test]
    fn explanations_name_the_anchor() {
        let dct = parse_dct("2022-01-06").unwrap();
        // The explanation of the suggestion for `expression` in `text`.
        let why = |text: &str, expression: &str, dct: Option<&Dct>| -> String {
            suggest(text, dct)
                .into_iter()
                .find(|s| s.expression == expression)
                .map(|s| s.resolution)
                .unwrap_or_default()
        };
        let story = "The siege began on 12 Jul 1943. The defenders surrendered the day after.";
        assert_eq!(
            why(story, "the day after", None),
            "the day after → 13 Jul 1943: counted from 12 Jul 1943, the date the text last mentioned"
        );
        assert_eq!(
            why(story, "12 Jul 1943", Some(&dct)),
            "12 Jul 1943 → 12 Jul 1943: written in full"
        );
        assert_eq!(
            why("Protests began on Sunday in Almaty.", "Sunday", Some(&dct)),
            "Sunday → 2 Jan 2022: the Sunday before the article date, 6 Jan 2022"
        );
        assert_eq!(
            why(
                "The talks ended yesterday in Geneva.",
                "yesterday",
                Some(&dct)
            ),
            "yesterday → 5 Jan 2022: relative to the article date, 6 Jan 2022"
        );
        assert_eq!(
            why("The ferry sank at 7 am on Monday.", "7 am", Some(&dct)),
            "7 am → 3 Jan 2022 07:00: on the day named beside it"
        );
        assert_eq!(
            why(
                "Rebels took the town in 44 BC. They lost it a year later.",
                "a year later",
                None
            ),
            "a year later → 43 BC: counted from 44 BC, the date the text last mentioned"
        );
    }

    #[test]
    fn converts_timex_values() {
        let cases = [
            ("2022-01-06", Some("2022-01-06")),
            ("2022-01", Some("2022-01")),
            ("2022", Some("2022")),
            ("199", Some("199X")),
            ("18", Some("18XX")),
            ("-0043", Some("-0043")),
            ("BC0044-03-15", Some("-0043-03-15")),
            ("2022-W01", Some("2022-01-03~")),
            ("2022-W01-WE", Some("2022-01-08~")),
            ("2022-Q3", Some("2022-07~")),
            ("2022-H2", Some("2022-07~")),
            ("2022-SP", Some("2022-03~")),
            ("2022-01-06TMO", Some("2022-01-06")),
            ("2022-01-06T15:45", Some("2022-01-06T15:45")),
            ("2022-01-06T24:00", Some("2022-01-06")),
            ("XXXX-WXX-7", None),
            ("PRESENT_REF", None),
            ("P2W", None),
        ];
        for (v, want) in cases {
            assert_eq!(
                date_from_value(v).map(|d| d.to_string()).as_deref(),
                want,
                "{v}"
            );
        }
    }

    #[test]
    fn ranges_get_an_end_date() {
        let dct = parse_dct("2022-01-06").unwrap();
        let s = suggest("He served from 1998 to 2001 in the Senate.", Some(&dct));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].expression, "1998 to 2001");
        assert_eq!(s[0].end_date.unwrap().to_string(), "2001");
        let s = suggest(
            "The talks will run between March 3 and 5 in Geneva.",
            Some(&dct),
        );
        assert_eq!(s[0].date.unwrap().to_string(), "2022-03-03");
        assert_eq!(s[0].end_date.unwrap().to_string(), "2022-03-05");
        assert_eq!(s[0].expression, "March 3 and 5");
        let s = suggest("The festival runs March 3-5, 2021.", Some(&dct));
        assert_eq!(
            s[0].end_date.map(|d| d.to_string()).as_deref(),
            Some("2021-03-05")
        );
    }

    /// Found by the `article` fuzz target: a range whose end is past the end of the sentence of
    /// its start made the sentence end before the expression (an overflow in `clip_context`).
    #[test]
    fn a_range_past_the_sentence_end_stays_in_its_sentence() {
        let dct = parse_dct("2022-01-06").unwrap();
        let text = "U`a from Jan7 to Jan.\n9";
        let s = suggest(text, Some(&dct));
        assert!(!s.is_empty());
        for s in s {
            assert!(
                s.sentence_start <= s.start && s.end <= s.sentence_end,
                "{s:?}"
            );
            assert!(s.sentence.contains(&s.expression), "{s:?}");
        }
    }

    /// About 1 MB on one line with no sentence end, NUL bytes and thousands of dates: work per
    /// date that grows with the text (re-reading everything before it, carrying the whole
    /// "sentence") would take minutes here, and the sentence bound below fails by construction.
    #[test]
    fn a_long_single_line_stays_linear() {
        let filler = "while the index of leading shares drifted and traders waited for news\0 ";
        let unit = format!(
            "prices rose on Monday and fell from Jan. 3 to Jan. 5 {}",
            filler.repeat(3)
        );
        let n = 1_000_000 / unit.len();
        let text = unit.repeat(n);
        let dct = parse_dct("2022-01-06").unwrap();
        let tags = crate::extract::tag(&text, Some(&dct));
        assert_eq!(tags.len(), 3 * n);
        let last = tags.last().unwrap();
        assert_eq!(last.end, text.len() - 3 * filler.len() - 1);
        let s = suggest(&text, Some(&dct));
        assert_eq!(s.len(), 2 * n);
        assert!(s.iter().all(|s| s.sentence.len() <= 2 * MAX_CONTEXT + 16));
        assert_eq!(s[1].expression, "Jan. 3 to Jan. 5");
        assert_eq!(s[2 * n - 1].end_date.unwrap().to_string(), "2022-01-05");
        assert_eq!(s[2 * n - 1].end, last.end);
    }

    #[test]
    fn durations_sets_and_now_do_not_flood() {
        let dct = parse_dct("2022-01-06").unwrap();
        let s = suggest(
            "For two weeks, every Monday, prices now rise. Talks ended on Jan. 2, 2022.",
            Some(&dct),
        );
        // "now" gives an "as of" suggestion ranked below; the durations and the set give none.
        assert_eq!(s.len(), 2, "{s:#?}");
        assert_eq!(
            (s[0].relation, s[0].expression.as_str()),
            (Relation::AsOf, "now")
        );
        assert!(s[0].confidence < 0.5);
        assert_eq!(s[1].relation, Relation::On);
        assert!(s[1].confidence > 0.85);
        // Without an article date, "now" dates nothing.
        let s = suggest("Prices now rise. Talks ended on Jan. 2, 2022.", None);
        assert_eq!(s.len(), 1);
    }
}
