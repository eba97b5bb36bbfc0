//! "five days after 4 June 1989", "two weeks before Christmas": a date counted from another
//! by a measured duration. `TimeML` tags the duration and the date apart; the event they date
//! is on the shifted day, so suggestions compose them.

use chrono::{Datelike as _, Days, Months, NaiveDate};

use super::Tagged;
use super::timex::TimexType;
use crate::model::date::{Date, Precision};

/// A date composed from a duration, a link word and a date.
pub(crate) struct Shifted {
    /// Where the composed expression starts (the duration's first byte).
    pub start: usize,
    /// The shifted date.
    pub date: Date,
    /// How it was counted, for people ("5 days after 4 June 1989").
    pub how: String,
}

impl Shifted {
    /// How the date was worked out, for the reader: "five days after June 4, 1989 → 9 June
    /// 1989: 5 days after 4 June 1989".
    pub(crate) fn explain(&self, expression: &str) -> String {
        format!("{expression} → {}: {}", self.date.human(), self.how)
    }
}

/// The date of `tagged[k]` shifted by the duration right before it ("five days after"), when
/// that duration is a count of days, weeks, months or years and the date is precise enough.
pub(crate) fn shifted_date(text: &str, tagged: &[Tagged], k: usize, date: Date) -> Option<Shifted> {
    let duration = tagged.get(k.checked_sub(1)?)?;
    if duration.timex.kind != TimexType::Duration {
        return None;
    }
    let link = text
        .get(duration.bytes.1..tagged[k].bytes.0)?
        .trim()
        .to_ascii_lowercase();
    let sign = match link.as_str() {
        "after" | "later than" => 1,
        "before" | "earlier than" | "prior to" => -1,
        _ => return None,
    };
    let (n, unit) = count_and_unit(&duration.timex.value)?;
    let shifted = shift(date, n * sign, unit)?;
    let (amount, plural) = match unit {
        'D' => ("day", "days"),
        'W' => ("week", "weeks"),
        'M' => ("month", "months"),
        _ => ("year", "years"),
    };
    let noun = if n == 1 { amount } else { plural };
    let side = if sign > 0 { "after" } else { "before" };
    Some(Shifted {
        start: duration.bytes.0,
        date: shifted,
        how: format!("{n} {noun} {side} {}", date.human()),
    })
}

/// "P5D" → (5, 'D'); only whole counts of days, weeks, months and years.
fn count_and_unit(value: &str) -> Option<(i64, char)> {
    let rest = value.strip_prefix('P')?;
    let unit = rest.chars().last()?;
    let n: i64 = rest[..rest.len() - 1].parse().ok()?;
    (matches!(unit, 'D' | 'W' | 'M' | 'Y') && n > 0).then_some((n, unit))
}

/// `date` moved by `n` units, when it is precise enough to count in them.
fn shift(date: Date, n: i64, unit: char) -> Option<Date> {
    let needs = match unit {
        'D' | 'W' => Precision::Day,
        'M' => Precision::Month,
        _ => Precision::Year,
    };
    if date.precision() < needs {
        return None;
    }
    if unit == 'Y' {
        let year = i32::try_from(i64::from(date.year()) + n).ok()?;
        return match date.precision() {
            Precision::Year => Date::from_year(year).ok(),
            Precision::Month => Date::from_ym(year, date.month()).ok(),
            _ => {
                let day = date
                    .day()
                    .min(crate::model::date::days_in_month(year, date.month()));
                Date::from_ymd(year, date.month(), day).ok()
            }
        };
    }
    let start = NaiveDate::from_ymd_opt(date.year(), date.month(), date.day().max(1))?;
    let moved = match unit {
        'D' | 'W' => {
            let days = if unit == 'W' { n * 7 } else { n };
            let step = Days::new(days.unsigned_abs());
            if days >= 0 {
                start.checked_add_days(step)
            } else {
                start.checked_sub_days(step)
            }
        }
        _ => {
            let step = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
            if n >= 0 {
                start.checked_add_months(step)
            } else {
                start.checked_sub_months(step)
            }
        }
    }?;
    if date.precision() == Precision::Month {
        return Date::from_ym(moved.year(), moved.month()).ok();
    }
    Date::from_ymd(moved.year(), moved.month(), moved.day()).ok()
}

#[cfg(test)]
mod tests {
    use crate::extract::{parse_dct, suggest};

    /// (text, expression, date, explanation) with an article date of 6 January 2022.
    const CASES: &[(&str, &str, &str, &str)] = &[
        (
            "Troops left the square five days after June 4, 1989.",
            "five days after June 4, 1989",
            "1989-06-09",
            "5 days after 4 Jun 1989",
        ),
        (
            "The ship sailed two weeks before Christmas.",
            "two weeks before Christmas",
            "2021-12-11",
            "2 weeks before 25 Dec 2021",
        ),
        (
            "The treaty was signed three months after March 1815.",
            "three months after March 1815",
            "1815-06",
            "3 months after March 1815",
        ),
    ];

    #[test]
    fn a_duration_before_a_date_shifts_it() {
        let dct = parse_dct("2022-01-06").unwrap();
        for (text, expression, date, how) in CASES {
            let s = suggest(text, Some(&dct));
            let found = s.iter().find(|s| s.expression == *expression);
            let Some(found) = found else {
                panic!("{text}: no suggestion for {expression:?} in {s:?}");
            };
            assert_eq!(found.date.unwrap().to_string(), *date, "{text}");
            assert!(
                found.resolution.contains(how),
                "{text}: {}",
                found.resolution
            );
        }
        // A duration that is not a count from the date leaves the date alone.
        let s = suggest("The strike lasted five days in June 1989.", Some(&dct));
        assert_eq!(s[0].date.unwrap().to_string(), "1989-06");
    }
}
