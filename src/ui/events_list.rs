//! View › Events list: every event in a table (date, title, lane, sources), sortable by each column,
//! with a search; rows are built only when on screen, so 100,000 events scroll smoothly.
//!
//! A click selects the event and brings it into view (Ctrl adds, Shift selects a run of rows), a
//! double-click or Enter edits its title, Delete deletes the selection, the arrows move along.

use std::sync::Arc;

use egui::{Key, Sense};
use egui_extras::{Column, TableBuilder};

use crate::command::{Command, ViewCommand, ViewGoal};
use crate::model::{EventId, Project};
use crate::state::AppView;
use crate::timeline::filter::TextQuery;

/// The accessibility label of the list's search field.
pub const SEARCH_LABEL: &str = "Search";
/// Height of one row, in points.
const ROW_HEIGHT: f32 = 22.0;

/// A column the list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortColumn {
    /// The start date (then end).
    #[default]
    Date,
    /// The title, ignoring case.
    Title,
    /// The lane, in lane order.
    Lane,
    /// How many sources.
    Sources,
}

impl SortColumn {
    const ALL: [SortColumn; 4] = [
        SortColumn::Date,
        SortColumn::Title,
        SortColumn::Lane,
        SortColumn::Sources,
    ];

    fn name(self) -> &'static str {
        match self {
            SortColumn::Date => "Date",
            SortColumn::Title => "Title",
            SortColumn::Lane => "Lane",
            SortColumn::Sources => "Sources",
        }
    }
}

/// What the rows are sorted and searched by.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
struct OrderKey {
    revision: u64,
    search: String,
    sort: SortColumn,
    descending: bool,
}

/// The list's own state: search, sort, the rows in order (kept until something changes).
#[derive(Default)]
pub struct EventsListState {
    /// Text the rows must contain.
    pub search: String,
    /// The column sorted by.
    pub sort: SortColumn,
    /// Sorted from last to first.
    pub descending: bool,
    /// Whether the list has the keyboard (after a click on a row).
    pub has_keys: bool,
    order: Option<(OrderKey, Arc<[usize]>)>,
    /// The row a Shift-click selects from.
    anchor: Option<EventId>,
    scroll_to: Option<usize>,
    /// The selected event the list last scrolled to (a new one, found or clicked elsewhere, is
    /// scrolled into view).
    followed: Option<EventId>,
}

impl EventsListState {
    /// The events shown, as positions in `project.events`, in the list's order (shared, not
    /// copied: at 100,000 events a frame would otherwise copy them all).
    pub fn rows(&mut self, project: &Project, revision: u64) -> Arc<[usize]> {
        let key = OrderKey {
            revision,
            search: self.search.clone(),
            sort: self.sort,
            descending: self.descending,
        };
        if self.order.as_ref().is_none_or(|(k, _)| *k != key) {
            let rows = sorted_rows(project, &key);
            self.order = Some((key, rows.into()));
        }
        self.order
            .as_ref()
            .map_or_else(|| Arc::from([]), |(_, rows)| Arc::clone(rows))
    }
}

/// The positions of the events matching `key.search`, sorted by `key.sort` (ties by date, then id).
fn sorted_rows(project: &Project, key: &OrderKey) -> Vec<usize> {
    let query = TextQuery::new(&key.search);
    let mut rows: Vec<usize> = project
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| query.matches(e))
        .map(|(i, _)| i)
        .collect();
    let events = &project.events;
    let date = |i: usize| events[i].span_days();
    let by_date = |a: usize, b: usize| {
        let (a0, a1) = date(a);
        let (b0, b1) = date(b);
        a0.total_cmp(&b0)
            .then(a1.total_cmp(&b1))
            .then(events[a].id.cmp(&events[b].id))
    };
    match key.sort {
        SortColumn::Date => rows.sort_by(|a, b| by_date(*a, *b)),
        SortColumn::Title => {
            let titles: Vec<String> = events.iter().map(|e| e.title.to_lowercase()).collect();
            rows.sort_by(|a, b| titles[*a].cmp(&titles[*b]).then(by_date(*a, *b)));
        }
        SortColumn::Lane => {
            let lane = |i: usize| project.lane_index(events[i].lane).unwrap_or(usize::MAX);
            rows.sort_by(|a, b| lane(*a).cmp(&lane(*b)).then(by_date(*a, *b)));
        }
        SortColumn::Sources => rows.sort_by(|a, b| {
            events[*a]
                .sources
                .len()
                .cmp(&events[*b].sources.len())
                .then(by_date(*a, *b))
        }),
    }
    if key.descending {
        rows.reverse();
    }
    rows
}

/// Draws the list.
pub fn events_list_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut EventsListState,
    commands: &mut Vec<Command>,
) {
    let total = app.project.events.len();
    ui.horizontal(|ui| {
        let label = ui.label(SEARCH_LABEL).id;
        ui.add(
            egui::TextEdit::singleline(&mut state.search)
                .hint_text("🔍 title, description or source")
                .desired_width(220.0),
        )
        .labelled_by(label);
        let shown = state.rows(app.project, app.revision).len();
        if shown == total {
            ui.weak(format!("{total} events"));
        } else {
            ui.weak(format!("{shown} of {total} events"));
        }
        if !app.view.selection.is_empty() {
            ui.weak(format!("· {} selected", app.view.selection.len()));
        }
    });
    if total == 0 {
        ui.weak("No events yet: accept a suggestion, or double-click the timeline to add one.");
        return;
    }
    keyboard(ui, app, state, commands);
    let rows = state.rows(app.project, app.revision);
    let selected = app.view.single_selection();
    if selected != state.followed {
        state.followed = selected;
        if let Some(id) = selected
            && state.scroll_to.is_none()
        {
            state.scroll_to = rows
                .iter()
                .position(|i| app.project.events.get(*i).is_some_and(|e| e.id == id));
        }
    }
    let mut table = TableBuilder::new(ui)
        .id_salt("events_list")
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .auto_shrink([false, false])
        .column(Column::initial(170.0).at_least(80.0).clip(true))
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::initial(110.0).at_least(50.0).clip(true))
        .column(Column::initial(64.0).at_least(40.0));
    if let Some(row) = state.scroll_to.take() {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(ROW_HEIGHT, |mut header| {
            for column in SortColumn::ALL {
                header.col(|ui| header_button(ui, state, column));
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                let Some(event) = rows
                    .get(row.index())
                    .and_then(|i| app.project.events.get(*i))
                else {
                    return;
                };
                row.set_selected(app.view.selection.contains(&event.id));
                row.col(|ui| cell(ui, event.when()));
                row.col(|ui| cell(ui, event.title.as_str()));
                row.col(|ui| {
                    if let Some(lane) = app.project.lane(event.lane) {
                        let mut job = egui::text::LayoutJob::default();
                        let font = egui::TextStyle::Body.resolve(ui.style());
                        let color = super::theme::color(lane.color);
                        job.append("● ", 0.0, egui::TextFormat::simple(font.clone(), color));
                        let text = ui.visuals().text_color();
                        job.append(&lane.name, 0.0, egui::TextFormat::simple(font, text));
                        cell(ui, job);
                    }
                });
                row.col(|ui| cell(ui, event.sources.len().to_string()));
                let response = row.response();
                if response.clicked() {
                    state.has_keys = true;
                    click(
                        ui_modifiers(&response),
                        app,
                        state,
                        &rows,
                        event.id,
                        commands,
                    );
                }
                if response.double_clicked() {
                    commands.push(ViewCommand::EditTitle(event.id).into());
                }
            });
        });
}

/// A cell's text: not selectable, so a click anywhere on the row selects the row.
fn cell(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) {
    ui.add(egui::Label::new(text).selectable(false));
}

fn ui_modifiers(response: &egui::Response) -> egui::Modifiers {
    response.ctx.input(|i| i.modifiers)
}

/// A column header: a button sorting by it (again: the other way), with an arrow on the sorted one.
fn header_button(ui: &mut egui::Ui, state: &mut EventsListState, column: SortColumn) {
    let arrow = match (state.sort == column, state.descending) {
        (false, _) => "",
        (true, false) => " ⏶",
        (true, true) => " ⏷",
    };
    let button =
        egui::Button::new(egui::RichText::new(format!("{}{arrow}", column.name())).strong())
            .frame(false);
    if ui
        .add(button)
        .on_hover_text(format!("Sort by {}", column.name().to_lowercase()))
        .clicked()
    {
        if state.sort == column {
            state.descending = !state.descending;
        } else {
            state.sort = column;
            state.descending = false;
        }
    }
}

/// A click on the row of `id`: select it alone (and show it), add it (Ctrl), or select the run
/// of rows from the last one clicked (Shift).
fn click(
    modifiers: egui::Modifiers,
    app: AppView<'_>,
    state: &mut EventsListState,
    rows: &[usize],
    id: EventId,
    commands: &mut Vec<Command>,
) {
    let position = |id: EventId| {
        rows.iter()
            .position(|i| app.project.events.get(*i).is_some_and(|e| e.id == id))
    };
    if modifiers.shift
        && let Some(from) = state.anchor.and_then(position)
        && let Some(to) = position(id)
    {
        let (a, b) = (from.min(to), from.max(to));
        let ids = rows[a..=b]
            .iter()
            .filter_map(|i| app.project.events.get(*i).map(|e| e.id))
            .collect();
        commands.push(ViewCommand::SelectMany(ids).into());
        return;
    }
    state.anchor = Some(id);
    if modifiers.command {
        commands.push(ViewCommand::ToggleSelected(id).into());
    } else {
        commands.push(ViewCommand::Select(Some(id)).into());
        commands.push(ViewCommand::Goal(ViewGoal::Event(id)).into());
    }
}

/// Arrows move the selection along the rows, Enter edits the title (Delete is the app's own
/// shortcut). Only while the list has the keyboard and no text field has it.
fn keyboard(
    ui: &egui::Ui,
    app: AppView<'_>,
    state: &mut EventsListState,
    commands: &mut Vec<Command>,
) {
    if !state.has_keys || ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    let (down, up, enter) = ui.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
            i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
            i.consume_key(egui::Modifiers::NONE, Key::Enter),
        )
    });
    let current = app.view.single_selection();
    if enter && let Some(id) = current {
        commands.push(ViewCommand::EditTitle(id).into());
        state.has_keys = false;
        return;
    }
    if !(down || up) {
        return;
    }
    let rows = state.rows(app.project, app.revision);
    let position = current.and_then(|id| {
        rows.iter()
            .position(|i| app.project.events.get(*i).is_some_and(|e| e.id == id))
    });
    let next = match (position, down) {
        (None, _) => 0,
        (Some(p), true) => (p + 1).min(rows.len().saturating_sub(1)),
        (Some(p), false) => p.saturating_sub(1),
    };
    if let Some(event) = rows.get(next).and_then(|i| app.project.events.get(*i)) {
        let id = event.id;
        state.anchor = Some(id);
        state.scroll_to = Some(next);
        commands.push(ViewCommand::Select(Some(id)).into());
        commands.push(ViewCommand::Goal(ViewGoal::Event(id)).into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, LaneId, Source};

    #[test]
    fn rows_sort_by_each_column_and_filter_by_search() {
        let mut project = Project::default();
        let first = project.lanes[0].id;
        project.lanes.push(crate::model::Lane {
            id: LaneId(first.0 + 1),
            name: "Second".to_owned(),
            color: crate::model::Rgb([1, 1, 1]),
        });
        let rows = [
            (1, "banana", "2022-03-01", first.0 + 1, 0),
            (2, "Apple", "2021-01-01", first.0, 2),
            (3, "cherry", "2023-05-05", first.0, 1),
        ];
        for (id, title, day, lane, sources) in rows {
            let mut event = Event::new(EventId(id), title, day.parse().unwrap(), LaneId(lane));
            for _ in 0..sources {
                event.sources.push(Source {
                    article: crate::model::ArticleId(1),
                    start: 0,
                    end: 1,
                    sentence: String::new(),
                    expression: None,
                    date: None,
                });
            }
            project.events.push(event);
        }
        let mut state = EventsListState::default();
        let ids = |state: &mut EventsListState| -> Vec<u64> {
            let rows = state.rows(&project, 1).to_vec();
            rows.iter().map(|i| project.events[*i].id.0).collect()
        };
        assert_eq!(ids(&mut state), vec![2, 1, 3]);
        state.sort = SortColumn::Title;
        assert_eq!(ids(&mut state), vec![2, 1, 3]);
        state.descending = true;
        assert_eq!(ids(&mut state), vec![3, 1, 2]);
        state.sort = SortColumn::Lane;
        state.descending = false;
        assert_eq!(ids(&mut state), vec![2, 3, 1]);
        state.sort = SortColumn::Sources;
        assert_eq!(ids(&mut state), vec![1, 3, 2]);
        state.search = "AN".to_owned();
        assert_eq!(ids(&mut state), vec![1]);
    }
}
