//! What each user command of the table does, given what the screen shows: the menus and the
//! keyboard both run commands through [`run`].

use super::UiState;
use super::timeline_cache::PasteAt;
use crate::command::table::UserCommand;
use crate::command::{Command, FileCommand, ModelCommand, ViewCommand, ViewGoal};
use crate::state::AppView;
use crate::suggestions::display_order;

/// Runs a user command: pushes the commands it means, or opens the window it names.
pub fn run(
    command: UserCommand,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    let panels = app.prefs.panels;
    let pushed: Command = match command {
        UserCommand::New => FileCommand::NewProject.into(),
        UserCommand::Open => FileCommand::OpenDialog.into(),
        UserCommand::AddArticles => FileCommand::OpenArticlesDialog.into(),
        UserCommand::Save => FileCommand::Save.into(),
        UserCommand::SaveAs => FileCommand::SaveAsDialog.into(),
        UserCommand::Quit => FileCommand::Quit.into(),
        UserCommand::Export => {
            state.export.open = true;
            return;
        }
        UserCommand::Shortcuts => {
            state.help_open = !state.help_open;
            return;
        }
        UserCommand::GettingStarted => {
            state.getting_started_open = true;
            return;
        }
        UserCommand::About => {
            state.about_open = true;
            return;
        }
        UserCommand::Copy
        | UserCommand::Cut
        | UserCommand::Paste
        | UserCommand::Duplicate
        | UserCommand::Find
        | UserCommand::FindNext
        | UserCommand::FindPrevious
        | UserCommand::ZoomIn
        | UserCommand::ZoomOut
        | UserCommand::ZoomToSelection
        | UserCommand::GoToDate
        | UserCommand::Filter
        | UserCommand::EventsList => match run_tool(command, app, state, commands) {
            Some(command) => command,
            None => return,
        },
        UserCommand::PasteArticle => {
            state.paste.open = true;
            return;
        }
        UserCommand::Undo => ModelCommand::Undo.into(),
        UserCommand::Redo => ModelCommand::Redo.into(),
        UserCommand::Delete => ModelCommand::DeleteSelected.into(),
        UserCommand::SelectAll => {
            ViewCommand::SelectMany(app.project.events.iter().map(|e| e.id).collect()).into()
        }
        UserCommand::SelectNone => ViewCommand::Select(None).into(),
        UserCommand::NewEvent => new_event_command(app, state),
        UserCommand::AddLane => ModelCommand::AddLane.into(),
        UserCommand::FitAll => ViewCommand::FitAll.into(),
        UserCommand::ToggleSidebar => ViewCommand::SetPanels(crate::state::PanelLayout {
            sidebar: !panels.sidebar,
            ..panels
        })
        .into(),
        UserCommand::ToggleInspector => ViewCommand::SetPanels(crate::state::PanelLayout {
            inspector: !panels.inspector,
            ..panels
        })
        .into(),
        UserCommand::ToggleReader => ViewCommand::SetPanels(crate::state::PanelLayout {
            reader: !panels.reader,
            ..panels
        })
        .into(),
        UserCommand::ResetLayout => ViewCommand::ResetLayout.into(),
        UserCommand::AcceptSuggestion | UserCommand::RejectSuggestion => {
            let Some(key) = app.view.selected_suggestion else {
                return;
            };
            if command == UserCommand::AcceptSuggestion {
                ModelCommand::AcceptSuggestion { key, lane: None }.into()
            } else {
                ModelCommand::RejectSuggestion(key).into()
            }
        }
        UserCommand::NextSuggestion | UserCommand::PreviousSuggestion => {
            let order = display_order(app.suggestions, app.groups, &app.view.suggestion_filter);
            let position = app
                .view
                .selected_suggestion
                .and_then(|key| order.iter().position(|k| *k == key));
            let index = match (position, command == UserCommand::NextSuggestion) {
                (None, _) => 0,
                (Some(p), true) => (p + 1).min(order.len().saturating_sub(1)),
                (Some(p), false) => p.saturating_sub(1),
            };
            ViewCommand::SelectSuggestion(order.get(index).copied()).into()
        }
    };
    commands.push(pushed);
}

/// How much Zoom in and Zoom out change the view.
const ZOOM_STEP: f64 = 1.5;

/// A new event at the centre of the view (at the pointer, over the timeline), on the selected
/// card's lane (else the lane under the pointer, else the lane last used), at the zoom's precision.
fn new_event_command(app: AppView<'_>, state: &UiState) -> Command {
    let view = app.view.time_view;
    let pointer = state.timeline.pointer;
    let centre_days = pointer.map_or(view.start_days + view.days_per_point * 400.0, |p| p.0);
    let precision = crate::timeline::snap::precision_for_zoom(view.days_per_point);
    let selected_lane = app
        .view
        .single_selection()
        .and_then(|id| app.project.event(id))
        .map(|e| e.lane);
    let lane = selected_lane
        .or(pointer.map(|p| p.1))
        .or(app.view.last_lane)
        .filter(|l| app.project.lane(*l).is_some())
        .or_else(|| app.project.lanes.first().map(|l| l.id))
        .unwrap_or(crate::model::LaneId(1));
    ModelCommand::CreateEvent {
        start: crate::model::Date::from_days(centre_days, precision),
        lane,
    }
    .into()
}

/// The everyday tools: clipboard, find, zoom, go to, filter, the events list. `None` when the
/// command only opened or changed something of the UI's own.
fn run_tool(
    command: UserCommand,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) -> Option<Command> {
    let panels = app.prefs.panels;
    let pushed: Command = match command {
        UserCommand::Copy | UserCommand::Cut => {
            state.clipboard_out = super::clipboard::copied(app);
            if command == UserCommand::Copy || state.clipboard_out.is_none() {
                return None;
            }
            ModelCommand::DeleteSelected.into()
        }
        UserCommand::Paste => {
            let at = super::clipboard::pointer_target(state).unwrap_or(PasteAt::SameDates);
            state.timeline.paste_at = Some(at);
            state.request_paste = true;
            return None;
        }
        UserCommand::Duplicate => ModelCommand::DuplicateSelected.into(),
        UserCommand::Find => {
            state.find.find_open = true;
            state.find.focus_find = true;
            return None;
        }
        UserCommand::FindNext | UserCommand::FindPrevious => {
            if app.view.find_query.trim().is_empty() {
                state.find.find_open = true;
                state.find.focus_find = true;
            } else {
                let forward = command == UserCommand::FindNext;
                let query = app.view.find_query.clone();
                super::find_bar::go_to_match(app, &mut state.timeline, &query, forward, commands);
            }
            return None;
        }
        UserCommand::ZoomIn => ViewCommand::Goal(ViewGoal::Zoom(ZOOM_STEP)).into(),
        UserCommand::ZoomOut => ViewCommand::Goal(ViewGoal::Zoom(1.0 / ZOOM_STEP)).into(),
        UserCommand::ZoomToSelection => {
            if app.view.selection.is_empty() {
                return None;
            }
            ViewCommand::Goal(ViewGoal::Selection).into()
        }
        UserCommand::GoToDate => {
            state.go_to.open = true;
            state.go_to.focus = true;
            return None;
        }
        UserCommand::Filter => {
            state.find.filter_open = !state.find.filter_open;
            if state.find.filter_open {
                return None;
            }
            ViewCommand::SetFilter(crate::timeline::filter::EventFilter::default()).into()
        }
        UserCommand::EventsList => {
            let showing = panels.reader && panels.events;
            ViewCommand::SetPanels(crate::state::PanelLayout {
                reader: true,
                events: !showing,
                ..panels
            })
            .into()
        }
        _ => return None,
    };
    Some(pushed)
}
