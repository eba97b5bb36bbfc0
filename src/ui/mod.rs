//! The thin egui layer: reads [`AppView`], pushes [`Command`]s. Nothing here changes the project.

pub mod dialogs;
pub mod inspector;
pub mod lanes_panel;
pub mod menu_bar;
pub mod notifications;
pub mod reader;
pub mod shortcuts;
pub mod theme;
pub mod timeline_paint;
pub mod timeline_view;

use crate::app::notifications::Notifications;
use crate::app::{OpenArticle, Prefs, ViewState};
use crate::command::{Command, PendingAction};
use crate::model::{History, Project};

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
    /// Articles opened for reading.
    pub articles: &'a [OpenArticle],
    /// The action waiting for the unsaved-work answer.
    pub pending: Option<&'a PendingAction>,
    /// Whether a file dialog is open.
    pub dialog_open: bool,
}

/// Widget state owned by the UI (text being typed), never domain data.
#[derive(Default)]
pub struct UiState {
    /// The inspector's text fields.
    pub inspector: inspector::InspectorState,
    /// The lanes panel's text fields.
    pub lanes: lanes_panel::LanesState,
    /// Give the title field focus (after creating an event).
    pub focus_title: bool,
}

/// Lays out the whole window.
pub fn app_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    shortcuts::shortcuts_ui(ui.ctx(), app, commands);
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
    egui::Panel::top("menu_bar").show(ui, |ui| menu_bar::menu_bar_ui(ui, app, commands));
    egui::Panel::left("lanes_panel")
        .resizable(true)
        .default_size(250.0)
        .show(ui, |ui| {
            lanes_panel::lanes_panel_ui(ui, app, &mut state.lanes, commands);
        });
    egui::Panel::right("inspector")
        .resizable(true)
        .default_size(280.0)
        .show(ui, |ui| inspector::inspector_ui(ui, app, state, commands));
    if let Some(article) = app.view.reader_article.and_then(|i| app.articles.get(i)) {
        egui::Panel::bottom("reader")
            .resizable(true)
            .default_size(220.0)
            .show(ui, |ui| reader::reader_ui(ui, app, article, commands));
    }
    egui::CentralPanel::default().show(ui, |ui| timeline_view::timeline_ui(ui, app, commands));
    dialogs::unsaved_dialog_ui(ui.ctx(), app, commands);
    notifications::notifications_ui(ui.ctx(), app.notifications, commands);
}
