//! Calendar dates with a precision, from 100,000 BC to AD 100,000.
//!
//! A [`Date`] is a proleptic Gregorian date in astronomical year numbering (year 0 is 1 BC, year -43 is
//! 44 BC) that knows how precise it is ([`Precision`], from millennium down to minute) and whether it is
//! approximate ("circa"). It covers a period: "March 2022" covers the whole month, so it has a start
//! ([`Date::start_days`]) and an exclusive end ([`Date::end_days`]) on the timeline's day axis (days since
//! 1970-01-01T00:00, as `f64`).
//!
//! Text form (the project file and the command line use it; [`Date::to_iso`], [`str::parse`]):
//! `2022-01-06T14:30`, `2022-01-06T14`, `2022-01-06`, `2022-03`, `2022`, `-0043` (44 BC), `12000`,
//! `199X` (1990s), `18XX` (1800s), `1XXX` (1000s) and a trailing `~` for circa (`1850~`).
//!
//! ```
//! use dateline::model::date::{Date, Precision};
//!
//! let date: Date = "2022-03".parse()?;
//! assert_eq!(date.precision(), Precision::Month);
//! assert_eq!(date.human(), "March 2022");
//! assert_eq!(date.end_days(), "2022-04".parse::<Date>()?.start_days());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike as _, NaiveDate};

/// How precise a [`Date`] is, coarse to fine.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Precision {
    /// A thousand years, starting at a multiple of 1000 (astronomical years).
    Millennium,
    /// A hundred years, starting at a multiple of 100.
    Century,
    /// Ten years, starting at a multiple of 10.
    Decade,
    /// One calendar year.
    Year,
    /// One calendar month.
    Month,
    /// One calendar day.
    Day,
    /// One hour.
    Hour,
    /// One minute.
    Minute,
}

impl Precision {
    /// Every precision, coarse to fine.
    pub const ALL: [Precision; 8] = [
        Precision::Millennium,
        Precision::Century,
        Precision::Decade,
        Precision::Year,
        Precision::Month,
        Precision::Day,
        Precision::Hour,
        Precision::Minute,
    ];

    /// Lower-case English name: "millennium", "century", …, "minute".
    pub fn label(self) -> &'static str {
        match self {
            Precision::Millennium => "millennium",
            Precision::Century => "century",
            Precision::Decade => "decade",
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
            Precision::Hour => "hour",
            Precision::Minute => "minute",
        }
    }

    /// The next coarser precision (`None` for [`Precision::Millennium`]).
    pub fn coarser(self) -> Option<Precision> {
        let index = Self::ALL.iter().position(|&p| p == self)?;
        index.checked_sub(1).and_then(|i| Self::ALL.get(i).copied())
    }

    /// The next finer precision (`None` for [`Precision::Minute`]).
    pub fn finer(self) -> Option<Precision> {
        let index = Self::ALL.iter().position(|&p| p == self)?;
        Self::ALL.get(index + 1).copied()
    }

    /// How many years one period of this precision spans (1 for years and anything finer).
    pub fn span_years(self) -> i32 {
        match self {
            Precision::Millennium => 1000,
            Precision::Century => 100,
            Precision::Decade => 10,
            Precision::Year
            | Precision::Month
            | Precision::Day
            | Precision::Hour
            | Precision::Minute => 1,
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The earliest supported year: 100,000 BC in astronomical numbering.
pub const MIN_YEAR: i32 = -99_999;
/// The latest supported year.
pub const MAX_YEAR: i32 = 100_000;
/// Days since 1970-01-01 of the first instant of [`MIN_YEAR`] (the start of the supported range).
pub const MIN_DAYS: f64 = -37_243_412.0;
/// Days since 1970-01-01 of the first instant after [`MAX_YEAR`] (the exclusive end of the supported range).
pub const MAX_DAYS: f64 = 35_805_088.0;

/// Minutes in a day.
const MINUTES_PER_DAY: i64 = 1440;
/// `NaiveDate::num_days_from_ce` of 1970-01-01.
const UNIX_EPOCH_DAYS_FROM_CE: i64 = 719_163;
/// Tolerance (in minutes) when flooring `f64` days to whole minutes, so `k / 1440.0` lands in minute `k`.
const FLOOR_TOLERANCE_MINUTES: f64 = 1e-4;

/// Full English month names, January first.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Three-letter English month abbreviations, January first.
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Why a date could not be built or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The year is outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    #[error(
        "year {year} is outside the supported range {MIN_YEAR}..={MAX_YEAR} (100,000 BC to AD 100,000)"
    )]
    YearOutOfRange {
        /// The offending year (astronomical numbering).
        year: i64,
    },
    /// The month is not 1..=12.
    #[error("month {month} is not between 1 and 12")]
    InvalidMonth {
        /// The offending month.
        month: u32,
    },
    /// The day does not exist in that month.
    #[error("day {day} does not exist in {}-{month:02}", iso_year(*.year))]
    InvalidDay {
        /// Year of the month (astronomical numbering).
        year: i32,
        /// Month, 1..=12.
        month: u32,
        /// The offending day.
        day: u32,
    },
    /// The hour is not 0..=23.
    #[error("hour {hour} is not between 0 and 23")]
    InvalidHour {
        /// The offending hour.
        hour: u32,
    },
    /// The minute is not 0..=59.
    #[error("minute {minute} is not between 0 and 59")]
    InvalidMinute {
        /// The offending minute.
        minute: u32,
    },
    /// The text does not have the shape of a date.
    #[error(
        "expected a date like 2022-01-06T14:30, 2022-01-06, 2022-03, 2022, -0043, 199X or 18XX, optionally followed by ~"
    )]
    Syntax,
    /// Text that could not be read as a date, and why.
    #[error("cannot read {text:?} as a date: {reason}")]
    Unparseable {
        /// The text as given.
        text: String,
        /// What was wrong with it.
        reason: Box<DateError>,
    },
}

/// A proleptic Gregorian date in astronomical years (0 = 1 BC), with a precision and a circa flag.
///
/// Fields finer than the precision are always normalised (month 1, day 1, 00:00) and coarse precisions
/// floor the year (a decade starts at a multiple of 10), so two dates are equal exactly when they denote
/// the same period with the same precision and circa flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Date {
    /// Astronomical year (floored to the decade/century/millennium for coarse precisions).
    year: i32,
    /// 1..=12.
    month: u8,
    /// 1..=31.
    day: u8,
    /// 0..=23.
    hour: u8,
    /// 0..=59.
    minute: u8,
    /// How much of the above is meaningful.
    precision: Precision,
    /// Approximate ("c. 1850").
    circa: bool,
}

impl Date {
    /// Builds a date, validating the fields that `precision` uses.
    ///
    /// Fields finer than the precision are ignored and normalised (month 1, day 1, 00:00). Coarse
    /// precisions floor the year: a decade starts at a multiple of 10 (floor division, so -43 is in the
    /// decade starting -50), a century at a multiple of 100, a millennium at a multiple of 1000. A coarse
    /// period is accepted when it overlaps [`MIN_YEAR`]..=[`MAX_YEAR`].
    ///
    /// # Errors
    /// A [`DateError`] naming the first invalid field.
    pub fn new(
        year: i32,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
        precision: Precision,
    ) -> Result<Date, DateError> {
        let floored = floor_year(i64::from(year), precision);
        if floored + i64::from(precision.span_years()) - 1 < i64::from(MIN_YEAR)
            || floored > i64::from(MAX_YEAR)
        {
            return Err(DateError::YearOutOfRange {
                year: i64::from(year),
            });
        }
        let year = floored as i32; // In range, see above.
        let month = if precision >= Precision::Month {
            if !(1..=12).contains(&month) {
                return Err(DateError::InvalidMonth { month });
            }
            month
        } else {
            1
        };
        let day = if precision >= Precision::Day {
            if day == 0 || day > days_in_month(year, month) {
                return Err(DateError::InvalidDay { year, month, day });
            }
            day
        } else {
            1
        };
        let hour = if precision >= Precision::Hour {
            if hour > 23 {
                return Err(DateError::InvalidHour { hour });
            }
            hour
        } else {
            0
        };
        let minute = if precision >= Precision::Minute {
            if minute > 59 {
                return Err(DateError::InvalidMinute { minute });
            }
            minute
        } else {
            0
        };
        Ok(Date {
            year,
            month: month as u8,
            day: day as u8,
            hour: hour as u8,
            minute: minute as u8,
            precision,
            circa: false,
        })
    }

    /// A year-precision date.
    ///
    /// # Errors
    /// [`DateError::YearOutOfRange`].
    pub fn from_year(year: i32) -> Result<Date, DateError> {
        Date::new(year, 1, 1, 0, 0, Precision::Year)
    }

    /// A month-precision date.
    ///
    /// # Errors
    /// A [`DateError`] for an out-of-range year or a month outside 1..=12.
    pub fn from_ym(year: i32, month: u32) -> Result<Date, DateError> {
        Date::new(year, month, 1, 0, 0, Precision::Month)
    }

    /// A day-precision date.
    ///
    /// # Errors
    /// A [`DateError`] for an out-of-range year or an invalid month or day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        Date::new(year, month, day, 0, 0, Precision::Day)
    }

    /// A minute-precision date.
    ///
    /// # Errors
    /// A [`DateError`] naming the first invalid field.
    pub fn from_ymd_hm(
        year: i32,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
    ) -> Result<Date, DateError> {
        Date::new(year, month, day, hour, minute, Precision::Minute)
    }

    /// Astronomical year (0 = 1 BC); the first year of the period for coarse precisions.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// Month, 1..=12 (1 when coarser than a month).
    pub fn month(&self) -> u32 {
        u32::from(self.month)
    }

    /// Day of the month, 1..=31 (1 when coarser than a day).
    pub fn day(&self) -> u32 {
        u32::from(self.day)
    }

    /// Hour, 0..=23 (0 when coarser than an hour).
    pub fn hour(&self) -> u32 {
        u32::from(self.hour)
    }

    /// Minute, 0..=59 (0 when coarser than a minute).
    pub fn minute(&self) -> u32 {
        u32::from(self.minute)
    }

    /// How precise the date is.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// Whether the date is approximate ("c. 1850").
    pub fn circa(&self) -> bool {
        self.circa
    }

    /// The same date at another precision.
    ///
    /// Coarser truncates (and floors the year for decades, centuries and millennia); finer keeps the
    /// fields, so the result starts where `self` starts (1 January, 00:00, …). A coarse period that starts
    /// before [`MIN_YEAR`] (the millennium of 100,000 BC) becomes year [`MIN_YEAR`] at finer precisions.
    #[must_use]
    pub fn with_precision(self, precision: Precision) -> Date {
        let mut date = self;
        date.precision = precision;
        if precision < Precision::Minute {
            date.minute = 0;
        }
        if precision < Precision::Hour {
            date.hour = 0;
        }
        if precision < Precision::Day {
            date.day = 1;
        }
        if precision < Precision::Month {
            date.month = 1;
        }
        // Flooring a year >= MIN_YEAR - 999 cannot overflow i32.
        date.year = floor_year(i64::from(date.year), precision) as i32;
        if precision >= Precision::Year {
            date.year = date.year.clamp(MIN_YEAR, MAX_YEAR);
        }
        date
    }

    /// The same date with the circa flag set or cleared.
    #[must_use]
    pub fn with_circa(self, circa: bool) -> Date {
        Date { circa, ..self }
    }

    /// Days since 1970-01-01T00:00 of the first instant the date covers (fractional for hours and minutes).
    pub fn start_days(&self) -> f64 {
        self.epoch_minutes() as f64 / MINUTES_PER_DAY as f64
    }

    /// Exclusive end of the period the date covers, in days since 1970-01-01 (the start of the next
    /// month for a month-precision date, of the next decade for a decade, …).
    pub fn end_days(&self) -> f64 {
        let start_of = |year: i32, month: u32| epoch_days(year, month, 1) as f64;
        match self.precision {
            Precision::Minute => (self.epoch_minutes() + 1) as f64 / MINUTES_PER_DAY as f64,
            Precision::Hour => (self.epoch_minutes() + 60) as f64 / MINUTES_PER_DAY as f64,
            Precision::Day => (epoch_days(self.year, self.month(), self.day()) + 1) as f64,
            Precision::Month if self.month == 12 => start_of(self.year + 1, 1),
            Precision::Month => start_of(self.year, self.month() + 1),
            Precision::Year | Precision::Decade | Precision::Century | Precision::Millennium => {
                start_of(self.year + self.precision.span_years(), 1)
            }
        }
    }

    /// The period of the given precision that contains `days` (days since 1970-01-01, floored), clamped to
    /// [`MIN_YEAR`]..=[`MAX_YEAR`]. `NaN` reads as 1970-01-01.
    pub fn from_days(days: f64, precision: Precision) -> Date {
        let minutes = if days.is_nan() {
            0
        } else {
            // Saturating cast; from_epoch_minutes clamps to the supported range.
            (days * MINUTES_PER_DAY as f64 + FLOOR_TOLERANCE_MINUTES).floor() as i64
        };
        Date::from_epoch_minutes(minutes, precision)
    }

    /// Steps `amount` units of `unit` through the calendar, keeping `self`'s precision and circa flag.
    ///
    /// Months and years keep the day of the month where it exists and clamp it otherwise (31 January plus
    /// one month is 28 or 29 February); a decade is 10 years, a century 100, a millennium 1000. Minutes,
    /// hours and days are exact. The result is floored to `self`'s precision (adding an hour to a
    /// year-precision date gives the same year) and clamped to [`MIN_YEAR`]..=[`MAX_YEAR`].
    #[must_use]
    pub fn add(self, amount: i64, unit: Precision) -> Date {
        let unit_minutes = match unit {
            Precision::Minute => Some(1),
            Precision::Hour => Some(60),
            Precision::Day => Some(MINUTES_PER_DAY),
            Precision::Month
            | Precision::Year
            | Precision::Decade
            | Precision::Century
            | Precision::Millennium => None,
        };
        let stepped = if let Some(unit_minutes) = unit_minutes {
            let minutes = self
                .epoch_minutes()
                .saturating_add(amount.saturating_mul(unit_minutes));
            Date::from_epoch_minutes(minutes, self.precision)
        } else if unit == Precision::Month {
            let month_index =
                (i64::from(self.year) * 12 + i64::from(self.month) - 1).saturating_add(amount);
            let month = month_index.rem_euclid(12) as u32 + 1;
            self.with_year_month_clamped(month_index.div_euclid(12), month)
        } else {
            let years = amount.saturating_mul(i64::from(unit.span_years()));
            self.with_year_month_clamped(i64::from(self.year).saturating_add(years), self.month())
        };
        stepped.with_circa(self.circa)
    }

    /// ISO-8601-like text, the same as [`Display`](fmt::Display): `2022-01-06T14:30`, `2022-03`, `-0043`,
    /// `199X`, `1850~`, ….
    pub fn to_iso(&self) -> String {
        let year = iso_year(self.year);
        let mut text = match self.precision {
            Precision::Millennium => mask_year(&year, 3),
            Precision::Century => mask_year(&year, 2),
            Precision::Decade => mask_year(&year, 1),
            Precision::Year => year,
            Precision::Month => format!("{year}-{:02}", self.month),
            Precision::Day => format!("{year}-{:02}-{:02}", self.month, self.day),
            Precision::Hour => format!("{year}-{:02}-{:02}T{:02}", self.month, self.day, self.hour),
            Precision::Minute => format!(
                "{year}-{:02}-{:02}T{:02}:{:02}",
                self.month, self.day, self.hour, self.minute
            ),
        };
        if self.circa {
            text.push('~');
        }
        text
    }

    /// Text for people: "44 BC", "c. 1850", "1990s", "440s BC", "19th century", "5th century BC",
    /// "2nd millennium", "March 2022", "6 Jan 2022", "6 Jan 2022 14:00", "6 Jan 2022 14:30".
    ///
    /// Coarse BC periods are named after the magnitude of their first astronomical year: the decade
    /// starting at -440 is "440s BC" and the century starting at -500 is "5th century BC".
    pub fn human(&self) -> String {
        let year = self.year;
        let text = match self.precision {
            Precision::Millennium | Precision::Century => {
                let span = self.precision.span_years();
                let (number, era) = if year >= 0 {
                    (year / span + 1, "")
                } else {
                    (-year / span, " BC")
                };
                format!("{} {}{era}", ordinal(number), self.precision.label())
            }
            Precision::Decade if year >= 0 => format!("{}s", group_thousands(i64::from(year))),
            Precision::Decade => format!("{}s BC", group_thousands(-i64::from(year))),
            Precision::Year => year_label(year),
            Precision::Month => format!("{} {}", self.month_name(), year_label(year)),
            Precision::Day => self.day_month_year(),
            Precision::Hour | Precision::Minute => {
                format!(
                    "{} {:02}:{:02}",
                    self.day_month_year(),
                    self.hour,
                    self.minute
                )
            }
        };
        if self.circa {
            format!("c. {text}")
        } else {
            text
        }
    }

    /// Short text for ticks and tight spaces, without the circa mark: "2022", "44 BC", "1990s",
    /// "Mar 2022", "6 Jan 2022", "14:30".
    ///
    /// Hours and minutes show only the time of day; pair them with [`Date::with_precision`]`(Day)` for
    /// context.
    pub fn short_label(&self) -> String {
        match self.precision {
            Precision::Millennium | Precision::Century | Precision::Decade => {
                self.with_circa(false).human()
            }
            Precision::Year => year_label(self.year),
            Precision::Month => format!("{} {}", self.month_abbreviation(), year_label(self.year)),
            Precision::Day => self.day_month_year(),
            Precision::Hour | Precision::Minute => format!("{:02}:{:02}", self.hour, self.minute),
        }
    }

    /// Full English month name ("March").
    pub fn month_name(&self) -> &'static str {
        month_name(self.month())
    }

    /// Three-letter English month abbreviation ("Mar").
    pub fn month_abbreviation(&self) -> &'static str {
        month_abbreviation(self.month())
    }

    /// "6 Jan 2022".
    fn day_month_year(&self) -> String {
        format!(
            "{} {} {}",
            self.day,
            self.month_abbreviation(),
            year_label(self.year)
        )
    }

    /// Minutes since 1970-01-01T00:00 of the first instant.
    fn epoch_minutes(&self) -> i64 {
        epoch_days(self.year, self.month(), self.day()) * MINUTES_PER_DAY
            + i64::from(self.hour) * 60
            + i64::from(self.minute)
    }

    /// The period of `precision` containing the minute `minutes` (since 1970-01-01), clamped to range.
    fn from_epoch_minutes(minutes: i64, precision: Precision) -> Date {
        let first = MIN_DAYS as i64 * MINUTES_PER_DAY;
        let last = MAX_DAYS as i64 * MINUTES_PER_DAY - 1;
        let minutes = minutes.clamp(first, last);
        let days = minutes.div_euclid(MINUTES_PER_DAY);
        let minute_of_day = u32::try_from(minutes.rem_euclid(MINUTES_PER_DAY)).unwrap_or(0);
        // Within the supported range, the day count fits i32 and chrono accepts it.
        let Some(date) = i32::try_from(days + UNIX_EPOCH_DAYS_FROM_CE)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
        else {
            return Date::range_start(precision);
        };
        Date {
            year: date.year(),
            month: date.month() as u8,
            day: date.day() as u8,
            hour: (minute_of_day / 60) as u8,
            minute: (minute_of_day % 60) as u8,
            precision: Precision::Minute,
            circa: false,
        }
        .with_precision(precision)
    }

    /// The first period of the supported range at `precision`.
    fn range_start(precision: Precision) -> Date {
        Date {
            year: MIN_YEAR,
            month: 1,
            day: 1,
            hour: 0,
            minute: 0,
            precision: Precision::Minute,
            circa: false,
        }
        .with_precision(precision)
    }

    /// `self` moved to `year`/`month` (day clamped to the month), floored to its precision and clamped to
    /// the supported range. Does not keep the circa flag.
    fn with_year_month_clamped(self, year: i64, month: u32) -> Date {
        if year > i64::from(MAX_YEAR) {
            return Date::from_epoch_minutes(i64::MAX, self.precision);
        }
        if year < i64::from(MIN_YEAR) {
            return Date::range_start(self.precision);
        }
        let year = year as i32; // In range, see above.
        Date {
            year,
            month: month as u8,
            day: self.day.min(days_in_month(year, month) as u8),
            hour: self.hour,
            minute: self.minute,
            precision: Precision::Minute,
            circa: false,
        }
        .with_precision(self.precision)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Reads the form [`Date::to_iso`] writes, plus, leniently, surrounding whitespace, seconds
    /// (`2022-01-06T14:30:00`, ignored) and the TIMEX forms `199` (three digits: the 1990s) and `18` (two
    /// digits: the 1800s).
    fn from_str(text: &str) -> Result<Date, DateError> {
        parse_trimmed(text.trim()).map_err(|reason| DateError::Unparseable {
            text: text.to_owned(),
            reason: Box::new(reason),
        })
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;

    fn try_from(text: String) -> Result<Date, DateError> {
        text.parse()
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_iso()
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Date) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    /// Chronological by start, then coarser first, then exact before circa.
    fn cmp(&self, other: &Date) -> Ordering {
        let key = |d: &Date| {
            (
                d.year,
                d.month,
                d.day,
                d.hour,
                d.minute,
                d.precision,
                d.circa,
            )
        };
        key(self).cmp(&key(other))
    }
}

/// A year for people: "2022", "44 BC" (year -43), "1 BC" (year 0), "12,000", "10,000 BC".
pub fn year_label(year: i32) -> String {
    if year > 0 {
        group_thousands(i64::from(year))
    } else {
        format!("{} BC", group_thousands(1 - i64::from(year)))
    }
}

/// Full English month name for a month 1..=12 ("March"); empty for anything else.
pub fn month_name(month: u32) -> &'static str {
    month_table_entry(&MONTH_NAMES, month)
}

/// Three-letter English month abbreviation for a month 1..=12 ("Mar"); empty for anything else.
pub fn month_abbreviation(month: u32) -> &'static str {
    month_table_entry(&MONTH_ABBREVIATIONS, month)
}

/// Days since 1970-01-01 of the first instant of a calendar day, or `None` if chrono rejects it.
pub fn days_from_ymd(year: i32, month: u32, day: u32) -> Option<i64> {
    NaiveDate::from_ymd_opt(year, month, day)
        .map(|date| i64::from(date.num_days_from_ce()) - UNIX_EPOCH_DAYS_FROM_CE)
}

/// Number of days in a month (28..=31); 31 for an invalid month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    NaiveDate::from_ymd_opt(year, month, 1).map_or(31, |date| u32::from(date.num_days_in_month()))
}

/// `table[month - 1]`, or "" when out of range.
fn month_table_entry(table: &[&'static str; 12], month: u32) -> &'static str {
    month
        .checked_sub(1)
        .and_then(|index| table.get(index as usize))
        .copied()
        .unwrap_or("")
}

/// [`days_from_ymd`] for fields a [`Date`] has already validated.
fn epoch_days(year: i32, month: u32, day: u32) -> i64 {
    // Unreachable fallback: every Date holds a valid calendar day well inside chrono's range.
    days_from_ymd(year, month, day).unwrap_or(0)
}

/// The first year of the period of `precision` containing `year` (floor division).
fn floor_year(year: i64, precision: Precision) -> i64 {
    let span = i64::from(precision.span_years());
    year.div_euclid(span) * span
}

/// "2022", "0044", "-0043", "12000", "-10000".
fn iso_year(year: i32) -> String {
    if year < 0 {
        format!("-{:04}", year.unsigned_abs())
    } else {
        format!("{year:04}")
    }
}

/// Replaces the last `count` digits of an ISO year with `X` ("1990" → "199X").
fn mask_year(year: &str, count: usize) -> String {
    let keep = year.len().saturating_sub(count);
    let mut masked = year.get(..keep).unwrap_or_default().to_owned();
    masked.extend(std::iter::repeat_n('X', count));
    masked
}

/// 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st, ….
fn ordinal(number: i32) -> String {
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

/// "9999", "10,000", "250,000": separators only from five digits on, as in "10,000 BC".
fn group_thousands(number: i64) -> String {
    if (-9999..=9999).contains(&number) {
        return number.to_string();
    }
    let digits = number.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if number < 0 {
        grouped.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// Parses trimmed text (see [`Date::from_str`]); errors are wrapped with the text by the caller.
fn parse_trimmed(text: &str) -> Result<Date, DateError> {
    let (body, circa) = match text.strip_suffix('~') {
        Some(body) => (body, true),
        None => (text, false),
    };
    let (negative, unsigned) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let year_len = unsigned
        .find(|c: char| !(c.is_ascii_digit() || c == 'X'))
        .unwrap_or(unsigned.len());
    let (year_text, tail) = unsigned.split_at(year_len);
    let digits = year_text.trim_end_matches('X');
    let masked = year_text.len() - digits.len();
    if digits.is_empty() || digits.contains('X') {
        return Err(DateError::Syntax);
    }
    let magnitude: i64 = digits.parse().map_err(|_| DateError::Syntax)?;
    let signed = if negative { -magnitude } else { magnitude };
    let coarse = |year: i64, precision: Precision| {
        let year = i32::try_from(year).map_err(|_| DateError::YearOutOfRange { year })?;
        Date::new(year, 1, 1, 0, 0, precision)
    };
    let date = match (masked, year_text.len(), negative, tail.is_empty()) {
        (1..=3, 4.., _, true) => {
            let precision =
                [Precision::Decade, Precision::Century, Precision::Millennium][masked - 1];
            coarse(signed.saturating_mul(10_i64.pow(masked as u32)), precision)?
        }
        (0, 3, false, true) => coarse(magnitude * 10, Precision::Decade)?,
        (0, 2, false, true) => coarse(magnitude * 100, Precision::Century)?,
        (0, 4.., _, _) => parse_fields(signed, tail)?,
        _ => return Err(DateError::Syntax),
    };
    Ok(date.with_circa(circa))
}

/// Parses `-MM[-DD[THH[:MM[:SS]]]]` after a full year.
fn parse_fields(year: i64, tail: &str) -> Result<Date, DateError> {
    let year = i32::try_from(year).map_err(|_| DateError::YearOutOfRange { year })?;
    let mut values = [1, 1, 0, 0];
    let mut precision = Precision::Year;
    let mut rest = tail;
    let fields = [
        ('-', Precision::Month),
        ('-', Precision::Day),
        ('T', Precision::Hour),
        (':', Precision::Minute),
    ];
    for (value, (separator, field_precision)) in values.iter_mut().zip(fields) {
        let Some((number, after)) = two_digit_field(rest, separator)? else {
            break;
        };
        *value = number;
        precision = field_precision;
        rest = after;
    }
    if precision == Precision::Minute
        && let Some((seconds, after)) = two_digit_field(rest, ':')?
    {
        if seconds > 59 {
            return Err(DateError::Syntax);
        }
        rest = after;
    }
    if !rest.is_empty() {
        return Err(DateError::Syntax);
    }
    let [month, day, hour, minute] = values;
    Date::new(year, month, day, hour, minute, precision)
}

/// Reads `separator` followed by exactly two digits; `Ok(None)` at the end of the text.
fn two_digit_field(text: &str, separator: char) -> Result<Option<(u32, &str)>, DateError> {
    if text.is_empty() {
        return Ok(None);
    }
    let after = text.strip_prefix(separator).ok_or(DateError::Syntax)?;
    let (digits, rest) = after.split_at_checked(2).ok_or(DateError::Syntax)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Syntax);
    }
    let number = digits.parse().map_err(|_| DateError::Syntax)?;
    Ok(Some((number, rest)))
}

#[cfg(test)]
#[expect(clippy::float_cmp, reason = "these values are exact by construction")]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse()
            .unwrap_or_else(|err| panic!("{text:?} should parse: {err}"))
    }

    #[test]
    fn iso_round_trip_every_precision() {
        let cases = [
            ("2022-01-06T14:30", Precision::Minute),
            ("2022-01-06T14", Precision::Hour),
            ("2022-01-06", Precision::Day),
            ("2022-03", Precision::Month),
            ("2022", Precision::Year),
            ("199X", Precision::Decade),
            ("18XX", Precision::Century),
            ("1XXX", Precision::Millennium),
            ("-0043", Precision::Year),
            ("0000", Precision::Year),
            ("-0043-03-15", Precision::Day),
            ("-0043-03-15T11:05", Precision::Minute),
            ("-004X", Precision::Decade),
            ("-05XX", Precision::Century),
            ("-1XXX", Precision::Millennium),
            ("12000", Precision::Year),
            ("-10000", Precision::Year),
            ("-99999", Precision::Year),
            ("100000", Precision::Year),
            ("100000-12-31T23:59", Precision::Minute),
            ("-100XXX", Precision::Millennium),
            ("-10000X", Precision::Decade),
            ("1850~", Precision::Year),
            ("199X~", Precision::Decade),
            ("2022-01-06T14:30~", Precision::Minute),
            ("0044-02-29", Precision::Day),
        ];
        for (text, precision) in cases {
            let parsed = date(text);
            assert_eq!(parsed.precision(), precision, "{text}");
            assert_eq!(parsed.to_iso(), text);
            assert_eq!(parsed.to_string(), text);
            assert_eq!(parsed.circa(), text.ends_with('~'), "{text}");
            assert_eq!(date(&parsed.to_iso()), parsed);
        }
    }

    #[test]
    fn lenient_parsing() {
        let cases = [
            ("199", "199X"),
            ("18", "18XX"),
            ("2022-01-06T14:30:00", "2022-01-06T14:30"),
            ("  2022-03 \n", "2022-03"),
            ("-0044", "-0044"),
        ];
        for (text, iso) in cases {
            assert_eq!(date(text).to_iso(), iso, "{text:?}");
        }
    }

    #[test]
    fn rejects_garbage_and_quotes_it() {
        let cases = [
            "",
            "2022-13",
            "2022-00",
            "2022-02-30",
            "abc",
            "2022-01-06T25:00",
            "2022-01-06T14:60",
            "100001",
            "-100000",
            "2022-1",
            "2022-01-06 14:30",
            "2022-01-06T14:30:61",
            "2022-01-06T14:30:00:00",
            "19X9",
            "1XXXX",
            "X",
            "-199",
            "5",
            "2022~~",
            "2022?",
            "199X-01",
            "99999999999999999999999",
            "9999999999999999XXX",
            "-9999999999999999XXX",
            "2022-01-0６",
        ];
        for text in cases {
            let err = text
                .parse::<Date>()
                .expect_err(&format!("{text:?} should be rejected"));
            assert!(
                err.to_string().contains(&format!("{text:?}")),
                "{err} should quote {text:?}"
            );
        }
    }

    #[test]
    fn error_messages() {
        let err = "-0043-02-30".parse::<Date>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot read \"-0043-02-30\" as a date: day 30 does not exist in -0043-02"
        );
        let err = "abc".parse::<Date>().unwrap_err();
        assert!(
            err.to_string()
                .starts_with("cannot read \"abc\" as a date: expected")
        );
    }

    #[test]
    fn new_validates_and_normalises() {
        assert_eq!(
            Date::new(2022, 2, 30, 0, 0, Precision::Day),
            Err(DateError::InvalidDay {
                year: 2022,
                month: 2,
                day: 30
            })
        );
        assert_eq!(
            Date::new(2022, 13, 1, 0, 0, Precision::Month),
            Err(DateError::InvalidMonth { month: 13 })
        );
        assert_eq!(
            Date::new(2022, 1, 1, 24, 0, Precision::Hour),
            Err(DateError::InvalidHour { hour: 24 })
        );
        assert_eq!(
            Date::new(2022, 1, 1, 0, 60, Precision::Minute),
            Err(DateError::InvalidMinute { minute: 60 })
        );
        assert!(Date::from_year(MAX_YEAR + 1).is_err());
        assert!(Date::from_year(MIN_YEAR - 1).is_err());
        assert!(Date::new(i32::MIN, 1, 1, 0, 0, Precision::Millennium).is_err());
        // Fields finer than the precision are ignored.
        assert_eq!(
            Date::new(2022, 13, 40, 99, 99, Precision::Year),
            Date::from_year(2022)
        );
        let cases = [
            (1995, Precision::Decade, 1990),
            (-43, Precision::Decade, -50),
            (-40, Precision::Decade, -40),
            (1850, Precision::Century, 1800),
            (-450, Precision::Century, -500),
            (1999, Precision::Millennium, 1000),
            (-1, Precision::Millennium, -1000),
            (MIN_YEAR, Precision::Millennium, -100_000),
        ];
        for (year, precision, floored) in cases {
            let date = Date::new(year, 5, 6, 7, 8, precision).unwrap();
            assert_eq!(date.year(), floored, "{year} {precision}");
            assert_eq!(
                (date.month(), date.day(), date.hour(), date.minute()),
                (1, 1, 0, 0)
            );
        }
    }

    #[test]
    fn human_forms() {
        let cases = [
            ("-0043", "44 BC"),
            ("0000", "1 BC"),
            ("0001", "1"),
            ("1850~", "c. 1850"),
            ("199X", "1990s"),
            ("-044X", "440s BC"),
            ("18XX", "19th century"),
            ("00XX", "1st century"),
            ("-01XX", "1st century BC"),
            ("-05XX", "5th century BC"),
            ("1XXX", "2nd millennium"),
            ("2XXX", "3rd millennium"),
            ("-1XXX", "1st millennium BC"),
            ("2022-03", "March 2022"),
            ("2022-01-06", "6 Jan 2022"),
            ("2022-01-06T14", "6 Jan 2022 14:00"),
            ("2022-01-06T14:30", "6 Jan 2022 14:30"),
            ("-0043-03-15", "15 Mar 44 BC"),
            ("-9999", "10,000 BC"),
            ("12000", "12,000"),
            ("-99999", "100,000 BC"),
        ];
        for (text, human) in cases {
            assert_eq!(date(text).human(), human, "{text}");
        }
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(ordinal(101), "101st");
        assert_eq!(ordinal(113), "113th");
    }

    #[test]
    fn short_labels() {
        let cases = [
            ("2022", "2022"),
            ("2022-03", "Mar 2022"),
            ("2022-01-06", "6 Jan 2022"),
            ("2022-01-06T14:30~", "14:30"),
            ("199X~", "1990s"),
        ];
        for (text, label) in cases {
            assert_eq!(date(text).short_label(), label, "{text}");
        }
    }

    #[test]
    fn start_and_end_days() {
        let cases = [
            ("1970-01-01", 0.0, 1.0),
            ("1970", 0.0, 365.0),
            ("1970-01-02T12", 1.5, 1.5 + 1.0 / 24.0),
            ("1970-01-01T00:01", 1.0 / 1440.0, 2.0 / 1440.0),
            ("1969-12-31", -1.0, 0.0),
            ("197X", 0.0, 3652.0),
        ];
        for (text, start, end) in cases {
            let parsed = date(text);
            assert!((parsed.start_days() - start).abs() < 1e-9, "{text} start");
            assert!((parsed.end_days() - end).abs() < 1e-9, "{text} end");
        }
        let pairs = [
            ("2022-01", "2022-02"),
            ("2022-12", "2023-01"),
            ("2022", "2023"),
            ("199X", "2000"),
            ("18XX", "1900"),
            ("-0001", "0000"),
            ("-005X", "-0040"),
            ("1XXX", "2000"),
            ("2022-02-28", "2022-03-01"),
            ("2024-02-29", "2024-03-01"),
            ("2022-01-06T23", "2022-01-07"),
            ("2022-12-31T23:59", "2023-01-01"),
            ("100000", "100000-12-31T23:59"),
        ];
        for (text, next) in pairs {
            let end = date(text).end_days();
            let next = date(next);
            if text == "100000" {
                assert!((end - MAX_DAYS).abs() < 1e-9);
                assert!(next.end_days() == MAX_DAYS);
            } else {
                assert_eq!(end, next.start_days(), "{text}");
            }
        }
        assert_eq!(date("-99999").start_days(), MIN_DAYS);
        assert_eq!(
            days_from_ymd(MAX_YEAR + 1, 1, 1).map(|d| d as f64),
            Some(MAX_DAYS)
        );
    }

    #[test]
    fn from_days_floors_at_every_precision() {
        let instant = date("2022-03-15T14:37");
        let instant_days = instant.start_days() + 0.5 / 1440.0;
        let expected = [
            (Precision::Millennium, "2XXX"),
            (Precision::Century, "20XX"),
            (Precision::Decade, "202X"),
            (Precision::Year, "2022"),
            (Precision::Month, "2022-03"),
            (Precision::Day, "2022-03-15"),
            (Precision::Hour, "2022-03-15T14"),
            (Precision::Minute, "2022-03-15T14:37"),
        ];
        for (precision, iso) in expected {
            assert_eq!(Date::from_days(instant_days, precision).to_iso(), iso);
        }
        let bc = date("-0043-03-15T11:05").start_days() + 0.2 / 1440.0;
        let expected_bc = [
            (Precision::Millennium, "-1XXX"),
            (Precision::Century, "-01XX"),
            (Precision::Decade, "-005X"),
            (Precision::Year, "-0043"),
            (Precision::Month, "-0043-03"),
            (Precision::Day, "-0043-03-15"),
            (Precision::Hour, "-0043-03-15T11"),
            (Precision::Minute, "-0043-03-15T11:05"),
        ];
        for (precision, iso) in expected_bc {
            assert_eq!(Date::from_days(bc, precision).to_iso(), iso);
        }
        // Negative fractional days floor towards the past.
        assert_eq!(
            Date::from_days(-0.25, Precision::Day).to_iso(),
            "1969-12-31"
        );
        assert_eq!(
            Date::from_days(-0.25, Precision::Minute).to_iso(),
            "1969-12-31T18:00"
        );
        // Minute boundaries computed as k / 1440 land in minute k.
        for k in [1_i64, 7, 59, 61, 870, 1439] {
            let days = 19_000.0 + k as f64 / 1440.0;
            assert_eq!(
                i64::from(Date::from_days(days, Precision::Minute).minute()),
                k % 60
            );
        }
        // Clamped to the supported range.
        assert_eq!(Date::from_days(-1e12, Precision::Year).to_iso(), "-99999");
        assert_eq!(Date::from_days(1e12, Precision::Year).to_iso(), "100000");
        assert_eq!(
            Date::from_days(f64::INFINITY, Precision::Minute).to_iso(),
            "100000-12-31T23:59"
        );
        assert_eq!(
            Date::from_days(f64::NAN, Precision::Day).to_iso(),
            "1970-01-01"
        );
        // Start days round trip.
        for text in [
            "1850",
            "-0043-03-15",
            "2022-01-06T14:30",
            "199X",
            "-10000",
            "12000",
        ] {
            let parsed = date(text);
            assert_eq!(
                Date::from_days(parsed.start_days(), parsed.precision()),
                parsed
            );
        }
    }

    #[test]
    fn ordering_is_chronological_then_coarser_then_circa() {
        let sorted = [
            "-1XXX",
            "-0043",
            "0000",
            "0001",
            "1XXX",
            "18XX",
            "1850",
            "1850~",
            "1850-01",
            "1850-01-01",
            "1850-01-01T00",
            "1850-01-01T00:00",
            "1850-01-01T00:01",
            "1850-02",
            "199X",
            "2022",
        ];
        let dates: Vec<Date> = sorted.iter().map(|text| date(text)).collect();
        for pair in dates.windows(2) {
            assert!(pair[0] < pair[1], "{} < {}", pair[0], pair[1]);
        }
        let mut shuffled = dates.clone();
        shuffled.reverse();
        shuffled.sort();
        assert_eq!(shuffled, dates);
    }

    #[test]
    fn add_steps_through_the_calendar() {
        let cases = [
            ("2022-01-31", 1, Precision::Month, "2022-02-28"),
            ("2024-01-31", 1, Precision::Month, "2024-02-29"),
            ("2022-12-15", 1, Precision::Month, "2023-01-15"),
            ("2022-03", -3, Precision::Month, "2021-12"),
            ("2024-02-29", 1, Precision::Year, "2025-02-28"),
            ("2022-12-31", 1, Precision::Day, "2023-01-01"),
            (
                "2022-12-31T23:30",
                45,
                Precision::Minute,
                "2023-01-01T00:15",
            ),
            ("2022-01-01T00", -1, Precision::Hour, "2021-12-31T23"),
            ("0001", -1, Precision::Year, "0000"),
            ("0000", -1, Precision::Year, "-0001"),
            ("-0043-01", -1, Precision::Month, "-0044-12"),
            ("-0001-12-31", 1, Precision::Day, "0000-01-01"),
            ("199X", 1, Precision::Decade, "200X"),
            ("-001X", 1, Precision::Decade, "000X"),
            ("18XX", -20, Precision::Century, "-02XX"),
            ("1XXX", 1, Precision::Millennium, "2XXX"),
            ("2022", 1, Precision::Hour, "2022"),
            ("2022~", 10, Precision::Year, "2032~"),
            ("2022", i64::MAX, Precision::Year, "100000"),
            ("2022", i64::MIN, Precision::Month, "-99999"),
            ("2022-01-01", i64::MAX, Precision::Minute, "100000-12-31"),
            ("-99999", -1, Precision::Day, "-99999"),
            ("-100XXX", 0, Precision::Year, "-100XXX"),
        ];
        for (text, amount, unit, expected) in cases {
            assert_eq!(
                date(text).add(amount, unit).to_iso(),
                expected,
                "{text} + {amount} {unit}"
            );
        }
    }

    #[test]
    fn with_precision_truncates_and_extends() {
        let minute = date("1995-07-14T09:45");
        assert_eq!(minute.with_precision(Precision::Day).to_iso(), "1995-07-14");
        assert_eq!(minute.with_precision(Precision::Decade).to_iso(), "199X");
        let decade = minute.with_precision(Precision::Decade);
        assert_eq!(decade.with_precision(Precision::Day).to_iso(), "1990-01-01");
        assert_eq!(
            date("-100XXX").with_precision(Precision::Year).to_iso(),
            "-99999"
        );
        assert!(minute.with_circa(true).circa());
    }

    #[test]
    fn serde_uses_the_iso_string() {
        let original = date("-0043-03-15~");
        let json = serde_json::to_string(&original).unwrap();
        assert_eq!(json, "\"-0043-03-15~\"");
        let back: Date = serde_json::from_str(&json).unwrap();
        assert_eq!(back, original);
        assert!(serde_json::from_str::<Date>("\"2022-02-30\"").is_err());
    }

    #[test]
    fn precision_helpers() {
        assert_eq!(Precision::ALL.len(), 8);
        assert!(Precision::ALL.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(Precision::Year.coarser(), Some(Precision::Decade));
        assert_eq!(Precision::Millennium.coarser(), None);
        assert_eq!(Precision::Hour.finer(), Some(Precision::Minute));
        assert_eq!(Precision::Minute.finer(), None);
        assert_eq!(Precision::Century.label(), "century");
        assert_eq!(year_label(-43), "44 BC");
        assert_eq!(month_abbreviation(13), "");
        assert_eq!(days_in_month(2024, 2), 29);
    }
}
