//! The meaning of a recognized expression, before it is resolved against the article date.
//!
//! Recognition rules (in `patterns`) build a [`Sem`]; `normalize` turns it into a TIMEX3 value.

use super::holidays::Holiday;
use super::patterns::lexicon::{Pod, Season, Unit};

/// Which way an underspecified calendar reference points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// Decide from the tense of the sentence.
    Tense,
    /// Strictly before the article date ("last Friday", "last April").
    Past,
    /// Strictly after the article date ("next Friday").
    Future,
    /// The one in the current period ("this Friday", "this April").
    This,
    /// Before the day under discussion ("the previous Friday"), or before the article date.
    Before,
    /// After the day under discussion ("the following Friday"), or after the article date.
    After,
}

impl Dir {
    /// The direction from the article date when there is no day to count from.
    pub(crate) fn seen_from_dct(self) -> Self {
        match self {
            Self::Before => Self::Past,
            Self::After => Self::Future,
            d => d,
        }
    }
}

/// How the year of a quarter, half, season or month is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// An explicit year ("the third quarter of 1990").
    Abs(i32),
    /// An offset from the article year ("last year's third quarter" is -1).
    Dct(i32),
    /// An offset from the year of the previous date in the text ("a year-earlier quarter").
    Anaphoric(i32),
    /// Not given: infer from the article date and tense.
    Infer,
}

/// What an anaphoric or deictic shift is measured from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// The article date ("two years ago").
    Dct,
    /// The last date mentioned before, or the article date ("two years later").
    Reference,
    /// The article date in news, the date the story is at in a narrative ("the year", "the
    /// month": "by the end of the month").
    Context,
}

/// The meaning of one temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sem {
    /// A calendar date: month with optional day, optional year ("Jan. 6", "January 2022").
    Cal {
        /// Year, when written or implied ("January this year").
        year: YearRef,
        /// Month, 1-based.
        month: u8,
        /// Day of month.
        day: Option<u8>,
        /// How to pick the year when it is missing.
        dir: Dir,
    },
    /// A full date from a numeric form or an explicit year-month-day.
    Ymd(i32, u8, u8),
    /// A year ("1998", "fiscal 1998", "44 BC" as -43).
    Year(i32),
    /// A decade: the year divided by ten ("the 1990s" is 199).
    Decade(i32),
    /// A decade of the article's century ("the nineties" is 9).
    DecadeOfCentury(i32),
    /// A century: the first two digits ("the 19th century" is 18).
    Century(i32),
    /// A weekday, 1 = Monday.
    Weekday(u8, Dir),
    /// A day relative to the article date ("yesterday" is -1).
    DayOffset(i32),
    /// A calendar unit relative to the article date or reference ("last week", "the following year").
    UnitRel(Unit, i32, Anchor),
    /// A shift by a number of units ("two years ago" is (Year, Some(2), -1, Dct)); `None` count is vague.
    Shift(Unit, Option<u32>, i32, Anchor),
    /// A quarter (0 = unknown quarter, resolved from context).
    Quarter(u8, YearRef),
    /// A half year.
    Half(u8, YearRef),
    /// A season.
    Season(Season, YearRef),
    /// The week that holds a day ("the week of March 6").
    WeekOf(Box<Sem>),
    /// A day of the month the text is at ("on the 15th").
    MonthDay(u8),
    /// A number of days from another day ("the day before last Tuesday" is (Tuesday, -1)).
    DayFrom(Box<Sem>, i32),
    /// A holiday, in a written or inferred year ("Christmas 1963", "on Thanksgiving").
    Holiday(Holiday, YearRef),
    /// A fixed value such as `PRESENT_REF`, `P2W` or `XXXX-WXX-1`.
    Lit(String),
    /// A time of day on a date (`None` date = the article date).
    Time {
        /// The day it is on.
        date: Option<Box<Sem>>,
        /// Hour and minute when known.
        clock: Option<(u8, u8)>,
        /// Part of the day when no clock time is given.
        pod: Option<Pod>,
    },
}

impl Sem {
    /// The year written in the expression, if any ("June 1944", "the 1940s" give 1944, 1940).
    pub(crate) fn written_year(&self) -> Option<i32> {
        match self {
            Self::Cal {
                year: YearRef::Abs(y),
                ..
            }
            | Self::Ymd(y, ..)
            | Self::Year(y)
            | Self::Quarter(_, YearRef::Abs(y))
            | Self::Half(_, YearRef::Abs(y))
            | Self::Season(_, YearRef::Abs(y))
            | Self::Holiday(_, YearRef::Abs(y)) => Some(*y),
            Self::Decade(d) => Some(d * 10),
            Self::Century(c) => Some(c * 100),
            Self::Time { date, .. } => date.as_deref().and_then(Self::written_year),
            Self::WeekOf(day) | Self::DayFrom(day, _) => day.written_year(),
            _ => None,
        }
    }

    /// Whether the expression points from the article date ("yesterday", "on Friday", "last
    /// week", "two years ago"): the mark of news writing.
    pub(crate) fn is_deictic(&self) -> bool {
        match self {
            Self::DayOffset(_)
            | Self::MonthDay(_)
            | Self::Weekday(..)
            | Self::UnitRel(_, _, Anchor::Dct | Anchor::Context)
            | Self::Shift(_, Some(_), _, Anchor::Dct)
            | Self::Quarter(_, YearRef::Dct(_))
            | Self::Half(_, YearRef::Dct(_))
            | Self::Season(_, YearRef::Dct(_)) => true,
            Self::Cal { year, dir, .. } => {
                matches!(year, YearRef::Dct(_)) || matches!(dir, Dir::Past | Dir::Future)
            }
            Self::Time { date, .. } => date.as_deref().is_none_or(Self::is_deictic),
            Self::DayFrom(day, _) => day.is_deictic(),
            _ => false,
        }
    }

    /// Whether the expression is resolved from the article date even in a narrative ("today",
    /// "this year", "two years ago", "last year's third quarter"): its value says nothing about
    /// the time the story is at.
    pub(crate) fn points_from_article_date(&self) -> bool {
        match self {
            Self::DayOffset(_)
            | Self::UnitRel(_, _, Anchor::Dct)
            | Self::Shift(_, Some(_), _, Anchor::Dct)
            | Self::Quarter(_, YearRef::Dct(_))
            | Self::Half(_, YearRef::Dct(_))
            | Self::Season(_, YearRef::Dct(_))
            | Self::Cal {
                year: YearRef::Dct(_),
                ..
            } => true,
            Self::Time { date, .. } => date.as_deref().is_some_and(Self::points_from_article_date),
            Self::DayFrom(day, _) => day.points_from_article_date(),
            _ => false,
        }
    }

    /// Whether the expression names the period the text is at ("the year", "the month"), so it
    /// moves no reference time.
    pub(crate) fn follows_context(&self) -> bool {
        match self {
            Self::UnitRel(_, _, Anchor::Context) => true,
            Self::Time { date, .. } => date.as_deref().is_some_and(Self::follows_context),
            _ => false,
        }
    }

    /// Whether the expression is written out in full, independent of the article date.
    pub(crate) fn is_absolute(&self) -> bool {
        match self {
            Self::Cal { year, .. } => matches!(year, YearRef::Abs(_)),
            Self::Ymd(..) | Self::Year(_) | Self::Decade(_) | Self::Century(_) => true,
            Self::Quarter(_, y) | Self::Half(_, y) | Self::Season(_, y) | Self::Holiday(_, y) => {
                matches!(y, YearRef::Abs(_))
            }
            Self::Time { date, .. } => date.as_deref().is_some_and(Self::is_absolute),
            Self::WeekOf(day) | Self::DayFrom(day, _) => day.is_absolute(),
            _ => false,
        }
    }
}
