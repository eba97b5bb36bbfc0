//! Turns the meaning of an expression ([`Sem`]) into a TIMEX3 value, resolving relative
//! expressions against the article date (DCT), the tense of the sentence and the last date
//! mentioned before (the reference time).
//!
//! Without a DCT, DCT-relative values keep `X` placeholders ("XXXX-WXX-7" for "Sunday"):
//! nothing is ever guessed from today's date.

#[cfg(test)]
use chrono::Weekday;
use chrono::{Datelike as _, Days, NaiveDate};

use super::dct::Dct;
use super::patterns::lexicon::{Pod, Season, Unit};
use super::sem::{Anchor, Dir, Sem, YearRef};
use super::tense::Tense;

/// TIMEX3 code of a part of day ("TMO").
pub(crate) fn pod_code(p: Pod) -> &'static str {
    match p {
        Pod::Morning => "TMO",
        Pod::Afternoon => "TAF",
        Pod::Evening => "TEV",
        Pod::Night => "TNI",
        Pod::Daytime => "TDT",
    }
}

/// ISO 8601 duration letter(s) for a unit, and whether it goes after the `T`.
pub(crate) fn unit_code(u: Unit) -> (bool, &'static str) {
    match u {
        Unit::Second => (true, "S"),
        Unit::Minute => (true, "M"),
        Unit::Hour => (true, "H"),
        Unit::Day => (false, "D"),
        Unit::Weekend => (false, "WE"),
        Unit::Week => (false, "W"),
        Unit::Month => (false, "M"),
        Unit::Quarter => (false, "Q"),
        Unit::Half => (false, "H"),
        Unit::Season => (false, "S"),
        Unit::Year => (false, "Y"),
        Unit::Decade => (false, "E"),
        Unit::Century => (false, "C"),
        Unit::Millennium => (false, "L"),
    }
}

fn season_code(s: Season) -> &'static str {
    match s {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Fall => "FA",
        Season::Winter => "WI",
    }
}

/// A point in time at the precision it was given: the reference time for anaphora.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Point {
    /// Year.
    pub year: i32,
    /// Quarter, when the point is a quarter or finer.
    pub quarter: Option<u8>,
    /// Month.
    pub month: Option<u8>,
    /// Day.
    pub day: Option<u8>,
}

impl Point {
    /// Parses the leading `YYYY[-MM[-DD]]` or `YYYY-Qn` of a TIMEX value (`BCYYYY` for years
    /// before 1 AD).
    pub(crate) fn parse(v: &str) -> Option<Self> {
        let (year, len) = leading_year(v)?;
        if v.as_bytes()
            .get(len)
            .is_some_and(|c| *c != b'-' && *c != b'T')
        {
            return None;
        }
        let mut p = Self {
            year,
            quarter: None,
            month: None,
            day: None,
        };
        let rest = v.get(len + 1..).unwrap_or("");
        if let Some(q) = rest.strip_prefix('Q') {
            p.quarter = q
                .get(..1)
                .and_then(|d| d.parse().ok())
                .filter(|q| (1..=4).contains(q));
            return Some(p);
        }
        if let Some(m) = rest
            .get(..2)
            .and_then(|m| m.parse::<u8>().ok())
            .filter(|m| (1..=12).contains(m))
        {
            p.month = Some(m);
            p.quarter = Some((m - 1) / 3 + 1);
            p.day = rest.get(3..5).and_then(|d| d.parse().ok());
        }
        Some(p)
    }

    fn from_date(d: NaiveDate) -> Self {
        Self {
            year: d.year(),
            quarter: Some((d.month() as u8 - 1) / 3 + 1),
            month: Some(d.month() as u8),
            day: Some(d.day() as u8),
        }
    }

    /// Whether `other` lies inside this point and is finer ("1941" holds "1941-12-08").
    pub(crate) fn holds_finer(&self, other: &Self) -> bool {
        let within = |a: Option<u8>, b: Option<u8>| a.is_none() || a == b;
        let finer = (other.day.is_some() && self.day.is_none())
            || (other.month.is_some() && self.month.is_none());
        self.year == other.year
            && within(self.quarter, other.quarter)
            && within(self.month, other.month)
            && within(self.day, other.day)
            && finer
    }

    /// The point as a TIMEX3 value at its own precision ("2022-01", "2022-Q3", "BC0044").
    pub(crate) fn to_value(self) -> String {
        match (self.month, self.day, self.quarter) {
            (Some(m), Some(d), _) => format!("{}-{m:02}-{d:02}", fmt_year(self.year)),
            (Some(m), None, _) => format!("{}-{m:02}", fmt_year(self.year)),
            (None, _, Some(q)) => format!("{}-Q{q}", fmt_year(self.year)),
            (None, _, None) => fmt_year(self.year),
        }
    }

    fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, u32::from(self.month?), u32::from(self.day?))
    }

    /// Whether the point is precise enough to shift by `unit`.
    fn covers(&self, unit: Unit) -> bool {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Weekend => {
                self.day.is_some()
            }
            Unit::Month | Unit::Season => self.month.is_some(),
            Unit::Quarter | Unit::Half => self.quarter.is_some(),
            Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => true,
        }
    }
}

/// What a value is resolved against.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx {
    /// The article date.
    pub dct: Option<Dct>,
    /// Tense around the expression.
    pub tense: Tense,
    /// The last date mentioned before the expression.
    pub reference: Option<Point>,
    /// Whether the text is a narrative about another period (see [`Ctx::narrative`]).
    pub narrative: bool,
    /// The quarter under discussion: the first quarter the text names ("third-quarter
    /// profit"), replaced by each later one that is already over at the article date (not a
    /// forecast). The antecedent of "the quarter", "the latest period", "the year-ago period"
    /// and "a year ago", even across intervening day dates ("the quarter ended Sept. 30").
    pub quarter: Option<Point>,
}

impl Ctx {
    fn dct_date(&self) -> Option<NaiveDate> {
        self.dct.map(|d| d.date())
    }

    /// The reference time when the text is a narrative about another period than the article
    /// date (history writing, news about past years; see `is_narrative`): dates without a year
    /// and weekdays then take their year and day from the last date the text mentioned, even
    /// when that one is close to the article date, as in `HeidelTime`'s "narrative" strategy.
    pub(crate) fn narrative(&self) -> Option<Point> {
        self.reference.filter(|_| self.narrative)
    }

    fn anchor(&self, anchor: Anchor, unit: Unit) -> Option<Point> {
        let dct = self.dct_date().map(Point::from_date);
        match anchor {
            Anchor::Dct => dct,
            Anchor::Context => self.narrative().filter(|r| r.covers(unit)).or(dct),
            Anchor::Reference => {
                // In a narrative, "the next day" after a month-precise date is unknown, not a
                // day after the article date.
                if let Some(r) = self.narrative() {
                    return r.covers(unit).then_some(r);
                }
                // For years, a reference close to the article date is usually the article date
                // itself ("a year earlier" in a news report); far away it is a narrative anchor.
                let far = |r: &Point| self.dct.is_none_or(|d| (d.year() - r.year).abs() >= 2);
                let coarse = matches!(
                    unit,
                    Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium
                );
                self.reference
                    .filter(|r| r.covers(unit) && (!coarse || far(r)))
                    .or(dct)
            }
        }
    }
}

/// A year as TIMEX3 writes it: four digits, and years before 1 AD (astronomical 0, -1, …) as
/// `TimeML`'s "BC0001", "BC0002", … (`y` is astronomical: 0 is 1 BC).
pub(crate) fn fmt_year(y: i32) -> String {
    if y <= 0 {
        format!("BC{:04}", 1 - i64::from(y))
    } else {
        format!("{y:04}")
    }
}

/// The decade that holds astronomical year `y` as TIMEX3 writes it: "199" for the 1990s,
/// "BC048" for the 480s BC.
pub(crate) fn fmt_decade(y: i32) -> String {
    if y <= 0 {
        format!("BC{:03}", (1 - i64::from(y)) / 10)
    } else {
        format!("{:03}", y / 10)
    }
}

/// The century that holds astronomical year `y` as TIMEX3 writes it: "19" for 1900–1999,
/// "BC03" for the 4th century BC (400–301 BC).
pub(crate) fn fmt_century(y: i32) -> String {
    if y <= 0 {
        format!("BC{:02}", (-i64::from(y)) / 100)
    } else {
        format!("{:02}", y / 100)
    }
}

/// The astronomical year of a value's leading "YYYY" or "BCYYYY", and the length of that part.
pub(crate) fn leading_year(v: &str) -> Option<(i32, usize)> {
    let (digits, offset) = match v.strip_prefix("BC") {
        Some(rest) => (rest, 2),
        None => (v, 0),
    };
    let b = digits.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n: i32 = digits[..4].parse().ok()?;
    let year = if offset == 2 { 1 - n } else { n };
    Some((year, offset + 4))
}

fn fmt_ymd(d: NaiveDate) -> String {
    format!("{}-{:02}-{:02}", fmt_year(d.year()), d.month(), d.day())
}

fn fmt_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", fmt_year(w.year()), w.week())
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// (year, month) shifted by `k` months.
fn add_months(y: i32, m: u8, k: i64) -> (i32, u8) {
    let total = i64::from(y) * 12 + i64::from(m) - 1 + k;
    (
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u8,
    )
}

/// Unresolved value at the precision of `unit`.
fn placeholder(unit: Unit) -> &'static str {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month | Unit::Season => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Half => "XXXX-HX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century | Unit::Millennium => "XX",
    }
}

/// The TIMEX3 value of `sem` in context `ctx`.
pub(crate) fn value(sem: &Sem, ctx: &Ctx) -> String {
    match sem {
        Sem::Lit(s) => s.clone(),
        Sem::Ymd(y, m, d) => NaiveDate::from_ymd_opt(*y, u32::from(*m), u32::from(*d))
            .map_or_else(|| format!("{}-{m:02}-{d:02}", fmt_year(*y)), fmt_ymd),
        Sem::Year(y) => fmt_year(*y),
        Sem::Decade(d) => format!("{d:03}"),
        Sem::DecadeOfCentury(k) => match ctx.dct {
            Some(dct) => {
                let y = dct.year();
                let century = if (y / 10) % 10 >= *k {
                    y / 100
                } else {
                    y / 100 - 1
                };
                format!("{century:02}{k}")
            }
            None => format!("XX{k}"),
        },
        Sem::Century(c) => {
            if *c < 0 {
                format!("BC{:02}", -c)
            } else {
                format!("{c:02}")
            }
        }
        Sem::Weekday(wd, dir) => weekday(*wd, *dir, ctx),
        Sem::DayOffset(k) => ctx
            .dct_date()
            .and_then(|d| add_days(d, i64::from(*k)))
            .map_or_else(|| "XXXX-XX-XX".to_owned(), fmt_ymd),
        Sem::UnitRel(unit, k, anchor) => unit_rel(*unit, i64::from(*k), *anchor, ctx),
        Sem::Shift(unit, n, sign, anchor) => match n {
            None => if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_owned(),
            Some(n) => shift(*unit, i64::from(*n) * i64::from(*sign), *anchor, ctx),
        },
        Sem::Quarter(q, yr) => quarter(*q, *yr, ctx),
        Sem::Half(h, yr) => match year_of(*yr, ctx) {
            Some(y) => format!("{}-H{h}", fmt_year(y)),
            None => format!("XXXX-H{h}"),
        },
        Sem::Season(s, yr) => match year_of(*yr, ctx) {
            Some(y) => format!("{}-{}", fmt_year(y), season_code(*s)),
            None => format!("XXXX-{}", season_code(*s)),
        },
        Sem::Cal {
            year,
            month,
            day,
            dir,
        } => cal(*year, *month, *day, *dir, ctx),
        Sem::WeekOf(day) => {
            let day = value(day, ctx);
            Point::parse(&day)
                .and_then(|p| p.date())
                .map_or_else(|| "XXXX-WXX".to_owned(), fmt_week)
        }
        Sem::MonthDay(day) => month_day(*day, ctx),
        Sem::DayFrom(day, k) => {
            let day = value(day, ctx);
            Point::parse(&day)
                .and_then(|p| p.date())
                .and_then(|d| add_days(d, i64::from(*k)))
                .map_or_else(|| "XXXX-XX-XX".to_owned(), fmt_ymd)
        }
        Sem::Holiday(holiday, year) => {
            // The year as for its typical day ("Christmas" in a January report is the last).
            let (month, day) = holiday.typical();
            calendar_year(*year, month, Some(day), Dir::Tense, ctx)
                .and_then(|y| holiday.date_in(y))
                .map_or_else(|| "XXXX-XX-XX".to_owned(), fmt_ymd)
        }
        Sem::Time { date, clock, pod } => {
            // A clock time alone is on the day the text is at: the article date in news, the
            // story's day in a narrative (unknown when the story is at a month or a year).
            let day = match date {
                Some(d) => value(d, ctx),
                None if ctx.narrative().is_some() => ctx
                    .narrative()
                    .and_then(|r| r.date())
                    .map_or_else(|| "XXXX-XX-XX".to_owned(), fmt_ymd),
                None => ctx
                    .dct_date()
                    .map_or_else(|| "XXXX-XX-XX".to_owned(), fmt_ymd),
            };
            match (clock, pod) {
                (Some((h, m)), _) => format!("{day}T{h:02}:{m:02}"),
                (None, Some(p)) => format!("{day}{}", pod_code(*p)),
                (None, None) => day,
            }
        }
    }
}

/// Year of a quarter, half or season.
fn year_of(yr: YearRef, ctx: &Ctx) -> Option<i32> {
    match yr {
        YearRef::Abs(y) => Some(y),
        YearRef::Dct(k) => ctx.dct.map(|d| d.year() + k),
        YearRef::Anaphoric(k) => ctx
            .reference
            .map(|r| r.year + k)
            .or_else(|| ctx.dct.map(|d| d.year() + k)),
        YearRef::Infer => ctx
            .narrative()
            .map(|r| r.year)
            .or_else(|| ctx.dct.map(|d| d.year())),
    }
}

fn weekday(wd: u8, dir: Dir, ctx: &Ctx) -> String {
    if let Some(d) = ctx.narrative().and_then(|r| r.date()) {
        return narrative_weekday(d, wd, dir);
    }
    // "the previous Friday" counts back from the day under discussion ("closed lower Friday,
    // down 4.5% from the previous Friday"), when that day is near the article date.
    if matches!(dir, Dir::Before | Dir::After)
        && let Some(r) = ctx.reference.and_then(|r| r.date())
        && ctx
            .dct_date()
            .is_some_and(|d| (d - r).num_days().abs() <= 31)
    {
        return narrative_weekday(r, wd, dir);
    }
    let dir = dir.seen_from_dct();
    let Some(d) = ctx.dct_date() else {
        return format!("XXXX-WXX-{wd}");
    };
    let cur = i64::from(d.weekday().number_from_monday());
    let wd64 = i64::from(wd);
    let back = (cur - wd64).rem_euclid(7);
    let fwd = (wd64 - cur).rem_euclid(7);
    let offset = match dir {
        Dir::Past | Dir::Before => -(if back == 0 { 7 } else { back }),
        Dir::Future | Dir::After => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Dir::This | Dir::Tense => match ctx.tense {
            Tense::Future => fwd,
            Tense::Present => {
                if fwd < back {
                    fwd
                } else {
                    -back
                }
            }
            Tense::Past | Tense::Unknown => -back,
        },
    };
    add_days(d, offset).map_or_else(|| format!("XXXX-WXX-{wd}"), fmt_ymd)
}

/// A weekday in a narrative: the story moves forward, so "on Friday" after "Monday, 3 June"
/// is that week's Friday; "the previous Friday" looks back.
fn narrative_weekday(reference: NaiveDate, wd: u8, dir: Dir) -> String {
    let cur = i64::from(reference.weekday().number_from_monday());
    let wd64 = i64::from(wd);
    let offset = match dir {
        Dir::Past | Dir::Before => -(cur - wd64 - 1).rem_euclid(7) - 1,
        Dir::Future | Dir::After => (wd64 - cur - 1).rem_euclid(7) + 1,
        Dir::This | Dir::Tense => (wd64 - cur).rem_euclid(7),
    };
    add_days(reference, offset).map_or_else(|| format!("XXXX-WXX-{wd}"), fmt_ymd)
}

fn unit_rel(unit: Unit, k: i64, anchor: Anchor, ctx: &Ctx) -> String {
    // "that year", "the same month": the period under discussion, however close to the DCT.
    let same = (k == 0 && anchor == Anchor::Reference)
        .then_some(ctx.reference)
        .flatten()
        .filter(|r| r.covers(unit));
    let Some(base) = same.or_else(|| ctx.anchor(anchor, unit)) else {
        return placeholder(unit).to_owned();
    };
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => base
            .date()
            .and_then(|d| add_days(d, k))
            .map_or_else(|| placeholder(unit).to_owned(), fmt_ymd),
        Unit::Week => base
            .date()
            .and_then(|d| add_days(d, 7 * k))
            .map_or_else(|| placeholder(unit).to_owned(), fmt_week),
        Unit::Weekend => {
            let Some(d) = base.date() else {
                return placeholder(unit).to_owned();
            };
            let cur = i64::from(d.weekday().number_from_monday());
            // "the weekend" in a past-tense sentence written on a weekday is the one before;
            // "this weekend" is the coming one unless the sentence is in the past.
            let backward = match anchor {
                Anchor::Dct => ctx.tense == Tense::Past,
                _ => !matches!(ctx.tense, Tense::Future | Tense::Present),
            };
            let extra = if k == 0 && cur <= 5 && backward {
                -1
            } else {
                0
            };
            add_days(d, 7 * (k + extra)).map_or_else(
                || placeholder(unit).to_owned(),
                |d| format!("{}-WE", fmt_week(d)),
            )
        }
        Unit::Month | Unit::Season => {
            let (y, m) = add_months(base.year, base.month.unwrap_or(1), k);
            format!("{}-{m:02}", fmt_year(y))
        }
        Unit::Quarter | Unit::Half => {
            let q = base.quarter.unwrap_or(1);
            let total = i64::from(base.year) * 4 + i64::from(q) - 1 + k;
            format!(
                "{}-Q{}",
                fmt_year(total.div_euclid(4) as i32),
                total.rem_euclid(4) + 1
            )
        }
        Unit::Year => fmt_year(base.year + k as i32),
        Unit::Decade => fmt_decade(base.year + 10 * k as i32),
        Unit::Century => fmt_century(base.year + 100 * k as i32),
        Unit::Millennium => format!("{}", base.year.div_euclid(1000) + k as i32),
    }
}

fn shift(unit: Unit, k: i64, anchor: Anchor, ctx: &Ctx) -> String {
    let quarter_ref = ctx.quarter.or_else(|| {
        ctx.reference
            .filter(|r| r.quarter.is_some() && r.month.is_none())
    });
    if unit == Unit::Year
        && k == -1
        && let Some(r) = quarter_ref
    {
        // "a year ago" in a report about a quarter is the same quarter a year before.
        return format!("{}-Q{}", fmt_year(r.year - 1), r.quarter.unwrap_or(1));
    }
    let Some(base) = ctx.anchor(anchor, unit) else {
        return placeholder(unit).to_owned();
    };
    match unit {
        Unit::Year if base.quarter.is_some() && base.month.is_none() => {
            format!(
                "{}-Q{}",
                fmt_year(base.year + k as i32),
                base.quarter.unwrap_or(1)
            )
        }
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => {
            let years = match unit {
                Unit::Decade => 10 * k,
                Unit::Century => 100 * k,
                Unit::Millennium => 1000 * k,
                _ => k,
            };
            let y = base.year + years as i32;
            match unit {
                Unit::Decade => fmt_decade(y),
                Unit::Century => fmt_century(y),
                _ => fmt_year(y),
            }
        }
        Unit::Half | Unit::Quarter => unit_rel(
            Unit::Quarter,
            if unit == Unit::Half { 2 * k } else { k },
            anchor,
            ctx,
        ),
        Unit::Month | Unit::Season => unit_rel(
            Unit::Month,
            if unit == Unit::Season { 3 * k } else { k },
            anchor,
            ctx,
        ),
        Unit::Week | Unit::Weekend => unit_rel(Unit::Week, k, anchor, ctx),
        Unit::Day => unit_rel(Unit::Day, k, anchor, ctx),
        Unit::Hour | Unit::Minute | Unit::Second => unit_rel(Unit::Day, 0, anchor, ctx),
    }
}

fn quarter(q: u8, yr: YearRef, ctx: &Ctx) -> String {
    let dct_q = ctx.dct.map(|d| (d.month() as u8 - 1) / 3 + 1);
    if q == 0 {
        // "the quarter", "the latest period", "the year-ago quarter": the quarter under discussion,
        // the last one named ("third-quarter profit ... the year-ago period").
        if let Some(t) = ctx.quarter
            && let Some(tq) = t.quarter
        {
            let dct_year = ctx.dct.map(|d| d.year());
            let y = match yr {
                YearRef::Abs(y) => Some(y),
                YearRef::Anaphoric(k) => Some(t.year + k),
                YearRef::Infer => Some(t.year),
                // "the latest period" is the named quarter only when it is this year's.
                YearRef::Dct(0) => dct_year.filter(|y| *y == t.year),
                YearRef::Dct(k) => dct_year.map(|y| y + k),
            };
            if let Some(y) = y {
                return format!("{}-Q{tq}", fmt_year(y));
            }
        }
        if let Some(r) = ctx.reference
            && let Some(rq) = r.quarter
            && r.month.is_none()
            && !matches!(yr, YearRef::Dct(_))
        {
            let y = match yr {
                YearRef::Abs(y) => y,
                YearRef::Dct(k) | YearRef::Anaphoric(k) => r.year + k,
                YearRef::Infer => r.year,
            };
            return format!("{}-Q{rq}", fmt_year(y));
        }
        let (Some(dct), Some(cq)) = (ctx.dct, dct_q) else {
            return "XXXX-QX".to_owned();
        };
        // The last completed quarter (what earnings news reports on).
        let (y, pq) = if cq == 1 {
            (dct.year() - 1, 4)
        } else {
            (dct.year(), cq - 1)
        };
        let y = match yr {
            YearRef::Abs(a) => a,
            YearRef::Dct(k) | YearRef::Anaphoric(k) => y + k,
            YearRef::Infer => y,
        };
        return format!("{}-Q{pq}", fmt_year(y));
    }
    let y = match yr {
        YearRef::Infer if ctx.narrative().is_some() => ctx.narrative().map(|r| r.year),
        YearRef::Infer => ctx.dct.map(|d| {
            let later = dct_q.is_some_and(|cq| q > cq);
            if later && ctx.tense != Tense::Future {
                d.year() - 1
            } else {
                d.year()
            }
        }),
        other => year_of(other, ctx),
    };
    y.map_or_else(|| format!("XXXX-Q{q}"), |y| format!("{}-Q{q}", fmt_year(y)))
}

/// The year of a month (and day) whose year is given as `year`: written, or inferred from
/// the story's time in a narrative, else from the article date and the tense.
fn calendar_year(year: YearRef, month: u8, day: Option<u8>, dir: Dir, ctx: &Ctx) -> Option<i32> {
    match year {
        YearRef::Infer => match ctx.narrative() {
            Some(r) => Some(narrative_year(r, month, dir)),
            None => ctx
                .dct_date()
                .map(|d| infer_year(d, month, day, dir, ctx.tense)),
        },
        other => year_of(other, ctx),
    }
}

fn cal(year: YearRef, month: u8, day: Option<u8>, dir: Dir, ctx: &Ctx) -> String {
    let y = calendar_year(year, month, day, dir, ctx);
    let ys = y.map_or_else(|| "XXXX".to_owned(), fmt_year);
    match day {
        Some(d) => format!("{ys}-{month:02}-{d:02}"),
        None => format!("{ys}-{month:02}"),
    }
}

/// "the 15th": that day of the month the story is at in a narrative; in news the one of the
/// article's month, or of the month before or after it when the tense looks back or ahead
/// past the article's day.
fn month_day(day: u8, ctx: &Ctx) -> String {
    let (year, month) = if let Some(r) = ctx.narrative() {
        match r.month {
            Some(m) => (r.year, m),
            None => return format!("{}-XX-{day:02}", fmt_year(r.year)),
        }
    } else if let Some(d) = ctx.dct_date() {
        let (y, m) = (d.year(), d.month() as u8);
        let today = d.day() as u8;
        match ctx.tense {
            Tense::Future if day < today => add_months(y, m, 1),
            Tense::Past if day > today => add_months(y, m, -1),
            _ => (y, m),
        }
    } else {
        return format!("XXXX-XX-{day:02}");
    };
    NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))
        .map_or_else(|| format!("{}-{month:02}-XX", fmt_year(year)), fmt_ymd)
}

/// The year of a month without a year in a narrative: the year of the reference time, or the
/// next one when the month is half a year or more before the reference month ("December 1944
/// ... in January").
fn narrative_year(r: Point, month: u8, dir: Dir) -> i32 {
    let Some(rm) = r.month else {
        return r.year;
    };
    match dir.seen_from_dct() {
        Dir::Past if month >= rm => r.year - 1,
        Dir::Future if month <= rm => r.year + 1,
        Dir::Tense if month <= 4 && rm >= month + 8 => r.year + 1,
        _ => r.year,
    }
}

/// The year of a month (and day) without a year, from the article date and the tense.
fn infer_year(dct: NaiveDate, month: u8, day: Option<u8>, dir: Dir, tense: Tense) -> i32 {
    let y = dct.year();
    // Position within the year, in days (approximately), relative to the DCT.
    let pos = i32::from(month) * 31 + i32::from(day.unwrap_or(0));
    let (dm, dd) = (
        i32::from(dct.month0() as u8) + 1,
        i32::from(dct.day0() as u8) + 1,
    );
    let cur = dm * 31 + if day.is_some() { dd } else { 0 };
    let diff = pos - cur;
    match dir.seen_from_dct() {
        Dir::This | Dir::Before | Dir::After => y,
        Dir::Past => {
            if diff < 0 {
                y
            } else {
                y - 1
            }
        }
        Dir::Future => {
            if diff > 0 {
                y
            } else {
                y + 1
            }
        }
        // Dates a few weeks ahead in a past-tense sentence are usually deadlines, not last year's.
        Dir::Tense => match tense {
            Tense::Past if diff > 2 * 31 => y - 1,
            Tense::Future if diff < 0 => y + 1,
            Tense::Past | Tense::Future => y,
            // Present tense: the nearest one. No tense: news mostly reports the past.
            Tense::Present | Tense::Unknown => {
                let (back, ahead) = if tense == Tense::Present {
                    (6 * 31, 6 * 31)
                } else {
                    (8 * 31, 4 * 31)
                };
                if diff > ahead {
                    y - 1
                } else if diff < -back {
                    y + 1
                } else {
                    y
                }
            }
        },
    }
}

/// Weekday number 1..=7 of a chrono weekday.
#[cfg(test)]
fn wd(w: Weekday) -> u8 {
    w.number_from_monday() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(dct: &str, tense: Tense) -> Ctx {
        Ctx {
            dct: Some(super::super::dct::parse_dct(dct).unwrap()),
            tense,
            reference: None,
            narrative: false,
            quarter: None,
        }
    }

    #[test]
    fn weekdays_follow_tense() {
        let sun = wd(Weekday::Sun);
        assert_eq!(
            value(
                &Sem::Weekday(sun, Dir::Tense),
                &ctx("2022-01-06", Tense::Past)
            ),
            "2022-01-02"
        );
        assert_eq!(
            value(
                &Sem::Weekday(sun, Dir::Tense),
                &ctx("2022-01-06", Tense::Future)
            ),
            "2022-01-09"
        );
        assert_eq!(
            value(
                &Sem::Weekday(4, Dir::Tense),
                &ctx("2022-01-06", Tense::Past)
            ),
            "2022-01-06"
        );
        assert_eq!(
            value(
                &Sem::Weekday(5, Dir::Past),
                &ctx("2022-01-07", Tense::Unknown)
            ),
            "2021-12-31"
        );
        let none = Ctx {
            dct: None,
            tense: Tense::Past,
            reference: None,
            narrative: false,
            quarter: None,
        };
        assert_eq!(value(&Sem::Weekday(sun, Dir::Tense), &none), "XXXX-WXX-7");
    }

    #[test]
    fn units_relative_to_dct() {
        let c = ctx("2022-01-06", Tense::Past);
        assert_eq!(
            value(&Sem::UnitRel(Unit::Week, -1, Anchor::Dct), &c),
            "2021-W52"
        );
        assert_eq!(
            value(&Sem::UnitRel(Unit::Month, 1, Anchor::Dct), &c),
            "2022-02"
        );
        assert_eq!(value(&Sem::UnitRel(Unit::Year, 0, Anchor::Dct), &c), "2022");
        assert_eq!(
            value(&Sem::Shift(Unit::Year, Some(2), -1, Anchor::Dct), &c),
            "2020"
        );
        assert_eq!(
            value(&Sem::Shift(Unit::Day, Some(10), -1, Anchor::Dct), &c),
            "2021-12-27"
        );
        assert_eq!(value(&Sem::Quarter(3, YearRef::Infer), &c), "2021-Q3");
        assert_eq!(
            value(&Sem::Season(Season::Spring, YearRef::Dct(0)), &c),
            "2022-SP"
        );
        assert_eq!(value(&Sem::DayOffset(-1), &c), "2022-01-05");
        assert_eq!(value(&Sem::Year(-43), &c), "BC0044");
        assert_eq!(
            Point::parse("BC0044-03").map(|p| (p.year, p.month)),
            Some((-43, Some(3)))
        );
    }

    #[test]
    fn months_pick_the_year_from_tense() {
        let c = ctx("2022-01-06", Tense::Past);
        let dec = Sem::Cal {
            year: YearRef::Infer,
            month: 12,
            day: Some(25),
            dir: Dir::Tense,
        };
        assert_eq!(value(&dec, &c), "2021-12-25");
        let c = ctx("2022-01-06", Tense::Future);
        let mar = Sem::Cal {
            year: YearRef::Infer,
            month: 3,
            day: None,
            dir: Dir::Tense,
        };
        assert_eq!(value(&mar, &c), "2022-03");
    }

    #[test]
    fn reference_points_parse() {
        assert_eq!(Point::parse("1988-Q3").unwrap().quarter, Some(3));
        assert_eq!(Point::parse("1998-02-13").unwrap().day, Some(13));
        assert!(Point::parse("PRESENT_REF").is_none());
    }
}
