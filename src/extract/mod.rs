//! Temporal tagging: find every temporal expression in English news text, normalize it the
//! way `TimeML` TIMEX3 does relative to the article date, and turn dated sentences into event
//! suggestions.
//!
//! Pure and infallible: no network, no models, no per-call regex compilation. The pipeline is
//! bytes → [`decode`] → text → tokens → recognition rules (`patterns`) → meaning (`sem`) →
//! values resolved against the article date and tense (`normalize`) → [`Timex`] → [`suggest`].
//!
//! ```
//! use dateline::extract::{parse_dct, tag};
//! let dct = parse_dct("2022-01-06").unwrap();
//! let timexes = tag("Protests began on Sunday.", Some(&dct));
//! assert_eq!(timexes[0].text, "Sunday");
//! assert_eq!(timexes[0].value, "2022-01-02");
//! ```

mod article_dated;
pub mod article_file;
mod clause;
mod dct;
mod decode;
mod header;
mod holidays;
pub mod html;
mod html_meta;
pub mod markdown;
pub mod metadata;
mod normalize;
mod offsets;
mod patterns;
mod pos;
mod sem;
mod sentences;
mod shifted;
mod suggest;
#[cfg(test)]
mod tag_tests;
mod tense;
mod timex;
mod title;
mod tokens;
mod typed_date;

pub use dct::{Dct, DctError, detect_dct, parse_dct};
pub use decode::{DecodeError, decode};
pub use sentences::{Sentence, sentences};
pub use suggest::{Suggestion, Trigger, date_from_value, suggest};
pub use timex::{Timex, TimexType};
pub use typed_date::{date_from_text, date_to_text};

use normalize::{Ctx, Point};
use sem::{Anchor, Sem, YearRef};

/// Finds and normalizes every temporal expression in `text`, relative to the article date
/// `dct` when given. Sorted by start, non-overlapping; offsets are in chars.
///
/// ```
/// use dateline::extract::{TimexType, tag};
/// let t = tag("The company was founded in the 1990s.", None);
/// assert_eq!((t[0].text.as_str(), t[0].kind, t[0].value.as_str()), ("the 1990s", TimexType::Date, "199"));
/// ```
pub fn tag(text: &str, dct: Option<&Dct>) -> Vec<Timex> {
    analyze(text, dct).into_iter().map(|t| t.timex).collect()
}

/// A timex with the meaning it was resolved from.
pub(crate) struct Tagged {
    /// The public result.
    pub timex: Timex,
    /// What the rules recognized.
    pub sem: sem::Sem,
    /// Byte span in the text.
    pub bytes: (usize, usize),
    /// What the value was resolved against: the article date, the date the text last
    /// mentioned, the quarter under discussion (for explanations that name the anchor).
    pub ctx: Ctx,
}

/// Recognition and normalization, keeping the meaning for suggestions.
pub(crate) fn analyze(text: &str, dct: Option<&Dct>) -> Vec<Tagged> {
    let toks = tokens::tokenize(text);
    let cands = patterns::recognize(text, &toks);
    let narrative = is_narrative(&cands, dct);
    let mut chars = offsets::CharCounter::new(text);
    let mut reference: Option<Point> = None;
    let mut quarter: Option<Point> = None;
    let mut quotes = Quotes::default();
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let tense = tense::tense_around(text, &toks, c.first, c.last);
        // "the Germans soon intervened": "soon" in a past-tense story is shortly after the
        // story's moment, not the future `TimeML` marks it as.
        let word = |k: usize| &text[toks[k].start..toks[k].end];
        if tense == tense::Tense::Past
            && c.last == c.first + 1
            && word(c.first).eq_ignore_ascii_case("soon")
            && !(c.first >= 1
                && ["may", "might", "will", "can", "shall", "must", "should"]
                    .iter()
                    .any(|m| word(c.first - 1).eq_ignore_ascii_case(m)))
        {
            continue;
        }
        // "How many boys did you kill today?" quoted in a history: the speaker's day, which
        // the article date is not.
        let quoted_deixis = narrative
            && c.sem.points_from_article_date()
            && quotes.inside(text, toks[c.first].start);
        let ctx = Ctx {
            dct: dct.copied().filter(|_| !quoted_deixis),
            tense,
            reference,
            narrative,
            quarter,
        };
        let value = normalize::value(&c.sem, &ctx);
        if let Sem::Quarter(1..=4, _) = c.sem
            && let Some(p) = Point::parse(&value)
            && (quarter.is_none() || dct.is_none_or(|d| reported(p, *d)))
        {
            quarter = Some(p);
        }
        // The reference time follows the dates the text talks about; in a narrative, "today"
        // or "last year" point from the article date and leave the story's time alone.
        // "which had been part of the empire since 513 BC": the start of a background state
        // is not where the story is.
        let after_since = c.first >= 1
            && text[toks[c.first - 1].start..toks[c.first - 1].end].eq_ignore_ascii_case("since");
        // "for a planned campaign in 1976": a date the story looks ahead to is not where it is.
        let planned = (c.first.saturating_sub(3)..c.first).any(|k| {
            let word = &text[toks[k].start..toks[k].end];
            ["planned", "scheduled", "projected", "intended", "due"]
                .iter()
                .any(|p| word.eq_ignore_ascii_case(p))
        });
        let looks_ahead = narrative
            && (tense == tense::Tense::Future || planned)
            && c.sem.written_year().is_some();
        let moves_on = narrative && tense == tense::Tense::Past && !planned && moves_story(&c.sem);
        if (updates_reference(&c.sem) || moves_on)
            && !after_since
            && !looks_ahead
            && !(narrative && (c.sem.points_from_article_date() || c.sem.follows_context()))
            && let Some(p) = Point::parse(&value)
            // "on December 7 … in 1941": the year that holds the day the story is at leaves
            // the story on that day.
            && !reference.is_some_and(|r| p.holds_finer(&r))
        {
            reference = Some(p);
        }
        let (bs, be) = (toks[c.first].start, toks[c.last - 1].end);
        let timex = Timex {
            start: chars.char_offset(bs),
            end: chars.char_offset(be),
            text: text[bs..be].to_owned(),
            kind: c.kind,
            value,
        };
        out.push(Tagged {
            timex,
            sem: c.sem,
            bytes: (bs, be),
            ctx,
        });
    }
    attach_clock_times(text, &mut out);
    out
}

/// A clock time without a date of its own ("at 7 am on Monday", "10:35 a.m. (0735 GMT)
/// Friday", "on July 8 from 11:30 am") is on the day named right beside it in its clause, not
/// on the article's day.
fn attach_clock_times(text: &str, tagged: &mut [Tagged]) {
    let is_day = |v: &str| {
        let b = v.as_bytes();
        v.len() == 10 && b[4] == b'-' && b[7] == b'-' && b[..4].iter().all(u8::is_ascii_digit)
    };
    for k in 0..tagged.len() {
        let Sem::Time {
            date: None,
            clock: Some(_),
            ..
        } = tagged[k].sem
        else {
            continue;
        };
        let Some(t) = tagged[k].timex.value.find('T') else {
            continue;
        };
        let near = |other: &Tagged| {
            let (a, b) = if other.bytes.0 >= tagged[k].bytes.1 {
                (tagged[k].bytes.1, other.bytes.0)
            } else {
                (other.bytes.1, tagged[k].bytes.0)
            };
            a <= b && joins_time_and_day(&text[a..b])
        };
        let day = [k.checked_sub(1), Some(k + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| tagged.get(j))
            .find(|other| is_day(&other.timex.value) && near(other))
            .map(|other| other.timex.value.clone());
        if let Some(day) = day {
            let clock = tagged[k].timex.value[t..].to_owned();
            tagged[k].timex.value = format!("{day}{clock}");
        }
    }
}

/// Whether the text between a clock time and a date joins them: nothing, "on", "from", a comma,
/// or a parenthesis ("(0735 GMT)").
fn joins_time_and_day(gap: &str) -> bool {
    if gap.len() > 40 {
        return false;
    }
    let mut rest = String::with_capacity(gap.len());
    let mut depth = 0_u32;
    for c in gap.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => rest.push(c),
            _ => {}
        }
    }
    let rest = rest.replace(',', " ").to_ascii_lowercase();
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    if words
        .last()
        .is_some_and(|w| matches!(*w, "on" | "from" | "of" | "this" | "at"))
    {
        words.pop();
    }
    // "5:34 AM Baghdad time on March 20", "11 pm local time Friday", "0735 GMT Friday".
    match words.as_slice() {
        [] | [_, "time"] => true,
        [zone] => zone.len() <= 4 && zone.ends_with('t'),
        _ => false,
    }
}

/// Whether the text reads as a narrative about another period than the article date rather
/// than as news: no article date, or dates written with a year far from it clearly outnumber
/// the expressions that point from the article date ("yesterday", "on Friday", "last year").
fn is_narrative(cands: &[patterns::Cand], dct: Option<&Dct>) -> bool {
    let Some(dct) = dct else {
        return true;
    };
    let (mut far, mut near) = (0_usize, 0_usize);
    let mut deictic = 0_usize;
    for c in cands {
        if let Some(y) = c.sem.written_year() {
            if (y - dct.year()).abs() >= 2 {
                far += 1;
            } else {
                near += 1;
            }
        } else if c.sem.is_deictic() {
            deictic += 1;
        }
    }
    far >= 5 && far > near + deictic
}

/// Whether quarter `p` is over at the article date, so results can be reported for it: later
/// quarters named in news ("a fourth-quarter charge") are forecasts, not the quarter under
/// discussion. The first quarter a text names is its topic whatever its number (fiscal
/// quarters run ahead of the calendar).
fn reported(p: Point, dct: Dct) -> bool {
    let dct_quarter = (dct.month() as u8 - 1) / 3 + 1;
    (p.year, p.quarter) < (dct.year(), Some(dct_quarter))
}

/// Whether positions of a text are inside a quotation opened earlier in their paragraph, asked
/// in increasing order: each byte is read once, however many expressions a long paragraph holds.
#[derive(Default)]
struct Quotes {
    /// Bytes read so far.
    at: usize,
    /// Straight quotes, opening and closing curly quotes since the paragraph began.
    straight: usize,
    open: usize,
    close: usize,
}

impl Quotes {
    /// Whether byte `at` (not before the last one asked) is inside a quotation.
    fn inside(&mut self, text: &str, at: usize) -> bool {
        for c in text[self.at.min(at)..at].chars() {
            match c {
                '\n' => (self.straight, self.open, self.close) = (0, 0, 0),
                '"' => self.straight += 1,
                '\u{201c}' => self.open += 1,
                '\u{201d}' => self.close += 1,
                _ => {}
            }
        }
        self.at = self.at.max(at);
        self.straight % 2 == 1 || self.open > self.close
    }
}

/// Whether an anaphoric expression moves a narrative on ("the following year", "two days
/// later"): the story is then at that date. In news the same words compare ("a year earlier")
/// and leave the reference alone.
fn moves_story(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::UnitRel(_, 1.., Anchor::Reference) | Sem::Shift(_, Some(_), 1.., Anchor::Reference)
    )
}

/// Whether a resolved expression becomes the reference time for later anaphora.
fn updates_reference(sem: &Sem) -> bool {
    !matches!(
        sem,
        Sem::Shift(..)
            | Sem::UnitRel(_, _, Anchor::Reference)
            | Sem::Quarter(_, YearRef::Anaphoric(_))
            | Sem::Quarter(0, _)
            | Sem::Lit(_)
    )
}
