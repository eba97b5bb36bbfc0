//! Named holidays ("Christmas Eve", "New Year's Day", "Easter", "Thanksgiving") and the day each
//! falls on in a given year: fixed dates, Easter by the Gregorian computus, and the US holidays
//! set by weekday ("the fourth Thursday of November").

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A holiday Dateline can place on a calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// 25 December.
    Christmas,
    /// 24 December.
    ChristmasEve,
    /// 26 December.
    BoxingDay,
    /// 1 January.
    NewYearsDay,
    /// 31 December.
    NewYearsEve,
    /// 14 February.
    Valentines,
    /// 4 July (United States).
    IndependenceDay,
    /// 14 July.
    BastilleDay,
    /// 31 October.
    Halloween,
    /// 11 November (Veterans Day, Armistice Day, Remembrance Day).
    Armistice,
    /// Easter Sunday.
    Easter,
    /// The Friday before Easter.
    GoodFriday,
    /// The Monday after Easter.
    EasterMonday,
    /// The fourth Thursday of November (United States).
    Thanksgiving,
    /// The first Monday of September (United States).
    LaborDay,
    /// The last Monday of May (United States).
    MemorialDay,
    /// The Tuesday after the first Monday of November (United States).
    ElectionDay,
    /// The second Sunday of May (United States).
    MothersDay,
    /// The third Sunday of June.
    FathersDay,
}

impl Holiday {
    /// Its month and day when it has a fixed date.
    fn fixed(self) -> Option<(u8, u8)> {
        Some(match self {
            Self::Christmas => (12, 25),
            Self::ChristmasEve => (12, 24),
            Self::BoxingDay => (12, 26),
            Self::NewYearsDay => (1, 1),
            Self::NewYearsEve => (12, 31),
            Self::Valentines => (2, 14),
            Self::IndependenceDay => (7, 4),
            Self::BastilleDay => (7, 14),
            Self::Halloween => (10, 31),
            Self::Armistice => (11, 11),
            _ => return None,
        })
    }

    /// Its month and day in a typical year, for choosing the year when none is written.
    pub(crate) fn typical(self) -> (u8, u8) {
        self.fixed().unwrap_or(match self {
            Self::Thanksgiving => (11, 25),
            Self::LaborDay => (9, 4),
            Self::MemorialDay => (5, 28),
            Self::ElectionDay => (11, 5),
            Self::MothersDay => (5, 10),
            Self::FathersDay => (6, 18),
            // Easter and the days around it.
            _ => (4, 8),
        })
    }

    /// The day it falls on in `year`, if the calendar has that year.
    pub(crate) fn date_in(self, year: i32) -> Option<NaiveDate> {
        if let Some((month, day)) = self.fixed() {
            return NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day));
        }
        let nth = |month: u32, weekday: Weekday, n: u8| {
            NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
        };
        match self {
            Self::GoodFriday => easter_sunday(year)?.checked_sub_days(Days::new(2)),
            Self::EasterMonday => easter_sunday(year)?.checked_add_days(Days::new(1)),
            Self::Thanksgiving => nth(11, Weekday::Thu, 4),
            Self::LaborDay => nth(9, Weekday::Mon, 1),
            Self::MemorialDay => last_weekday_of_month(year, 5, Weekday::Mon),
            Self::ElectionDay => nth(11, Weekday::Mon, 1)?.checked_add_days(Days::new(1)),
            Self::MothersDay => nth(5, Weekday::Sun, 2),
            Self::FathersDay => nth(6, Weekday::Sun, 3),
            _ => easter_sunday(year),
        }
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm).
#[expect(
    clippy::many_single_char_names,
    reason = "the algorithm's published variable names, so it can be checked against them"
)]
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let y = year;
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The last `weekday` of `month` in `year`.
fn last_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let mut day = NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()?;
    while day.weekday() != weekday {
        day = day.pred_opt()?;
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn easter_follows_the_computus() {
        for (year, month, day) in [
            (1818, 3, 22),
            (1943, 4, 25),
            (2000, 4, 23),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2038, 4, 25),
        ] {
            assert_eq!(easter_sunday(year), ymd(year, month, day), "{year}");
        }
        assert_eq!(Holiday::GoodFriday.date_in(2024), ymd(2024, 3, 29));
        assert_eq!(Holiday::EasterMonday.date_in(2024), ymd(2024, 4, 1));
    }

    #[test]
    fn weekday_holidays_fall_on_their_day() {
        assert_eq!(Holiday::Thanksgiving.date_in(2021), ymd(2021, 11, 25));
        assert_eq!(Holiday::Thanksgiving.date_in(2022), ymd(2022, 11, 24));
        assert_eq!(Holiday::LaborDay.date_in(2022), ymd(2022, 9, 5));
        assert_eq!(Holiday::MemorialDay.date_in(2022), ymd(2022, 5, 30));
        assert_eq!(Holiday::ElectionDay.date_in(2020), ymd(2020, 11, 3));
        // The first Monday is 1 November: Election Day is the 2nd.
        assert_eq!(Holiday::ElectionDay.date_in(2021), ymd(2021, 11, 2));
        assert_eq!(Holiday::MothersDay.date_in(2022), ymd(2022, 5, 8));
        assert_eq!(Holiday::FathersDay.date_in(2022), ymd(2022, 6, 19));
        assert_eq!(Holiday::Christmas.date_in(1963), ymd(1963, 12, 25));
    }
}
