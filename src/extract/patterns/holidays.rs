//! Holiday names: "Christmas", "Christmas Eve", "New Year's Day", "Easter Monday",
//! "Thanksgiving", "Independence Day", "Christmas 1963". Capitalised, as names are written,
//! except the unambiguous ones people type in lower case ("christmas eve", "easter").

use super::super::holidays::Holiday;
use super::super::sem::{Sem, YearRef};
use super::super::timex::TimexType;
use super::lexicon::{Lex, Unit};
use super::{Hit, Scanner};

impl Scanner<'_> {
    /// A holiday name at `i`, with an optional year after it ("Christmas 1963").
    pub(crate) fn holiday(&self, i: usize) -> Option<Hit> {
        if !self.cap(i) && self.lex(i) != Lex::HolidayName {
            return None;
        }
        let (holiday, end) = self.holiday_name(i)?;
        // "Easter Island", "Christmas Island": a one-word name before another name is a place.
        if end == i + 1
            && self.is_word(end)
            && ((self.cap(i) && self.cap(end)) || self.word_is(end, "island"))
        {
            return None;
        }
        let (year, end) = match self.year_at(end) {
            Some(y) => (YearRef::Abs(y), end + 1),
            None => (YearRef::Infer, end),
        };
        Some((end, TimexType::Date, Sem::Holiday(holiday, year)))
    }

    /// The holiday named from `i` and the index after its name.
    fn holiday_name(&self, i: usize) -> Option<(Holiday, usize)> {
        // Written in lower case ("christmas eve"), the rest of the name may be too.
        let lower_case = !self.cap(i);
        let word = |k: usize, s: &str| self.word_is(k, s) && (self.cap(k) || lower_case);
        let day = |k: usize| self.word_is(k, "day") && (self.cap(k) || lower_case);
        // "Valentine's Day", "Mother's Day", "Veterans' Day".
        let day_after_possessive = |k: usize| {
            let after = self.possessive(k).unwrap_or(k);
            let after = if self.punct(after, '\'') || self.punct(after, '\u{2019}') {
                after + 1
            } else {
                after
            };
            day(after).then_some(after + 1)
        };
        let one = |h: Holiday| Some((h, i + 1));
        let lower = self.str(i).to_ascii_lowercase();
        match lower.as_str() {
            "christmas" | "xmas" => {
                if word(i + 1, "eve") {
                    Some((Holiday::ChristmasEve, i + 2))
                } else if day(i + 1) {
                    Some((Holiday::Christmas, i + 2))
                } else {
                    one(Holiday::Christmas)
                }
            }
            "new" if self.lex(i + 1) == Lex::Unit(Unit::Year) && self.cap(i + 1) => {
                let after = self.possessive(i + 2).unwrap_or(i + 2);
                if word(after, "eve") {
                    Some((Holiday::NewYearsEve, after + 1))
                } else if day(after) {
                    Some((Holiday::NewYearsDay, after + 1))
                } else {
                    None
                }
            }
            "easter" => {
                if word(i + 1, "monday") {
                    Some((Holiday::EasterMonday, i + 2))
                } else if word(i + 1, "sunday") {
                    Some((Holiday::Easter, i + 2))
                } else {
                    one(Holiday::Easter)
                }
            }
            "good" if word(i + 1, "friday") => Some((Holiday::GoodFriday, i + 2)),
            "thanksgiving" => Some(if day(i + 1) {
                (Holiday::Thanksgiving, i + 2)
            } else {
                (Holiday::Thanksgiving, i + 1)
            }),
            "halloween" => one(Holiday::Halloween),
            "boxing" if day(i + 1) => Some((Holiday::BoxingDay, i + 2)),
            "independence" if day(i + 1) => Some((Holiday::IndependenceDay, i + 2)),
            "bastille" if day(i + 1) => Some((Holiday::BastilleDay, i + 2)),
            "armistice" | "remembrance" if day(i + 1) => Some((Holiday::Armistice, i + 2)),
            "labor" | "labour" if day(i + 1) => Some((Holiday::LaborDay, i + 2)),
            "memorial" if day(i + 1) => Some((Holiday::MemorialDay, i + 2)),
            "election" if day(i + 1) => Some((Holiday::ElectionDay, i + 2)),
            "valentine" => day_after_possessive(i + 1).map(|end| (Holiday::Valentines, end)),
            "veterans" => day_after_possessive(i + 1).map(|end| (Holiday::Armistice, end)),
            "mother" | "mothers" => {
                day_after_possessive(i + 1).map(|end| (Holiday::MothersDay, end))
            }
            "father" | "fathers" => {
                day_after_possessive(i + 1).map(|end| (Holiday::FathersDay, end))
            }
            _ => None,
        }
    }
}
