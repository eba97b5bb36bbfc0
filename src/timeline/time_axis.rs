//! The mapping between time (days since 1970-01-01, `f64`) and a horizontal screen span (points, `f64`).
//!
//! A [`TimeView`] says which part of time is visible (it is stored in the project file); a [`TimeAxis`]
//! lays a view onto a concrete screen span. Panning and zooming return a new view rather than mutating,
//! so the UI can push it as a command.
//!
//! ```
//! use dateline::timeline::time_axis::{TimeAxis, TimeView};
//!
//! let axis = TimeAxis::new(TimeView { start_days: 0.0, days_per_point: 1.0 }, 100.0, 500.0);
//! assert_eq!(axis.x_from_days(10.0), 110.0);
//! let zoomed = TimeAxis::new(axis.zoom_at(110.0, 2.0), 100.0, 500.0);
//! assert_eq!(zoomed.x_from_days(10.0), 110.0); // the day under the cursor stays put
//! assert_eq!(zoomed.view.days_per_point, 0.5);
//! ```

pub use crate::model::TimeView;
use crate::model::date::{MAX_DAYS, MIN_DAYS};

/// Average length of a Gregorian year in days.
pub const DAYS_PER_YEAR: f64 = 365.2425;
/// The finest zoom: 10 minutes across 1000 points.
pub const MIN_DAYS_PER_POINT: f64 = 10.0 / (24.0 * 60.0) / 1000.0;
/// The coarsest zoom: 250,000 years across 1000 points (more than the whole supported range).
pub const MAX_DAYS_PER_POINT: f64 = 250_000.0 * DAYS_PER_YEAR / 1000.0;
/// [`TimeView::fit`] leaves this fraction of the width empty on each side.
pub const FIT_MARGIN_FRACTION: f64 = 0.05;
/// [`TimeView::fit`] shows at least this many days (±1 day around a single instant).
pub const MIN_FIT_SPAN_DAYS: f64 = 2.0;
/// Half the span [`TimeView::around_today`] shows (today ± 3 years).
pub const TODAY_HALF_SPAN_DAYS: f64 = 3.0 * DAYS_PER_YEAR;
/// Width assumed by [`TimeView::default`], before any screen is known.
const DEFAULT_WIDTH_POINTS: f64 = 1000.0;

impl Default for TimeView {
    /// The 20th and 21st centuries (1900–2100) across 1000 points.
    fn default() -> Self {
        let start_days = -25_567.0; // 1900-01-01
        let end_days = 47_482.0; // 2100-01-01
        TimeView::fit(start_days, end_days, DEFAULT_WIDTH_POINTS)
    }
}

impl TimeView {
    /// Fits `[start_days, end_days)` into `width_points`, leaving [`FIT_MARGIN_FRACTION`] of the width
    /// empty on each side.
    ///
    /// Spans shorter than [`MIN_FIT_SPAN_DAYS`] (a single event, `start == end`) are widened around their
    /// centre to ±1 year; reversed bounds are swapped; non-finite bounds give [`TimeView::default`]. The
    /// result is clamped like every view (zoom limits, supported range).
    pub fn fit(start_days: f64, end_days: f64, width_points: f64) -> TimeView {
        if !start_days.is_finite() || !end_days.is_finite() {
            return TimeView::default();
        }
        let (low, high) = if start_days <= end_days {
            (start_days, end_days)
        } else {
            (end_days, start_days)
        };
        let span_days = (high - low).max(MIN_FIT_SPAN_DAYS);
        let center_days = low + (high - low) / 2.0;
        let width_points = usable_width(width_points);
        let days_per_point = span_days / (width_points * (1.0 - 2.0 * FIT_MARGIN_FRACTION));
        TimeView {
            start_days: center_days - days_per_point * width_points / 2.0,
            days_per_point,
        }
        .clamped(width_points)
    }

    /// Shows `center_days ± half_span_days` across `width_points` (no margin).
    pub fn around(center_days: f64, half_span_days: f64, width_points: f64) -> TimeView {
        let width_points = usable_width(width_points);
        let days_per_point = 2.0 * half_span_days.abs() / width_points;
        TimeView {
            start_days: center_days - half_span_days.abs(),
            days_per_point,
        }
        .clamped(width_points)
    }

    /// Today ± [`TODAY_HALF_SPAN_DAYS`] (3 years): the view for an empty project.
    pub fn around_today(width_points: f64) -> TimeView {
        TimeView::around(today_days(), TODAY_HALF_SPAN_DAYS, width_points)
    }

    /// This view made valid for a screen span of `width_points`.
    ///
    /// The zoom is clamped to [`MIN_DAYS_PER_POINT`]..=[`MAX_DAYS_PER_POINT`]; the visible span is moved
    /// inside the supported date range ([`MIN_DAYS`]..[`MAX_DAYS`]), or centred on it when it is wider.
    /// Non-finite values fall back to the default view.
    #[must_use]
    pub fn clamped(self, width_points: f64) -> TimeView {
        let width_points = usable_width(width_points);
        let days_per_point = if self.days_per_point.is_finite() {
            self.days_per_point
                .clamp(MIN_DAYS_PER_POINT, MAX_DAYS_PER_POINT)
        } else {
            DEFAULT_DAYS_PER_POINT
        };
        let start_days = if self.start_days.is_finite() {
            self.start_days
        } else {
            DEFAULT_START_DAYS
        };
        let span_days = days_per_point * width_points;
        let range_days = MAX_DAYS - MIN_DAYS;
        let start_days = if span_days >= range_days {
            MIN_DAYS - (span_days - range_days) / 2.0
        } else {
            start_days.clamp(MIN_DAYS, MAX_DAYS - span_days)
        };
        TimeView {
            start_days,
            days_per_point,
        }
    }
}

/// Fallback zoom for a non-finite one: 200 years across 1000 points.
const DEFAULT_DAYS_PER_POINT: f64 = 200.0 * DAYS_PER_YEAR / 1000.0;
/// Fallback left edge for a non-finite one: 1900-01-01.
const DEFAULT_START_DAYS: f64 = -25_567.0;

/// A width that can be divided by: at least one point.
fn usable_width(width_points: f64) -> f64 {
    if width_points.is_finite() {
        width_points.max(1.0)
    } else {
        1.0
    }
}

/// A [`TimeView`] laid onto a horizontal screen span.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeAxis {
    /// The visible time (already clamped by [`TimeAxis::new`]).
    pub view: TimeView,
    /// Screen x of the span's left edge, in points.
    pub left_x: f64,
    /// Width of the span in points.
    pub width_points: f64,
}

impl TimeAxis {
    /// Lays `view` onto the span starting at `left_x`, `width_points` wide.
    ///
    /// The view is [`TimeView::clamped`] to this width, so every axis has a usable zoom inside the
    /// supported range; a non-finite or negative width counts as zero.
    pub fn new(view: TimeView, left_x: f64, width_points: f64) -> Self {
        let width_points = if width_points.is_finite() {
            width_points.max(0.0)
        } else {
            0.0
        };
        TimeAxis {
            view: view.clamped(width_points),
            left_x,
            width_points,
        }
    }

    /// Screen x of a time.
    pub fn x_from_days(&self, days: f64) -> f64 {
        self.left_x + (days - self.view.start_days) / self.view.days_per_point
    }

    /// Time at a screen x.
    pub fn days_from_x(&self, x: f64) -> f64 {
        self.view.start_days + (x - self.left_x) * self.view.days_per_point
    }

    /// Screen x of the span's right edge.
    pub fn right_x(&self) -> f64 {
        self.left_x + self.width_points
    }

    /// The visible time span `(start_days, end_days)`.
    pub fn visible_days(&self) -> (f64, f64) {
        (
            self.view.start_days,
            self.view.start_days + self.width_points * self.view.days_per_point,
        )
    }

    /// The view after dragging the content `delta_x` points: the content follows the pointer, so
    /// dragging right (positive `delta_x`) shows earlier time.
    pub fn pan(&self, delta_x: f64) -> TimeView {
        if !delta_x.is_finite() {
            return self.view;
        }
        TimeView {
            start_days: self.view.start_days - delta_x * self.view.days_per_point,
            ..self.view
        }
        .clamped(self.width_points)
    }

    /// The view after zooming by `zoom_factor` around screen `x`: a factor above 1 zooms in, and the time
    /// under `x` stays under `x` unless the zoom limits or the supported range get in the way.
    pub fn zoom_at(&self, x: f64, zoom_factor: f64) -> TimeView {
        if !(zoom_factor.is_finite() && zoom_factor > 0.0 && x.is_finite()) {
            return self.view;
        }
        let anchor_days = self.days_from_x(x);
        let days_per_point =
            (self.view.days_per_point / zoom_factor).clamp(MIN_DAYS_PER_POINT, MAX_DAYS_PER_POINT);
        TimeView {
            start_days: anchor_days - (x - self.left_x) * days_per_point,
            days_per_point,
        }
        .clamped(self.width_points)
    }
}

/// Now, in days since 1970-01-01 (UTC). The only function in the timeline that reads the clock.
pub fn today_days() -> f64 {
    chrono::Utc::now().timestamp_millis() as f64 / 86_400_000.0
}

#[cfg(test)]
#[expect(clippy::float_cmp, reason = "these values are exact by construction")]
mod tests {
    use super::*;
    use crate::model::date::Date;

    fn days(text: &str) -> f64 {
        text.parse::<Date>().unwrap().start_days()
    }

    /// Zooms from minutes to beyond millennia.
    const SCALES_DAYS_PER_POINT: [f64; 9] = [
        MIN_DAYS_PER_POINT,
        1.0 / 1440.0,
        1.0 / 24.0,
        1.0,
        30.0,
        DAYS_PER_YEAR,
        10.0 * DAYS_PER_YEAR,
        1000.0 * DAYS_PER_YEAR,
        MAX_DAYS_PER_POINT,
    ];

    #[test]
    fn days_and_x_round_trip_at_every_scale() {
        let anchors = [
            "2022-01-06T14:30",
            "1970-01-01",
            "-0043-03-15",
            "-99999",
            "100000-12-31T23:59",
            "-50000",
            "50000",
        ];
        for days_per_point in SCALES_DAYS_PER_POINT {
            for anchor in anchors {
                let anchor_days = days(anchor);
                let view = TimeView {
                    start_days: anchor_days - 300.0 * days_per_point,
                    days_per_point,
                };
                let axis = TimeAxis::new(view, 40.0, 1000.0);
                for x in [40.0, 123.25, 540.0, 1040.0] {
                    let back = axis.x_from_days(axis.days_from_x(x));
                    assert!(
                        (back - x).abs() < 0.01,
                        "{anchor} {days_per_point}: {x} -> {back}"
                    );
                }
                let (start, end) = axis.visible_days();
                for fraction in [0.0, 0.3, 1.0] {
                    let day = start + (end - start) * fraction;
                    let back = axis.days_from_x(axis.x_from_days(day));
                    assert!(
                        (back - day).abs() <= 1e-9 * day.abs().max(1.0) + 1e-3 * days_per_point,
                        "{anchor} {days_per_point}: {day} -> {back}"
                    );
                }
                assert!(start >= MIN_DAYS || end - start >= MAX_DAYS - MIN_DAYS);
                assert!(end <= MAX_DAYS || end - start >= MAX_DAYS - MIN_DAYS);
            }
        }
    }

    #[test]
    fn a_thousand_zoom_steps_in_and_out_do_not_drift() {
        let axis = TimeAxis::new(
            TimeView::fit(days("2022-01-01"), days("2022-02-01"), 900.0),
            310.0,
            900.0,
        );
        let x = 655.25;
        let anchor = axis.days_from_x(x);
        let mut view = axis.view;
        // 1,000 wheel steps: ten in, ten out, fifty times over (inside the zoom limits).
        for step in 0..1000 {
            let factor = if (step / 10) % 2 == 0 { 1.1 } else { 1.0 / 1.1 };
            view = TimeAxis { view, ..axis }.zoom_at(x, factor);
        }
        let drift_points = (TimeAxis { view, ..axis }.x_from_days(anchor) - x).abs();
        assert!(drift_points < 0.5, "drifted {drift_points} points");
    }

    #[test]
    fn zoom_keeps_the_day_under_the_cursor() {
        let view = TimeView {
            start_days: days("2000"),
            days_per_point: 10.0,
        };
        let axis = TimeAxis::new(view, 50.0, 800.0);
        for x in [50.0, 60.0, 333.0, 850.0] {
            for factor in [1.1, 2.0, 0.5, 0.9, 10.0, 0.1] {
                let before = axis.days_from_x(x);
                let zoomed = TimeAxis::new(axis.zoom_at(x, factor), 50.0, 800.0);
                assert!(
                    (zoomed.days_from_x(x) - before).abs() < 1e-6,
                    "{x} {factor}"
                );
                assert!((zoomed.view.days_per_point - 10.0 / factor).abs() < 1e-9);
            }
        }
        // Repeated zooming in and out returns to the start.
        let mut current = axis;
        for factor in [1.5, 1.5, 1.5, 1.0 / 1.5, 1.0 / 1.5, 1.0 / 1.5] {
            current = TimeAxis::new(current.zoom_at(400.0, factor), 50.0, 800.0);
        }
        assert!((current.view.start_days - axis.view.start_days).abs() < 1e-6);
        assert!((current.view.days_per_point - 10.0).abs() < 1e-9);
        // Nonsense factors leave the view alone.
        for factor in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(axis.zoom_at(400.0, factor), axis.view);
        }
    }

    #[test]
    fn zoom_and_views_are_clamped() {
        let axis = TimeAxis::new(TimeView::default(), 0.0, 1000.0);
        let mut zoomed_in = axis;
        let mut zoomed_out = axis;
        for _ in 0..200 {
            zoomed_in = TimeAxis::new(zoomed_in.zoom_at(500.0, 2.0), 0.0, 1000.0);
            zoomed_out = TimeAxis::new(zoomed_out.zoom_at(500.0, 0.5), 0.0, 1000.0);
        }
        assert_eq!(zoomed_in.view.days_per_point, MIN_DAYS_PER_POINT);
        assert_eq!(zoomed_out.view.days_per_point, MAX_DAYS_PER_POINT);
        // Fully zoomed out, the whole range is visible and centred.
        let (start, end) = zoomed_out.visible_days();
        assert!(start <= MIN_DAYS && end >= MAX_DAYS);
        assert!(((start - MIN_DAYS) - (MAX_DAYS - end)).abs() < 1e-3);
        // Zooming in near the start of time cannot leave the range.
        let early = TimeAxis::new(
            TimeView {
                start_days: MIN_DAYS,
                days_per_point: 100.0,
            },
            0.0,
            1000.0,
        );
        let zoomed = TimeAxis::new(early.zoom_at(0.0, 0.5), 0.0, 1000.0);
        assert_eq!(zoomed.view.start_days, MIN_DAYS);
        let junk = TimeAxis::new(
            TimeView {
                start_days: f64::NAN,
                days_per_point: -3.0,
            },
            0.0,
            f64::NAN,
        );
        assert!(junk.view.start_days.is_finite());
        assert_eq!(junk.view.days_per_point, MIN_DAYS_PER_POINT);
    }

    #[test]
    fn pan_follows_the_pointer() {
        let view = TimeView {
            start_days: 1000.0,
            days_per_point: 2.0,
        };
        let axis = TimeAxis::new(view, 0.0, 500.0);
        let right = axis.pan(100.0);
        assert_eq!(right.start_days, 800.0);
        assert_eq!(right.days_per_point, 2.0);
        // The day that was at x moved to x + delta.
        let panned = TimeAxis::new(right, 0.0, 500.0);
        assert!((panned.x_from_days(axis.days_from_x(50.0)) - 150.0).abs() < 1e-9);
        assert_eq!(axis.pan(-100.0).start_days, 1200.0);
        // Panning stops at the ends of the supported range.
        let far = axis.pan(1e12);
        assert_eq!(far.start_days, MIN_DAYS);
        let far = axis.pan(-1e12);
        assert_eq!(far.start_days + 500.0 * 2.0, MAX_DAYS);
        assert_eq!(axis.pan(f64::NAN), axis.view);
    }

    #[test]
    fn fit_shows_the_span_with_margins() {
        let start = days("1914-07-28");
        let end = days("1918-11-11");
        let view = TimeView::fit(start, end, 1000.0);
        let axis = TimeAxis::new(view, 0.0, 1000.0);
        assert!((axis.x_from_days(start) - 50.0).abs() < 1e-6);
        assert!((axis.x_from_days(end) - 950.0).abs() < 1e-6);
        assert_eq!(TimeView::fit(end, start, 1000.0), view);
        // A single instant: ±1 year around it.
        let instant = days("2022-01-06T14:30");
        let single = TimeAxis::new(TimeView::fit(instant, instant, 800.0), 0.0, 800.0);
        assert!((single.x_from_days(instant) - 400.0).abs() < 1e-6);
        let (visible_start, visible_end) = single.visible_days();
        assert!(visible_end - visible_start >= MIN_FIT_SPAN_DAYS);
        // Degenerate inputs still give a usable view.
        let empty = TimeView::fit(f64::NAN, 0.0, 1000.0);
        assert_eq!(empty, TimeView::default());
        let narrow = TimeView::fit(0.0, 10.0, 0.0);
        assert!(narrow.days_per_point.is_finite() && narrow.days_per_point > 0.0);
        let everything = TimeView::fit(MIN_DAYS - 1e9, MAX_DAYS + 1e9, 1000.0);
        assert_eq!(everything.days_per_point, MAX_DAYS_PER_POINT);
        // The default shows the 20th and 21st centuries.
        let default = TimeAxis::new(TimeView::default(), 0.0, 1000.0);
        assert!((default.days_from_x(50.0) - days("1900")).abs() < 1e-6);
        // Today's view contains today.
        let today = TimeAxis::new(TimeView::around_today(1000.0), 0.0, 1000.0);
        let (start, end) = today.visible_days();
        assert!(start < today_days() && today_days() < end);
        assert!(today_days() > days("2024"));
    }

    #[test]
    fn view_serde_round_trip() {
        let view = TimeView {
            start_days: -12_345.5,
            days_per_point: 0.25,
        };
        let json = serde_json::to_string(&view).unwrap();
        assert_eq!(serde_json::from_str::<TimeView>(&json).unwrap(), view);
    }
}
