//! Clock times: "3:45 p.m.", "10 p.m. EST", "noon", "midnight", "15:30 GMT".

use super::lexicon::W;
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
            _ => self.clock_digits(i)?,
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
        .filter(|(_, kind, _)| *kind == TimexType::Date)
        .max_by_key(|(e, _, _)| *e)?;
        let (e, _, date) = day;
        if matches!(date, Sem::Lit(_)) || matches!(date, Sem::Cal { day: None, .. }) {
            return None;
        }
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
