//! Dragging cards: the preview a drag shows and the events it changes on release. The screen draws the
//! preview with the same function the app applies, so what you see is what you get.

use super::snap;
use crate::model::{Event, EventId, LaneId, Project};

/// Which end of a range is being dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeEdge {
    /// The start date.
    Start,
    /// The end date.
    End,
}

/// An in-progress drag of cards, shown as a preview until release.
#[derive(Clone, Debug, PartialEq)]
pub struct DragPreview {
    /// What is dragged.
    pub kind: DragKind,
    /// Horizontal movement so far, in days.
    pub delta_days: f64,
    /// Lane under the pointer (for moves across lanes).
    pub to_lane: Option<LaneId>,
}

/// What a drag does.
#[derive(Clone, Debug, PartialEq)]
pub enum DragKind {
    /// Move these events along the axis (and, for the grabbed one, across lanes).
    Move {
        /// The dragged events (the selection, or the grabbed card alone).
        ids: Vec<EventId>,
        /// The card under the pointer when the drag began.
        grabbed: EventId,
    },
    /// Move one end of a range.
    Resize {
        /// The range event.
        id: EventId,
        /// The end being dragged.
        edge: RangeEdge,
    },
}

/// Events changed by a drag preview, snapped to their precision; unchanged events are left out.
pub fn dragged_events(project: &Project, preview: &DragPreview) -> Vec<Event> {
    let mut changed = Vec::new();
    match &preview.kind {
        DragKind::Move { ids, grabbed } => {
            for id in ids {
                let Some(event) = project.event(*id) else {
                    continue;
                };
                let mut moved = snap::shifted(event, preview.delta_days);
                if id == grabbed
                    && let Some(lane) = preview.to_lane
                    && project.lane(lane).is_some()
                {
                    moved.lane = lane;
                }
                if moved != *event {
                    changed.push(moved);
                }
            }
        }
        DragKind::Resize { id, edge } => {
            if let Some(event) = project.event(*id) {
                let resized = snap::resized(event, *edge == RangeEdge::End, preview.delta_days);
                if resized != *event {
                    changed.push(resized);
                }
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drag_moves_the_selection_and_the_grabbed_card_changes_lane() {
        let mut project = Project::default();
        project.lanes.push(crate::model::Lane {
            id: LaneId(2),
            name: "Two".into(),
            color: crate::model::Rgb::palette(1),
        });
        for id in 1..=2 {
            project.events.push(Event::new(
                EventId(id),
                "E",
                "2022-01-06".parse().unwrap(),
                LaneId(1),
            ));
        }
        let preview = DragPreview {
            kind: DragKind::Move {
                ids: vec![EventId(1), EventId(2)],
                grabbed: EventId(2),
            },
            delta_days: 2.2,
            to_lane: Some(LaneId(2)),
        };
        let changed = dragged_events(&project, &preview);
        assert_eq!(changed.len(), 2);
        assert_eq!(changed[0].start.to_iso(), "2022-01-08");
        assert_eq!(changed[0].lane, LaneId(1));
        assert_eq!(changed[1].lane, LaneId(2));
    }
}
