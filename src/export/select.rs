//! Which lanes and events an export covers, in a deterministic order.

use super::{ExportError, ExportOptions};
use crate::model::{Event, Lane, Project};

/// The lanes and events chosen by [`ExportOptions::from`], [`ExportOptions::to`] and
/// [`ExportOptions::lanes`].
pub(crate) struct Selection<'a> {
    /// The whole project (for lane and article look-ups).
    pub project: &'a Project,
    /// Chosen lanes, in project (drawing) order.
    pub lanes: Vec<&'a Lane>,
    /// Chosen events in chronological order: by start date, then end date, then id.
    pub events: Vec<&'a Event>,
    /// The date range asked for, as `(start_days, end_days)`; either end may be open.
    pub range_days: (Option<f64>, Option<f64>),
}

impl<'a> Selection<'a> {
    /// The selection `options` ask for.
    ///
    /// # Errors
    /// [`ExportError::UnknownLane`] for a lane name the project lacks, [`ExportError::EmptyRange`] when
    /// `from` is after `to`.
    pub fn new(
        project: &'a Project,
        options: &ExportOptions,
    ) -> Result<Selection<'a>, ExportError> {
        if let (Some(from), Some(to)) = (options.from, options.to)
            && from.start_days() >= to.end_days()
        {
            return Err(ExportError::EmptyRange {
                from: from.human(),
                to: to.human(),
            });
        }
        let lanes = match &options.lanes {
            Some(names) => chosen_lanes(project, names)?,
            None => None,
        };
        Ok(Selection::build(project, options, lanes))
    }

    /// Like [`Selection::new`], but unknown lane names are ignored and an empty range selects nothing.
    /// For the formats whose functions cannot fail (`export_bytes` validates first).
    pub fn lenient(project: &'a Project, options: &ExportOptions) -> Selection<'a> {
        let lanes = options.lanes.as_ref().map(|names| {
            let known: Vec<String> = names
                .iter()
                .filter(|name| find_lanes(project, name).next().is_some())
                .cloned()
                .collect();
            chosen_lanes(project, &known)
                .ok()
                .flatten()
                .unwrap_or_default()
        });
        Selection::build(project, options, lanes)
    }

    fn build(
        project: &'a Project,
        options: &ExportOptions,
        chosen: Option<Vec<&'a Lane>>,
    ) -> Selection<'a> {
        // "What you see" gives the screen's span to the day's fraction; else the dates chosen.
        let from_days = options
            .visible_days
            .map(|v| v.0)
            .or_else(|| options.from.map(|d| d.start_days()));
        let to_days = options
            .visible_days
            .map(|v| v.1)
            .or_else(|| options.to.map(|d| d.end_days()));
        let in_lanes = |event: &Event| match &chosen {
            Some(lanes) => lanes.iter().any(|lane| lane.id == event.lane),
            None => true,
        };
        let in_range = |event: &Event| {
            let (start, end) = event.span_days();
            from_days.is_none_or(|from| end > from) && to_days.is_none_or(|to| start < to)
        };
        let matcher = options.filter.as_ref().map(|f| f.matcher());
        let in_filter = |event: &Event| matcher.as_ref().is_none_or(|m| m.matches(event));
        let mut events: Vec<&Event> = project
            .events
            .iter()
            .filter(|e| in_lanes(e) && in_range(e) && in_filter(e))
            .collect();
        events.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(a.end.cmp(&b.end))
                .then(a.id.cmp(&b.id))
        });
        Selection {
            project,
            lanes: chosen.unwrap_or_else(|| project.lanes.iter().collect()),
            events,
            range_days: (from_days, to_days),
        }
    }

    /// The name of an event's lane ("" for a lane the project lacks).
    pub fn lane_name(&self, event: &Event) -> &'a str {
        self.project
            .lane(event.lane)
            .map_or("", |l| l.name.as_str())
    }
}

/// Lanes named exactly `name` (trimmed), or else named so ignoring case.
fn find_lanes<'a>(project: &'a Project, name: &str) -> impl Iterator<Item = &'a Lane> {
    let name = name.trim().to_owned();
    let exact = project.lanes.iter().any(|l| l.name.trim() == name);
    project.lanes.iter().filter(move |lane| {
        let lane_name = lane.name.trim();
        if exact {
            lane_name == name
        } else {
            lane_name.to_lowercase() == name.to_lowercase()
        }
    })
}

/// The lanes `names` pick, in project order; `None` (all lanes) when every name is blank.
fn chosen_lanes<'a>(
    project: &'a Project,
    names: &[String],
) -> Result<Option<Vec<&'a Lane>>, ExportError> {
    let names: Vec<&String> = names.iter().filter(|n| !n.trim().is_empty()).collect();
    if names.is_empty() {
        return Ok(None);
    }
    let mut ids = Vec::new();
    for name in names {
        let before = ids.len();
        ids.extend(find_lanes(project, name).map(|lane| lane.id));
        if ids.len() == before {
            return Err(ExportError::UnknownLane(name.trim().to_owned()));
        }
    }
    Ok(Some(
        project
            .lanes
            .iter()
            .filter(|lane| ids.contains(&lane.id))
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, LaneId, Rgb};

    fn project() -> Project {
        let mut project = Project::default();
        project.lanes.push(Lane {
            id: LaneId(2),
            name: "Politics".to_owned(),
            color: Rgb::palette(1),
        });
        let date = |text: &str| text.parse().unwrap();
        project.events = vec![
            Event::new(EventId(1), "late", date("2022-05"), LaneId(1)),
            Event::new(EventId(2), "early", date("1990"), LaneId(2)),
            Event::new(
                EventId(3),
                "same start, finer",
                date("1990-01-01"),
                LaneId(1),
            ),
        ];
        project
    }

    #[test]
    fn the_screen_filter_narrows_an_export_on_request() {
        let project = project();
        let options = ExportOptions {
            filter: Some(crate::timeline::filter::EventFilter {
                text: "START".to_owned(),
                ..Default::default()
            }),
            ..ExportOptions::default()
        };
        let chosen = Selection::new(&project, &options).unwrap();
        let ids: Vec<u64> = chosen.events.iter().map(|e| e.id.0).collect();
        assert_eq!(ids, [3]);
    }

    #[test]
    fn events_are_chronological_and_filtered() {
        let project = project();
        let all = Selection::new(&project, &ExportOptions::default()).unwrap();
        let ids: Vec<u64> = all.events.iter().map(|e| e.id.0).collect();
        assert_eq!(ids, [2, 3, 1]);

        let options = ExportOptions {
            lanes: Some(vec![" politics ".to_owned()]),
            ..ExportOptions::default()
        };
        let politics = Selection::new(&project, &options).unwrap();
        assert_eq!(politics.lanes.len(), 1);
        assert_eq!(politics.events.len(), 1);

        let options = ExportOptions {
            from: Some("2000".parse().unwrap()),
            ..ExportOptions::default()
        };
        let recent = Selection::new(&project, &options).unwrap();
        assert_eq!(recent.events.len(), 1);
        assert_eq!(recent.events[0].id, EventId(1));
    }

    #[test]
    fn bad_options_are_errors_or_ignored_leniently() {
        let project = project();
        let options = ExportOptions {
            lanes: Some(vec!["Sports".to_owned()]),
            ..ExportOptions::default()
        };
        assert!(matches!(
            Selection::new(&project, &options),
            Err(ExportError::UnknownLane(name)) if name == "Sports"
        ));
        assert!(Selection::lenient(&project, &options).events.is_empty());

        let options = ExportOptions {
            from: Some("2022".parse().unwrap()),
            to: Some("2021".parse().unwrap()),
            ..ExportOptions::default()
        };
        assert!(matches!(
            Selection::new(&project, &options),
            Err(ExportError::EmptyRange { .. })
        ));
        // The same year on both ends is a one-year range, not an empty one.
        let options = ExportOptions {
            from: Some("2022".parse().unwrap()),
            to: Some("2022".parse().unwrap()),
            ..ExportOptions::default()
        };
        assert_eq!(Selection::new(&project, &options).unwrap().events.len(), 1);
    }
}
