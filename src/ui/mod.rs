//! The thin egui layer: reads [`AppView`], pushes [`Command`]s. Nothing here changes the project.

pub mod articles_panel;
pub mod dialogs;
pub mod export_dialog;
pub mod inspector;
pub mod lanes_panel;
pub mod menu_bar;
pub mod notifications;
pub mod reader;
pub mod reader_blocks;
pub mod shortcuts;
pub mod suggestions_panel;
pub mod theme;
pub mod timeline_cache;
pub mod timeline_paint;
pub mod timeline_view;

use crate::app::notifications::Notifications;
use crate::app::{DateReview, Prefs, ViewState};
use crate::command::{Command, PendingAction};
use crate::model::{History, Project};
use crate::suggestions::{SuggestionGroup, SuggestionIndex};

/// Progress of the articles being read.
#[derive(Clone, Copy)]
pub struct LoadingView<'a> {
    /// Files done.
    pub done: usize,
    /// Files in the batch.
    pub total: usize,
    /// The file being read.
    pub current: Option<&'a std::path::Path>,
}

/// Everything the UI reads in one frame.
#[derive(Clone, Copy)]
pub struct AppView<'a> {
    /// The open project.
    pub project: &'a Project,
    /// Undo history (for menu labels and the unsaved marker).
    pub history: &'a History,
    /// Span, selection, drag preview.
    pub view: &'a ViewState,
    /// Messages on screen.
    pub notifications: &'a Notifications,
    /// Recent files.
    pub prefs: &'a Prefs,
    /// Suggestions of every article.
    pub suggestions: &'a SuggestionIndex,
    /// Pending suggestions grouped across articles.
    pub groups: &'a [SuggestionGroup],
    /// Articles being read, if any.
    pub loading: Option<LoadingView<'a>>,
    /// Accepted events waiting for review after an article-date change.
    pub date_review: Option<&'a DateReview>,
    /// The file being exported in the background, if any.
    pub exporting: Option<&'a std::path::Path>,
    /// Unsaved work from an earlier session, offered for restoring.
    pub offered_recovery: Option<&'a crate::app::recovery::Recovered>,
    /// The action waiting for the unsaved-work answer.
    pub pending: Option<&'a PendingAction>,
    /// The save waiting for the "replace that file?" answer.
    pub overwrite: Option<&'a crate::app::OverwriteQuestion>,
    /// Whether a file dialog is open.
    pub dialog_open: bool,
    /// Changes whenever the project does (edits, undo, redo, another project): caches key on it.
    pub revision: u64,
}

/// Widget state owned by the UI (text being typed), never domain data.
#[derive(Default)]
pub struct UiState {
    /// The inspector's text fields.
    pub inspector: inspector::InspectorState,
    /// The lanes panel's text fields.
    pub lanes: lanes_panel::LanesState,
    /// The articles panel's date fields.
    pub articles: articles_panel::ArticlesState,
    /// Sorting, filtering and the acceptance threshold of the suggestions panel.
    pub suggestions: suggestions_panel::SuggestionsState,
    /// The export window.
    pub export: export_dialog::ExportDialogState,
    /// Give the title field focus (after creating an event).
    pub focus_title: bool,
    /// The reader's blocks of text and their heights.
    pub reader: reader_blocks::ReaderBlocks,
    /// The timeline canvas's index and layout, kept between frames.
    pub timeline: timeline_cache::TimelineCache,
}

/// Lays out the whole window.
pub fn app_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    shortcuts::shortcuts_ui(ui.ctx(), app, &state.suggestions, commands);
    let dropped: Vec<_> = ui.ctx().input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    if !dropped.is_empty() {
        commands.push(Command::DropFiles(dropped));
    }
    egui::Panel::top("menu_bar").show(ui, |ui| {
        menu_bar::menu_bar_ui(ui, app, &mut state.export, commands);
    });
    if let Some(path) = app.exporting {
        egui::Panel::bottom("exporting").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!("Exporting {}…", path.display()));
            });
        });
    }
    if let Some(loading) = app.loading {
        egui::Panel::bottom("loading").show(ui, |ui| loading_ui(ui, loading, commands));
    }
    egui::Panel::left("lanes_panel")
        .resizable(true)
        .default_size(260.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    lanes_panel::lanes_panel_ui(ui, app, &mut state.lanes, commands);
                    ui.add_space(12.0);
                    articles_panel::articles_panel_ui(ui, app, &mut state.articles, commands);
                });
        });
    egui::Panel::right("inspector")
        .resizable(true)
        .default_size(290.0)
        .show(ui, |ui| inspector::inspector_ui(ui, app, state, commands));
    if !app.project.articles.is_empty() {
        egui::Panel::bottom("reader_and_suggestions")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                ui.columns(2, |columns| {
                    reader::reader_ui(&mut columns[0], app, &mut state.reader, commands);
                    suggestions_panel::suggestions_panel_ui(
                        &mut columns[1],
                        app,
                        &mut state.suggestions,
                        commands,
                    );
                });
            });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        timeline_view::timeline_ui(ui, app, &mut state.timeline, commands);
    });
    dialogs::unsaved_dialog_ui(ui.ctx(), app, commands);
    dialogs::overwrite_dialog_ui(ui.ctx(), app, commands);
    dialogs::date_review_ui(ui.ctx(), app, commands);
    dialogs::recovery_ui(ui.ctx(), app, commands);
    export_dialog::export_dialog_ui(ui.ctx(), app, &mut state.export, commands);
    notifications::notifications_ui(ui.ctx(), app.notifications, commands);
}

/// The progress bar of the articles being read, with Cancel.
fn loading_ui(ui: &mut egui::Ui, loading: LoadingView<'_>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let fraction = if loading.total == 0 {
            0.0
        } else {
            loading.done as f32 / loading.total as f32
        };
        let file = loading
            .current
            .and_then(std::path::Path::file_name)
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        ui.label(format!(
            "Reading articles {} of {}",
            (loading.done + 1).min(loading.total),
            loading.total
        ));
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(240.0)
                .text(file),
        );
        if ui.button("Cancel").clicked() {
            commands.push(Command::CancelLoading);
        }
    });
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(100));
}
