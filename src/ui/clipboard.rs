//! Edit › Copy, Cut and Paste of events. The window turns Ctrl+C, Ctrl+X and Ctrl+V into clipboard
//! events (not key presses); outside text fields they act on the timeline's events, inside a field
//! on its text.

use super::UiState;
use super::timeline_cache::PasteAt;
use crate::command::{Command, ModelCommand};
use crate::export::clipboard::{events_from_text, events_to_text};
use crate::model::{Event, EventId, LaneId};
use crate::state::AppView;
use crate::timeline::snap;

/// Acts on the clipboard events of this frame when no text field has the keyboard.
pub fn clipboard_ui(
    ctx: &egui::Context,
    app: AppView<'_>,
    state: &mut UiState,
    typing: bool,
    commands: &mut Vec<Command>,
) {
    if typing {
        return;
    }
    let events: Vec<egui::Event> = ctx.input(|i| {
        i.events
            .iter()
            .filter(|e| {
                matches!(
                    e,
                    egui::Event::Copy | egui::Event::Cut | egui::Event::Paste(_)
                )
            })
            .cloned()
            .collect()
    });
    for event in events {
        match event {
            egui::Event::Copy => state.clipboard_out = copied(app),
            egui::Event::Cut => {
                state.clipboard_out = copied(app);
                if state.clipboard_out.is_some() {
                    commands.push(ModelCommand::DeleteSelected.into());
                }
            }
            egui::Event::Paste(text) => {
                let at = state
                    .timeline
                    .paste_at
                    .take()
                    .or_else(|| pointer_target(state))
                    .unwrap_or(PasteAt::SameDates);
                commands.push(pasted(app, &text, at).into());
            }
            _ => {}
        }
    }
}

/// Where a paste without a menu goes: at the pointer's date when it is over the timeline.
pub fn pointer_target(state: &UiState) -> Option<PasteAt> {
    state
        .timeline
        .pointer
        .map(|(days, lane)| PasteAt::Here { days, lane })
}

/// The clipboard text of the selected events, in date order; `None` when nothing is selected.
pub fn copied(app: AppView<'_>) -> Option<String> {
    copied_where(app, |id| app.view.selection.contains(&id))
}

/// The clipboard text of the events `chosen` picks, in date order; `None` when it picks none.
pub fn copied_where(app: AppView<'_>, chosen: impl Fn(EventId) -> bool) -> Option<String> {
    let mut events: Vec<&Event> = app.project.events.iter().filter(|e| chosen(e.id)).collect();
    if events.is_empty() {
        return None;
    }
    events.sort_by(|a, b| a.start.start_days().total_cmp(&b.start.start_days()));
    Some(events_to_text(app.project, &events))
}

/// The command pasting `text` at `at`: the events keep their spacing, the earliest moved to the
/// date (and, when they share one lane, to the lane) pasted at.
pub fn pasted(app: AppView<'_>, text: &str, at: PasteAt) -> ModelCommand {
    let fallback = app
        .view
        .last_lane
        .or_else(|| app.project.lanes.first().map(|l| l.id))
        .unwrap_or(LaneId(1));
    let mut events = events_from_text(app.project, text, fallback);
    if let PasteAt::Here { days, lane } = at
        && let Some(earliest) = events.iter().map(|e| e.start.start_days()).reduce(f64::min)
    {
        let one_lane = events.windows(2).all(|w| w[0].lane == w[1].lane);
        for event in &mut events {
            *event = snap::shifted(event, days - earliest);
            if one_lane {
                event.lane = lane;
            }
        }
    }
    ModelCommand::PasteEvents(events)
}
