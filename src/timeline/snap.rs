//! Turning pointer movement into dates: snapping drags to an event's precision, and the precision
//! a new event gets at the current zoom.

use crate::model::{Date, Event, Precision};

/// The event moved by `delta_days`, each date snapped to its own precision (a month-precision event
/// moves by whole months). A range keeps its length: its end moves by as much as its start did.
pub fn shifted(event: &Event, delta_days: f64) -> Event {
    let start = snapped(event.start, event.start.start_days() + delta_days);
    let moved_days = start.start_days() - event.start.start_days();
    let end = event
        .end
        .map(|end| snapped(end, end.start_days() + moved_days));
    Event {
        start,
        end,
        ..event.clone()
    }
}

/// The range with one end moved by `delta_days` (snapped to that end's precision), never past the other end.
pub fn resized(event: &Event, move_end: bool, delta_days: f64) -> Event {
    let mut out = event.clone();
    let Some(end) = event.end else {
        return out;
    };
    if move_end {
        let new_end = snapped(end, end.start_days() + delta_days);
        if new_end.start_days() >= event.start.start_days() {
            out.end = Some(new_end);
        }
    } else {
        let new_start = snapped(event.start, event.start.start_days() + delta_days);
        if new_start.start_days() <= end.start_days() {
            out.start = new_start;
        }
    }
    out
}

/// `date`'s precision and circa flag, at the period containing `days` (rounded to the nearest period start).
fn snapped(date: Date, days: f64) -> Date {
    let precision = date.precision();
    let floor = Date::from_days(days, precision);
    let next = floor.add(1, precision);
    let nearest = if days - floor.start_days() > next.start_days() - days {
        next
    } else {
        floor
    };
    nearest.with_circa(date.circa())
}

/// The precision a new event gets when created at this zoom: the finest unit at least ~12 points wide.
pub fn precision_for_zoom(days_per_point: f64) -> Precision {
    const MIN_UNIT_POINTS: f64 = 12.0;
    let unit_days = [
        (Precision::Minute, 1.0 / 1440.0),
        (Precision::Hour, 1.0 / 24.0),
        (Precision::Day, 1.0),
        (Precision::Month, 30.44),
        (Precision::Year, 365.25),
        (Precision::Decade, 3652.5),
        (Precision::Century, 36525.0),
    ];
    unit_days
        .iter()
        .find(|(_, days)| days / days_per_point >= MIN_UNIT_POINTS)
        .map_or(Precision::Millennium, |(precision, _)| *precision)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, LaneId};

    fn event(start: &str, end: Option<&str>) -> Event {
        let mut e = Event::new(EventId(1), "e", start.parse().unwrap(), LaneId(1));
        e.end = end.map(|d| d.parse().unwrap());
        e
    }

    #[test]
    fn shifting_snaps_to_precision_and_keeps_range_length() {
        let moved = shifted(&event("2022-01-06", None), 2.4);
        assert_eq!(moved.start.to_iso(), "2022-01-08");
        let moved = shifted(&event("2022-01", None), 40.0);
        assert_eq!(moved.start.to_iso(), "2022-02");
        let moved = shifted(&event("2022-01-01", Some("2022-01-10")), 10.0);
        assert_eq!(
            (moved.start.to_iso(), moved.end.unwrap().to_iso()),
            ("2022-01-11".into(), "2022-01-20".into())
        );
        let moved = shifted(&event("-0043~", None), -365.0 * 3.0);
        assert_eq!(moved.start.to_iso(), "-0046~");
        assert_eq!(
            shifted(&event("2022-01-06", None), 0.3).start.to_iso(),
            "2022-01-06"
        );
    }

    #[test]
    fn resizing_never_crosses_the_other_end() {
        let e = event("2022-01-01", Some("2022-01-10"));
        assert_eq!(resized(&e, true, 5.0).end.unwrap().to_iso(), "2022-01-15");
        assert_eq!(resized(&e, true, -30.0), e);
        assert_eq!(resized(&e, false, 3.0).start.to_iso(), "2022-01-04");
        assert_eq!(resized(&e, false, 30.0), e);
    }

    #[test]
    fn zoom_precision_goes_from_minutes_to_millennia() {
        assert_eq!(precision_for_zoom(1.0 / 1440.0 / 20.0), Precision::Minute);
        assert_eq!(precision_for_zoom(1.0 / 20.0), Precision::Day);
        assert_eq!(precision_for_zoom(1.0), Precision::Month);
        assert_eq!(precision_for_zoom(20.0), Precision::Year);
        assert_eq!(precision_for_zoom(1e6), Precision::Millennium);
    }
}
