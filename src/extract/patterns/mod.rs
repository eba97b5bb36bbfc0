//! Recognition rules: which token sequences are temporal expressions, and what they mean.
//!
//! The scanner walks the token list once. Only tokens whose lexical class can start a
//! timex (month, weekday, number, unit, "last", "ago", ...) are examined; at each of them
//! every rule is tried and the longest match wins. Rules are hand-written over tokens and
//! lexicons, so no regular expression runs over the text.

mod calendar;
mod clock;
mod durations;
mod holidays;
pub(crate) mod lexicon;
mod relative;

use super::sem::{Sem, YearRef};
use super::timex::TimexType;
use super::tokens::{Kind, Token};
use lexicon::{Lex, W};

/// A recognized expression over tokens `first..last`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cand {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// Meaning.
    pub sem: Sem,
}

/// A core match: end token (exclusive), type and meaning.
pub(crate) type Hit = (usize, TimexType, Sem);

/// Token-level view of the text used by the rules.
pub(crate) struct Scanner<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: &'a [Token],
}

impl<'a> Scanner<'a> {
    /// Lexical class of token `i`, `Lex::None` out of range.
    pub(crate) fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::None, |t| t.lex)
    }

    /// Function word of token `i`.
    pub(crate) fn w(&self, i: usize) -> Option<W> {
        match self.lex(i) {
            Lex::W(w) => Some(w),
            _ => None,
        }
    }

    /// Token `i` is function word `w`.
    pub(crate) fn is(&self, i: usize, w: W) -> bool {
        self.w(i) == Some(w)
    }

    /// Text of token `i` ("" out of range).
    pub(crate) fn str(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Token `i` is the single punctuation character `c`.
    pub(crate) fn punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.text[t.start..t.end].starts_with(c))
    }

    /// Token `i` is a hyphen or dash glued to both neighbours.
    pub(crate) fn hyphen(&self, i: usize) -> bool {
        (self.punct(i, '-') || self.punct(i, '\u{2010}') || self.punct(i, '\u{2011}'))
            && self.glued(i)
            && self.glued(i + 1)
    }

    /// Token `i` has no whitespace before it.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Token `i` is a number; returns its value and digit count.
    pub(crate) fn num(&self, i: usize) -> Option<(u32, usize)> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Num)
            .map(|t| (t.num, t.len()))
    }

    /// Token `i` is a word equal to `s` ignoring ASCII case.
    pub(crate) fn word_is(&self, i: usize, s: &str) -> bool {
        self.str(i).eq_ignore_ascii_case(s)
    }

    /// Token `i` is a word starting with an upper-case letter.
    pub(crate) fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    /// Token `i` is a word (any class).
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// Skips an optional period glued to token `i - 1`; returns the next index.
    pub(crate) fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, '.') && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// A possessive `'s` at `i` (straight or curly apostrophe); returns the index after it.
    pub(crate) fn possessive(&self, i: usize) -> Option<usize> {
        ((self.punct(i, '\'') || self.punct(i, '\u{2019}'))
            && self.glued(i)
            && self.is(i + 1, W::S)
            && self.glued(i + 1))
        .then_some(i + 2)
    }
}

impl Scanner<'_> {
    /// "a week" in a rate ("four flights a week", "$1.76 a year", "358,000 a month"): a
    /// frequency attached to a quantity, not a temporal expression of its own.
    fn is_rate(&self, i: usize) -> bool {
        if !matches!(self.w(i), Some(W::A | W::Per)) || i == 0 {
            return false;
        }
        let prev = i - 1;
        let word = self.str(prev);
        let amount = matches!(
            word.to_ascii_lowercase().as_str(),
            "million" | "billion" | "trillion" | "thousand" | "hundred"
        );
        let plural_noun = self.is_word(prev)
            && self.lex(prev) == Lex::None
            && !self.cap(prev)
            && word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss");
        self.num(prev).is_some() || amount || plural_noun
    }
}

/// A token number as `i32` (numbers saturate far below `i32::MAX` in practice).
pub(crate) fn int(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Whether a token can start a temporal expression (the trigger gate).
fn can_start(t: &Token) -> bool {
    match t.kind {
        Kind::Num => true,
        // Holiday names are capitalised; "new" and "good" in lower case start nothing, but
        // "christmas" does.
        Kind::Word => t.lex != Lex::None && (t.lex != Lex::HolidayWord || t.cap),
        Kind::Punct => false,
    }
}

/// Whether a function word that opens expressions only before another temporal word ("the
/// year", "at least", "a few") stands before an ordinary word, so nothing can start there.
/// Most tokens that pass the trigger gate are such words; this spares them every rule.
fn opens_nothing(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].lex,
        Lex::W(
            W::The
                | W::A
                | W::An
                | W::Of
                | W::In
                | W::At
                | W::To
                | W::And
                | W::Or
                | W::That
                | W::Some
                | W::Approx
                | W::MoreLess
                | W::Than
                | W::Over
                | W::Up
                | W::Within
                | W::Every
                | W::Each
                | W::Per
                | W::Least
                | W::Same
                | W::These
                | W::This
        )
    ) && toks
        .get(i + 1)
        .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None)
}

/// Finds all temporal expressions, left to right, longest match first, non-overlapping.
pub(crate) fn recognize(text: &str, toks: &[Token]) -> Vec<Cand> {
    let sc = Scanner { text, toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !can_start(&toks[i]) || opens_nothing(toks, i) {
            i += 1;
            continue;
        }
        match sc.match_at(i) {
            Some((end, TimexType::Duration, _)) if end == i + 2 && sc.is_rate(i) => i = end,
            Some((end, kind, sem)) if end > i => {
                out.push(Cand {
                    first: i,
                    last: end,
                    kind,
                    sem,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    add_elided_days(&sc, &mut out);
    count_from_days(&sc, &mut out);
    out
}

/// "two weeks from today", "a week from tomorrow", "three days from Monday": a day counted
/// from another day is one date.
fn count_from_days(sc: &Scanner<'_>, out: &mut Vec<Cand>) {
    let mut n = 0;
    while n + 1 < out.len() {
        let (duration, day) = (&out[n], &out[n + 1]);
        let days = match &duration.sem {
            Sem::Lit(v) if duration.kind == TimexType::Duration => whole_days(v),
            _ => None,
        };
        // Days people count from ("today", "Friday", "Christmas"); a written date after "from"
        // usually opens a span ("64 days from November 21 to January 10").
        let counted_from = matches!(
            day.sem,
            Sem::DayOffset(_) | Sem::Weekday(..) | Sem::Holiday(..) | Sem::MonthDay(_)
        );
        let opens_span = ["to", "through", "until", "till", "and"]
            .iter()
            .any(|w| sc.word_is(day.last, w))
            || sc.punct(day.last, '-')
            || sc.punct(day.last, '\u{2013}');
        if let Some(days) = days
            && counted_from
            && !opens_span
            && day.first == duration.last + 1
            && sc.word_is(duration.last, "from")
        {
            let day = out.remove(n + 1);
            let duration = &mut out[n];
            duration.last = day.last;
            duration.kind = TimexType::Date;
            duration.sem = Sem::DayFrom(Box::new(day.sem), days);
        }
        n += 1;
    }
}

/// The number of days in a duration value of days or weeks ("P3D" 3, "P2W" 14).
fn whole_days(value: &str) -> Option<i32> {
    let rest = value.strip_prefix('P')?;
    let (count, unit) = rest.split_at(rest.len().checked_sub(1)?);
    let count: i32 = count.parse().ok()?;
    match unit {
        "D" => Some(count),
        "W" => count.checked_mul(7),
        _ => None,
    }
}

/// "from March 3 to 5", "March 3-5": a bare day number after a date with a day shares that
/// date's month and year.
fn add_elided_days(sc: &Scanner<'_>, out: &mut Vec<Cand>) {
    let mut extra = Vec::new();
    let mut dated = Vec::new();
    for (n, c) in out.iter().enumerate() {
        let Sem::Cal {
            year,
            month,
            day: Some(first_day),
            dir,
        } = c.sem
        else {
            continue;
        };
        let k = c.last;
        let joined = ["to", "through", "until", "and"]
            .iter()
            .any(|w| sc.word_is(k, w))
            || sc.punct(k, '-')
            || sc.punct(k, '\u{2013}');
        let taken = out.get(n + 1).is_some_and(|next| next.first <= k + 1);
        let Some((day, len)) = sc.num(k + 1) else {
            continue;
        };
        let stands_alone = !sc.is_word(k + 2) && !sc.punct(k + 2, '%') && !sc.punct(k + 2, ':');
        if joined
            && !taken
            && len <= 2
            && (u32::from(first_day) + 1..=31).contains(&day)
            && stands_alone
        {
            // "March 3-5, 2021": the year after the range is both days' year.
            let written = (year == YearRef::Infer && sc.punct(k + 2, ','))
                .then(|| sc.year_at(k + 3))
                .flatten();
            let (year, last) = match written {
                Some(y) => {
                    dated.push((n, YearRef::Abs(y)));
                    (YearRef::Abs(y), k + 4)
                }
                None => (year, k + 2),
            };
            extra.push(Cand {
                first: k + 1,
                last,
                kind: TimexType::Date,
                sem: Sem::Cal {
                    year,
                    month,
                    day: u8::try_from(day).ok(),
                    dir,
                },
            });
        }
    }
    for (n, written) in dated {
        if let Sem::Cal { year, .. } = &mut out[n].sem {
            *year = written;
        }
    }
    // "between 12 and 18 months", "from two to three weeks": the first number takes the unit.
    for (n, c) in out.iter().enumerate() {
        let Sem::Lit(value) = &c.sem else {
            continue;
        };
        if c.kind != TimexType::Duration || c.first < 3 {
            continue;
        }
        let (link, number) = (c.first - 1, c.first - 2);
        let linked = ["and", "to", "or"].iter().any(|w| sc.word_is(link, w))
            || sc.punct(link, '-')
            || sc.punct(link, '\u{2013}');
        let opened = ["between", "from"]
            .iter()
            .any(|w| sc.word_is(number - 1, w));
        // Candidates are in order and do not overlap: only the one before can hold the number.
        let taken = n >= 1 && out[n - 1].last > number;
        if let Some((n, _)) = sc.num(number)
            && linked
            && opened
            && !taken
            && let Some(first) = with_count(value, n)
        {
            extra.push(Cand {
                first: number,
                last: number + 1,
                kind: TimexType::Duration,
                sem: Sem::Lit(first),
            });
        }
    }
    if !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|c| c.first);
    }
}

/// A duration value ("P18M", "PT3H") with its count replaced by `n` ("P12M"), if it is a
/// plain count of one unit.
fn with_count(value: &str, n: u32) -> Option<String> {
    let head = if value.starts_with("PT") { "PT" } else { "P" };
    let rest = value.strip_prefix(head)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let unit = &rest[digits..];
    (digits > 0 && !unit.is_empty() && unit.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| format!("{head}{n}{unit}"))
}

impl Scanner<'_> {
    /// The longest expression starting at token `i`.
    pub(crate) fn match_at(&self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        let mut offer = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.0 > b.0)
            {
                best = Some(h);
            }
        };
        offer(self.approx(i));
        offer(self.expr(i));
        best
    }

    /// An expression with an optional approximation prefix ("about", "more than", "up to").
    fn approx(&self, i: usize) -> Option<Hit> {
        let j = match self.w(i)? {
            W::Approx | W::Sometime | W::Some => i + 1,
            W::MoreLess if self.is(i + 1, W::Than) => i + 2,
            W::At if self.is(i + 1, W::Least) => i + 2,
            W::Up if self.is(i + 1, W::To) => i + 2,
            W::No if self.w(i + 1) == Some(W::MoreLess) && self.is(i + 2, W::Than) => i + 3,
            _ => return None,
        };
        let (end, kind, sem) = self.expr(j)?;
        let approx_ok = match kind {
            TimexType::Duration => !self.is(i, W::Sometime),
            TimexType::Date | TimexType::Time => {
                self.is(i, W::Approx)
                    || self.is(i, W::Sometime)
                    || (self.is(i, W::Some) && matches!(sem, Sem::Shift(..)))
            }
            TimexType::Set => false,
        };
        approx_ok.then_some((end, kind, sem))
    }

    /// An expression without approximation prefix.
    fn expr(&self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        let mut offer = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.0 > b.0)
            {
                best = Some(h);
            }
        };
        match self.lex(i) {
            Lex::Month(_) | Lex::MonthAbbr(_) => offer(self.month_date(i, false)),
            Lex::Weekday(_) | Lex::WeekdayAbbr(_) => offer(self.weekday_expr(i)),
            Lex::Ord(_) => {
                offer(self.quarter(i));
                offer(self.century(i));
                offer(self.day_first(i));
            }
            Lex::Season(_) => offer(self.season(i)),
            Lex::Unit(_) | Lex::Units(_) => offer(self.unit_start(i)),
            Lex::Card(_) | Lex::W(W::A | W::An | W::Few | W::Several | W::Couple | W::Many) => {
                offer(self.year_words(i));
            }
            Lex::W(w) => offer(self.word_start(i, w)),
            Lex::HolidayWord | Lex::HolidayName => offer(self.holiday(i)),
            _ => {}
        }
        if self.num(i).is_some() {
            offer(self.numeric(i));
            offer(self.quarter(i));
            offer(self.century(i));
        }
        offer(self.clock(i));
        offer(self.duration_or_shift(i));
        offer(self.set(i));
        if let Some((end, _, _)) = best
            && let Some(ext) = self.extend_time(i, end)
        {
            return Some(ext);
        }
        best
    }

    /// Rules that start with a function word.
    fn word_start(&self, i: usize, w: W) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        let mut offer = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.0 > b.0)
            {
                best = Some(h);
            }
        };
        match w {
            W::The => offer(self.the_phrase(i)),
            W::Early | W::Late | W::Mid | W::Earlier | W::Later => offer(self.modified(i)),
            W::Fiscal => offer(self.fiscal(i)),
            W::Latest | W::Comparable | W::Current | W::Same | W::This | W::Last | W::Next => {
                offer(self.quarter(i));
            }
            _ => {}
        }
        offer(self.deictic(i));
        offer(self.relative(i));
        offer(self.reference(i));
        offer(self.decade_word(i));
        best
    }
}
