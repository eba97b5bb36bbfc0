//! Clock times: "3:45 p.m.", "10 p.m. EST", "noon", "midnight", "15:30 GMT".

use super::lexicon::{Lex, Pod, Unit, W};
use super::{Hit, Scanner};
use crate::extract::sem::Sem;
use crate::extract::timex::TimexType;

/// Before/after noon marker.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Meridiem {
    Am,
    Pm,
}

impl Scanner<'_> {
    /// "a.m." / "p.m." / "am" / "PM" at `k`; returns the marker and the index after it.
    fn meridiem(&self, k: usize) -> Option<(Meridiem, usize)> {
        let first = self.str(k);
        let m = if first.eq_ignore_ascii_case("a") {
            Meridiem::Am
        } else if first.eq_ignore_ascii_case("p") {
            Meridiem::Pm
        } else if first.eq_ignore_ascii_case("am") {
            // A dot after "am" ends the sentence ("from 11:30 am.").
            return Some((Meridiem::Am, k + 1));
        } else if first.eq_ignore_ascii_case("pm") {
            return Some((Meridiem::Pm, k + 1));
        } else {
            return None;
        };
        if self.punct(k + 1, '.')
            && self.glued(k + 1)
            && self.word_is(k + 2, "m")
            && self.glued(k + 2)
        {
            return Some((m, self.skip_dot(k + 3)));
        }
        None
    }

    /// A clock time at `i`, with an optional time zone.
    pub(crate) fn clock(&self, i: usize) -> Option<Hit> {
        let (h, m, end) = match self.w(i) {
            Some(W::Noon) => (12, 0, i + 1),
            Some(W::Midnight) => (24, 0, i + 1),
            _ => self.clock_digits(i).or_else(|| self.clock_words(i))?,
        };
        let mut end = end;
        if self.is(end, W::Zone) {
            end += 1;
        }
        Some((
            end,
            TimexType::Time,
            Sem::Time {
                date: None,
                clock: Some((h, m)),
                pod: None,
            },
        ))
    }

    /// "3:45 p.m.", "10 p.m.", "15:30", "3 o'clock".
    fn clock_digits(&self, i: usize) -> Option<(u8, u8, usize)> {
        let (h, hlen) = self.num(i)?;
        if hlen > 2 || h > 24 {
            return None;
        }
        let mut j = i + 1;
        let mut minute = None;
        if self.punct(j, ':')
            && self.glued(j)
            && self.glued(j + 1)
            && let Some((m, 2)) = self.num(j + 1)
        {
            if m > 59 {
                return None;
            }
            minute = Some(m);
            j += 2;
            // seconds
            if self.punct(j, ':') && self.glued(j) && matches!(self.num(j + 1), Some((_, 2))) {
                j += 2;
            }
        }
        if let Some((mer, end)) = self.meridiem(j) {
            if h == 0 || h > 12 {
                return None;
            }
            let hour = match (mer, h) {
                (Meridiem::Am, 12) => 0,
                (Meridiem::Pm, h) if h < 12 => h + 12,
                (_, h) => h,
            };
            return Some((hour as u8, minute.unwrap_or(0) as u8, end));
        }
        // "3 o'clock"
        if self.word_is(j, "o")
            && (self.punct(j + 1, '\'') || self.punct(j + 1, '\u{2019}'))
            && self.word_is(j + 2, "clock")
        {
            return Some((h as u8, minute.unwrap_or(0) as u8, j + 3));
        }
        // "at 8 tonight", "at 7 tomorrow morning": an hour alone is a time when a day follows.
        if minute.is_none() && (1..=12).contains(&h) && i > 0 && self.is(i - 1, W::At) {
            let day = self.deictic(j).or_else(|| self.weekday_expr(j));
            if day.is_some_and(|(_, _, sem)| !matches!(sem, Sem::Lit(_))) {
                return Some((h as u8, 0, j));
            }
        }
        // 24-hour "15:30" only with a cue before or a zone after.
        let m = minute?;
        let cue_before = i > 0
            && matches!(
                self.w(i - 1),
                Some(
                    W::At
                        | W::By
                        | W::Through
                        | W::From
                        | W::Approx
                        | W::Before
                        | W::After
                        | W::Since
                )
            );
        if h <= 23 && (cue_before || self.is(j, W::Zone)) {
            return Some((h as u8, m as u8, j));
        }
        None
    }
}

impl Scanner<'_> {
    /// "half past four", "a quarter to seven", "seven o'clock": clock times in words.
    fn clock_words(&self, i: usize) -> Option<(u8, u8, usize)> {
        let hour_at = |k: usize| -> Option<u8> {
            let h = match self.lex(k) {
                Lex::Card(h) => h,
                _ => self.num(k).filter(|(_, len)| *len <= 2)?.0,
            };
            u8::try_from(h).ok().filter(|h| (1..=12).contains(h))
        };
        // "seven o'clock"
        if matches!(self.lex(i), Lex::Card(_))
            && let Some(h) = hour_at(i)
            && self.word_is(i + 1, "o")
            && (self.punct(i + 2, '\'') || self.punct(i + 2, '\u{2019}'))
            && self.word_is(i + 3, "clock")
        {
            return Some((h, 0, i + 4));
        }
        let j = if self.is(i, W::A) { i + 1 } else { i };
        let minutes = match self.lex(j) {
            Lex::W(W::HalfWord) if j == i => 30,
            Lex::Unit(Unit::Quarter) => 15,
            _ => return None,
        };
        let to = self.word_is(j + 1, "to") || self.word_is(j + 1, "till");
        if !(to || self.word_is(j + 1, "past") || self.word_is(j + 1, "after")) {
            return None;
        }
        let h = hour_at(j + 2)?;
        if self.is_word(j + 3) && self.lex(j + 3) == Lex::None {
            return None;
        }
        Some(if to {
            (if h == 1 { 12 } else { h - 1 }, 60 - minutes, j + 3)
        } else {
            (h, minutes, j + 3)
        })
    }

    /// Extends a clock time at `i..end` with a following day: "10 p.m. Wednesday",
    /// "5 p.m. EST, Nov. 6", "noon Thursday", "3:45 p.m. yesterday".
    pub(crate) fn extend_time(&self, i: usize, end: usize) -> Option<Hit> {
        let (
            clock_end,
            TimexType::Time,
            Sem::Time {
                date: None,
                clock: Some(clock),
                ..
            },
        ) = self.clock(i)?
        else {
            return None;
        };
        if clock_end != end {
            return None;
        }
        let k = if self.punct(end, ',') { end + 1 } else { end };
        let day = [
            self.weekday_expr(k),
            self.month_date(k, false),
            self.deictic(k),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|(e, _, _)| *e)?;
        let (e, _, date) = day;
        // "8 tonight", "7 tomorrow morning", "4:30 Friday afternoon": the part of the day
        // says which half of the clock.
        let (date, pod) = match date {
            Sem::Time {
                date: Some(date),
                clock: None,
                pod,
            } => (*date, pod),
            date => (date, None),
        };
        if matches!(date, Sem::Lit(_)) || matches!(date, Sem::Cal { day: None, .. }) {
            return None;
        }
        let afternoon = matches!(pod, Some(Pod::Afternoon | Pod::Evening | Pod::Night));
        let clock = if afternoon && (1..12).contains(&clock.0) {
            (clock.0 + 12, clock.1)
        } else {
            clock
        };
        Some((
            e,
            TimexType::Time,
            Sem::Time {
                date: Some(Box::new(date)),
                clock: Some(clock),
                pod: None,
            },
        ))
    }
}
