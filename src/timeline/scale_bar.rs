//! The scale indicator drawn in a corner of the timeline: a bar of a round length of time ("1 week",
//! "10 years") and how long it is on screen.

/// Round lengths of time the bar can show: days and their names.
const LENGTHS: [(f64, &str); 27] = [
    (1.0 / 1440.0, "1 minute"),
    (5.0 / 1440.0, "5 minutes"),
    (15.0 / 1440.0, "15 minutes"),
    (1.0 / 24.0, "1 hour"),
    (3.0 / 24.0, "3 hours"),
    (6.0 / 24.0, "6 hours"),
    (0.5, "12 hours"),
    (1.0, "1 day"),
    (2.0, "2 days"),
    (7.0, "1 week"),
    (14.0, "2 weeks"),
    (30.436_875, "1 month"),
    (91.310_625, "3 months"),
    (182.621_25, "6 months"),
    (365.2425, "1 year"),
    (730.485, "2 years"),
    (1_826.212_5, "5 years"),
    (3_652.425, "10 years"),
    (7_304.85, "20 years"),
    (18_262.125, "50 years"),
    (36_524.25, "100 years"),
    (73_048.5, "200 years"),
    (182_621.25, "500 years"),
    (365_242.5, "1,000 years"),
    (730_485.0, "2,000 years"),
    (1_826_212.5, "5,000 years"),
    (3_652_425.0, "10,000 years"),
];

/// The longest round length of time at most `max_points` long at `days_per_point`: its length on
/// screen in points and its name. The shortest one when even that is longer.
///
/// ```
/// let (points, name) = dateline::timeline::scale_bar::scale_bar(1.0 / 20.0, 160.0);
/// assert_eq!(name, "1 week");
/// assert!((points - 140.0).abs() < 1e-9);
/// ```
pub fn scale_bar(days_per_point: f64, max_points: f64) -> (f64, &'static str) {
    let fits = |(days, _): &(f64, &str)| days / days_per_point <= max_points;
    let (days, name) = LENGTHS
        .iter()
        .rev()
        .find(|l| fits(l))
        .copied()
        .unwrap_or(LENGTHS[0]);
    (days / days_per_point, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fits_and_is_not_too_short() {
        for exponent in -60..60 {
            let days_per_point = 10f64.powf(f64::from(exponent) / 10.0);
            let (points, name) = scale_bar(days_per_point, 150.0);
            if points > 150.0 {
                assert_eq!(name, "1 minute");
            } else if name != "10,000 years" {
                // Round lengths grow by at most 5× a step: the bar is never under a fifth.
                assert!(points * 5.0 >= 150.0, "{name} {points}");
            }
        }
        assert_eq!(scale_bar(400.0, 150.0).1, "100 years");
    }
}
