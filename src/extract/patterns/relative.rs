//! Deictic and relative expressions: "today", "last week", "the past three months",
//! "earlier this year", "the third quarter", "this spring", "the end of 1994", "now".

use super::lexicon::{Lex, Season, Unit, W};
use super::{Hit, Scanner, int};
use crate::extract::sem::{Anchor, Dir, Sem, YearRef};
use crate::extract::timex::TimexType;

/// Keeps the longest of several candidate hits.
fn longest(hits: impl IntoIterator<Item = Option<Hit>>) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    for h in hits.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| h.0 > b.0) {
            best = Some(h);
        }
    }
    best
}

#[expect(clippy::unnecessary_wraps, reason = "rules return Option<Hit>")]
fn lit(end: usize, v: &str) -> Option<Hit> {
    Some((end, TimexType::Date, Sem::Lit(v.to_owned())))
}

impl Scanner<'_> {
    /// "today", "yesterday morning", "tonight", "now", "recently", "soon", "these days".
    pub(crate) fn deictic(&self, i: usize) -> Option<Hit> {
        let day = |off: i32| {
            let sem = Sem::DayOffset(off);
            match self.lex(i + 1) {
                Lex::Pod(p) => Some((
                    i + 2,
                    TimexType::Time,
                    Sem::Time {
                        date: Some(Box::new(sem)),
                        clock: None,
                        pod: Some(p),
                    },
                )),
                _ => Some((i + 1, TimexType::Date, sem)),
            }
        };
        match self.w(i)? {
            W::Today => day(0),
            W::Yesterday => day(-1),
            W::Tomorrow => day(1),
            W::Tonight => Some((
                i + 1,
                TimexType::Time,
                Sem::Time {
                    date: Some(Box::new(Sem::DayOffset(0))),
                    clock: None,
                    pod: Some(super::lexicon::Pod::Night),
                },
            )),
            W::Now => {
                if i > 0 && self.is(i - 1, W::Right) {
                    return None;
                }
                lit(i + 1, "PRESENT_REF")
            }
            W::Right if self.is(i + 1, W::Now) => lit(i + 2, "PRESENT_REF"),
            W::Currently => lit(i + 1, "PRESENT_REF"),
            W::Current => self.current_adjective(i),
            W::Recently => lit(i + 1, "PAST_REF"),
            W::MoreLess if self.word_is(i, "more") && self.is(i + 1, W::Recently) => {
                lit(i + 2, "PAST_REF")
            }
            W::Soon => {
                let as_soon_as = i > 0 && self.word_is(i - 1, "as") && self.word_is(i + 1, "as");
                let soon_after = matches!(self.w(i + 1), Some(W::After | W::Than))
                    || ["afterward", "afterwards", "thereafter"]
                        .iter()
                        .any(|w| self.word_is(i + 1, w));
                if as_soon_as || soon_after {
                    return None;
                }
                lit(i + 1, "FUTURE_REF")
            }
            W::These if self.lex(i + 1) == Lex::Units(Unit::Day) => lit(i + 2, "PRESENT_REF"),
            _ => None,
        }
    }

    /// "current" as a temporal adjective ("the current weakness", "its current position"): `TimeML`
    /// marks it as the present (`PRESENT_REF`); "the then current price" points to the past.
    /// Not the noun ("the current was strong") nor accounting terms ("current assets").
    fn current_adjective(&self, i: usize) -> Option<Hit> {
        let next = i + 1;
        if !self.is_word(next) || self.lex(next) != Lex::None || self.glued(next) {
            return None;
        }
        let noun = self.str(next).to_ascii_lowercase();
        // Accounting terms, and the noun "current" followed by a verb or function word.
        if matches!(
            noun.as_str(),
            "account"
                | "accounts"
                | "assets"
                | "liabilities"
                | "ratio"
                | "flows"
                | "flow"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "of"
                | "and"
                | "or"
                | "to"
                | "that"
                | "which"
        ) || noun.ends_with("ing")
        {
            return None;
        }
        if i > 0 && self.is(i - 1, W::Then) {
            return None;
        }
        lit(i + 1, "PRESENT_REF")
    }

    /// "last week", "next month", "this spring", "last Friday", "the past three months".
    pub(crate) fn relative(&self, i: usize) -> Option<Hit> {
        let w = self.w(i)?;
        let (off, anchor) = match w {
            W::This | W::Current | W::Recent | W::Latest | W::Early => (0, Anchor::Dct),
            W::Last | W::Past => (-1, Anchor::Dct),
            W::Next | W::Coming => (1, Anchor::Dct),
            W::Previous => (-1, Anchor::Reference),
            W::Following => (1, Anchor::Reference),
            W::That | W::Same => (0, Anchor::Reference),
            W::Future => {
                return match self.lex(i + 1) {
                    Lex::Units(u) if u >= Unit::Day => lit(i + 2, "FUTURE_REF"),
                    _ => None,
                };
            }
            _ => return None,
        };
        let mut j = i + 1;
        // "this coming Sunday", "this past spring"
        let mut dir = match w {
            W::Last | W::Past | W::Previous => Dir::Past,
            W::Next | W::Coming | W::Following => Dir::Future,
            _ => Dir::This,
        };
        if w == W::This && matches!(self.w(j), Some(W::Coming | W::Past)) {
            dir = if self.is(j, W::Coming) {
                Dir::Future
            } else {
                Dir::Past
            };
            j += 1;
        }
        // Durations: "the last three months", "the next few days", "recent weeks".
        if !matches!(w, W::This | W::That | W::Same | W::Current)
            && let Some((end, TimexType::Duration, sem)) = self.duration_or_shift(j)
            && !matches!(self.lex(j), Lex::W(W::A | W::An))
        {
            return Some((end, TimexType::Duration, sem));
        }
        if w == W::Early {
            return None;
        }
        let hit = self.relative_head(i, j, w, off, anchor, dir)?;
        // "the last month of the war", "the last year of his life": a part of an event, not
        // the month before the article date.
        if i > 0
            && self.is(i - 1, W::The)
            && matches!(hit.2, Sem::UnitRel(_, _, Anchor::Dct))
            && self.is(hit.0, W::Of)
            && self.num(hit.0 + 1).is_none()
        {
            return None;
        }
        Some(hit)
    }

    /// What follows "last"/"next"/"this": a unit, month, weekday, season or part of day.
    #[expect(
        clippy::many_single_char_names,
        reason = "the parsed prefix of a relative expression"
    )]
    fn relative_head(
        &self,
        i: usize,
        j: usize,
        w: W,
        off: i32,
        anchor: Anchor,
        dir: Dir,
    ) -> Option<Hit> {
        match self.lex(j) {
            Lex::Unit(unit) => self.relative_unit(i, j, w, off, anchor, unit),
            Lex::Units(unit) if matches!(w, W::Recent | W::Coming | W::Past) => {
                if matches!(
                    unit,
                    Unit::Second | Unit::Minute | Unit::Hour | Unit::Weekend
                ) {
                    return None;
                }
                // "recent weeks and months": a vague past.
                if matches!(self.w(j + 1), Some(W::And | W::Or))
                    && matches!(self.lex(j + 2), Lex::Units(_))
                {
                    let v = if w == W::Coming {
                        "FUTURE_REF"
                    } else {
                        "PAST_REF"
                    };
                    return lit(j + 3, v);
                }
                // "recent weeks", "recent months": a vague stretch of time up to now.
                if w == W::Recent && matches!(unit, Unit::Week | Unit::Month) {
                    let code = super::super::normalize::unit_code(unit).1;
                    return Some((j + 1, TimexType::Duration, Sem::Lit(format!("PX{code}"))));
                }
                lit(
                    j + 1,
                    if w == W::Coming {
                        "FUTURE_REF"
                    } else {
                        "PAST_REF"
                    },
                )
            }
            Lex::Month(_) | Lex::MonthAbbr(_)
                if matches!(w, W::Last | W::Next | W::This | W::Past | W::Coming) =>
            {
                let (end, kind, sem) = self.month_date(j, true)?;
                match sem {
                    Sem::Cal {
                        year: YearRef::Infer,
                        month,
                        day,
                        ..
                    } => Some((
                        end,
                        kind,
                        Sem::Cal {
                            year: YearRef::Infer,
                            month,
                            day,
                            dir,
                        },
                    )),
                    other => Some((end, kind, other)),
                }
            }
            Lex::Weekday(d) | Lex::WeekdayAbbr(d)
                if matches!(
                    w,
                    W::Last | W::Next | W::This | W::Past | W::Coming | W::Previous | W::Following
                ) =>
            {
                let (end, kind, sem) = self.weekday_expr(j)?;
                let dir = match w {
                    W::This if dir == Dir::This => Dir::Tense,
                    W::Previous => Dir::Before,
                    W::Following => Dir::After,
                    _ => dir,
                };
                let sem = match sem {
                    Sem::Weekday(..) => Sem::Weekday(d, dir),
                    Sem::Time { clock, pod, .. } => Sem::Time {
                        date: Some(Box::new(Sem::Weekday(d, dir))),
                        clock,
                        pod,
                    },
                    other => other,
                };
                Some((end, kind, sem))
            }
            Lex::Season(s) if matches!(w, W::That | W::Same) => Some((
                j + 1,
                TimexType::Date,
                Sem::Season(s, YearRef::Anaphoric(0)),
            )),
            Lex::Season(s) if matches!(w, W::Last | W::Next | W::This | W::Past | W::Coming) => {
                let k = if dir == Dir::Past && w == W::This {
                    0
                } else {
                    off
                };
                Some((j + 1, TimexType::Date, Sem::Season(s, YearRef::Dct(k))))
            }
            Lex::Pod(p) => self.part_of_day(i, j, w, p),
            _ => None,
        }
    }

    /// "this morning", "last night", and the story's "the next morning", "that evening".
    fn part_of_day(&self, i: usize, j: usize, w: W, p: super::lexicon::Pod) -> Option<Hit> {
        // "the next morning", "that evening": a day of the story, not of the article.
        let after_the = i > 0 && self.is(i - 1, W::The);
        let story_day = match w {
            W::Next | W::Following if after_the => Some(1),
            W::Previous if after_the => Some(-1),
            W::That | W::Same => Some(0),
            _ => None,
        };
        let date = if let Some(k) = story_day {
            Sem::UnitRel(Unit::Day, k, Anchor::Reference)
        } else {
            match (w, p) {
                (W::This, _) => Sem::DayOffset(0),
                (W::Last, super::lexicon::Pod::Night | super::lexicon::Pod::Evening) => {
                    Sem::DayOffset(-1)
                }
                _ => return None,
            }
        };
        Some((
            j + 1,
            TimexType::Time,
            Sem::Time {
                date: Some(Box::new(date)),
                clock: None,
                pod: Some(p),
            },
        ))
    }

    /// "last week", "this year", "the following day", "that quarter".
    fn relative_unit(
        &self,
        i: usize,
        j: usize,
        w: W,
        off: i32,
        anchor: Anchor,
        unit: Unit,
    ) -> Option<Hit> {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Half | Unit::Season => None,
            Unit::Day => {
                // "the next day", "the following day", "that day", "the same day"; not "last day".
                if matches!(
                    w,
                    W::Last | W::This | W::Past | W::Coming | W::Current | W::Recent | W::Latest
                ) {
                    return None;
                }
                let anchor = if w == W::Next {
                    Anchor::Reference
                } else {
                    anchor
                };
                let needs_the = matches!(w, W::Next | W::Previous | W::Following | W::Same);
                if needs_the && !(i > 0 && self.is(i - 1, W::The)) {
                    return None;
                }
                Some((j + 1, TimexType::Date, Sem::UnitRel(Unit::Day, off, anchor)))
            }
            Unit::Quarter => {
                if w == W::Latest {
                    return Some((j + 1, TimexType::Date, Sem::Quarter(0, YearRef::Dct(0))));
                }
                if anchor == Anchor::Reference && w != W::Previous && w != W::Following {
                    return Some((
                        j + 1,
                        TimexType::Date,
                        Sem::Quarter(0, YearRef::Anaphoric(0)),
                    ));
                }
                Some((
                    j + 1,
                    TimexType::Date,
                    Sem::UnitRel(Unit::Quarter, off, anchor),
                ))
            }
            _ => {
                if matches!(w, W::Recent | W::Latest) {
                    return None;
                }
                // "this week's", "last year's" are fine; "last year's third quarter" is handled by `quarter`.
                let end = if self.is(j + 1, W::Or) && self.word_is(j + 2, "so") {
                    j + 3
                } else {
                    j + 1
                };
                // "the next year" follows the story; "next year" follows the article date.
                let anchor = if w == W::Next && i > 0 && self.is(i - 1, W::The) {
                    Anchor::Reference
                } else {
                    anchor
                };
                Some((end, TimexType::Date, Sem::UnitRel(unit, off, anchor)))
            }
        }
    }

    /// Phrases about one day after "the" (at `j`): "the morning of 31 January 1965", "the week of
    /// March 6", "the day after tomorrow".
    fn the_day_phrase(&self, j: usize) -> Option<Hit> {
        match self.lex(j) {
            // "the morning of 31 January 1965", "the early morning hours of November 1, 1954":
            // a part of that day.
            Lex::Pod(_) | Lex::W(W::Early)
                if matches!(self.lex(j), Lex::Pod(_)) || matches!(self.lex(j + 1), Lex::Pod(_)) =>
            {
                let at = if self.is(j, W::Early) { j + 1 } else { j };
                let Lex::Pod(pod) = self.lex(at) else {
                    return None;
                };
                let of = if self.lex(at + 1) == Lex::Units(Unit::Hour) {
                    at + 2
                } else {
                    at + 1
                };
                if self.is(of, W::Of)
                    && let Some((
                        end,
                        TimexType::Date,
                        sem @ (Sem::Cal { day: Some(_), .. } | Sem::Ymd(..)),
                    )) = self.expr_no_ext(of + 1)
                {
                    return Some((
                        end,
                        TimexType::Time,
                        Sem::Time {
                            date: Some(Box::new(sem)),
                            clock: None,
                            pod: Some(pod),
                        },
                    ));
                }
            }
            // "the week of March 6": the week that holds that day.
            Lex::Unit(Unit::Week) if self.is(j + 1, W::Of) => {
                if let Some((
                    end,
                    TimexType::Date,
                    day @ (Sem::Cal { day: Some(_), .. } | Sem::Ymd(..)),
                )) = self.expr_no_ext(j + 2)
                {
                    return Some((end, TimexType::Date, Sem::WeekOf(Box::new(day))));
                }
            }
            // "the day after tomorrow", "the day before yesterday".
            Lex::Unit(Unit::Day)
                if (self.is(j + 1, W::After) && self.is(j + 2, W::Tomorrow))
                    || (self.is(j + 1, W::Before) && self.is(j + 2, W::Yesterday)) =>
            {
                let off = if self.is(j + 1, W::After) { 2 } else { -2 };
                return Some((j + 3, TimexType::Date, Sem::DayOffset(off)));
            }
            Lex::Unit(Unit::Day) if self.is(j + 1, W::After) || self.is(j + 1, W::Before) => {
                return self.day_before_after(j);
            }
            _ => {}
        }
        None
    }

    /// "the day before last Tuesday", "the day after Christmas": a day next to the day named
    /// after it; "the day before", "the day after" alone: next to the day the text is at. Not
    /// before an event ("the day before the vote"): which day that is, the text does not say.
    fn day_before_after(&self, j: usize) -> Option<Hit> {
        let off = if self.is(j + 1, W::After) { 1 } else { -1 };
        let k = j + 2;
        let holiday = if (self.lex(k) == Lex::HolidayWord && self.cap(k))
            || self.lex(k) == Lex::HolidayName
        {
            self.holiday(k)
        } else {
            None
        };
        if let Some((end, TimexType::Date, day)) = longest([self.expr_no_ext(k), holiday])
            && matches!(
                day,
                Sem::Cal { day: Some(_), .. }
                    | Sem::Ymd(..)
                    | Sem::Weekday(..)
                    | Sem::Holiday(..)
                    | Sem::DayOffset(_)
            )
        {
            return Some((end, TimexType::Date, Sem::DayFrom(Box::new(day), off)));
        }
        let ends_clause = k >= self.toks.len()
            || [',', '.', ';', ':', ')', '!', '?']
                .iter()
                .any(|c| self.punct(k, *c));
        ends_clause.then_some((
            k,
            TimexType::Date,
            Sem::UnitRel(Unit::Day, off, Anchor::Reference),
        ))
    }

    /// "the near future", "the near term".
    pub(crate) fn reference(&self, i: usize) -> Option<Hit> {
        match self.w(i)? {
            W::Near
                if matches!(self.w(i + 1), Some(W::Future | W::Term)) && !self.hyphen(i + 1) =>
            {
                lit(i + 2, "FUTURE_REF")
            }
            _ => None,
        }
    }

    /// Phrases that include a leading "the".
    pub(crate) fn the_phrase(&self, i: usize) -> Option<Hit> {
        let j = i + 1;
        if let Some(hit) = self.the_day_phrase(j) {
            return Some(hit);
        }
        // "on the 15th", "the 3rd at noon": a day of the month, not "the 15th century".
        if self.ordinal_number_at(j) {
            let k = j + 2;
            let ends = k >= self.toks.len()
                || [',', '.', ';', '?', '!', ')']
                    .iter()
                    .any(|c| self.punct(k, *c))
                || ["at", "and", "or", "instead", "then"]
                    .iter()
                    .any(|w| self.word_is(k, w));
            if ends && let Some((day, _)) = self.num(j) {
                let day = u8::try_from(day).ok()?;
                return Some((k, TimexType::Date, Sem::MonthDay(day)));
            }
        }
        match self.lex(j) {
            Lex::W(W::Past)
                if !matches!(self.lex(j + 1), Lex::Unit(_) | Lex::Units(_) | Lex::Card(_))
                    && self.num(j + 1).is_none()
                    && !self.is(j + 1, W::Few)
                    && !self.is(j + 1, W::Several) =>
            {
                return lit(j + 1, "PAST_REF");
            }
            Lex::W(W::Future) => return lit(j + 1, "FUTURE_REF"),
            // "the weeks ahead", "the months ahead": a vague stretch from now on.
            Lex::Units(unit)
                if self.word_is(j + 1, "ahead")
                    && matches!(
                        unit,
                        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
                    ) =>
            {
                let code = super::super::normalize::unit_code(unit).1;
                return Some((j + 2, TimexType::Duration, Sem::Lit(format!("PX{code}"))));
            }
            Lex::W(W::Full) if self.lex(j + 1) == Lex::Unit(Unit::Year) => {
                return Some((
                    j + 2,
                    TimexType::Date,
                    Sem::UnitRel(Unit::Year, 0, Anchor::Dct),
                ));
            }
            Lex::W(W::Near) => return self.reference(j),
            Lex::W(W::ShortLong) if self.is(j + 1, W::Term) && !self.hyphen(j + 1) => {
                return lit(j + 2, "FUTURE_REF");
            }
            Lex::W(W::End | W::Beginning | W::Middle) if self.is(j + 1, W::Of) => {
                let k = j + 2;
                let inner = longest([
                    if self.is(k, W::The) {
                        self.the_phrase(k)
                    } else {
                        None
                    },
                    self.expr_no_ext(k),
                ])?;
                let (end, kind, sem) = inner;
                if kind == TimexType::Date || kind == TimexType::Time {
                    return Some((end, TimexType::Date, sem));
                }
                return None;
            }
            _ => {}
        }
        let hits = [
            self.fiscal(j),
            self.latest_fiscal(j),
            self.relative(j),
            self.quarter(j),
            self.century(j),
            self.short_decade(j),
            self.decade_word(j),
            self.season(j),
            self.modified(j),
            self.the_unit(j),
            self.first_durations(j),
            self.numeric(j)
                .filter(|(_, _, s)| matches!(s, Sem::Decade(_))),
            self.duration_or_shift(j).filter(|(_, k, _)| {
                *k == TimexType::Duration && !matches!(self.lex(j), Lex::W(W::A | W::An))
            }),
        ];
        let (end, kind, sem) = longest(hits)?;
        // "the eight-year war", "the third-quarter results": "the" belongs to the noun.
        if self.hyphen(end - 2)
            && end - 1 > j
            && !matches!(self.lex(end - 1), Lex::W(W::Earlier | W::Ago | W::End))
        {
            return None;
        }
        Some((end, kind, sem))
    }

    /// "the first nine months", "the latest nine months".
    fn first_durations(&self, j: usize) -> Option<Hit> {
        if !(matches!(self.lex(j), Lex::Ord(1)) || self.is(j, W::Latest)) {
            return None;
        }
        let (end, kind, sem) = self.duration_or_shift(j + 1)?;
        (kind == TimexType::Duration).then_some((end, kind, sem))
    }

    /// "the year", "the weekend", "the year two thousand", "the week", "the month" (after "the").
    fn the_unit(&self, j: usize) -> Option<Hit> {
        let (unit, false) = self.unit_at(j)? else {
            return None;
        };
        let prev_for = j >= 2 && matches!(self.w(j - 2), Some(W::For | W::During | W::Over));
        match unit {
            Unit::Weekend => Some((
                j + 1,
                TimexType::Date,
                Sem::UnitRel(Unit::Weekend, 0, Anchor::Context),
            )),
            Unit::Year => {
                if let Some((end, y)) = self.year_number_words(j + 1) {
                    return Some((end, TimexType::Date, Sem::Year(y)));
                }
                if self.is(j + 1, W::Of) || self.hyphen(j + 1) || self.possessive(j + 1).is_some() {
                    return None;
                }
                if prev_for {
                    return Some((j + 1, TimexType::Duration, Sem::Lit("P1Y".to_owned())));
                }
                Some((
                    j + 1,
                    TimexType::Date,
                    Sem::UnitRel(Unit::Year, 0, Anchor::Context),
                ))
            }
            Unit::Quarter => Some((j + 1, TimexType::Date, Sem::Quarter(0, YearRef::Infer))),
            Unit::Week | Unit::Month => {
                if self.is(j + 1, W::Of)
                    || self.hyphen(j + 1)
                    || self.possessive(j + 1).is_some()
                    || self.is(j + 1, W::Before)
                    || self.is(j + 1, W::After)
                {
                    return None;
                }
                if prev_for {
                    return Some((
                        j + 1,
                        TimexType::Duration,
                        Sem::Lit(if unit == Unit::Week { "P1W" } else { "P1M" }.to_owned()),
                    ));
                }
                Some((
                    j + 1,
                    TimexType::Date,
                    Sem::UnitRel(unit, 0, Anchor::Context),
                ))
            }
            _ => None,
        }
    }

    /// An expression at `k` without the time-of-day extension (used inside "the end of").
    fn expr_no_ext(&self, k: usize) -> Option<Hit> {
        longest([
            self.month_date(k, true),
            self.numeric(k),
            self.relative(k),
            self.season(k),
            self.weekday_expr(k),
            self.quarter(k),
            self.deictic(k),
        ])
    }

    /// "early 2020", "mid-March", "late yesterday", "earlier this year", "mid-afternoon".
    pub(crate) fn modified(&self, i: usize) -> Option<Hit> {
        let w = self.w(i)?;
        let mut j = i + 1;
        if self.hyphen(j) {
            j += 1;
        }
        let hit = if matches!(w, W::Earlier | W::Later) {
            let in_the = if self.is(j, W::In) && self.is(j + 1, W::The) {
                match self.unit_at(j + 2) {
                    // "later in the year": the year the text is at (the article's in news).
                    Some((unit @ (Unit::Year | Unit::Month | Unit::Week), false)) => Some((
                        j + 3,
                        TimexType::Date,
                        Sem::UnitRel(unit, 0, Anchor::Context),
                    )),
                    Some((Unit::Day, false)) => Some((j + 3, TimexType::Date, Sem::DayOffset(0))),
                    _ => None,
                }
            } else {
                None
            };
            longest([
                in_the,
                self.deictic(j)
                    .filter(|(_, _, s)| !matches!(s, Sem::Lit(_))),
                self.relative(j)
                    .filter(|_| matches!(self.w(j), Some(W::This | W::Last | W::Next | W::That))),
                self.weekday_expr(j),
            ])
        } else {
            let pod = match self.lex(j) {
                Lex::Pod(p) if w != W::Mid || self.glued(j) || j == i + 1 => Some((
                    j + 1,
                    TimexType::Time,
                    Sem::Time {
                        date: None,
                        clock: None,
                        pod: Some(p),
                    },
                )),
                _ => None,
            };
            longest([
                pod,
                self.month_date(j, true),
                self.numeric(j),
                self.short_decade(j),
                self.decade_word(j),
                self.weekday_expr(j),
                self.deictic(j)
                    .filter(|(_, _, s)| !matches!(s, Sem::Lit(_))),
                self.relative(j)
                    .filter(|_| matches!(self.w(j), Some(W::This | W::Last | W::Next))),
                self.season(j),
            ])
        }?;
        // "mid-afternoon yesterday", "early morning Friday"
        if let (
            end,
            TimexType::Time,
            Sem::Time {
                date: None,
                clock: None,
                pod,
            },
        ) = &hit
        {
            let day = longest([self.deictic(*end), self.weekday_expr(*end)]);
            if let Some((e, TimexType::Date, date @ (Sem::DayOffset(_) | Sem::Weekday(..)))) = day {
                return Some((
                    e,
                    TimexType::Time,
                    Sem::Time {
                        date: Some(Box::new(date)),
                        clock: None,
                        pod: *pod,
                    },
                ));
            }
        }
        Some(hit)
    }

    /// "latest fiscal year", "current fiscal year" (after "the").
    fn latest_fiscal(&self, j: usize) -> Option<Hit> {
        let w = self.w(j)?;
        if !matches!(
            w,
            W::Latest | W::Current | W::Previous | W::Following | W::Next | W::Last | W::Past
        ) || !self.is(j + 1, W::Fiscal)
        {
            return None;
        }
        let (end, kind, sem) = self.fiscal(j + 1)?;
        let sem = match (w, sem) {
            (W::Latest | W::Past | W::Last | W::Previous, Sem::UnitRel(Unit::Year, 0, a)) => {
                Sem::UnitRel(Unit::Year, -1, a)
            }
            (W::Next | W::Following, Sem::UnitRel(Unit::Year, 0, a)) => {
                Sem::UnitRel(Unit::Year, 1, a)
            }
            (_, s) => s,
        };
        Some((end, kind, sem))
    }

    /// "fiscal 1998", "fiscal year 1998", "fiscal first quarter", "fiscal 1989's first quarter".
    pub(crate) fn fiscal(&self, i: usize) -> Option<Hit> {
        if !self.is(i, W::Fiscal) {
            return None;
        }
        let mut j = i + 1;
        if self.lex(j) == Lex::Unit(Unit::Year) {
            j += 1;
            if let Some(y) = self.year_at(j) {
                return Some((j + 1, TimexType::Date, Sem::Year(y)));
            }
            return Some((j, TimexType::Date, Sem::UnitRel(Unit::Year, 0, Anchor::Dct)));
        }
        if let Some(q) = self.quarter(j) {
            return Some(q);
        }
        if let Some((n, len)) = self.num(j) {
            let y = match len {
                4 => self.year_at(j)?,
                2 => {
                    if n > 30 {
                        1900 + int(n)
                    } else {
                        2000 + int(n)
                    }
                }
                _ => return None,
            };
            return Some((j + 1, TimexType::Date, Sem::Year(y)));
        }
        None
    }

    /// Quarters and halves: "third quarter", "the 1988 third quarter", "last year's fourth quarter",
    /// "the year-ago quarter", "the latest period", "the first half of 1989".
    pub(crate) fn quarter(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let mut year = YearRef::Infer;
        let mut qualified = false;
        let latest = self.is(i, W::Latest);
        if let Some(y) = self.year_at(j) {
            year = YearRef::Abs(y);
            j += 1;
            if let Some(k) = self.possessive(j) {
                j = k;
            }
            qualified = true;
        } else if matches!(self.w(j), Some(W::This | W::Last | W::Next))
            && self.lex(j + 1) == Lex::Unit(Unit::Year)
            && let Some(k) = self.possessive(j + 2)
        {
            year = YearRef::Dct(match self.w(j) {
                Some(W::Last) => -1,
                Some(W::Next) => 1,
                _ => 0,
            });
            j = k;
            qualified = true;
        } else if self.lex(j) == Lex::Unit(Unit::Year)
            && self.hyphen(j + 1)
            && matches!(self.w(j + 2), Some(W::Ago | W::Earlier))
        {
            year = YearRef::Anaphoric(-1);
            j += 3;
            qualified = true;
        }
        while let Some(w) = self.w(j) {
            match w {
                W::Current | W::Fiscal | W::Latest | W::Comparable | W::Same => {}
                _ => break,
            }
            qualified = true;
            j += 1;
            if let Some(y) = self.year_at(j) {
                year = YearRef::Abs(y);
                j += 1;
            }
            if self.lex(j) == Lex::Unit(Unit::Year)
                && self.hyphen(j + 1)
                && matches!(self.w(j + 2), Some(W::Ago | W::Earlier))
            {
                year = YearRef::Anaphoric(-1);
                j += 3;
            }
        }
        // Ordinal part
        let (q, half, k) = match self.lex(j) {
            Lex::Ord(n @ 1..=4) => {
                let k = if self.hyphen(j + 1) { j + 2 } else { j + 1 };
                match self.lex(k) {
                    Lex::Unit(Unit::Quarter) => (n as u8, false, k + 1),
                    Lex::W(W::HalfWord) if n <= 2 => (n as u8, true, k + 1),
                    _ => return None,
                }
            }
            Lex::W(W::Last) if self.is(j + 1, W::HalfWord) => (2, true, j + 2),
            Lex::Unit(Unit::Quarter) if qualified || (j > 0 && self.is(j - 1, W::The)) => {
                (0, false, j + 1)
            }
            Lex::W(W::Period) if qualified && !self.word_is(j, "periods") => (0, false, j + 1),
            _ => {
                let (n, 1) = self.num(j)? else { return None };
                if !(1..=4).contains(&n) || !self.is(j + 1, W::OrdSuffix) || !self.glued(j + 1) {
                    return None;
                }
                let k = if self.hyphen(j + 2) { j + 3 } else { j + 2 };
                if self.lex(k) != Lex::Unit(Unit::Quarter) {
                    return None;
                }
                (n as u8, false, k + 1)
            }
        };
        let mut end = k;
        // "of 1990", "of this year", "of fiscal 1990", "last year", "a year ago"
        if self.is(end, W::Of) {
            if let Some(y) = self.year_at(end + 1) {
                year = YearRef::Abs(y);
                end += 2;
            } else if self.is(end + 1, W::Fiscal) && self.year_at(end + 2).is_some() {
                year = YearRef::Abs(self.year_at(end + 2).unwrap_or_default());
                end += 3;
            } else if let Some((Sem::UnitRel(Unit::Year, off, Anchor::Dct), e)) =
                self.relative(end + 1).map(|(e, _, s)| (s, e))
            {
                year = YearRef::Dct(off);
                end = e;
            }
        } else if let Some(y) = self.year_at(end) {
            year = YearRef::Abs(y);
            end += 1;
        } else if self.is(end, W::Last) && self.lex(end + 1) == Lex::Unit(Unit::Year) {
            year = if q == 0 {
                YearRef::Anaphoric(-1)
            } else {
                YearRef::Dct(-1)
            };
            end += 2;
        } else if self.is(end, W::A)
            && self.lex(end + 1) == Lex::Unit(Unit::Year)
            && matches!(self.w(end + 2), Some(W::Ago | W::Earlier))
        {
            year = YearRef::Anaphoric(-1);
            end += 3;
        }
        if half {
            return Some((end, TimexType::Date, Sem::Half(q, year)));
        }
        if latest && q == 0 && year == YearRef::Infer {
            // "the latest quarter": the last completed one, not the one under discussion.
            year = YearRef::Dct(0);
        }
        Some((end, TimexType::Date, Sem::Quarter(q, year)))
    }

    /// "summer", "the winter of 1994", "spring 2020" (ambiguous "fall" needs a cue).
    pub(crate) fn season(&self, i: usize) -> Option<Hit> {
        let Lex::Season(s) = self.lex(i) else {
            return None;
        };
        let prev = if i > 0 { self.w(i - 1) } else { None };
        let cue = matches!(
            prev,
            Some(
                W::The
                    | W::This
                    | W::Last
                    | W::Next
                    | W::Early
                    | W::Late
                    | W::In
                    | W::Of
                    | W::During
                    | W::Since
                    | W::Through
                    | W::By
                    | W::Mid
                    | W::Past
                    | W::Coming
            )
        );
        let mut end = i + 1;
        let mut year = YearRef::Infer;
        let k = if self.is(end, W::Of) { end + 1 } else { end };
        if let Some((e, y)) = self.year_number_words(k) {
            year = YearRef::Abs(y);
            end = e;
        }
        if year == YearRef::Infer {
            if !cue {
                return None;
            }
            // "the fall of the Berlin Wall", "a fall in prices", "spring water".
            if s == Season::Fall
                && (self.is(end, W::Of)
                    || self.is(end, W::In)
                    || !matches!(
                        prev,
                        Some(
                            W::This
                                | W::Last
                                | W::Next
                                | W::Early
                                | W::Late
                                | W::The
                                | W::In
                                | W::Past
                                | W::Coming
                                | W::During
                                | W::Since
                                | W::Mid
                        )
                    ))
            {
                return None;
            }
            if self.is(end, W::Of)
                || (self.is_word(end)
                    && self.lex(end) == Lex::None
                    && !self.cap(end)
                    && prev == Some(W::The))
            {
                return None;
            }
        }
        Some((end, TimexType::Date, Sem::Season(s, year)))
    }
}
