//! Applying file commands (open, save, add articles, export, quit) and the answers to questions.

use std::path::{Path, PathBuf};

use super::file_dialogs::{DialogPurpose, DialogResult};
use super::file_jobs::{INLINE_BYTES, OpenJob, SaveJob, SaveTarget, estimated_bytes, small_file};
use super::worker::WorkerLost;
use super::{Controller, DiskStamp};
use crate::command::{Answer, FileCommand, PendingAction};
use crate::model::{History, Project, ProjectFileError, project_file};
use crate::state::OverwriteQuestion;

impl Controller {
    pub(super) fn apply_file(&mut self, command: FileCommand) {
        match command {
            FileCommand::NewProject => self.guard_unsaved(PendingAction::NewProject),
            FileCommand::OpenDialog => self.guard_unsaved(PendingAction::OpenDialog),
            FileCommand::Open(path) => self.guard_unsaved(PendingAction::Open(path)),
            FileCommand::Quit => self.guard_unsaved(PendingAction::Quit),
            FileCommand::Save => match self.project_path.clone() {
                Some(path) => self.save_then(&path, None),
                None => self.open_dialog(DialogPurpose::SaveProjectAs),
            },
            FileCommand::SaveAsDialog => self.open_dialog(DialogPurpose::SaveProjectAs),
            FileCommand::SaveAs(path) => self.save_then(&path, None),
            FileCommand::OpenArticlesDialog => self.open_dialog(DialogPurpose::OpenArticles),
            FileCommand::AddArticles(paths) => self.add_article_files(paths),
            FileCommand::AddPastedArticle(pasted) => self.add_pasted_article(&pasted),
            FileCommand::CancelLoading => {
                if let Some(loader) = &self.loader {
                    loader.cancel();
                }
            }
            FileCommand::DropFiles(paths) => self.open_files(&paths),
            FileCommand::Export { format, options } => {
                self.pending_export = Some((format, options));
                self.open_dialog(DialogPurpose::Export(format));
            }
            FileCommand::ExportTo {
                path,
                format,
                options,
            } => self.start_export(path, format, options),
        }
    }

    pub(super) fn apply_answer(&mut self, answer: &Answer) {
        match answer {
            Answer::ConfirmPending { save_first } => self.confirm_pending(*save_first),
            Answer::CancelPending => self.pending = None,
            Answer::ConfirmOverwrite => self.answer_overwrite(Some(true)),
            Answer::SaveElsewhere => self.answer_overwrite(Some(false)),
            Answer::CancelOverwrite => self.answer_overwrite(None),
            Answer::Recover { restore } => self.recover(*restore),
            Answer::PostponeRecovery => {
                self.offered_recovery = None;
                self.recovery_offer = None;
            }
            Answer::ReviewDateChange { update } => self.review_date_change(*update),
        }
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

    /// Opens a project file: at once when it is small, else on a worker (the window says so).
    fn open_project(&mut self, path: &Path) {
        if small_file(path) {
            let loaded = project_file::load(path);
            self.take_opened(path, loaded);
            return;
        }
        self.finish_file_jobs();
        match OpenJob::start(path.to_owned(), self.waker.clone()) {
            Ok(job) => self.opening = Some(job),
            Err(err) => self
                .notifications
                .error(format!("Cannot start opening {}: {err}", path.display())),
        }
    }

    fn take_opened(&mut self, path: &Path, loaded: Result<Project, ProjectFileError>) {
        match loaded {
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

    /// Takes the outcome of a background save or open, if one finished.
    pub(super) fn poll_file_jobs(&mut self) {
        if let Some(result) = self.saving.as_mut().and_then(SaveJob::poll)
            && let Some(job) = self.saving.take()
        {
            self.take_saved(job.target, result);
        }
        if let Some(result) = self.opening.as_mut().and_then(OpenJob::poll)
            && let Some(job) = self.opening.take()
        {
            self.take_opened_in_background(&job.path, result);
        }
    }

    /// Blocks until the background save or open in progress is done (quitting, tests).
    pub(super) fn finish_file_jobs(&mut self) {
        if let Some(mut job) = self.saving.take() {
            let result = job.wait();
            self.take_saved(job.target, result);
        }
        if let Some(mut job) = self.opening.take() {
            let result = job.wait();
            self.take_opened_in_background(&job.path, result);
        }
    }

    fn take_opened_in_background(
        &mut self,
        path: &Path,
        result: Result<Result<Project, ProjectFileError>, WorkerLost>,
    ) {
        match result {
            Ok(loaded) => self.take_opened(path, loaded),
            Err(err) => self
                .notifications
                .error(format!("Opening {} failed: {err}", path.display())),
        }
    }

    /// Restores the offered unsaved work, or deletes it for good. Nothing else deletes it.
    fn recover(&mut self, restore: bool) {
        let Some(recovered) = self.offered_recovery.take() else {
            return;
        };
        self.recovery_offer = None;
        super::recovery::discard(&recovered);
        if restore {
            let path = recovered.meta.original_path.clone();
            self.replace_project(recovered.project, path);
            // Restored work is unsaved work.
            self.history = History::default();
            self.revision += 1;
            self.refresh_suggestions();
            self.notifications
                .info("Restored your unsaved work. Save it to keep it.");
        }
    }

    pub(super) fn replace_project(&mut self, project: Project, path: Option<PathBuf>) {
        if let Some(writer) = self.recovery.as_mut() {
            writer.clear();
        }
        self.last_autosave.1 = None;
        let prefs_filter = self.view.suggestion_filter;
        self.view = crate::state::ViewState::default();
        self.view.suggestion_filter = crate::suggestions::SuggestionFilter {
            article: None,
            show_rejected: false,
            ..prefs_filter
        };
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
        self.precise_dates.clear();
        self.date_review = None;
        self.after_refresh.clear();
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
            self.overwrite = Some(OverwriteQuestion {
                path: path.to_owned(),
                risk,
                then,
            });
            return;
        }
        self.save_to(path, then);
    }

    /// Answers the overwrite question: replace the file (`Some(true)`), pick another file
    /// (`Some(false)`), or do not save (`None`).
    fn answer_overwrite(&mut self, replace: Option<bool>) {
        let Some(question) = self.overwrite.take() else {
            return;
        };
        match replace {
            Some(true) => self.save_to(&question.path, question.then),
            Some(false) => {
                self.after_save = question.then;
                self.open_dialog(DialogPurpose::SaveProjectAs);
            }
            None => {}
        }
    }

    /// Saves atomically, then runs `then`; on failure the old file stays, the user is told and `then`
    /// does not run. A big project is written on a worker (the window says so).
    fn save_to(&mut self, path: &Path, then: Option<PendingAction>) {
        self.finish_file_jobs();
        let mut project = self.project.clone();
        project.view = Some(self.view.time_view);
        self.project.view = project.view;
        let target = SaveTarget {
            path: path.to_owned(),
            state_id: self.history.state_id(),
            then,
        };
        if estimated_bytes(&project) <= INLINE_BYTES {
            let saved = project_file::save(path, &project);
            self.saved(target, saved);
            return;
        }
        match SaveJob::start(project, target, self.waker.clone()) {
            Ok(job) => self.saving = Some(job),
            Err(err) => self
                .notifications
                .error(format!("Cannot start saving {}: {err}", path.display())),
        }
    }

    fn take_saved(
        &mut self,
        target: SaveTarget,
        result: Result<Result<(), ProjectFileError>, WorkerLost>,
    ) {
        match result {
            Ok(saved) => self.saved(target, saved),
            Err(err) => self
                .notifications
                .error(format!("Saving {} failed: {err}", target.path.display())),
        }
    }

    /// A save is done: on success the project is saved as of the state written, and what waited
    /// for the save runs.
    fn saved(&mut self, job: SaveTarget, result: Result<(), ProjectFileError>) {
        match result {
            Ok(()) => {
                self.project_path = Some(job.path.clone());
                self.disk_stamp = DiskStamp::of(&job.path);
                self.history.mark_saved_as(job.state_id);
                if !self.history.is_dirty()
                    && let Some(writer) = self.recovery.as_mut()
                {
                    writer.clear();
                }
                self.last_autosave.1 = None;
                self.prefs.remember(&job.path);
                self.notifications
                    .info(format!("Saved {}", job.path.display()));
                if let Some(action) = job.then {
                    self.run_pending(action);
                }
            }
            Err(err) => self.notifications.error(format!("{err:#}")),
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
        self.dialogs.open(purpose, &name, self.waker.clone());
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
            self.apply(FileCommand::Open(project.clone()));
        }
        if projects.len() > 1 {
            self.notifications
                .error("Only one project can be open at a time: opened the first one.");
        }
        self.add_article_files(articles);
    }
}
