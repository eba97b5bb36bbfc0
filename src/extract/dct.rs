//! The document creation time (DCT): the article's own date, against which "yesterday" and
//! "last week" are resolved. Parsed from user input or detected from a dateline or a
//! "Published ..." line.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike as _, NaiveDate};

/// The article creation date: date plus optional time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dct {
    /// Calendar day.
    date: NaiveDate,
    /// Hour and minute, when known.
    time: Option<(u8, u8)>,
}

/// Why a DCT string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DctError {
    /// Not of the form `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    #[error("expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {0:?}")]
    Format(String),
    /// Well-formed but not a real date or time (e.g. February 30).
    #[error("no such date or time: {0:?}")]
    Invalid(String),
}

impl Dct {
    /// A DCT for a calendar day, `None` if the day does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(|date| Self { date, time: None })
    }

    /// The same day with a time of day (hour 0..=23, minute 0..=59).
    #[must_use]
    pub fn with_time(self, hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(Self {
            time: Some((hour, minute)),
            ..self
        })
    }

    /// The calendar day.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Year.
    pub fn year(&self) -> i32 {
        self.date.year()
    }

    /// Month, 1-based.
    pub fn month(&self) -> u32 {
        self.date.month()
    }

    /// Day of month.
    pub fn day(&self) -> u32 {
        self.date.day()
    }

    /// Hour and minute, when known.
    pub fn time(&self) -> Option<(u8, u8)> {
        self.time
    }
}

impl fmt::Display for Dct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        if let Some((h, m)) = self.time {
            write!(f, "T{h:02}:{m:02}")?;
        }
        Ok(())
    }
}

impl FromStr for Dct {
    type Err = DctError;

    fn from_str(s: &str) -> Result<Self, DctError> {
        parse_dct(s)
    }
}

/// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (seconds are dropped).
///
/// # Errors
/// [`DctError::Format`] for other shapes, [`DctError::Invalid`] for days or times that do not exist.
///
/// ```
/// # use dateline::extract::parse_dct;
/// let dct = parse_dct("2022-01-06T14:30").unwrap();
/// assert_eq!(dct.to_string(), "2022-01-06T14:30");
/// assert!(parse_dct("2022-02-30").is_err());
/// ```
#[expect(clippy::many_single_char_names, reason = "date and time fields")]
pub fn parse_dct(s: &str) -> Result<Dct, DctError> {
    let s = s.trim();
    let format_err = || DctError::Format(s.to_owned());
    let (day, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let b = day.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(format_err());
    }
    let num = |r: std::ops::Range<usize>| -> Result<u32, DctError> {
        let part = day.get(r).ok_or_else(format_err)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return Err(format_err());
        }
        part.parse().map_err(|_| format_err())
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let year = i32::try_from(y).map_err(|_| format_err())?;
    let dct = Dct::from_ymd(year, m, d).ok_or_else(|| DctError::Invalid(s.to_owned()))?;
    let Some(t) = time else { return Ok(dct) };
    let parts: Vec<&str> = t.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.len() != 2 || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return Err(format_err());
    }
    let hh: u8 = parts[0].parse().map_err(|_| format_err())?;
    let mm: u8 = parts[1].parse().map_err(|_| format_err())?;
    let ss: u8 = parts
        .get(2)
        .map_or(Ok(0), |p| p.parse().map_err(|_| format_err()))?;
    if ss > 59 {
        return Err(DctError::Invalid(s.to_owned()));
    }
    dct.with_time(hh, mm)
        .ok_or_else(|| DctError::Invalid(s.to_owned()))
}

/// Keywords that introduce the article's own date on a header line.
const KEYWORDS: [&str; 6] = [
    "published",
    "updated",
    "posted",
    "date:",
    "dateline",
    "first published",
];

/// How many lines from the top are searched for a dateline.
const HEAD_LINES: usize = 25;

/// Bytes of each head line searched for the date.
const HEAD_BYTES: usize = 400;

/// Bytes of the text searched for the year of a dateline that has none.
const HEAD_TEXT_BYTES: usize = 64 * 1024;

/// Detects the article date from a "Published ..." line, a dateline ("WASHINGTON, Jan. 6, 2022
/// (AP) —") or a short header line holding only a full date. `None` when there is no such line.
///
/// ```
/// # use dateline::extract::detect_dct;
/// let text = "Storm hits coast\nPublished January 6, 2022\n\nThe storm arrived yesterday.";
/// assert_eq!(detect_dct(text).unwrap().to_string(), "2022-01-06");
/// assert!(detect_dct("The storm arrived yesterday.").is_none());
/// ```
pub fn detect_dct(text: &str) -> Option<Dct> {
    let mut best: Option<(u8, Dct)> = None;
    // A dateline or header date without a year ("ALMATY, Jan 7 (Reuters) -"): month and day.
    let mut without_year: Option<(u32, u32)> = None;
    for line in text.lines().take(HEAD_LINES) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lower = trimmed
            .get(..trimmed.len().min(20))
            .unwrap_or(trimmed)
            .to_ascii_lowercase();
        let keyword = KEYWORDS.iter().any(|k| lower.starts_with(k));
        // A dateline or "Published" line is short: look at its head only, so a text that is one
        // long line is not tagged twice.
        let head = &trimmed[..trimmed.floor_char_boundary(HEAD_BYTES)];
        let timexes = super::tag(head, None);
        let caps_place = trimmed.split(',').next().is_some_and(is_caps_place);
        if (keyword || caps_place)
            && without_year.is_none()
            && let Some(first) = timexes.first().filter(|t| t.start < 40)
        {
            without_year = month_day(&first.value);
        }
        let first_full = timexes
            .iter()
            .find_map(|t| full_date(&t.value).map(|d| (t.clone(), d)));
        let Some((timex, dct)) = first_full else {
            continue;
        };
        let short = trimmed.len() <= HEAD_BYTES
            && trimmed.chars().count() <= 80
            && timex.end - timex.start >= trimmed.chars().count() / 3;
        let dateline = timex.start < 40 && caps_place;
        let rank = if keyword {
            0
        } else if dateline {
            1
        } else if short {
            2
        } else {
            continue;
        };
        if best.is_none_or(|(r, _)| rank < r) {
            best = Some((rank, dct));
        }
        if rank == 0 {
            break;
        }
    }
    best.map(|(_, d)| d)
        .or_else(|| without_year.and_then(|(month, day)| with_year_of_text(text, month, day)))
}

/// Month and day of a TIMEX value without a year (`XXXX-01-07`).
fn month_day(value: &str) -> Option<(u32, u32)> {
    let rest = value.strip_prefix("XXXX-")?;
    let (month, day) = rest.get(..5)?.split_once('-')?;
    Some((month.parse().ok()?, day.parse().ok()?))
}

/// The article date of a year-less dateline: its month and day in the latest year the text
/// names outright (a report of January events that says "Jan. 2, 2022" was written in 2022).
fn with_year_of_text(text: &str, month: u32, day: u32) -> Option<Dct> {
    let head = &text[..text.floor_char_boundary(HEAD_TEXT_BYTES)];
    let year = super::tag(head, None)
        .iter()
        .filter_map(|t| {
            let year = t.value.get(..4)?;
            year.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| year.parse::<i32>().ok())
                .flatten()
        })
        .max()?;
    Dct::from_ymd(year, month, day)
}

/// A TIMEX value that names a full day, optionally with a clock time.
fn full_date(value: &str) -> Option<Dct> {
    let day = value.get(..10)?;
    let dct = parse_dct(day).ok()?;
    match value.get(10..) {
        Some("") | None => Some(dct),
        Some(rest) => {
            let hm = rest.strip_prefix('T')?;
            let (h, m) = hm.split_once(':')?;
            dct.with_time(h.parse().ok()?, m.get(..2)?.parse().ok()?)
                .or(Some(dct))
        }
    }
}

/// "WASHINGTON" or "NEW YORK": the place of a dateline.
fn is_caps_place(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) && s.len() < 40
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_accepted_forms() {
        assert_eq!(parse_dct("2022-01-06").unwrap().to_string(), "2022-01-06");
        assert_eq!(
            parse_dct("2022-01-06T14:30").unwrap().time(),
            Some((14, 30))
        );
        assert_eq!(
            parse_dct("2022-01-06T14:30:59").unwrap().to_string(),
            "2022-01-06T14:30"
        );
        for bad in [
            "",
            "2022",
            "2022-1-6",
            "06/01/2022",
            "2022-01-06T1430",
            "2022-01-06T25:00",
        ] {
            assert!(parse_dct(bad).is_err(), "{bad}");
        }
        assert!(matches!(parse_dct("2021-02-29"), Err(DctError::Invalid(_))));
    }

    #[test]
    fn a_dateline_without_a_year_takes_the_year_the_text_names() {
        let text = "Floods recede\n\nLISBON, March 14 (Reuters) - The river fell after rising \
                    on March 12, 2019, officials said.";
        assert_eq!(detect_dct(text).unwrap().to_string(), "2019-03-14");
        assert!(detect_dct("LISBON, March 14 (Reuters) - The river fell.").is_none());
    }

    #[test]
    fn detects_datelines_and_published_lines() {
        let cases = [
            (
                "WASHINGTON, Jan. 6, 2022 (AP) — Lawmakers met today.",
                Some("2022-01-06"),
            ),
            (
                "Headline\nBy Jane Doe\nPublished 3:45 p.m. EST, Jan. 6, 2022\nBody text.",
                Some("2022-01-06T15:45"),
            ),
            ("Updated: 2021-12-31\nText", Some("2021-12-31")),
            (
                "January 6, 2022\n\nThe protests began on Sunday.",
                Some("2022-01-06"),
            ),
            (
                "The war began on June 22, 1941, when Germany invaded the Soviet Union in a long sentence.",
                None,
            ),
            ("Protests began on Sunday.", None),
        ];
        for (text, want) in cases {
            assert_eq!(
                detect_dct(text).map(|d| d.to_string()).as_deref(),
                want,
                "{text}"
            );
        }
    }
}
