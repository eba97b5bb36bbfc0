//! Applying commands: the only place the project, history and view change. Model commands are here;
//! files and answers are in `apply_files.rs`, suggestions and articles in `apply_articles.rs`.

use super::Controller;
use crate::command::{Command, DragKind, ModelCommand, ViewCommand};
use crate::model::{
    CharSpan, Date, Edit, Event, EventChange, EventId, Lane, LaneId, MergeKey, Precision, Rgb,
};
use crate::timeline::drag::dragged_events;

impl Controller {
    /// Applies one command. Model changes become one undo step; failures become notifications.
    pub fn apply(&mut self, command: impl Into<Command>) {
        match command.into() {
            Command::Model(command) => self.apply_model(command),
            Command::View(command) => self.apply_view(command),
            Command::File(command) => self.apply_file(command),
            Command::Answer(answer) => self.apply_answer(&answer),
        }
    }

    fn apply_model(&mut self, command: ModelCommand) {
        if self.opening.is_some() {
            // Another project is about to replace this one: a change now would be lost.
            return;
        }
        match command {
            ModelCommand::Undo => self.undo_redo(true),
            ModelCommand::Redo => self.undo_redo(false),
            ModelCommand::ChangeEvent { id, change } => self.change_event(id, &change),
            ModelCommand::CreateEvent { start, lane } => {
                let id = self.project.next_event_id();
                let event = Event::new(id, "New event", start, lane);
                self.apply_step(Edit::InsertEvents(vec![event]), "add event", None);
                self.view.selection = [id].into();
                self.view.last_lane = Some(lane);
                self.title_requests += 1;
                self.view.edit_title = Some((id, self.title_requests));
            }
            ModelCommand::ChangeEvents { ids, change } => self.change_events(&ids, &change),
            ModelCommand::DuplicateSelected => self.duplicate_selected(),
            ModelCommand::PasteEvents(events) => self.paste_events(events),
            ModelCommand::DeleteSelected => {
                let ids: Vec<EventId> = self.view.selection.iter().copied().collect();
                if !ids.is_empty() {
                    let label = if ids.len() == 1 {
                        "delete event"
                    } else {
                        "delete events"
                    };
                    self.apply_step(Edit::RemoveEvents(ids), label, None);
                }
            }
            ModelCommand::FinishDrag => self.end_drag(),
            ModelCommand::RenameProject(title) => {
                if title != self.project.title {
                    self.apply_step(Edit::SetTitle(title), "rename timeline", None);
                }
            }
            ModelCommand::AddLane => self.add_lane(),
            ModelCommand::RemoveLane(id) => self.remove_lane(id),
            ModelCommand::RenameLane { id, name } => {
                if let Some(lane) = self.project.lane(id).filter(|l| l.name != name) {
                    let lane = Lane {
                        name,
                        ..lane.clone()
                    };
                    self.apply_step(Edit::UpdateLane(lane), "rename lane", None);
                }
            }
            ModelCommand::RecolourLane { id, color } => {
                if let Some(lane) = self.project.lane(id).filter(|l| l.color != color) {
                    let lane = Lane {
                        color,
                        ..lane.clone()
                    };
                    let kind = "change lane colour";
                    let merge = Some(MergeKey { kind, id: id.0 });
                    self.apply_step(Edit::UpdateLane(lane), kind, merge);
                }
            }
            ModelCommand::MoveLane { id, to_index } => {
                self.apply_step(Edit::MoveLane { id, to_index }, "move lane", None);
            }
            ModelCommand::AcceptSuggestion { key, lane } => self.accept_suggestion(key, lane),
            ModelCommand::RejectSuggestion(key) => self.reject_suggestion(key),
            ModelCommand::RestoreSuggestion(key) => {
                let edit = Edit::SetRejected {
                    article: key.article,
                    span: key.span,
                    rejected: false,
                };
                self.apply_step(edit, "restore suggestion", None);
            }
            ModelCommand::SplitSuggestion(key) => {
                let edit = Edit::SetStandalone {
                    article: key.article,
                    span: key.span,
                    standalone: true,
                };
                self.apply_step(edit, "split off report", None);
            }
            ModelCommand::AcceptAbove(min) => self.accept_above(min),
            ModelCommand::SetArticleDate { article, date } => self.set_article_date(article, date),
            ModelCommand::SetArticlesDate { articles, date } => {
                self.set_articles_date(&articles, date);
            }
            ModelCommand::SetArticleInfo {
                article,
                field,
                value,
            } => self.set_article_info(article, field, value),
            ModelCommand::RemoveArticle(article) => self.remove_article(article),
        }
    }

    fn apply_view(&mut self, command: ViewCommand) {
        match command {
            ViewCommand::Select(id) => {
                self.view.selection = id.into_iter().collect();
                if id.is_some() {
                    self.view.selected_suggestion = None;
                }
            }
            ViewCommand::ToggleSelected(id) => {
                if !self.view.selection.remove(&id) {
                    self.view.selection.insert(id);
                }
            }
            ViewCommand::SelectMany(ids) => self.view.selection = ids.into_iter().collect(),
            ViewCommand::SelectSuggestion(key) => self.select_suggestion(key),
            ViewCommand::FilterSuggestions(filter) => self.view.suggestion_filter = filter,
            ViewCommand::Drag(preview) => self.view.drag = Some(preview),
            ViewCommand::CancelDrag => self.view.drag = None,
            ViewCommand::SetView(view) => {
                self.view.time_view = view;
                self.view.fit_pending = false;
                self.view.reveal = None;
                self.view.goal = None;
            }
            ViewCommand::FitAll => self.view.fit_pending = true,
            ViewCommand::Goal(goal) => self.view.goal = Some(goal),
            ViewCommand::EditTitle(id) => {
                if self.project.event(id).is_some() {
                    // The title is typed in the inspector: show it if it was hidden.
                    self.prefs.panels.inspector = true;
                    self.view.selection = [id].into();
                    self.title_requests += 1;
                    self.view.edit_title = Some((id, self.title_requests));
                }
            }
            ViewCommand::SetFindQuery(query) => self.view.find_query = query,
            ViewCommand::SetFilter(filter) => self.view.filter = filter,
            ViewCommand::ScrollLanes(offset) => self.view.lanes_scroll_points = offset.max(0.0),
            ViewCommand::ShowArticle(article) => {
                self.view.reader_article = self.project.article(article).map(|a| a.id);
                self.view.reader_highlight = None;
            }
            ViewCommand::ShowSource { article, span } => {
                self.view.reader_article = Some(article);
                self.view.reader_highlight = Some(span);
                self.view.reader_scroll_pending = true;
            }
            ViewCommand::ReaderScrolled => self.view.reader_scroll_pending = false,
            ViewCommand::SetPanels(panels) => self.prefs.panels = panels,
            ViewCommand::ResetLayout => {
                let generation = self.prefs.panels.generation.wrapping_add(1);
                self.prefs.panels = crate::state::PanelLayout {
                    generation,
                    ..crate::state::PanelLayout::default()
                };
            }
            ViewCommand::DismissNotification(id) => self.notifications.dismiss(id),
            ViewCommand::SetTheme(theme) => self.prefs.theme = theme,
        }
    }

    fn select_suggestion(&mut self, key: Option<crate::suggestions::SuggestionKey>) {
        self.view.selected_suggestion = key;
        if let Some(key) = key {
            self.view.selection.clear();
            let sentence = self.suggestions.get(key).map(|s| CharSpan {
                start: s.sentence_start,
                end: s.sentence_end,
            });
            self.view.reader_article = Some(key.article);
            self.view.reader_highlight = sentence;
            self.view.reader_scroll_pending = true;
        }
    }

    /// Applies an edit as one undo step named `label`, merging with the last step of the same
    /// gesture when `merge` says so.
    pub(super) fn apply_step(&mut self, edit: Edit, label: &'static str, merge: Option<MergeKey>) {
        self.revision += 1;
        if let Err(err) = self
            .history
            .apply_step(&mut self.project, edit, label, merge)
        {
            self.notifications
                .error(format!("Could not change the timeline: {err}"));
        }
        self.drop_stale_selection();
    }

    fn undo_redo(&mut self, undo: bool) {
        self.revision += 1;
        let result = if undo {
            self.history.undo(&mut self.project)
        } else {
            self.history.redo(&mut self.project)
        };
        if let Err(err) = result {
            self.notifications.error(format!(
                "Could not {}: {err}",
                if undo { "undo" } else { "redo" }
            ));
        }
        self.drop_stale_selection();
    }

    fn drop_stale_selection(&mut self) {
        let project = &self.project;
        self.view
            .selection
            .retain(|id| project.event(*id).is_some());
        if self
            .view
            .reveal
            .is_some_and(|id| project.event(id).is_none())
        {
            self.view.reveal = None;
        }
    }

    /// One field of one event changes, applied to the event as it is now.
    fn change_event(&mut self, id: EventId, change: &EventChange) {
        let Some(event) = self.project.event(id).cloned() else {
            return;
        };
        let event = &event;
        match change.applied(event) {
            Ok(mut new) => {
                if let EventChange::Precision(precision) = *change {
                    self.keep_precise_dates(event, precision, &mut new);
                }
                if new == *event {
                    return;
                }
                if let EventChange::Lane(lane) = *change {
                    self.view.last_lane = Some(lane);
                }
                let merge = change.merges().then_some(MergeKey {
                    kind: change.label(),
                    id: id.0,
                });
                self.apply_step(Edit::ReplaceEvents(vec![new]), change.label(), merge);
            }
            Err(err) => {
                let message = format!("“{}” was not changed: {err}.", event.title);
                self.notifications.error(message);
            }
        }
    }

    /// Lowering an event's precision remembers its full dates; raising it again gives them back
    /// (1989-11-09 → month → day is the 9th again, not the 1st), as long as the user has not set
    /// other dates meanwhile.
    fn keep_precise_dates(&mut self, event: &Event, precision: Precision, new: &mut Event) {
        let current = event.start.precision();
        if precision < current {
            self.precise_dates
                .entry(event.id)
                .or_insert((event.start, event.end));
            return;
        }
        let Some((start, end)) = self.precise_dates.get(&event.id).copied() else {
            return;
        };
        let circa = event.start.circa();
        let coarse = |d: Date| d.with_precision(current).with_circa(circa);
        if coarse(start) != event.start || end.map(coarse) != event.end {
            self.precise_dates.remove(&event.id);
            return;
        }
        new.start = start.with_precision(precision).with_circa(circa);
        new.end = end.map(|e| e.with_precision(precision).with_circa(circa));
        if precision >= start.precision() {
            self.precise_dates.remove(&event.id);
        }
    }

    fn add_lane(&mut self) {
        let id = self.project.next_lane_id();
        let index = self.project.lanes.len();
        let lane = Lane {
            id,
            name: format!("Lane {}", index + 1),
            color: Rgb::palette(index),
        };
        self.apply_step(Edit::InsertLane { lane, index }, "add lane", None);
    }

    /// Removes a lane; its events move to the lane above (or below, for the first).
    fn remove_lane(&mut self, id: LaneId) {
        let Some(index) = self.project.lane_index(id) else {
            return;
        };
        let neighbour = if index == 0 {
            self.project.lanes.get(1)
        } else {
            self.project.lanes.get(index - 1)
        };
        let Some(target) = neighbour.map(|l| (l.id, l.name.clone())) else {
            self.notifications
                .error("A timeline needs at least one lane.");
            return;
        };
        let moved = self.project.events.iter().filter(|e| e.lane == id).count();
        let edit = Edit::RemoveLane {
            id,
            events_to: Some(target.0),
        };
        self.apply_step(edit, "remove lane", None);
        if self.view.last_lane == Some(id) {
            self.view.last_lane = None;
        }
        if moved > 0 {
            self.notifications.info(format!(
                "Moved {moved} event(s) to lane \"{}\" (undo to restore)",
                target.1
            ));
        }
    }

    fn end_drag(&mut self) {
        let Some(preview) = self.view.drag.take() else {
            return;
        };
        let changed = dragged_events(&self.project, &preview);
        if changed.is_empty() {
            return;
        }
        let label = match (&preview.kind, changed.len()) {
            (DragKind::Resize { .. }, _) => "resize event",
            (DragKind::Move { .. }, 1) => "move event",
            (DragKind::Move { .. }, _) => "move events",
        };
        if let DragKind::Move { grabbed, .. } = &preview.kind
            && let Some(moved) = changed.iter().find(|e| e.id == *grabbed)
        {
            self.view.last_lane = Some(moved.lane);
        }
        self.apply_step(Edit::ReplaceEvents(changed), label, None);
    }

    /// The new version of every event a drag changes (the same maths draws the preview).
    pub fn drag_result(&self) -> Vec<Event> {
        self.view
            .drag
            .as_ref()
            .map(|p| dragged_events(&self.project, p))
            .unwrap_or_default()
    }
}
