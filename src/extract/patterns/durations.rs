//! Durations ("two weeks", "a decade", "10-year"), shifts ("two years ago", "a year earlier")
//! and sets ("every Monday", "annually").

use super::lexicon::{Lex, Unit, W};
use super::{Hit, Scanner};
use crate::extract::normalize::{pod_code, unit_code};
use crate::extract::sem::{Anchor, Sem};
use crate::extract::timex::TimexType;

/// A count of units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    /// An exact number.
    N(u32),
    /// A number and a half ("2 1/2", "one and a half").
    Half(u32),
    /// "a few", "several", "many".
    Vague,
}

impl Count {
    /// The ISO 8601 number part (`X` when vague).
    pub(crate) fn iso(self) -> String {
        match self {
            Self::N(n) => n.to_string(),
            Self::Half(n) => format!("{n}.5"),
            Self::Vague => "X".to_owned(),
        }
    }
}

/// TIMEX3 duration value for `count` units.
pub(crate) fn duration_value(count: Count, unit: Unit) -> String {
    let (t, code) = unit_code(unit);
    let t = if t { "T" } else { "" };
    // Decades, centuries and millennia are counted in years ("a decade" is P10Y), as the
    // TimeML guidelines write them; only a vague count keeps the unit ("decades" is PXE).
    let years = match unit {
        Unit::Decade => 10,
        Unit::Century => 100,
        Unit::Millennium => 1000,
        _ => 0,
    };
    match (count, unit) {
        (Count::N(n), Unit::Decade | Unit::Century | Unit::Millennium) => {
            format!("P{}Y", u64::from(n).saturating_mul(years))
        }
        (Count::Half(n), Unit::Decade | Unit::Century | Unit::Millennium) => {
            format!("P{}Y", u64::from(n).saturating_mul(years) + years / 2)
        }
        (Count::Half(n), Unit::Minute) => format!("PT{n}M30S"),
        (Count::Half(n), Unit::Hour) => format!("PT{n}H30M"),
        (Count::Half(n), Unit::Year) => format!("P{n}Y6M"),
        (Count::Half(n), Unit::Day) => format!("P{n}DT12H"),
        _ => format!("P{t}{}{code}", count.iso()),
    }
}

impl Scanner<'_> {
    /// A unit at `i` (singular or plural), reading "second" as a unit.
    pub(crate) fn unit_at(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit(u) => Some((u, false)),
            Lex::Units(u) => Some((u, true)),
            Lex::Ord(2) if self.word_is(i, "second") => Some((Unit::Second, false)),
            _ => None,
        }
    }

    /// A number in digits or words at `i`; returns (next index, count).
    pub(crate) fn number(&self, i: usize) -> Option<(usize, Count)> {
        if let Some((n, len)) = self.num(i) {
            let mut n = n;
            let mut j = i + 1;
            // 1,000
            while len <= 3
                && self.punct(j, ',')
                && self.glued(j)
                && self.glued(j + 1)
                && let Some((m, 3)) = self.num(j + 1)
            {
                n = n.saturating_mul(1000).saturating_add(m);
                j += 2;
            }
            // 2 1/2
            if let Some((1, 1)) = self.num(j)
                && self.punct(j + 1, '/')
                && let Some((2, 1)) = self.num(j + 2)
            {
                return Some((j + 3, Count::Half(n)));
            }
            if self.glued(j)
                && (self.punct(j, '.') || self.punct(j, ':') || self.punct(j, '/'))
                && self.num(j + 1).is_some()
            {
                return None;
            }
            return Some((j, Count::N(n)));
        }
        match self.lex(i) {
            Lex::Card(n) => Some(self.card_words(i, n)),
            Lex::W(W::A | W::An) => match self.lex(i + 1) {
                Lex::W(W::Few) => Some((i + 2, Count::Vague)),
                Lex::W(W::Couple) if self.is(i + 2, W::Of) => Some((i + 3, Count::N(2))),
                Lex::Card(12) => Some((i + 2, Count::N(12))),
                Lex::W(W::Hundred) => Some((i + 2, Count::N(100))),
                Lex::W(W::Thousand) => Some((i + 2, Count::N(1000))),
                _ => Some((i + 1, Count::N(1))),
            },
            Lex::W(W::Few | W::Several | W::Many) => Some((i + 1, Count::Vague)),
            Lex::W(W::Couple) if self.is(i + 1, W::Of) => Some((i + 2, Count::N(2))),
            _ => None,
        }
    }

    /// Cardinal number words starting with value `n` at `i`.
    #[expect(
        clippy::many_single_char_names,
        reason = "token indices and number parts"
    )]
    fn card_words(&self, i: usize, n: u32) -> (usize, Count) {
        let mut j = i + 1;
        let mut v = n;
        if (20..=90).contains(&n) && n.is_multiple_of(10) {
            let k = if self.hyphen(j) { j + 1 } else { j };
            if let Lex::Card(u @ 1..=9) = self.lex(k) {
                v += u;
                j = k + 1;
            }
        }
        if self.is(j, W::Hundred) {
            v *= 100;
            j += 1;
        } else if self.is(j, W::Thousand) {
            v *= 1000;
            j += 1;
        }
        if self.is(j, W::And) && self.is(j + 1, W::A) && self.is(j + 2, W::HalfWord) {
            return (j + 3, Count::Half(v));
        }
        (j, Count::N(v))
    }

    /// "two weeks", "10-year", "a decade", "two years ago", "a year earlier", "12 to 18 months".
    pub(crate) fn duration_or_shift(&self, i: usize) -> Option<Hit> {
        let (j, count) = self.number(i)?;
        // Range "12 to 18 months", "two or three years".
        let (j, count) = if matches!(self.w(j), Some(W::To | W::Or))
            && let Some((k, c2)) = self.number(j + 1)
            && self.unit_at(k).is_some()
            && !matches!(self.lex(j + 1), Lex::W(W::A | W::An))
        {
            (k, c2)
        } else {
            (j, count)
        };
        let a_word = matches!(self.lex(i), Lex::W(W::A | W::An));
        if a_word
            && let Some((k, c)) = self.number(i + 1)
            && self.hyphen(k)
            && self.unit_at(k + 1).is_some()
            && matches!(self.w(k + 2), Some(W::Period | W::Term))
        {
            let (unit, _) = self.unit_at(k + 1)?;
            return Some((
                k + 3,
                TimexType::Duration,
                Sem::Lit(duration_value(c, unit)),
            ));
        }
        // Compound adjective: "two-year", "8-month-old".
        if self.hyphen(j)
            && let Some((unit, false)) = self.unit_at(j + 1)
        {
            if a_word || matches!(unit, Unit::Quarter | Unit::Half) {
                return None;
            }
            let mut end = j + 2;
            // An age ("a 40-year-old man", "6-year-old Elian") is no temporal expression.
            if self.hyphen(end) && self.is(end + 1, W::Old) {
                return None;
            }
            // "a three-year period", "a one-year term"
            if matches!(self.w(end), Some(W::Period | W::Term))
                && (i == 0 || !self.is(i - 1, W::The))
            {
                end += 1;
            }
            return Some((
                end,
                TimexType::Duration,
                Sem::Lit(duration_value(count, unit)),
            ));
        }
        let extra = ["more", "additional", "extra", "further"]
            .iter()
            .any(|w| self.word_is(j, w));
        let u = if (self.is(j, W::DayKind) && self.lex(j + 1) == Lex::Units(Unit::Day))
            || (extra && self.unit_at(j + 1).is_some())
        {
            // "five business days", "20 more years", "an additional year"
            j + 1
        } else {
            j
        };
        let (unit, plural) = self.unit_at(u)?;
        if a_word && matches!(unit, Unit::Quarter | Unit::Half | Unit::Second) {
            return None;
        }
        if let Count::N(n) = count
            && n > 1
            && !plural
            && !matches!(self.lex(i), Lex::Card(_))
        {
            // "10 year" without hyphen is unusual; still a duration ("a five year low").
        }
        let mut end = u + 1;
        if self.hyphen(end) {
            // "a year-earlier quarter": the unit starts a compound of its own.
            return None;
        }
        let mut count = count;
        if self.is(end, W::And) && self.is(end + 1, W::A) && self.is(end + 2, W::HalfWord) {
            if let Count::N(n) = count {
                count = Count::Half(n);
            }
            end += 3;
        }
        if self.is(end, W::Or) && self.word_is(end + 1, "so") {
            end += 2;
        }
        let shift = |sign: i32, anchor: Anchor| {
            let n = match count {
                Count::N(n) => Some(n),
                Count::Half(_) | Count::Vague => None,
            };
            Sem::Shift(unit, n, sign, anchor)
        };
        match self.w(end) {
            Some(W::Ago) => return Some((end + 1, TimexType::Date, shift(-1, Anchor::Dct))),
            Some(W::Earlier) => {
                return Some((end + 1, TimexType::Date, shift(-1, Anchor::Reference)));
            }
            Some(W::Later) => return Some((end + 1, TimexType::Date, shift(1, Anchor::Reference))),
            Some(W::Hence) => return Some((end + 1, TimexType::Date, shift(1, Anchor::Dct))),
            Some(W::From) if self.is(end + 1, W::Now) => {
                return Some((end + 2, TimexType::Date, shift(1, Anchor::Dct)));
            }
            _ => {}
        }
        // Ages ("52 years old") are not annotated as durations.
        if unit == Unit::Weekend || self.is(end, W::Old) {
            return None;
        }
        Some((
            end,
            TimexType::Duration,
            Sem::Lit(duration_value(count, unit)),
        ))
    }

    /// Sets: "every Monday", "each year", "annually", "a year" after an amount.
    pub(crate) fn set(&self, i: usize) -> Option<Hit> {
        match self.w(i)? {
            W::Every | W::Each => self.every(i),
            W::Annually | W::Daily | W::Weekly | W::Monthly | W::Hourly | W::Quarterly => {
                if !self.str(i).to_ascii_lowercase().ends_with("ly") {
                    return None;
                }
                // "$5 billion annually" is a rate, not a set.
                if i > 0
                    && (self.num(i - 1).is_some()
                        || matches!(
                            self.str(i - 1).to_ascii_lowercase().as_str(),
                            "million" | "billion" | "trillion" | "percent" | "%"
                        ))
                {
                    return None;
                }
                // Adjective before a noun ("a weekly magazine") is not a timex.
                if self.is_word(i + 1) && self.lex(i + 1) == Lex::None && !self.cap(i + 1) {
                    return None;
                }
                let v = match self.w(i)? {
                    W::Annually => "P1Y",
                    W::Daily => "P1D",
                    W::Weekly => "P1W",
                    W::Monthly => "P1M",
                    W::Hourly => "PT1H",
                    _ => "P3M",
                };
                Some((i + 1, TimexType::Set, Sem::Lit(v.to_owned())))
            }
            W::A | W::An | W::Per => {
                let (unit, false) = self.unit_at(i + 1)? else {
                    return None;
                };
                if matches!(
                    unit,
                    Unit::Quarter | Unit::Half | Unit::Second | Unit::Weekend
                ) {
                    return None;
                }
                // "twice a year"; amounts ("$1.76 a year") are rates, not annotated as sets.
                let prev_amount = i > 0
                    && matches!(
                        self.str(i - 1).to_ascii_lowercase().as_str(),
                        "times" | "twice" | "once"
                    );
                if !prev_amount || matches!(self.w(i + 2), Some(W::Ago | W::Earlier | W::Later)) {
                    return None;
                }
                Some((
                    i + 2,
                    TimexType::Set,
                    Sem::Lit(duration_value(Count::N(1), unit)),
                ))
            }
            _ => None,
        }
    }

    /// "every Monday", "each July", "every two years", "every other week".
    fn every(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        let mut step = 1;
        if self.is(j, W::Other) {
            step = 2;
            j += 1;
        }
        match self.lex(j) {
            Lex::Weekday(d) => {
                if let Lex::Pod(p) | Lex::Pods(p) = self.lex(j + 1) {
                    return Some((
                        j + 2,
                        TimexType::Set,
                        Sem::Lit(format!("XXXX-WXX-{d}{}", pod_code(p))),
                    ));
                }
                Some((j + 1, TimexType::Set, Sem::Lit(format!("XXXX-WXX-{d}"))))
            }
            Lex::Month(m) => Some((j + 1, TimexType::Set, Sem::Lit(format!("XXXX-{m:02}")))),
            Lex::Pod(p) => Some((
                j + 1,
                TimexType::Set,
                Sem::Lit(format!("XXXX-XX-XX{}", pod_code(p))),
            )),
            _ => {
                if let Some((unit, false)) = self.unit_at(j) {
                    return Some((
                        j + 1,
                        TimexType::Set,
                        Sem::Lit(duration_value(Count::N(step), unit)),
                    ));
                }
                let (k, count) = self.number(j)?;
                let (unit, _) = self.unit_at(k)?;
                Some((k + 1, TimexType::Set, Sem::Lit(duration_value(count, unit))))
            }
        }
    }

    /// Expressions that start with a unit word: "year-end", "year-ago", bare plurals ("for years").
    pub(crate) fn unit_start(&self, i: usize) -> Option<Hit> {
        let (unit, plural) = self.unit_at(i)?;
        if !plural && unit == Unit::Year {
            let j = if self.hyphen(i + 1) {
                i + 2
            } else if let Some(k) = self.possessive(i + 1) {
                k
            } else {
                i + 1
            };
            match self.w(j) {
                Some(W::End) => {
                    return Some((
                        j + 1,
                        TimexType::Date,
                        Sem::UnitRel(Unit::Year, 0, Anchor::Dct),
                    ));
                }
                Some(W::Ago | W::Earlier) if j == i + 2 => {
                    return Some((
                        j + 1,
                        TimexType::Date,
                        Sem::Shift(Unit::Year, Some(1), -1, Anchor::Reference),
                    ));
                }
                _ => {}
            }
            return None;
        }
        if !plural || i == 0 {
            return None;
        }
        if matches!(
            self.w(i - 1),
            Some(W::For | W::In | W::Over | W::Within | W::During)
        ) && !self.is(i + 1, W::Ago)
            && !self.is(i + 1, W::Of)
        {
            return Some((
                i + 1,
                TimexType::Duration,
                Sem::Lit(duration_value(Count::Vague, unit)),
            ));
        }
        None
    }
}
