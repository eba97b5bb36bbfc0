//! The thin egui layer: reads [`AppView`] (from [`crate::state`]), pushes [`Command`]s. Nothing here
//! changes the project, and nothing here imports `app`.
//!
//! The window: a menu bar; at the left the timeline's title, lanes and articles; at the right the
//! inspector; at the bottom the article reader and the suggestions; in the middle the timeline,
//! which keeps a usable size whatever the panels and the window do. Every panel can be resized,
//! collapsed (View menu, or drag its edge) and reset (View › Reset layout).

pub mod articles_panel;
pub mod dialogs;
pub mod export_dialog;
pub mod help;
pub mod inspector;
pub mod lanes_panel;
pub mod menu_bar;
pub mod notifications;
pub mod paste_dialog;
pub mod reader;
pub mod reader_blocks;
pub mod shortcuts;
pub mod suggestions_panel;
pub mod text_fields;
pub mod theme;
pub mod timeline_cache;
pub mod timeline_paint;
pub mod timeline_view;
pub mod user_commands;

use crate::command::{Command, FileCommand, ViewCommand};
use crate::state::{AppView, Progress};

/// The timeline never gets less height than this, in points (axis plus a few lanes).
pub const MIN_TIMELINE_HEIGHT: f32 = 200.0;
/// The timeline never gets less width than this, in points.
pub const MIN_TIMELINE_WIDTH: f32 = 320.0;

/// Widget state owned by the UI (text being typed, caches), never domain data.
#[derive(Default)]
pub struct UiState {
    /// Text typed into fields and not yet committed.
    pub drafts: text_fields::Drafts,
    /// The export window.
    pub export: export_dialog::ExportDialogState,
    /// The last "start typing the title" request carried out.
    pub title_request_done: u64,
    /// Whether the suggestions list has the keyboard (arrows, Enter and Delete triage).
    pub suggestions_have_keys: bool,
    /// Whether the keyboard shortcuts window is open.
    pub help_open: bool,
    /// The Paste as article window.
    pub paste: paste_dialog::PasteDialogState,
    /// Articles ticked to be given one date.
    pub article_batch: articles_panel::ArticleBatch,
    /// Whether a text field had the keyboard at the end of the last frame.
    pub was_typing: bool,
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
    let ctx = ui.ctx().clone();
    // Typed text whose field lost focus last frame lands before anything clicked now.
    state.drafts.commit(&ctx, false, commands);
    if ctx.input(|i| i.pointer.any_pressed()) {
        // A click anywhere takes the keyboard from the suggestions list; a click on a row gives it back.
        state.suggestions_have_keys = false;
    }
    shortcuts::shortcuts_ui(&ctx, app, state, commands);
    let dropped: Vec<_> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    if !dropped.is_empty() {
        commands.push(FileCommand::DropFiles(dropped).into());
    }
    egui::Panel::top("menu_bar").show(ui, |ui| {
        menu_bar::menu_bar_ui(ui, app, state, commands);
    });
    status_bars_ui(ui, app, commands);
    panels_ui(ui, app, state, commands);
    egui::CentralPanel::default().show(ui, |ui| {
        timeline_view::timeline_ui(ui, app, &mut state.timeline, commands);
    });
    dialogs::unsaved_dialog_ui(&ctx, app, commands);
    dialogs::overwrite_dialog_ui(&ctx, app, commands);
    dialogs::date_review_ui(&ctx, app, commands);
    dialogs::recovery_ui(&ctx, app, commands);
    dialogs::opening_ui(&ctx, app);
    export_dialog::export_dialog_ui(&ctx, app, &mut state.export, commands);
    help::shortcuts_window_ui(&ctx, &mut state.help_open);
    paste_dialog::paste_dialog_ui(&ctx, &mut state.paste, commands);
    notifications::notifications_ui(&ctx, app.notifications, commands);
    // Typed text whose field lost focus this frame; before a save, quit or export, every draft.
    state.was_typing = ctx.egui_wants_keyboard_input();
    let leaving = commands.iter().any(|c| matches!(c, Command::File(_)));
    let mut committed = Vec::new();
    state.drafts.commit(&ctx, leaving, &mut committed);
    if !committed.is_empty() {
        committed.append(commands);
        *commands = committed;
    }
}

/// Background work in progress: exporting, reading articles (with Cancel).
fn status_bars_ui(ui: &mut egui::Ui, app: AppView<'_>, commands: &mut Vec<Command>) {
    let busy = [
        (app.exporting, "Exporting"),
        (app.saving, "Saving"),
        (app.opening, "Opening"),
    ];
    for (path, doing) in busy {
        let Some(path) = path else {
            continue;
        };
        egui::Panel::bottom(("busy", doing)).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!("{doing} {}…", path.display()));
            });
        });
    }
    if let Some(loading) = app.loading {
        egui::Panel::bottom("loading").show(ui, |ui| loading_ui(ui, loading, commands));
    }
}

/// The side and bottom panels, each collapsible and resizable, never leaving the timeline less than
/// [`MIN_TIMELINE_WIDTH`] × [`MIN_TIMELINE_HEIGHT`].
fn panels_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    let panels = app.prefs.panels;
    let mut shown = panels;
    let generation = panels.generation;
    let available = ui.available_rect_before_wrap();
    let bottom_max = (available.height() - MIN_TIMELINE_HEIGHT).max(60.0);
    if !app.project.articles.is_empty() {
        egui::Panel::bottom(("reader_and_suggestions", generation))
            .resizable(true)
            .default_size(300.0_f32.min(bottom_max))
            .size_range(60.0..=bottom_max)
            .show_collapsible(ui, &mut shown.reader, |ui| {
                ui.columns(2, |columns| {
                    reader::reader_ui(&mut columns[0], app, &mut state.reader, commands);
                    if suggestions_panel::suggestions_panel_ui(&mut columns[1], app, commands) {
                        state.suggestions_have_keys = true;
                    }
                });
            });
    }
    let side_max = ((available.width() - MIN_TIMELINE_WIDTH) / 2.0).max(80.0);
    egui::Panel::left(("lanes_panel", generation))
        .resizable(true)
        .default_size(260.0_f32.min(side_max))
        .size_range(80.0..=side_max)
        .show_collapsible(ui, &mut shown.sidebar, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    lanes_panel::lanes_panel_ui(ui, app, &mut state.drafts, commands);
                    ui.add_space(12.0);
                    articles_panel::articles_panel_ui(
                        ui,
                        app,
                        &mut state.drafts,
                        &mut state.article_batch,
                        &mut state.paste.open,
                        commands,
                    );
                });
        });
    egui::Panel::right(("inspector", generation))
        .resizable(true)
        .default_size(290.0_f32.min(side_max))
        .size_range(80.0..=side_max)
        .show_collapsible(ui, &mut shown.inspector, |ui| {
            inspector::inspector_ui(ui, app, state, commands);
        });
    if shown != panels {
        commands.push(ViewCommand::SetPanels(shown).into());
    }
}

/// The progress bar of the articles being read, with Cancel.
fn loading_ui(ui: &mut egui::Ui, loading: Progress<'_>, commands: &mut Vec<Command>) {
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
            commands.push(FileCommand::CancelLoading.into());
        }
    });
}
