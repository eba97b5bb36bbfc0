//! A long timeline as several pictures, when the user asks: one per year, decade or century that
//! holds events, each named after its period (`war-1910s.png`, `war-1920s.png`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::select::Selection;
use super::{ExportError, ExportOptions};
use crate::model::{Date, Precision, Project};

/// Most pictures one export makes.
pub const MAX_PAGES: usize = 500;

/// The pictures of an export split into pages of `unit`: each file, next to `path` and named after
/// its period, with the options that draw it. Empty when the selection holds no event.
///
/// # Errors
/// Bad options (as for one picture), or more than [`MAX_PAGES`] periods (said as soon as there
/// are).
pub fn pages(
    project: &Project,
    options: &ExportOptions,
    unit: Precision,
    path: &Path,
) -> Result<Vec<(PathBuf, ExportOptions)>, ExportError> {
    let selection = Selection::new(project, options)?;
    // Periods by their first minute (as whole minutes since 1970), each once.
    let mut periods: BTreeMap<i64, Date> = BTreeMap::new();
    for event in &selection.events {
        let (start, end) = event.span_days();
        let mut period = Date::from_days(start, unit).with_circa(false);
        // A range is on every page it crosses.
        while period.start_days() < end.max(start + 1e-9) {
            #[expect(
                clippy::cast_possible_truncation,
                reason = "minutes of years ±10,000 fit"
            )]
            let key = (period.start_days() * 1440.0).round() as i64;
            periods.insert(key, period);
            if periods.len() > MAX_PAGES {
                return Err(ExportError::TooManyPages {
                    pages: periods.len(),
                    unit: unit.label(),
                });
            }
            let next = period.add(1, unit);
            if next.start_days() <= period.start_days() {
                break;
            }
            period = next;
        }
    }
    let stem = path.file_stem().map_or_else(
        || "timeline".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(periods
        .into_values()
        .map(|period| {
            let label: String = period
                .human()
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '-' })
                .collect();
            let name = if extension.is_empty() {
                format!("{stem}-{label}")
            } else {
                format!("{stem}-{label}.{extension}")
            };
            let page = ExportOptions {
                from: Some(period),
                to: Some(period),
                visible_days: None,
                pages: None,
                ..options.clone()
            };
            (path.with_file_name(name), page)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, EventId, LaneId};

    #[test]
    fn one_page_per_period_with_events_named_after_it() {
        let mut project = Project::default();
        let lane = project.lanes[0].id;
        for (id, day, end) in [
            (1, "1914-07-28", Some("1918-11-11")),
            (2, "1939-09-01", None),
            (3, "-0043-03-15", None),
        ] {
            let mut event = Event::new(EventId(id), "e", day.parse().unwrap(), lane);
            event.end = end.map(|e| e.parse().unwrap());
            project.events.push(event);
        }
        let options = ExportOptions::default();
        let files = pages(
            &project,
            &options,
            Precision::Decade,
            Path::new("/tmp/war.png"),
        )
        .unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["war-50s-BC.png", "war-1910s.png", "war-1930s.png"]);
        let (_, page) = &files[1];
        assert_eq!(page.from.map(|d| d.to_iso()).as_deref(), Some("191X"));
        assert_eq!(page.pages, None);
        let years = pages(&project, &options, Precision::Year, Path::new("war.svg")).unwrap();
        assert_eq!(years.len(), 1 + 5 + 1, "1914 to 1918 each, 1939, 44 BC");
        let _ = LaneId(1);
    }

    #[test]
    fn too_many_pages_are_refused() {
        let mut project = Project::default();
        let lane = project.lanes[0].id;
        let mut event = Event::new(EventId(1), "e", "1000".parse().unwrap(), lane);
        event.end = Some("1999".parse().unwrap());
        project.events.push(event);
        let err = pages(
            &project,
            &ExportOptions::default(),
            Precision::Year,
            Path::new("x.png"),
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("1000 pages") || err.to_string().contains("pages"),
            "{err}"
        );
    }
}
