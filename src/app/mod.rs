//! The application: owns the project, its history and the view, runs the frame and applies commands.
//!
//! Frame flow: the `ui/` functions read [`DatelineApp`] and push [`crate::command::Command`]s; at the end of the frame
//! [`DatelineApp::apply`] runs them, each change to the project as one undo step.

mod apply;
mod apply_articles;
pub use apply::dragged_events;
pub mod article_loader;
pub mod export_job;
pub mod file_dialogs;
pub mod notifications;
pub mod recovery;
pub mod view_state;

use std::path::{Path, PathBuf};

use crate::command::PendingAction;
use crate::model::{History, Project};
use crate::suggestions::{SuggestionGroup, SuggestionIndex};
use article_loader::ArticleLoader;
use file_dialogs::FileDialogs;
use notifications::Notifications;
pub use view_state::ViewState;

/// How many recent projects the File menu remembers.
const RECENT_FILES_MAX: usize = 10;

/// Preferences kept in eframe storage (never the project itself).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Recently opened or saved projects, newest first.
    pub recent_files: Vec<PathBuf>,
}

impl Prefs {
    /// Moves `path` to the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_FILES_MAX);
    }
}

/// Accepted events whose source dates changed with their article's date, waiting for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct DateReview {
    /// The article whose date changed.
    pub article: crate::model::ArticleId,
    /// Each affected event as it would become (with its source dates re-resolved).
    pub updated: Vec<crate::model::Event>,
}

/// A save waiting for the user's answer, because the file it would replace is not a project this
/// Dateline reads (newer version, damaged, or not a project).
#[derive(Clone, Debug)]
pub struct OverwriteQuestion {
    /// The file that would be replaced.
    pub path: PathBuf,
    /// What replacing it would lose.
    pub risk: crate::model::project_file::OverwriteRisk,
    /// What was to happen after the save (quit, open another project…).
    pub then: Option<PendingAction>,
}

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

/// The Dateline application state.
pub struct DatelineApp {
    project: Project,
    project_path: Option<PathBuf>,
    history: History,
    view: ViewState,
    notifications: Notifications,
    prefs: Prefs,
    suggestions: SuggestionIndex,
    /// Pending suggestions grouped across articles, for the state `groups_state` of the history.
    groups: Vec<SuggestionGroup>,
    groups_state: Option<u64>,
    loader: Option<ArticleLoader>,
    date_review: Option<DateReview>,
    recovery: Option<recovery::RecoverySlot>,
    /// Egui time of the last recovery copy, and the history state it holds.
    last_autosave: (f64, Option<u64>),
    offered_recovery: Option<recovery::Recovered>,
    /// What to export once the save dialog answers.
    pending_export: Option<(crate::export::ExportFormat, crate::export::ExportOptions)>,
    export_job: Option<export_job::ExportJob>,
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
    /// Bumped whenever the project changes, so the UI's caches know.
    revision: u64,
    ui_state: crate::ui::UiState,
    ctx: egui::Context,
}

impl DatelineApp {
    /// Creates the app from eframe's creation context, restoring preferences, then opens `files`
    /// (a `.ron` file as the project, anything else as an article).
    pub fn new(cc: &eframe::CreationContext<'_>, files: &[PathBuf]) -> Self {
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        crate::ui::theme::install(&cc.egui_ctx);
        let mut app = Self {
            project: Project::default(),
            project_path: None,
            history: History::saved(),
            view: ViewState::default(),
            notifications: Notifications::default(),
            prefs,
            suggestions: SuggestionIndex::default(),
            groups: Vec::new(),
            groups_state: None,
            loader: None,
            date_review: None,
            recovery: None,
            last_autosave: (0.0, None),
            offered_recovery: None,
            pending_export: None,
            export_job: None,
            dialogs: FileDialogs::new(),
            pending: None,
            overwrite: None,
            disk_stamp: None,
            after_save: None,
            quit_confirmed: false,
            window_title: String::new(),
            revision: 0,
            ui_state: crate::ui::UiState::default(),
            ctx: cc.egui_ctx.clone(),
        };
        // Recovery copies live beside eframe's storage. Without storage (headless tests and
        // benchmarks) there are none unless `set_recovery_dir` asks for them, so a copy left by the
        // real app is never offered to a test.
        if cc.storage.is_some()
            && let Some(dir) = eframe::storage_dir("Dateline")
        {
            app.set_recovery_dir(dir.join("recovery"));
        }
        app.open_files(files);
        app.refresh_suggestions();
        app
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

    /// Preferences (recent files).
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

    /// Whether articles are being read.
    pub fn is_loading(&self) -> bool {
        self.loader.is_some()
    }

    /// Waits for the article batch being read and adds it (for tests and scripted use).
    pub fn finish_loading(&mut self) {
        if let Some(loader) = self.loader.as_mut() {
            let cancelled = loader.wait();
            self.finish_loader(cancelled);
        }
    }

    /// Keeps crash-recovery copies in `dir`, and offers the newest copy an ended session left there.
    pub fn set_recovery_dir(&mut self, dir: PathBuf) {
        self.offered_recovery = recovery::find(&dir);
        self.recovery = Some(recovery::RecoverySlot::new(dir));
    }

    /// Unsaved work from an earlier session, waiting for "restore or discard".
    pub fn offered_recovery(&self) -> Option<&recovery::Recovered> {
        self.offered_recovery.as_ref()
    }

    /// Writes a recovery copy of unsaved work when it is due: every [`recovery::AUTOSAVE_SECONDS`]
    /// of changes, and when the window loses focus.
    pub fn autosave(&mut self, now: f64, focus_lost: bool) {
        let state = Some(self.history.state_id());
        let due = now - self.last_autosave.0 >= recovery::AUTOSAVE_SECONDS || focus_lost;
        if !self.is_dirty() || state == self.last_autosave.1 || !due {
            return;
        }
        let Some(slot) = self.recovery.clone() else {
            return;
        };
        self.last_autosave = (now, state);
        let mut project = self.project.clone();
        project.view = Some(self.view.time_view);
        let original = self.project_path.clone();
        let spawned = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || {
                if let Err(err) = slot.write(&project, original.as_deref()) {
                    log::warn!("cannot write the recovery copy: {err}");
                }
            });
        if let Err(err) = spawned {
            log::warn!("cannot start the autosave: {err}");
        }
    }

    /// Waits for the export in progress (for tests and scripted use).
    pub fn finish_exporting(&mut self) {
        if let Some(job) = &self.export_job {
            let result = job.wait();
            self.finish_export(result);
        }
    }

    fn finish_export(&mut self, result: Result<(), String>) {
        let Some(job) = self.export_job.take() else {
            return;
        };
        match result {
            Ok(()) => self
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
        match export_job::ExportJob::start(self.project.clone(), path, format, options, &self.ctx) {
            Ok(job) => self.export_job = Some(job),
            Err(err) => self
                .notifications
                .error(format!("Cannot start the export: {err}")),
        }
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
}

impl eframe::App for DatelineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.notifications.tick(ctx.input(|i| i.time));
        self.handle_close_request(&ctx);
        if let Some(result) = self.dialogs.poll() {
            self.apply_dialog_result(result);
        }
        if let Some(cancelled) = self.loader.as_mut().and_then(ArticleLoader::poll) {
            self.finish_loader(cancelled);
        }
        if let Some(result) = self
            .export_job
            .as_ref()
            .and_then(export_job::ExportJob::poll)
        {
            self.finish_export(result);
        }
        let mut commands = Vec::new();
        let view = crate::ui::AppView {
            project: &self.project,
            history: &self.history,
            view: &self.view,
            notifications: &self.notifications,
            prefs: &self.prefs,
            suggestions: &self.suggestions,
            groups: &self.groups,
            loading: self.loader.as_ref().map(|l| crate::ui::LoadingView {
                done: l.done,
                total: l.total,
                current: l.current.as_deref(),
            }),
            date_review: self.date_review.as_ref(),
            offered_recovery: self.offered_recovery.as_ref(),
            exporting: self.export_job.as_ref().map(export_job::ExportJob::path),
            pending: self.pending.as_ref(),
            overwrite: self.overwrite.as_ref(),
            dialog_open: self.dialogs.is_open(),
            revision: self.revision,
        };
        crate::ui::app_ui(ui, view, &mut self.ui_state, &mut commands);
        for command in commands {
            self.apply(command);
        }
        self.refresh_suggestions();
        self.sync_window_title(&ctx);
        let focus_lost = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)))
        });
        self.autosave(ctx.input(|i| i.time), focus_lost);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing on purpose (saved, or "Don't save"): nothing to recover.
        if let Some(slot) = &self.recovery
            && (!self.is_dirty() || self.quit_confirmed)
        {
            slot.clear();
        }
    }
}
