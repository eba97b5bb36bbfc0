//! Fitting a view to a project's events, leaving room at the right for the labels of the last cards.
//! The screen ("Fit all") and the image export use the same function.

use super::time_axis::{TimeAxis, TimeView};
use crate::model::{Event, Project};

/// Fits `[start_days, end_days]` into `width_points` so that every label (`(start_days, width_points)`
/// of a card whose label starts at its date) ends inside the width, giving up at most
/// `1 - min_usable_fraction` of the width to the labels.
///
/// ```
/// use dateline::timeline::fit::fit_with_labels;
/// use dateline::timeline::TimeAxis;
/// let view = fit_with_labels(0.0, 100.0, 1000.0, &[(100.0, 200.0)], 0.5);
/// let axis = TimeAxis::new(view, 0.0, 1000.0);
/// assert!(axis.x_from_days(100.0) + 200.0 <= 1000.5);
/// ```
pub fn fit_with_labels(
    start_days: f64,
    end_days: f64,
    width_points: f64,
    labels: &[(f64, f64)],
    min_usable_fraction: f64,
) -> TimeView {
    let mut usable_points = width_points;
    let mut view = TimeView::fit(start_days, end_days, usable_points);
    for _ in 0..4 {
        let axis = TimeAxis::new(view, 0.0, width_points);
        let overflow_points = labels
            .iter()
            .map(|(days, label)| axis.x_from_days(*days) + label - width_points)
            .fold(0.0, f64::max);
        if overflow_points <= 0.5 {
            break;
        }
        let floor = width_points * min_usable_fraction;
        if usable_points <= floor {
            break;
        }
        usable_points = (usable_points - overflow_points).max(floor);
        view = TimeView::fit(start_days, end_days, usable_points);
    }
    view
}

/// The view that shows every event of `project` on a screen `width_points` wide, with room at the
/// right for the labels of the last cards (`label_width_points` measures one, padding included) when
/// there are at most [`FIT_LABELS_UP_TO`] events; without events, the days the articles were
/// written; for an empty project, the years around today.
pub fn fitted_view(
    project: &Project,
    width_points: f64,
    mut label_width_points: impl FnMut(&Event) -> f64,
) -> TimeView {
    let article_days = || {
        let days = project
            .articles
            .iter()
            .filter_map(|a| a.date)
            .map(|d| (d.start_days(), d.end_days()));
        days.reduce(|(a0, a1), (b0, b1)| (a0.min(b0), a1.max(b1)))
    };
    // Without events, show the days the articles were written: that is where suggestions land.
    let Some((start, end)) = project.span_days().or_else(article_days) else {
        return TimeView::around_today(width_points);
    };
    if project.events.len() > FIT_LABELS_UP_TO {
        // So many events show as density strips, not cards: no label needs room, and measuring
        // them all would cost more than the rest of the start.
        return TimeView::fit(start, end, width_points);
    }
    let labels: Vec<(f64, f64)> = project
        .events
        .iter()
        .map(|e| (e.start.start_days(), label_width_points(e)))
        .collect();
    fit_with_labels(start, end, width_points, &labels, 0.5)
}

/// Up to this many events, Fit all leaves room for the last cards' labels (measuring each one);
/// beyond, the view fits their dates alone.
pub const FIT_LABELS_UP_TO: usize = 4_000;

/// `view` moved (and zoomed out if need be) so that `(start_days, end_days)` and a label
/// `label_points` wide after its start are on a screen `width_points` wide; unchanged when they
/// already are.
pub fn revealed_view(
    view: TimeView,
    width_points: f64,
    (start_days, end_days): (f64, f64),
    label_points: f64,
) -> TimeView {
    let axis = TimeAxis::new(view, 0.0, width_points);
    let (visible_start, visible_end) = axis.visible_days();
    let label_days = label_points * axis.view.days_per_point;
    let end_days = end_days.max(start_days + label_days);
    if start_days >= visible_start && end_days <= visible_end {
        return axis.view;
    }
    let span_days = end_days - start_days;
    if span_days <= (visible_end - visible_start) * 0.8 {
        let centre = start_days + span_days / 2.0;
        let half = (visible_end - visible_start) / 2.0;
        return TimeView {
            start_days: centre - half,
            ..axis.view
        }
        .clamped(width_points);
    }
    TimeView::fit(start_days, end_days, width_points)
}

/// How many of an event's own periods (its span, or its day, month or year) a view focused on it
/// shows: a day-precision event in about a month, a year-precision one in about 30 years.
const FOCUS_PERIODS: f64 = 30.0;

/// `view` brought to an event spanning `(start_days, end_days)` (find, the events list): centred on
/// it and zoomed in when the view is much wider than [`FOCUS_PERIODS`] of the event's span, so
/// that it is drawn as a card rather than lost in a crowded lane; otherwise as [`revealed_view`].
pub fn focused_view(
    view: TimeView,
    width_points: f64,
    (start_days, end_days): (f64, f64),
    label_points: f64,
) -> TimeView {
    let axis = TimeAxis::new(view, 0.0, width_points);
    let (visible_start, visible_end) = axis.visible_days();
    let span = (end_days - start_days).max(1.0 / 24.0);
    let target = span * FOCUS_PERIODS;
    if visible_end - visible_start > target * 1.5 {
        let centre = start_days + (end_days - start_days) / 2.0;
        return TimeView::fit(centre - target / 2.0, centre + target / 2.0, width_points);
    }
    revealed_view(view, width_points, (start_days, end_days), label_points)
}

/// How many of a date's own periods Go to date shows: "9 Nov 1989" in ten days, "1989" in ten years.
const GO_TO_PERIODS: f64 = 10.0;

/// The view Go to date shows: `(start_days, end_days)` (the date's period) centred, about
/// [`GO_TO_PERIODS`] of it across the screen.
pub fn date_view((start_days, end_days): (f64, f64), width_points: f64) -> TimeView {
    let span = (end_days - start_days).max(1.0 / 1440.0);
    let centre = start_days + span / 2.0;
    let half = span * GO_TO_PERIODS / 2.0;
    TimeView::fit(centre - half, centre + half, width_points)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, LaneId};

    #[test]
    fn the_last_label_ends_inside_the_width() {
        let mut project = Project::default();
        for (id, day) in [(1, "2022-01-02"), (2, "2022-01-06"), (3, "2022-01-20")] {
            project.events.push(Event::new(
                EventId(id),
                "A rather long title of an event",
                day.parse().unwrap(),
                LaneId(1),
            ));
        }
        let view = fitted_view(&project, 800.0, |_| 240.0);
        let axis = TimeAxis::new(view, 0.0, 800.0);
        let last = project.events[2].start.start_days();
        assert!(axis.x_from_days(last) + 240.0 <= 800.5);
        let first = project.events[0].start.start_days();
        assert!(axis.x_from_days(first) >= 0.0);
    }

    #[test]
    fn revealing_pans_to_an_event_off_screen_and_leaves_a_visible_one() {
        let view = TimeView::fit(0.0, 100.0, 1000.0);
        assert_eq!(revealed_view(view, 1000.0, (50.0, 51.0), 50.0), view);
        let moved = revealed_view(view, 1000.0, (5000.0, 5001.0), 50.0);
        assert!((moved.days_per_point - view.days_per_point).abs() < 1e-12);
        let axis = TimeAxis::new(moved, 0.0, 1000.0);
        let (start, end) = axis.visible_days();
        assert!(start < 5000.0 && 5001.0 < end);
    }

    #[test]
    fn without_events_the_article_dates_are_shown() {
        let mut project = Project::default();
        project.articles.push(crate::model::Article {
            id: crate::model::ArticleId(1),
            title: "A".into(),
            file_name: String::new(),
            original_path: String::new(),
            content_hash: String::new(),
            date: Some("2022-01-06".parse().unwrap()),
            text: String::new(),
            rejected: Vec::new(),
            standalone: Vec::new(),
            date_source: None,
            outlet: String::new(),
            author: String::new(),
            url: String::new(),
        });
        let view = fitted_view(&project, 1000.0, |_| 0.0);
        let axis = TimeAxis::new(view, 0.0, 1000.0);
        let (start, end) = axis.visible_days();
        let day: crate::model::Date = "2022-01-06".parse().unwrap();
        assert!(start < day.start_days() && day.end_days() < end);
    }

    #[test]
    fn focusing_zooms_in_from_far_away_and_only_pans_when_near() {
        let width = 1000.0;
        let day: (f64, f64) = (19_000.0, 19_001.0);
        let decades = TimeView::fit(10_000.0, 30_000.0, width);
        let focused = focused_view(decades, width, day, 100.0);
        let (a, b) = TimeAxis::new(focused, 0.0, width).visible_days();
        assert!(a < day.0 && b > day.1, "{a}..{b}");
        assert!(b - a < 60.0, "zoomed in to about a month: {}", b - a);
        let month = TimeView::fit(18_900.0, 18_930.0, width);
        let panned = focused_view(month, width, day, 100.0);
        assert!((panned.days_per_point - month.days_per_point).abs() < 1e-9);
        let (a, b) = TimeAxis::new(panned, 0.0, width).visible_days();
        assert!(a < day.0 && b > day.1);
    }
}
