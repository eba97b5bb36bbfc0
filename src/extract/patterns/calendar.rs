//! Calendar expressions: month names with days and years, numeric dates, bare years,
//! decades, centuries, weekdays and years written in words.

use super::lexicon::{Lex, Unit, W};
use super::{Hit, Scanner, int};
use crate::extract::sem::{Dir, Sem, YearRef};
use crate::extract::timex::TimexType;

/// Words before a bare month name that make it a month ("in May", not "May I").
fn licenses_month(w: Option<W>) -> bool {
    matches!(
        w,
        Some(
            W::In
                | W::Of
                | W::Since
                | W::Through
                | W::By
                | W::From
                | W::During
                | W::Last
                | W::Next
                | W::This
                | W::Early
                | W::Late
                | W::Mid
                | W::Between
                | W::And
                | W::Or
                | W::To
                | W::Before
                | W::After
                | W::Ended
                | W::Each
                | W::Every
        )
    )
}

/// A calendar date resolved by the tense of its clause ("on March 5" after a past verb: last March).
fn tense_cal(year: YearRef, month: u8, day: Option<u8>) -> Sem {
    Sem::Cal {
        year,
        month,
        day,
        dir: Dir::Tense,
    }
}

impl Scanner<'_> {
    /// A plausible year number at `i`: four digits, 1000..=2099, not part of a bigger number.
    pub(crate) fn year_at(&self, i: usize) -> Option<i32> {
        let (n, len) = self.num(i)?;
        if len != 4 || !(1000..=2099).contains(&n) {
            return None;
        }
        // "1,990" or "19.90" or "1990.5": part of a longer number.
        let glued_num_before = i >= 2
            && self.glued(i)
            && (self.punct(i - 1, ',') || self.punct(i - 1, '.'))
            && self.num(i - 2).is_some();
        let glued_num_after = self.glued(i + 1)
            && (self.punct(i + 1, ',') || self.punct(i + 1, '.') || self.punct(i + 1, ':'))
            && self.glued(i + 2)
            && self.num(i + 2).is_some();
        let money_before = i >= 1
            && (self.punct(i - 1, '$') || self.punct(i - 1, '#') || self.punct(i - 1, '\u{a3}'));
        let unit_after = self.punct(i + 1, '%') || self.num(i + 1).is_some();
        if glued_num_before || glued_num_after || money_before || unit_after {
            return None;
        }
        Some(int(n))
    }

    /// A year of an era at `i`: "44 BC", "44 B.C.", "800 AD"; returns (astronomical year, next index).
    fn era_year_at(&self, i: usize) -> Option<(i32, usize)> {
        let (n, len) = self.num(i)?;
        if len > 4 {
            return None;
        }
        let y = int(n);
        if (self.is(i + 1, W::Bc) || self.is(i + 1, W::Ad)) && self.cap(i + 1) {
            let year = if self.is(i + 1, W::Bc) { 1 - y } else { y };
            return Some((year, i + 2));
        }
        if self.word_is(i + 1, "b")
            && self.punct(i + 2, '.')
            && self.word_is(i + 3, "c")
            && self.glued(i + 3)
            && self.punct(i + 4, '.')
        {
            return Some((1 - y, i + 5));
        }
        None
    }

    /// A day of month at `i` ("6", "6th"); returns (day, next index).
    /// A day number with its ordinal suffix at `i` ("5th", "21st").
    pub(crate) fn ordinal_number_at(&self, i: usize) -> bool {
        self.num(i)
            .is_some_and(|(n, len)| len <= 2 && (1..=31).contains(&n))
            && self.is(i + 1, W::OrdSuffix)
            && self.glued(i + 1)
    }

    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        if let Lex::Ord(n) = self.lex(i)
            && (1..=31).contains(&n)
        {
            return Some((n as u8, i + 1));
        }
        // "twenty-first"
        if let Lex::Card(t @ (20 | 30)) = self.lex(i)
            && self.hyphen(i + 1)
            && let Lex::Ord(u @ 1..=9) = self.lex(i + 2)
            && t + u <= 31
        {
            return Some(((t + u) as u8, i + 3));
        }
        let (n, len) = self.num(i)?;
        if len > 2 || !(1..=31).contains(&n) {
            return None;
        }
        let mut j = i + 1;
        if self.is(j, W::OrdSuffix) && self.glued(j) {
            j += 1;
        }
        // "6:30" is a time, "6.5" a number, "6,000" a number.
        if self.glued(j)
            && (self.punct(j, ':') || self.punct(j, '.') || self.punct(j, ','))
            && self.glued(j + 1)
            && self.num(j + 1).is_some()
        {
            return None;
        }
        Some((n as u8, j))
    }

    /// Month name followed by an optional day and year; `licensed` when a preceding modifier
    /// already makes a bare month name a date.
    pub(crate) fn month_date(&self, i: usize, licensed: bool) -> Option<Hit> {
        let (month, abbr) = match self.lex(i) {
            Lex::Month(m) => (m, false),
            Lex::MonthAbbr(m) => (m, true),
            _ => return None,
        };
        let mut j = i + 1;
        if abbr {
            let dotted = self.punct(j, '.') && self.glued(j);
            if dotted {
                j += 1;
            }
            // "jan 20th", "oct 3" as people type them; "mar 5" and "may 5" only with "th".
            let typed = self.ordinal_number_at(j)
                || (!matches!(month, 3 | 5) && self.day_at(j).is_some_and(|(_, k)| k == j + 1));
            if !dotted
                && !((self.cap(i) || typed)
                    && (self.day_at(j).is_some()
                        || self.year_at(j).is_some()
                        || self.era_year_at(j).is_some()))
            {
                return None;
            }
            if !self.cap(i) && !typed {
                return None;
            }
        } else if self.glued(j) && self.punct(j, '.') && self.is_word(j + 1) && self.glued(j + 1) {
            return None;
        }
        // Month [,|of] year of an era: "March 44 BC"
        let mut k = j;
        if self.punct(k, ',') || self.is(k, W::Of) {
            k += 1;
        }
        if let Some((year, end)) = self.era_year_at(k) {
            return Some((
                end,
                TimexType::Date,
                tense_cal(YearRef::Abs(year), month, None),
            ));
        }
        // Month day [,] year
        if let Some((day, k)) = self.day_at(j) {
            let mut k2 = k;
            if self.punct(k2, ',') {
                k2 += 1;
            }
            if let Some((year, end)) = self.era_year_at(k2) {
                return Some((
                    end,
                    TimexType::Date,
                    tense_cal(YearRef::Abs(year), month, Some(day)),
                ));
            }
            let mut k2 = k;
            if self.punct(k2, ',') {
                k2 += 1;
            }
            if let Some(y) = self.year_at(k2) {
                return Some((
                    k2 + 1,
                    TimexType::Date,
                    tense_cal(YearRef::Abs(y), month, Some(day)),
                ));
            }
            if let Some((end, year)) = self.year_suffix(k) {
                return Some((end, TimexType::Date, tense_cal(year, month, Some(day))));
            }
            // "May 5" needs a capital; "march 5" is likely a verb in lower case text, "march
            // 5th" is not.
            if !self.cap(i) && matches!(month, 3 | 5) && !self.ordinal_number_at(j) {
                return None;
            }
            return Some((
                k,
                TimexType::Date,
                tense_cal(YearRef::Infer, month, Some(day)),
            ));
        }
        // Month [,|of] year
        let mut k = j;
        if self.punct(k, ',') || self.is(k, W::Of) {
            k += 1;
        }
        if let Some(y) = self.year_at(k) {
            return Some((
                k + 1,
                TimexType::Date,
                tense_cal(YearRef::Abs(y), month, None),
            ));
        }
        if let Some((e, _, Sem::Year(y))) = self.year_words(k) {
            return Some((e, TimexType::Date, tense_cal(YearRef::Abs(y), month, None)));
        }
        self.bare_month(i, j, month, licensed)
    }

    /// A month name on its own ("in May"), at `i` with the next token `j`.
    fn bare_month(&self, i: usize, j: usize, month: u8, licensed: bool) -> Option<Hit> {
        if !self.cap(i) && !licensed {
            return None;
        }
        let prev = if i > 0 { self.w(i - 1) } else { None };
        if matches!(month, 3 | 5)
            && !(licensed || licenses_month(prev) || self.punct(i.wrapping_sub(1), '-'))
        {
            return None;
        }
        if month == 5
            && self.cap(i)
            && i > 0
            && self.toks[i].newlines_before == 0
            && self.sentence_initial(i)
            && !licensed
        {
            return None;
        }
        if let Some((end, year)) = self.year_suffix(j) {
            return Some((end, TimexType::Date, tense_cal(year, month, None)));
        }
        Some((j, TimexType::Date, tense_cal(YearRef::Infer, month, None)))
    }

    /// "this year" / "last year" / "next year" after a month ("June last year").
    fn year_suffix(&self, j: usize) -> Option<(usize, YearRef)> {
        let j = if self.is(j, W::Of) { j + 1 } else { j };
        // "August of that year", "July 25 of the same year", "May of the following year": the
        // year of the date the text is at.
        let the = usize::from(self.is(j, W::The));
        if self.lex(j + the + 1) == Lex::Unit(Unit::Year) {
            let off = match (the, self.w(j + the)?) {
                (0, W::That) | (1, W::Same) => Some(0),
                (1, W::Following | W::Next) => Some(1),
                (1, W::Previous) => Some(-1),
                _ => None,
            };
            if let Some(off) = off {
                return Some((j + the + 2, YearRef::Anaphoric(off)));
            }
        }
        if self.lex(j + 1) != Lex::Unit(Unit::Year) {
            return None;
        }
        let off = match self.w(j)? {
            W::This => 0,
            W::Last => -1,
            W::Next => 1,
            _ => return None,
        };
        Some((j + 2, YearRef::Dct(off)))
    }

    /// Token `i` starts a sentence (previous token ends one or there is none).
    pub(crate) fn sentence_initial(&self, i: usize) -> bool {
        i == 0
            || self.punct(i - 1, '.')
            || self.punct(i - 1, '?')
            || self.punct(i - 1, '!')
            || self.punct(i - 1, '"')
            || self.toks[i].newlines_before > 0
    }

    /// A weekday, optionally followed by a date ("Saturday, April 25") or a part of day.
    pub(crate) fn weekday_expr(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        let wd = match self.lex(i) {
            Lex::Weekday(d) => d,
            Lex::WeekdayAbbr(d) => {
                let dotted = self.punct(j, '.') && self.glued(j);
                if dotted {
                    j += 1;
                }
                if !self.typed_weekday(i, d, dotted) {
                    return None;
                }
                d
            }
            _ => return None,
        };
        let k = if self.punct(j, ',') { j + 1 } else { j };
        if let Some((end, TimexType::Date, sem @ Sem::Cal { day: Some(_), .. })) =
            self.month_date(k, true)
        {
            return Some((end, TimexType::Date, sem));
        }
        // "Friday, the 13th" is rare; "Friday 13 March" handled by numeric day-month.
        if let Some((end, TimexType::Date, sem @ Sem::Cal { day: Some(_), .. })) = self.numeric(k) {
            return Some((end, TimexType::Date, sem));
        }
        match self.lex(j) {
            Lex::Pod(pod) => {
                return Some((
                    j + 1,
                    TimexType::Time,
                    Sem::Time {
                        date: Some(Box::new(Sem::Weekday(wd, Dir::Tense))),
                        clock: None,
                        pod: Some(pod),
                    },
                ));
            }
            Lex::Pods(pod) => {
                let code = crate::extract::normalize::pod_code(pod);
                return Some((
                    j + 1,
                    TimexType::Set,
                    Sem::Lit(format!("XXXX-WXX-{wd}{code}")),
                ));
            }
            _ => {}
        }
        Some((j, TimexType::Date, Sem::Weekday(wd, Dir::Tense)))
    }

    /// Whether a weekday abbreviation at `i` names a day: "Fri." with its dot; as typed in
    /// posts ("this sat", "on fri", "Mon morning", "Tues") when "wed", "sat" and "sun" (also
    /// words) follow a word that announces a day.
    fn typed_weekday(&self, i: usize, day: u8, dotted: bool) -> bool {
        if dotted {
            return self.cap(i);
        }
        let named = i > 0
            && matches!(
                self.w(i - 1),
                Some(W::This | W::Next | W::Last | W::Coming | W::Every)
            );
        let announced = i > 0
            && ["on", "by", "until", "till", "til", "for", "before", "after"]
                .iter()
                .any(|w| self.word_is(i - 1, w));
        // "Sun" after "for" is more likely the company, "after Sun Yat-sen" a name.
        let also_a_word = matches!(day, 3 | 6 | 7);
        named
            || (announced && !(also_a_word && self.cap(i)))
            || (!also_a_word && (self.cap(i) || matches!(self.lex(i + 1), Lex::Pod(_))))
    }

    /// Numeric forms: ISO dates, slashed dates, day-month, years, decades, BC years.
    pub(crate) fn numeric(&self, i: usize) -> Option<Hit> {
        let (n, len) = self.num(i)?;
        // ISO 2022-01-06
        if len == 4
            && self.punct(i + 1, '-')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((m, 2)) = self.num(i + 2)
            && self.punct(i + 3, '-')
            && self.glued(i + 3)
            && self.glued(i + 4)
            && let Some((d, 2)) = self.num(i + 4)
            && (1..=12).contains(&m)
            && (1..=31).contains(&d)
        {
            return Some((i + 5, TimexType::Date, Sem::Ymd(int(n), m as u8, d as u8)));
        }
        // Slashed 1/6/2022 (US order unless the first part cannot be a month).
        if len <= 2
            && self.punct(i + 1, '/')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((b, blen)) = self.num(i + 2)
            && blen <= 2
            && self.punct(i + 3, '/')
            && self.glued(i + 3)
            && self.glued(i + 4)
            && let Some((y, ylen)) = self.num(i + 4)
            && (ylen == 4 || ylen == 2)
        {
            let year = if ylen == 4 {
                int(y)
            } else if y > 30 {
                1900 + int(y)
            } else {
                2000 + int(y)
            };
            let (m, d) = if n > 12 { (b, n) } else { (n, b) };
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                return Some((i + 5, TimexType::Date, Sem::Ymd(year, m as u8, d as u8)));
            }
            return None;
        }
        // Day month [year]: "6 Jan. 2022", "6th of January"
        if let Some(hit) = self.day_first(i) {
            return Some(hit);
        }
        // Year BC / AD: "44 BC", "44 B.C."
        if let Some((year, end)) = self.era_year_at(i) {
            return Some((end, TimexType::Date, Sem::Year(year)));
        }
        let y = self.year_at(i)?;
        // Decade: 1990s, 1990's
        if y % 10 == 0 {
            if self.is(i + 1, W::S) && self.glued(i + 1) {
                return Some((i + 2, TimexType::Date, Sem::Decade(y / 10)));
            }
            if let Some(end) = self.possessive(i + 1)
                && !self.is_word(end)
            {
                return Some((end, TimexType::Date, Sem::Decade(y / 10)));
            }
        }
        // Years in running text: reject obvious quantities ("1500 people") by a lower-case noun after,
        // unless the number is a plausible modern year.
        if !(1600..=2099).contains(&y) {
            let prev_in = i > 0
                && matches!(
                    self.w(i - 1),
                    Some(W::In | W::Since | W::By | W::Through | W::From | W::Of)
                );
            if !prev_in {
                return None;
            }
        }
        Some((i + 1, TimexType::Date, Sem::Year(y)))
    }

    /// A day before its month: "6 Jan. 2022", "6th of January", "the first of february".
    pub(crate) fn day_first(&self, i: usize) -> Option<Hit> {
        let (day, mut j) = self.day_at(i)?;
        // A written ordinal or an "of" makes a lower-case month a month ("3rd of march").
        let ordinal = j > i + 1 || matches!(self.lex(i), Lex::Ord(_));
        let of = self.is(j, W::Of);
        if of {
            j += 1;
        }
        if !matches!(self.lex(j), Lex::Month(_) | Lex::MonthAbbr(_))
            || !(self.cap(j) || ordinal || of)
        {
            return None;
        }
        let (
            end,
            TimexType::Date,
            Sem::Cal {
                year,
                month,
                day: None,
                ..
            },
        ) = self.month_date(j, true)?
        else {
            return None;
        };
        Some((end, TimexType::Date, tense_cal(year, month, Some(day))))
    }

    /// "'80s", "'90s".
    pub(crate) fn short_decade(&self, i: usize) -> Option<Hit> {
        if !(self.punct(i, '\'') || self.punct(i, '\u{2019}')) {
            return None;
        }
        let (n, 2) = self.num(i + 1)? else {
            return None;
        };
        if !(self.glued(i + 1) && self.is(i + 2, W::S) && self.glued(i + 2) && n % 10 == 0) {
            return None;
        }
        Some((i + 3, TimexType::Date, Sem::DecadeOfCentury(int(n) / 10)))
    }

    /// "the 19th century", "the nineteenth century", "20th-century".
    pub(crate) fn century(&self, i: usize) -> Option<Hit> {
        let (n, j) = if let Lex::Ord(n) = self.lex(i) {
            (n, i + 1)
        } else {
            let (n, len) = self.num(i)?;
            if len > 2 || !(self.is(i + 1, W::OrdSuffix) && self.glued(i + 1)) {
                return None;
            }
            (n, i + 2)
        };
        let j = if self.hyphen(j) { j + 1 } else { j };
        if self.lex(j) != Lex::Unit(Unit::Century) || n == 0 || n > 30 {
            return None;
        }
        let mut end = j + 1;
        let mut c = int(n) - 1;
        if self.is(end, W::Bc) {
            c = -c;
            end += 1;
        }
        Some((end, TimexType::Date, Sem::Century(c)))
    }

    /// Years in words: "nineteen ninety-six", "nineteen seventy-nine".
    pub(crate) fn year_words(&self, i: usize) -> Option<Hit> {
        let Lex::Card(hi @ 11..=20) = self.lex(i) else {
            return None;
        };
        let Lex::Card(tens @ 10..=90) = self.lex(i + 1) else {
            return None;
        };
        let mut end = i + 2;
        let mut lo = tens;
        if tens >= 20
            && tens % 10 == 0
            && self.hyphen(i + 2)
            && let Lex::Card(u @ 1..=9) = self.lex(i + 3)
        {
            lo += u;
            end = i + 4;
        }
        if self.lex(end) != Lex::None && matches!(self.lex(end), Lex::Unit(_) | Lex::Units(_)) {
            return None;
        }
        Some((end, TimexType::Date, Sem::Year(int(hi * 100 + lo))))
    }

    /// "the year two thousand", "the year 2000" (called after "the year").
    pub(crate) fn year_number_words(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(y) = self.year_at(i) {
            return Some((i + 1, y));
        }
        if let Some((end, _, Sem::Year(y))) = self.year_words(i) {
            return Some((end, y));
        }
        let Lex::Card(a @ 1..=9) = self.lex(i) else {
            return None;
        };
        if !self.is(i + 1, W::Thousand) {
            return None;
        }
        let mut end = i + 2;
        let mut y = a * 1000;
        let k = if self.is(end, W::And) { end + 1 } else { end };
        if let Lex::Card(u @ 1..=99) = self.lex(k) {
            y += u;
            end = k + 1;
        }
        Some((end, int(y)))
    }

    /// "the nineties", "the 'nineties".
    pub(crate) fn decade_word(&self, i: usize) -> Option<Hit> {
        let j = if self.punct(i, '\'') || self.punct(i, '\u{2019}') {
            i + 1
        } else {
            i
        };
        let Some(W::DecadeWord(d)) = self.w(j) else {
            return None;
        };
        Some((j + 1, TimexType::Date, Sem::DecadeOfCentury(i32::from(d))))
    }
}
