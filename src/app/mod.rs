//! The application: owns the project, its history and the view, applies commands and runs the
//! background work.
//!
//! Frame flow: `ui/` reads the [`AppView`] this app gives and pushes [`Command`]s; at the end of
//! the frame [`Controller::apply`] runs them, each change to the project as one undo step (a
//! gesture's changes merge into one). Background work — reading articles, working out suggestions,
//! exporting, file dialogs, recovery copies — runs on [`worker::Worker`]s that
//! [`Controller::logic`] polls; eframe calls it even while the window is hidden.
//!
//! This module never names a `ui` type: both read [`crate::state`].

mod apply;
mod apply_articles;
mod apply_events;
mod apply_files;
pub mod article_loader;
pub mod export_job;
pub mod file_dialogs;
pub mod file_jobs;
pub mod recovery;
mod suggestion_refresh;
pub mod worker;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::command::{Command, PendingAction};
use crate::model::{Date, EventId, History, Project};
use crate::state::{
    AppView, DateReview, Notifications, OverwriteQuestion, Prefs, Progress, RecoveryOffer,
    ViewState,
};
use crate::suggestions::{SuggestionGroup, SuggestionIndex};
use article_loader::ArticleLoader;
use export_job::ExportJob;
use file_dialogs::FileDialogs;
use recovery::RecoveryWriter;
use suggestion_refresh::SuggestionRefresh;
use worker::Waker;

/// The state of the project file on disk when this app last read or wrote it: while it is unchanged,
/// saving over it loses nothing.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DiskStamp {
    pub(crate) path: PathBuf,
    pub(crate) modified: Option<std::time::SystemTime>,
    pub(crate) len: u64,
}

impl DiskStamp {
    /// The stamp of `path` now, if it exists.
    pub(crate) fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Self {
            path: path.to_owned(),
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// The Dateline application state: the project, its history and everything shown around it.
pub struct Controller {
    project: Project,
    project_path: Option<PathBuf>,
    history: History,
    view: ViewState,
    notifications: Notifications,
    prefs: Prefs,
    suggestions: SuggestionIndex,
    /// Pending suggestions grouped across articles, for the project at `groups_revision`.
    groups: Vec<SuggestionGroup>,
    groups_revision: Option<u64>,
    refresh: Option<SuggestionRefresh>,
    /// What waits for the suggestions to be worked out.
    after_refresh: Vec<suggestion_refresh::AfterRefresh>,
    loader: Option<ArticleLoader>,
    date_review: Option<DateReview>,
    recovery: Option<RecoveryWriter>,
    /// When the last recovery copy was asked for, and the revision it holds.
    last_autosave: (Instant, Option<u64>),
    offered_recovery: Option<recovery::Recovered>,
    recovery_offer: Option<RecoveryOffer>,
    /// What to export once the save dialog answers.
    pending_export: Option<(crate::export::ExportFormat, crate::export::ExportOptions)>,
    export_job: Option<ExportJob>,
    /// A big project being written, or read.
    saving: Option<file_jobs::SaveJob>,
    opening: Option<file_jobs::OpenJob>,
    dialogs: FileDialogs,
    pending: Option<PendingAction>,
    /// A save waiting for "replace that file?".
    overwrite: Option<OverwriteQuestion>,
    /// The project file as last read or written here.
    disk_stamp: Option<DiskStamp>,
    /// An action waiting for the Save As dialog of "Save changes?" to succeed.
    after_save: Option<PendingAction>,
    quit_confirmed: bool,
    window_title: String,
    /// Bumped whenever the project changes (edits, undo, redo, another project): the one change
    /// counter the UI's caches, the suggestions and the recovery copies follow.
    revision: u64,
    /// Full dates of events whose precision the user lowered, so raising it again brings back the
    /// day (1989-11-09 → month → day is 1989-11-09 again, not the 1st).
    precise_dates: BTreeMap<EventId, (Date, Option<Date>)>,
    /// Counts "start typing the title" requests.
    title_requests: u64,
    waker: Waker,
    ctx: egui::Context,
}

impl Controller {
    /// Creates the app, restoring preferences from `storage` (when there is one), then opens
    /// `files` (a `.ron` file as the project, anything else as an article).
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        files: &[PathBuf],
    ) -> Self {
        let prefs = storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        let waker_ctx = ctx.clone();
        let mut app = Self {
            project: Project::default(),
            project_path: None,
            history: History::saved(),
            view: ViewState::default(),
            notifications: Notifications::default(),
            prefs,
            suggestions: SuggestionIndex::default(),
            groups: Vec::new(),
            groups_revision: None,
            refresh: None,
            after_refresh: Vec::new(),
            loader: None,
            date_review: None,
            recovery: None,
            last_autosave: (Instant::now(), None),
            offered_recovery: None,
            recovery_offer: None,
            pending_export: None,
            export_job: None,
            saving: None,
            opening: None,
            dialogs: FileDialogs::default(),
            pending: None,
            overwrite: None,
            disk_stamp: None,
            after_save: None,
            quit_confirmed: false,
            window_title: String::new(),
            revision: 0,
            precise_dates: BTreeMap::new(),
            title_requests: 0,
            waker: std::sync::Arc::new(move || waker_ctx.request_repaint()),
            ctx: ctx.clone(),
        };
        // Recovery copies live beside eframe's storage. Without storage (headless tests and
        // benchmarks) there are none unless `set_recovery_dir` asks for them, so a copy left by the
        // real app is never offered to a test.
        if storage.is_some()
            && let Some(dir) = eframe::storage_dir("Dateline")
        {
            app.set_recovery_dir(dir.join("recovery"));
        }
        app.open_files(files);
        app.refresh_suggestions();
        app
    }

    /// What the UI reads this frame.
    pub fn view_model(&self) -> AppView<'_> {
        AppView {
            project: &self.project,
            history: &self.history,
            view: &self.view,
            notifications: &self.notifications,
            prefs: &self.prefs,
            suggestions: &self.suggestions,
            groups: &self.groups,
            loading: self.loader.as_ref().map(|l| {
                let progress = l.progress();
                Progress {
                    done: progress.map_or(0, |p| p.done),
                    total: l.total(),
                    current: progress.map(|p| p.current.as_path()),
                }
            }),
            refreshing_suggestions: self.refresh.is_some(),
            date_review: self.date_review.as_ref(),
            offered_recovery: self.recovery_offer.as_ref(),
            exporting: self.export_job.as_ref().map(ExportJob::path),
            saving: self.saving.as_ref().map(|job| job.target.path.as_path()),
            opening: self.opening.as_ref().map(|job| job.path.as_path()),
            pending: self.pending.as_ref(),
            overwrite: self.overwrite.as_ref(),
            dialog_open: self.dialogs.is_open(),
            revision: self.revision,
        }
    }

    /// The open project.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The file the project was opened from or saved to.
    pub fn project_path(&self) -> Option<&Path> {
        self.project_path.as_deref()
    }

    /// The undo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Whether there is unsaved work.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// The view state (span, selection, drag).
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// The notifications on screen.
    pub fn notifications(&self) -> &Notifications {
        &self.notifications
    }

    /// Preferences (recent files, panels).
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The suggestions of every article.
    pub fn suggestions(&self) -> &SuggestionIndex {
        &self.suggestions
    }

    /// Pending suggestions, grouped across articles.
    pub fn suggestion_groups(&self) -> &[SuggestionGroup] {
        &self.groups
    }

    /// The change counter: bumped by every edit, undo, redo and project replacement.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether articles are being read.
    pub fn is_loading(&self) -> bool {
        self.loader.is_some()
    }

    /// Waits for the background work in progress — articles being read, suggestions being worked
    /// out, an export — and takes its results (tests and scripted use).
    pub fn finish_background_work(&mut self) {
        if let Some(loader) = self.loader.as_mut() {
            let outcome = loader.wait();
            self.finish_loader(outcome);
        }
        self.finish_file_jobs();
        self.finish_refresh();
        if let Some(job) = self.export_job.as_mut() {
            let result = job.wait();
            self.finish_export(result);
        }
        if let Some(writer) = self.recovery.as_mut() {
            writer.flush();
        }
    }

    /// Keeps crash-recovery copies in `dir`, and offers the newest copy an ended session left there.
    pub fn set_recovery_dir(&mut self, dir: PathBuf) {
        self.offered_recovery = recovery::find(&dir);
        self.recovery_offer = self.offered_recovery.as_ref().map(|r| RecoveryOffer {
            original_path: r.meta.original_path.clone(),
            title: r.project.title.clone(),
            summary: r.project.summary(),
        });
        self.recovery = Some(RecoveryWriter::new(dir, self.waker.clone()));
    }

    /// Work that runs whether or not the window is drawn: takes the results of background work,
    /// and writes a recovery copy of unsaved work when it is due.
    pub fn logic(&mut self, ctx: &egui::Context) {
        // Expired messages go before the frame draws, so none lingers on screen.
        self.notifications.tick(ctx.input(|i| i.time));
        self.handle_close_request(ctx);
        if let Some(result) = self.dialogs.poll() {
            self.apply_dialog_result(result);
        }
        if let Some(outcome) = self.loader.as_mut().and_then(ArticleLoader::poll) {
            self.finish_loader(outcome);
        }
        if let Some(result) = self.export_job.as_mut().and_then(ExportJob::poll) {
            self.finish_export(result);
        }
        self.poll_file_jobs();
        if let Some(result) = self.refresh.as_mut().and_then(SuggestionRefresh::poll) {
            self.refresh = None;
            self.take_refresh(result);
        }
        self.refresh_suggestions();
        if let Some(writer) = self.recovery.as_mut() {
            writer.poll();
        }
        let focus_lost = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)))
        });
        self.autosave(Instant::now(), focus_lost);
    }

    /// Applies the frame's commands, then ends the frame: a gesture that is over seals its undo step,
    /// and the window title follows the project.
    pub fn apply_all(&mut self, commands: Vec<Command>, ctx: &egui::Context) {
        for command in commands {
            self.apply(command);
        }
        let interacting = ctx.input(|i| i.pointer.any_down()) || ctx.egui_wants_keyboard_input();
        if !interacting {
            self.history.seal();
        }
        self.refresh_suggestions();
        self.sync_window_title(ctx);
    }

    /// Writes a recovery copy of unsaved work when it is due: at most [`recovery::AUTOSAVE_SECONDS`]
    /// after a change, and when the window loses focus. Clean work has no copy. Asks for the next call
    /// when a copy will be due, so an idle window still writes it.
    pub fn autosave(&mut self, now: Instant, focus_lost: bool) {
        let Some(writer) = self.recovery.as_mut() else {
            return;
        };
        if !self.history.is_dirty() {
            writer.clear();
            self.last_autosave.1 = None;
            return;
        }
        if self.last_autosave.1 == Some(self.revision) {
            return;
        }
        let waited = now.saturating_duration_since(self.last_autosave.0);
        let period = std::time::Duration::from_secs_f64(recovery::AUTOSAVE_SECONDS);
        if waited >= period || focus_lost {
            self.last_autosave = (now, Some(self.revision));
            let mut project = self.project.clone();
            project.view = Some(self.view.time_view);
            writer.write(project, self.project_path.clone());
        } else {
            self.ctx
                .request_repaint_after(period.saturating_sub(waited));
        }
    }

    /// Waits for any recovery copy being written (tests and scripted use).
    pub fn finish_autosave(&mut self) {
        if let Some(writer) = self.recovery.as_mut() {
            writer.flush();
        }
    }

    /// Ends the session: a clean exit (saved, or "Don't save" answered) leaves no recovery copy;
    /// unsaved work that was never discarded keeps a fresh one, for the next start to offer.
    pub fn on_exit(&mut self) {
        self.finish_file_jobs();
        let Some(writer) = self.recovery.as_mut() else {
            return;
        };
        if self.history.is_dirty() && !self.quit_confirmed {
            let mut project = self.project.clone();
            project.view = Some(self.view.time_view);
            writer.write(project, self.project_path.clone());
        } else {
            writer.clear();
        }
        writer.flush();
    }

    /// Accepted events waiting for the user after an article-date change.
    pub fn date_review(&self) -> Option<&DateReview> {
        self.date_review.as_ref()
    }

    /// The save waiting for the "replace that file?" answer.
    pub fn overwrite_question(&self) -> Option<&OverwriteQuestion> {
        self.overwrite.as_ref()
    }

    /// The action waiting for the "unsaved changes" answer.
    pub fn pending(&self) -> Option<&PendingAction> {
        self.pending.as_ref()
    }

    /// Unsaved work from an earlier session, waiting for "restore or discard".
    pub fn offered_recovery(&self) -> Option<&RecoveryOffer> {
        self.recovery_offer.as_ref()
    }

    /// The window title: project name, with "●" when there is unsaved work.
    pub fn title(&self) -> String {
        let name = self
            .project_path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(
                || self.project.title.clone(),
                |n| n.to_string_lossy().into_owned(),
            );
        let marker = if self.is_dirty() { "● " } else { "" };
        format!("{marker}{name} — Dateline")
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.is_dirty() && !self.quit_confirmed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(PendingAction::Quit);
        }
    }

    fn sync_window_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    fn finish_export(&mut self, result: Result<Vec<PathBuf>, String>) {
        let Some(job) = self.export_job.take() else {
            return;
        };
        match result {
            Ok(files) if files.len() > 1 => self.notifications.info(format!(
                "Exported {} pictures: {} … {}",
                files.len(),
                files
                    .first()
                    .map_or_else(String::new, |f| f.display().to_string()),
                files
                    .last()
                    .map_or_else(String::new, |f| f.display().to_string()),
            )),
            Ok(_) => self
                .notifications
                .info(format!("Exported {}", job.path().display())),
            Err(message) => self
                .notifications
                .error(format!("{message}: {}", job.path().display())),
        }
    }

    /// Starts exporting to `path` in the background.
    fn start_export(
        &mut self,
        path: PathBuf,
        format: crate::export::ExportFormat,
        options: crate::export::ExportOptions,
    ) {
        if self.export_job.is_some() {
            self.notifications
                .error("An export is already running: wait for it to finish.");
            return;
        }
        match ExportJob::start(
            self.project.clone(),
            path,
            format,
            options,
            self.waker.clone(),
        ) {
            Ok(job) => self.export_job = Some(job),
            Err(err) => self
                .notifications
                .error(format!("Cannot start the export: {err}")),
        }
    }
}
