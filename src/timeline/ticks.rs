//! Calendar-aligned tick marks for the time axis, from minutes to millennia.
//!
//! The step adapts to the zoom: 1, 5, 15, 30 minutes; 1, 3, 6, 12 hours; 1, 2, 5, 10, 15 days (aligned on
//! the day of the month: the 1st, 6th, 11th, … for 5 days); 1, 3, 6 months (from January); 1, 2, 5, 10,
//! 20, 50, … 100,000 years. Year ticks fall on round year *numbers*: AD years that are multiples of the
//! step and BC years whose BC number is (100 BC, 200 BC, …; year -99 is 100 BC), so labels read round on
//! both sides of year 0.
//!
//! The chosen step is the smallest whose labels, measured with a caller-supplied text measurer, fit
//! between the ticks with [`LABEL_GAP_POINTS`] to spare: labels never overlap whether the caller draws them
//! centred on the tick, starting at it, or ending at it.
//!
//! ```
//! use dateline::timeline::{TimeAxis, TimeView, ticks};
//!
//! let view = TimeView::fit(0.0, 3650.0, 1000.0); // the 1970s
//! let axis = TimeAxis::new(view, 0.0, 1000.0);
//! let ticks = ticks(&axis, &|text: &str| 8.0 * text.chars().count() as f64);
//! assert!(ticks.iter().any(|tick| tick.label == "1975"));
//! ```

use crate::model::date::{
    Date, MAX_DAYS, MAX_YEAR, MIN_DAYS, MIN_YEAR, Precision, days_from_ymd, days_in_month,
    month_abbreviation, year_label,
};

use super::time_axis::{DAYS_PER_YEAR, TimeAxis};

/// Minimum empty space between two tick labels, in points.
pub const LABEL_GAP_POINTS: f64 = 12.0;

/// Most ticks [`ticks_with_step`] produces (a guard against absurd steps; [`ticks`] stays far below).
pub const MAX_TICKS: usize = 10_000;

/// Minutes in a day.
const MINUTES_PER_DAY: i64 = 1440;

/// One tick mark on the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Where it is, in days since 1970-01-01.
    pub days: f64,
    /// What to write next to it.
    ///
    /// Minor ticks carry short labels ("Mar", "14:00", "6 Jan", "1990"); major ticks mark the boundary
    /// of the next coarser unit and name it in full ("2022", "Jan 2022", "6 Jan 2022").
    pub label: String,
    /// Whether this tick marks a coarser boundary (draw it stronger).
    pub major: bool,
}

/// The spacing of ticks: `count` calendar units of `unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TickStep {
    /// The calendar unit: [`Precision::Minute`], [`Precision::Hour`], [`Precision::Day`],
    /// [`Precision::Month`] or [`Precision::Year`].
    pub unit: Precision,
    /// How many units between ticks.
    pub count: u32,
}

impl TickStep {
    /// Every step, finest first.
    pub const ALL: [TickStep; 32] = [
        TickStep::new(Precision::Minute, 1),
        TickStep::new(Precision::Minute, 5),
        TickStep::new(Precision::Minute, 15),
        TickStep::new(Precision::Minute, 30),
        TickStep::new(Precision::Hour, 1),
        TickStep::new(Precision::Hour, 3),
        TickStep::new(Precision::Hour, 6),
        TickStep::new(Precision::Hour, 12),
        TickStep::new(Precision::Day, 1),
        TickStep::new(Precision::Day, 2),
        TickStep::new(Precision::Day, 5),
        TickStep::new(Precision::Day, 10),
        TickStep::new(Precision::Day, 15),
        TickStep::new(Precision::Month, 1),
        TickStep::new(Precision::Month, 3),
        TickStep::new(Precision::Month, 6),
        TickStep::new(Precision::Year, 1),
        TickStep::new(Precision::Year, 2),
        TickStep::new(Precision::Year, 5),
        TickStep::new(Precision::Year, 10),
        TickStep::new(Precision::Year, 20),
        TickStep::new(Precision::Year, 50),
        TickStep::new(Precision::Year, 100),
        TickStep::new(Precision::Year, 200),
        TickStep::new(Precision::Year, 500),
        TickStep::new(Precision::Year, 1000),
        TickStep::new(Precision::Year, 2000),
        TickStep::new(Precision::Year, 5000),
        TickStep::new(Precision::Year, 10_000),
        TickStep::new(Precision::Year, 20_000),
        TickStep::new(Precision::Year, 50_000),
        TickStep::new(Precision::Year, 100_000),
    ];

    /// A step of `count` units.
    const fn new(unit: Precision, count: u32) -> TickStep {
        TickStep { unit, count }
    }

    /// The shortest distance between two consecutive ticks of this step, in days.
    pub fn min_spacing_days(self) -> f64 {
        let count = f64::from(self.count);
        match self.unit {
            Precision::Minute => count / MINUTES_PER_DAY as f64,
            Precision::Hour => count / 24.0,
            Precision::Day => count,
            Precision::Month => match self.count {
                1 => 28.0,
                3 => 90.0,
                _ => 181.0 * count / 6.0,
            },
            Precision::Year | Precision::Decade | Precision::Century | Precision::Millennium => {
                365.0 * count
            }
        }
    }

    /// The average distance between ticks, in days.
    pub fn nominal_days(self) -> f64 {
        let count = f64::from(self.count);
        match self.unit {
            Precision::Month => count * DAYS_PER_YEAR / 12.0,
            Precision::Year | Precision::Decade | Precision::Century | Precision::Millennium => {
                count * DAYS_PER_YEAR
            }
            Precision::Minute | Precision::Hour | Precision::Day => self.min_spacing_days(),
        }
    }

    /// The shortest label a tick of this step can have (for a quick first check).
    fn shortest_label(self) -> &'static str {
        match self.unit {
            Precision::Minute | Precision::Hour => "00:00",
            Precision::Day => "1 May",
            Precision::Month => "May",
            Precision::Year | Precision::Decade | Precision::Century | Precision::Millennium => "1",
        }
    }
}

/// The ticks to draw on `axis`, sorted by time, all within the visible span.
///
/// `measure_width` gives a label's width in points; the step is the smallest whose labels fit (see
/// [`tick_step`]).
pub fn ticks(axis: &TimeAxis, measure_width: &dyn Fn(&str) -> f64) -> Vec<Tick> {
    choose(axis, measure_width).1
}

/// The step [`ticks`] uses: the smallest whose every visible label plus [`LABEL_GAP_POINTS`] fits in the
/// step's shortest spacing (so the step does not flicker while panning across short months).
pub fn tick_step(axis: &TimeAxis, measure_width: &dyn Fn(&str) -> f64) -> TickStep {
    choose(axis, measure_width).0
}

/// Ticks of a given step within `axis`'s visible span, sorted by time.
///
/// Empty when there would be more than [`MAX_TICKS`] of them (a step far too fine for the zoom).
pub fn ticks_with_step(axis: &TimeAxis, step: TickStep) -> Vec<Tick> {
    let (start_days, end_days) = axis.visible_days();
    let start_days = start_days.max(MIN_DAYS);
    let end_days = end_days.min(MAX_DAYS);
    let too_many = (end_days - start_days) / step.min_spacing_days() > MAX_TICKS as f64;
    if end_days < start_days || too_many {
        return Vec::new();
    }
    match step.unit {
        Precision::Minute => minute_ticks(start_days, end_days, i64::from(step.count)),
        Precision::Hour => minute_ticks(start_days, end_days, i64::from(step.count) * 60),
        Precision::Day => day_ticks(start_days, end_days, step.count),
        Precision::Month => month_ticks(start_days, end_days, i64::from(step.count)),
        Precision::Year | Precision::Decade | Precision::Century | Precision::Millennium => {
            year_ticks(start_days, end_days, i64::from(step.count))
        }
    }
}

/// The coarse context the tick labels leave out, for the left end of the axis: "6 Jan 2022" when the
/// ticks show times of day, "January 2022" for days, "2022" for months, and "" for years.
pub fn context_label(axis: &TimeAxis, step: TickStep) -> String {
    let start_days = axis.visible_days().0;
    let precision = match step.unit {
        Precision::Minute | Precision::Hour => Precision::Day,
        Precision::Day => Precision::Month,
        Precision::Month => Precision::Year,
        Precision::Year | Precision::Decade | Precision::Century | Precision::Millennium => {
            return String::new();
        }
    };
    Date::from_days(start_days, precision).human()
}

/// Picks the step and its ticks.
fn choose(axis: &TimeAxis, measure_width: &dyn Fn(&str) -> f64) -> (TickStep, Vec<Tick>) {
    let days_per_point = axis.view.days_per_point;
    for step in TickStep::ALL {
        let spacing_points = step.min_spacing_days() / days_per_point;
        if spacing_points < measure_width(step.shortest_label()).max(0.0) + LABEL_GAP_POINTS {
            continue; // Cannot fit even the shortest label; also keeps the tick count small.
        }
        let ticks = ticks_with_step(axis, step);
        let widest_points = ticks
            .iter()
            .map(|tick| measure_width(&tick.label))
            .fold(0.0, f64::max);
        if spacing_points >= widest_points + LABEL_GAP_POINTS {
            return (step, ticks);
        }
    }
    let coarsest = TickStep::new(Precision::Year, 100_000);
    (coarsest, ticks_with_step(axis, coarsest))
}

/// Ticks every `step_minutes` minutes (dividing a day), majors at midnight.
fn minute_ticks(start_days: f64, end_days: f64, step_minutes: i64) -> Vec<Tick> {
    let step = step_minutes as f64;
    let minutes_per_day = MINUTES_PER_DAY as f64;
    let first = (start_days * minutes_per_day / step).ceil() as i64;
    let last = (end_days * minutes_per_day / step).floor() as i64;
    (first..=last)
        .filter_map(|index| {
            let minutes = index * step_minutes;
            let days = minutes as f64 / minutes_per_day;
            if !(start_days..=end_days).contains(&days) {
                return None; // Rounding at the very edges.
            }
            let minute_of_day = minutes.rem_euclid(MINUTES_PER_DAY);
            Some(if minute_of_day == 0 {
                Tick {
                    days,
                    label: Date::from_days(days, Precision::Day).human(),
                    major: true,
                }
            } else {
                Tick {
                    days,
                    label: format!("{:02}:{:02}", minute_of_day / 60, minute_of_day % 60),
                    major: false,
                }
            })
        })
        .collect()
}

/// Ticks on days 1, 1 + step, 1 + 2 step, … of each month (skipping a last one closer than `step` days to
/// the next 1st), majors on the 1st.
fn day_ticks(start_days: f64, end_days: f64, step_days: u32) -> Vec<Tick> {
    let mut ticks = Vec::new();
    let mut month = Date::from_days(start_days, Precision::Month);
    loop {
        let first_days = month.start_days();
        if first_days > end_days {
            break;
        }
        let month_days = days_in_month(month.year(), month.month());
        let abbreviation = month.month_abbreviation();
        for day in (1..=month_days).step_by(step_days.max(1) as usize) {
            if month_days + 1 - day < step_days {
                break;
            }
            let days = first_days + f64::from(day - 1);
            if days < start_days {
                continue;
            }
            if days > end_days {
                break;
            }
            let (label, major) = if day == 1 {
                (format!("{abbreviation} {}", year_label(month.year())), true)
            } else {
                (format!("{day} {abbreviation}"), false)
            };
            ticks.push(Tick { days, label, major });
        }
        let next = month.add(1, Precision::Month);
        if next == month {
            break; // The end of the supported range.
        }
        month = next;
    }
    ticks
}

/// Ticks on the 1st of every `step_months`-th month counted from January, majors in January.
fn month_ticks(start_days: f64, end_days: f64, step_months: i64) -> Vec<Tick> {
    let first = Date::from_days(start_days, Precision::Month);
    let first_index = i64::from(first.year()) * 12 + i64::from(first.month()) - 1;
    let mut index = first_index.div_euclid(step_months) * step_months;
    let mut ticks = Vec::new();
    while let Some((year, month)) = year_month_from_index(index) {
        let Some(days) = days_from_ymd(year, month, 1).map(|days| days as f64) else {
            break;
        };
        if days > end_days {
            break;
        }
        if days >= start_days {
            let (label, major) = if month == 1 {
                (year_label(year), true)
            } else {
                (month_abbreviation(month).to_owned(), false)
            };
            ticks.push(Tick { days, label, major });
        }
        index += step_months;
    }
    ticks
}

/// The year and month (1..=12) of a month counted from January of year 0; `None` past [`MAX_YEAR`].
fn year_month_from_index(index: i64) -> Option<(i32, u32)> {
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u32::try_from(index.rem_euclid(12) + 1).ok()?;
    (year <= MAX_YEAR).then_some((year, month))
}

/// Ticks on 1 January of years whose number (AD, or BC for year 0 and earlier) is a multiple of
/// `step_years`; majors where it is a multiple of the next power of ten.
fn year_ticks(start_days: f64, end_days: f64, step_years: i64) -> Vec<Tick> {
    let first_year = i64::from(Date::from_days(start_days, Precision::Year).year());
    let last_year = i64::from(Date::from_days(end_days, Precision::Year).year());
    let major_years = 10_i64.pow(step_years.max(1).ilog10() + 1);
    // BC numbers are 1 - year: from the latest BC year to the earliest, then AD years.
    let bc_first = (1 - last_year).max(1);
    let bc_last = 1 - first_year;
    let bc_years = (ceil_div(bc_first, step_years)..=bc_last.div_euclid(step_years))
        .rev()
        .map(|k| (1 - k * step_years, k * step_years));
    let ad_years = (ceil_div(first_year.max(1), step_years)..=last_year.div_euclid(step_years))
        .map(|k| (k * step_years, k * step_years));
    bc_years
        .chain(ad_years)
        .filter_map(|(year, number)| {
            let year = i32::try_from(year).ok()?;
            if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
                return None;
            }
            let days = days_from_ymd(year, 1, 1)? as f64;
            (start_days..=end_days).contains(&days).then(|| Tick {
                days,
                label: year_label(year),
                major: number % major_years == 0,
            })
        })
        .collect()
}

/// `numerator / denominator` rounded towards positive infinity (`denominator > 0`).
fn ceil_div(numerator: i64, denominator: i64) -> i64 {
    -(-numerator).div_euclid(denominator)
}

#[cfg(test)]
#[expect(clippy::float_cmp, reason = "these values are exact by construction")]
mod tests {
    use super::super::time_axis::{MAX_DAYS_PER_POINT, TimeView};
    use super::*;

    fn monospace(text: &str) -> f64 {
        8.0 * text.chars().count() as f64
    }

    fn axis_around(center: &str, visible_days: f64) -> TimeAxis {
        let center_days = center.parse::<Date>().unwrap().start_days();
        let view = TimeView {
            start_days: center_days - visible_days / 2.0,
            days_per_point: visible_days / 1000.0,
        };
        TimeAxis::new(view, 0.0, 1000.0)
    }

    /// Checks that a tick sits on a boundary of its step and that its label names it.
    fn assert_aligned(tick: &Tick, step: TickStep) {
        let count = i64::from(step.count);
        match step.unit {
            Precision::Minute | Precision::Hour => {
                let minutes = (tick.days * 1440.0).round() as i64;
                assert!((minutes as f64 / 1440.0 - tick.days).abs() < 1e-6);
                let unit = if step.unit == Precision::Hour { 60 } else { 1 };
                assert_eq!(minutes.rem_euclid(count * unit), 0, "{tick:?}");
                let date = Date::from_days(tick.days, Precision::Minute);
                if tick.major {
                    assert_eq!((date.hour(), date.minute()), (0, 0));
                    assert_eq!(tick.label, date.with_precision(Precision::Day).human());
                } else {
                    assert_eq!(
                        tick.label,
                        format!("{:02}:{:02}", date.hour(), date.minute())
                    );
                }
            }
            Precision::Day => {
                let date = Date::from_days(tick.days, Precision::Day);
                assert_eq!(date.start_days(), tick.days);
                assert_eq!(i64::from(date.day() - 1) % count, 0, "{tick:?}");
                assert_eq!(tick.major, date.day() == 1);
                if !tick.major {
                    assert_eq!(
                        tick.label,
                        format!("{} {}", date.day(), date.month_abbreviation())
                    );
                }
            }
            Precision::Month => {
                let date = Date::from_days(tick.days, Precision::Month);
                assert_eq!(date.start_days(), tick.days);
                assert_eq!(i64::from(date.month() - 1) % count, 0, "{tick:?}");
                assert_eq!(tick.major, date.month() == 1);
                let expected = if tick.major {
                    year_label(date.year())
                } else {
                    date.month_abbreviation().to_owned()
                };
                assert_eq!(tick.label, expected);
            }
            Precision::Year | Precision::Decade | Precision::Century | Precision::Millennium => {
                let date = Date::from_days(tick.days, Precision::Year);
                assert_eq!(date.start_days(), tick.days);
                let year = i64::from(date.year());
                let number = if year > 0 { year } else { 1 - year };
                assert_eq!(number % count, 0, "{tick:?}");
                assert_eq!(tick.label, year_label(date.year()));
            }
        }
    }

    #[test]
    fn ticks_fit_at_every_scale() {
        let minute = 1.0 / 1440.0;
        let spans = [
            ("minutes", 10.0 * minute),
            ("an hour", 60.0 * minute),
            ("a few hours", 6.0 / 24.0),
            ("a day", 1.0),
            ("a week", 7.0),
            ("a month", 30.0),
            ("a season", 100.0),
            ("a year", 365.0),
            ("years", 5.0 * 365.0),
            ("a decade", 3652.0),
            ("a century", 36_524.0),
            ("a millennium", 365_242.0),
            ("ten millennia", 3_652_425.0),
            ("100,000 years", 36_524_250.0),
            ("everything", MAX_DAYS_PER_POINT * 1000.0),
        ];
        let centers = [
            "2022-01-06T14:30",
            "1970-01-01",
            "-0043-03-15T12:00",
            "0001-01-01",
            "-9999",
            "-90000",
            "90000",
            "2024-02-15",
        ];
        for (name, visible_days) in spans {
            for center in centers {
                let axis = axis_around(center, visible_days);
                let step = tick_step(&axis, &monospace);
                let ticks = ticks(&axis, &monospace);
                let context = format!("{name} around {center} ({step:?})");
                assert!(ticks.len() >= 2, "{context}: {ticks:?}");
                let (start, end) = axis.visible_days();
                for tick in &ticks {
                    assert!(
                        start <= tick.days && tick.days <= end,
                        "{context}: {tick:?}"
                    );
                    assert_aligned(tick, step);
                }
                for pair in ticks.windows(2) {
                    let gap_points =
                        axis.x_from_days(pair[1].days) - axis.x_from_days(pair[0].days);
                    let widest = monospace(&pair[0].label).max(monospace(&pair[1].label));
                    assert!(
                        gap_points >= widest + LABEL_GAP_POINTS - 1e-6,
                        "{context}: {pair:?} overlap"
                    );
                }
                // The step is the smallest that fits: the previous one would not have.
                let index = TickStep::ALL.iter().position(|&s| s == step).unwrap();
                if let Some(&finer) = index.checked_sub(1).and_then(|i| TickStep::ALL.get(i)) {
                    let spacing = finer.min_spacing_days() / axis.view.days_per_point;
                    let widest = ticks_with_step(&axis, finer)
                        .iter()
                        .map(|tick| monospace(&tick.label))
                        .fold(monospace(finer.shortest_label()), f64::max);
                    assert!(
                        spacing < widest + LABEL_GAP_POINTS,
                        "{context}: {finer:?} fits"
                    );
                }
            }
        }
    }

    #[test]
    fn zoomed_in_views_use_fine_steps() {
        let cases = [
            (10.0 / 1440.0, Precision::Minute),
            (1.0, Precision::Hour),
            (20.0, Precision::Day),
            (365.0, Precision::Month),
            (20.0 * 365.0, Precision::Year),
        ];
        for (visible_days, unit) in cases {
            let axis = axis_around("2022-06-15T12:00", visible_days);
            assert_eq!(tick_step(&axis, &monospace).unit, unit, "{visible_days}");
        }
    }

    #[test]
    fn bc_labels() {
        let axis = axis_around("0000", 8.0 * 365.2425);
        let labels: Vec<String> = ticks(&axis, &monospace)
            .into_iter()
            .map(|tick| tick.label)
            .collect();
        assert!(labels.contains(&"1 BC".to_owned()), "{labels:?}");
        assert!(labels.contains(&"2 BC".to_owned()), "{labels:?}");
        assert!(labels.contains(&"1".to_owned()), "{labels:?}");
        assert!(
            !labels
                .iter()
                .any(|label| label.starts_with('-') || label == "0")
        );

        let step = TickStep::new(Precision::Year, 1);
        let around_caesar = axis_around("-0043-06", 3.0 * 365.2425);
        let labels: Vec<String> = ticks_with_step(&around_caesar, step)
            .into_iter()
            .map(|tick| tick.label)
            .collect();
        assert_eq!(labels, ["45 BC", "44 BC", "43 BC"]);

        let deep = axis_around("-9999", 40_000.0 * 365.2425);
        let deep_ticks = ticks(&deep, &monospace);
        assert!(
            deep_ticks.iter().any(|tick| tick.label == "10,000 BC"),
            "{deep_ticks:?}"
        );
        let hundreds = ticks_with_step(
            &axis_around("0001", 1100.0 * 365.2425),
            TickStep::new(Precision::Year, 100),
        );
        let labels: Vec<&str> = hundreds.iter().map(|tick| tick.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "500 BC", "400 BC", "300 BC", "200 BC", "100 BC", "100", "200", "300", "400", "500"
            ]
        );
    }

    #[test]
    fn major_ticks_mark_coarser_boundaries() {
        let axis = axis_around("2022-01-01", 90.0);
        let step = tick_step(&axis, &monospace);
        assert_eq!(step.unit, Precision::Day);
        let ticks = ticks(&axis, &monospace);
        let majors: Vec<&str> = ticks
            .iter()
            .filter(|tick| tick.major)
            .map(|tick| tick.label.as_str())
            .collect();
        assert!(
            ticks
                .iter()
                .filter(|tick| tick.major)
                .all(|tick| tick.label.len() == 8)
        );
        assert!(majors.contains(&"Jan 2022"));
        assert!(majors.contains(&"Dec 2021"));

        let hours = axis_around("2022-01-06T00:00", 1.5);
        let hour_ticks = super::ticks(&hours, &monospace);
        assert!(
            hour_ticks
                .iter()
                .any(|tick| tick.major && tick.label == "6 Jan 2022"),
            "{hour_ticks:?}"
        );
        assert!(hour_ticks.iter().any(|tick| tick.label == "18:00"));

        let months = axis_around("2022-01", 3.0 * 365.0);
        let month_ticks = super::ticks(&months, &monospace);
        assert!(
            month_ticks
                .iter()
                .any(|tick| tick.major && tick.label == "2022")
        );
        assert!(
            month_ticks
                .iter()
                .any(|tick| !tick.major && tick.label.len() == 3)
        );
        assert_eq!(
            context_label(&hours, tick_step(&hours, &monospace)),
            "5 Jan 2022"
        );
        assert_eq!(
            context_label(&months, tick_step(&months, &monospace)),
            "2020"
        );
    }

    #[test]
    fn absurd_steps_give_no_ticks() {
        let axis = axis_around("2000", 1000.0 * 365.0);
        assert!(ticks_with_step(&axis, TickStep::new(Precision::Minute, 1)).is_empty());
        assert!(!ticks_with_step(&axis, TickStep::new(Precision::Year, 1)).is_empty());
    }

    #[test]
    fn degenerate_axes() {
        let zero_width = TimeAxis::new(TimeView::default(), 0.0, 0.0);
        assert!(ticks(&zero_width, &monospace).len() <= 1);
        let huge_labels = ticks(&axis_around("2000", 3652.0), &|_: &str| 1e9);
        assert!(huge_labels.len() <= 2);
    }
}
