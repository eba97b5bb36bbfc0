//! Applying commands: the only place the project, history and view change.

use std::path::{Path, PathBuf};

use super::file_dialogs::{DialogPurpose, DialogResult};
use super::{DatelineApp, DiskStamp};
use crate::command::{Command, DragKind, DragPreview, PendingAction, RangeEdge};
use crate::model::{
    CharSpan, Edit, Event, EventId, History, Lane, LaneId, Project, Rgb, project_file,
};
use crate::timeline::snap;

impl DatelineApp {
    /// Applies one command. Model changes become one undo step; failures become notifications.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Edit(edit) => self.apply_edit(edit),
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::NewProject => self.guard_unsaved(PendingAction::NewProject),
            Command::OpenDialog => self.guard_unsaved(PendingAction::OpenDialog),
            Command::Open(path) => self.guard_unsaved(PendingAction::Open(path)),
            Command::Quit => self.guard_unsaved(PendingAction::Quit),
            Command::Save => match self.project_path.clone() {
                Some(path) => self.save_then(&path, None),
                None => self.open_dialog(DialogPurpose::SaveProjectAs),
            },
            Command::SaveAsDialog => self.open_dialog(DialogPurpose::SaveProjectAs),
            Command::SaveAs(path) => self.save_then(&path, None),
            Command::ConfirmOverwrite => self.answer_overwrite(Some(true)),
            Command::SaveElsewhere => self.answer_overwrite(Some(false)),
            Command::CancelOverwrite => self.answer_overwrite(None),
            Command::OpenArticlesDialog => self.open_dialog(DialogPurpose::OpenArticles),
            Command::AddArticles(paths) => self.add_article_files(paths),
            Command::CancelLoading => {
                if let Some(loader) = &self.loader {
                    loader.cancel();
                }
            }
            Command::DropFiles(paths) => self.open_files(&paths),
            Command::ShowSource { article, span } => {
                self.view.reader_article = Some(article);
                self.view.reader_highlight = Some(span);
                self.view.reader_scroll_pending = true;
            }
            Command::ReaderScrolled => self.view.reader_scroll_pending = false,
            Command::SetArticleDate { article, date } => self.set_article_date(article, date),
            Command::ReviewDateChange { update } => self.review_date_change(update),
            Command::SelectSuggestion(key) => {
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
            Command::AcceptSuggestion { key, lane } => self.accept_suggestion(key, lane),
            Command::RejectSuggestion(key) => self.reject_suggestion(key),
            Command::RestoreSuggestion(key) => {
                self.apply_edit(Edit::SetRejected {
                    article: key.article,
                    span: key.span,
                    rejected: false,
                });
            }
            Command::AcceptAbove(min) => self.accept_above(min),
            Command::RemoveArticle(article) => self.remove_article(article),
            Command::ShowArticle(article) => {
                self.view.reader_article = self.project.article(article).map(|a| a.id);
                self.view.reader_highlight = None;
            }
            Command::CreateEvent { start, lane } => {
                let id = self.project.next_event_id();
                let event = Event::new(id, "New event", start, lane);
                self.apply_edit(Edit::InsertEvents(vec![event]));
                self.view.selection = [id].into();
                self.ui_state.focus_title = true;
            }
            Command::DeleteSelected => {
                let ids: Vec<EventId> = self.view.selection.iter().copied().collect();
                if !ids.is_empty() {
                    self.apply_edit(Edit::RemoveEvents(ids));
                }
            }
            Command::Select(id) => {
                self.view.selection = id.into_iter().collect();
                if id.is_some() {
                    self.view.selected_suggestion = None;
                }
            }
            Command::ToggleSelected(id) => {
                if !self.view.selection.remove(&id) {
                    self.view.selection.insert(id);
                }
            }
            Command::SelectMany(ids) => self.view.selection = ids.into_iter().collect(),
            Command::Drag(preview) => self.view.drag = Some(preview),
            Command::EndDrag => self.end_drag(),
            Command::CancelDrag => self.view.drag = None,
            Command::SetView(view) => {
                self.view.time_view = view;
                self.view.fit_pending = false;
            }
            Command::FitAll => self.view.fit_pending = true,
            Command::ScrollLanes(offset) => self.view.lanes_scroll_points = offset.max(0.0),
            Command::AddLane => self.add_lane(),
            Command::RemoveLane(id) => self.remove_lane(id),
            Command::ConfirmPending { save_first } => self.confirm_pending(save_first),
            Command::CancelPending => self.pending = None,
            Command::DismissNotification(id) => self.notifications.dismiss(id),
            Command::Recover { restore } => self.recover(restore),
            Command::Export { format, options } => {
                self.pending_export = Some((format, options));
                self.open_dialog(DialogPurpose::Export(format));
            }
            Command::ExportTo {
                path,
                format,
                options,
            } => self.start_export(path, format, options),
        }
    }

    pub(super) fn apply_edit(&mut self, edit: Edit) {
        self.revision += 1;
        if let Err(err) = self.history.apply(&mut self.project, edit) {
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
    }

    /// Runs `action` now, or asks first when it would discard unsaved work.
    fn guard_unsaved(&mut self, action: PendingAction) {
        if self.is_dirty() {
            self.pending = Some(action);
        } else {
            self.run_pending(action);
        }
    }

    fn confirm_pending(&mut self, save_first: bool) {
        let Some(action) = self.pending.take() else {
            return;
        };
        if save_first {
            let Some(path) = self.project_path.clone() else {
                // Ask where to save; the action runs once that save succeeds.
                self.after_save = Some(action);
                self.open_dialog(DialogPurpose::SaveProjectAs);
                return;
            };
            self.save_then(&path, Some(action));
            return;
        }
        self.run_pending(action);
    }

    fn run_pending(&mut self, action: PendingAction) {
        match action {
            PendingAction::NewProject => self.replace_project(Project::default(), None),
            PendingAction::OpenDialog => self.open_dialog(DialogPurpose::OpenProject),
            PendingAction::Open(path) => self.open_project(&path),
            PendingAction::Quit => {
                self.quit_confirmed = true;
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn open_project(&mut self, path: &Path) {
        match project_file::load(path) {
            Ok(project) => {
                self.replace_project(project, Some(path.to_owned()));
                self.disk_stamp = DiskStamp::of(path);
                self.prefs.remember(path);
                self.notifications
                    .info(format!("Opened {}", path.display()));
            }
            Err(err) => self.notifications.error(format!("{err:#}")),
        }
    }

    fn recover(&mut self, restore: bool) {
        let Some(recovered) = self.offered_recovery.take() else {
            return;
        };
        super::recovery::discard(&recovered);
        if restore {
            let path = recovered.meta.original_path.clone();
            self.replace_project(recovered.project, path);
            // Restored work is unsaved work.
            self.history = History::default();
            self.groups_state = None;
            self.refresh_suggestions();
            self.notifications
                .info("Restored your unsaved work. Save it to keep it.");
        }
    }

    fn replace_project(&mut self, project: Project, path: Option<PathBuf>) {
        if let Some(slot) = &self.recovery {
            slot.clear();
        }
        self.last_autosave = (0.0, None);
        self.view = super::ViewState::default();
        if let Some(view) = project.view {
            self.view.time_view = view;
            self.view.fit_pending = false;
        }
        self.view.reader_article = project.articles.first().map(|a| a.id);
        self.project = project;
        self.revision += 1;
        self.project_path = path;
        self.disk_stamp = None;
        self.overwrite = None;
        self.history = History::saved();
        self.ui_state = crate::ui::UiState::default();
        self.suggestions = crate::suggestions::SuggestionIndex::default();
        self.groups_state = None;
        self.date_review = None;
        self.refresh_suggestions();
    }

    /// Saves to `path` and then runs `then`, unless `path` holds a file this Dateline would damage by
    /// replacing it (written by a newer version, or not a readable project): then it asks first.
    fn save_then(&mut self, path: &Path, then: Option<PendingAction>) {
        let unchanged_since_here = self
            .disk_stamp
            .as_ref()
            .is_some_and(|stamp| stamp.path == path && Some(stamp) == DiskStamp::of(path).as_ref());
        if !unchanged_since_here && let Some(risk) = project_file::overwrite_risk(path) {
            self.overwrite = Some(super::OverwriteQuestion {
                path: path.to_owned(),
                risk,
                then,
            });
            return;
        }
        if self.save_to(path)
            && let Some(action) = then
        {
            self.run_pending(action);
        }
    }

    /// Answers the overwrite question: replace the file (`Some(true)`), pick another file
    /// (`Some(false)`), or do not save (`None`).
    fn answer_overwrite(&mut self, replace: Option<bool>) {
        let Some(question) = self.overwrite.take() else {
            return;
        };
        match replace {
            Some(true) => {
                if self.save_to(&question.path)
                    && let Some(action) = question.then
                {
                    self.run_pending(action);
                }
            }
            Some(false) => {
                self.after_save = question.then;
                self.open_dialog(DialogPurpose::SaveProjectAs);
            }
            None => {}
        }
    }

    /// Saves atomically; on failure the old file stays and the user is told. Returns success.
    fn save_to(&mut self, path: &Path) -> bool {
        let mut project = self.project.clone();
        project.view = Some(self.view.time_view);
        match project_file::save(path, &project) {
            Ok(()) => {
                self.project.view = project.view;
                self.project_path = Some(path.to_owned());
                self.disk_stamp = DiskStamp::of(path);
                self.history.mark_saved();
                if let Some(slot) = &self.recovery {
                    slot.clear();
                }
                self.prefs.remember(path);
                self.notifications.info(format!("Saved {}", path.display()));
                true
            }
            Err(err) => {
                self.notifications.error(format!("{err:#}"));
                false
            }
        }
    }

    fn open_dialog(&mut self, purpose: DialogPurpose) {
        let name = self
            .project_path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(
                || "timeline.ron".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        self.dialogs.open(purpose, &name, &self.ctx);
    }

    pub(super) fn apply_dialog_result(&mut self, result: DialogResult) {
        let DialogResult { purpose, paths } = result;
        let Some(first) = paths.first().cloned() else {
            // Cancelled: whatever waited for the dialog does not happen.
            self.after_save = None;
            self.pending_export = None;
            return;
        };
        match purpose {
            DialogPurpose::OpenProject => self.open_project(&first),
            DialogPurpose::SaveProjectAs => {
                let after_save = self.after_save.take();
                self.save_then(&first, after_save);
            }
            DialogPurpose::OpenArticles => self.add_article_files(paths),
            DialogPurpose::Export(_) => {
                if let Some((format, options)) = self.pending_export.take() {
                    self.start_export(first, format, options);
                }
            }
        }
    }

    /// Opens files as `dateline FILE...` and drag-and-drop do: a `.ron` file as the project, others as articles.
    pub(super) fn open_files(&mut self, paths: &[PathBuf]) {
        let (projects, articles): (Vec<_>, Vec<_>) = paths
            .iter()
            .cloned()
            .partition(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")));
        if let Some(project) = projects.first() {
            self.apply(Command::Open(project.clone()));
        }
        if projects.len() > 1 {
            self.notifications
                .error("Only one project can be open at a time: opened the first one.");
        }
        self.add_article_files(articles);
    }

    fn add_lane(&mut self) {
        let id = self.project.next_lane_id();
        let index = self.project.lanes.len();
        let lane = Lane {
            id,
            name: format!("Lane {}", index + 1),
            color: Rgb::palette(index),
        };
        self.apply_edit(Edit::InsertLane { lane, index });
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
        self.apply_edit(Edit::RemoveLane {
            id,
            events_to: Some(target.0),
        });
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
        if !changed.is_empty() {
            self.apply_edit(Edit::ReplaceEvents(changed));
        }
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
