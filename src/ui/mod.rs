//! The thin egui layer: reads [`AppView`] (from [`crate::state`]), pushes [`Command`]s. Nothing here
//! changes the project, and nothing here imports `app`.
//!
//! The window: a menu bar; at the left the timeline's title, lanes and articles; at the right the
//! inspector; at the bottom the article reader and the suggestions; in the middle the timeline,
//! which keeps most of the window (at least [`TIMELINE_SHARE`] of its width and height) whatever
//! the panels and the window do. Every panel can be resized,
//! collapsed (View menu, or drag its edge) and reset (View › Reset layout).

pub mod articles_panel;
pub mod clipboard;
pub mod dialogs;
pub mod events_list;
pub mod export_dialog;
pub mod find_bar;
pub mod go_to_date;
pub mod help;
pub mod input_order;
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
pub mod timeline_menus;
pub mod timeline_overlay;
pub mod timeline_paint;
pub mod timeline_view;
pub mod user_commands;

use crate::command::{Command, FileCommand, ViewCommand};
use crate::state::{AppView, Progress};

/// The timeline never gets less height than this, in points (axis plus a few lanes).
pub const MIN_TIMELINE_HEIGHT: f32 = 200.0;
/// The timeline never gets less width than this, in points.
pub const MIN_TIMELINE_WIDTH: f32 = 320.0;
/// What a side panel's frame adds to its size, in points.
const PANEL_FRAME_POINTS: f32 = 10.0;
/// The share of the window's width and height the panels always leave to the timeline.
pub const TIMELINE_SHARE: f32 = 0.6;

/// Widget state owned by the UI (text being typed, caches), never domain data.
#[derive(Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent windows and one-frame requests"
)]
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
    /// Whether Help › Getting started is open.
    pub getting_started_open: bool,
    /// Whether Help › About is open.
    pub about_open: bool,
    /// The find and filter bars.
    pub find: find_bar::FindBarState,
    /// The Go to date window.
    pub go_to: go_to_date::GoToState,
    /// The events list.
    pub events_list: events_list::EventsListState,
    /// Text to put on the clipboard at the end of the frame (copied events).
    pub clipboard_out: Option<String>,
    /// Ask the window for the clipboard's text at the end of the frame (Edit › Paste).
    pub request_paste: bool,
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
        // A click anywhere takes the keyboard from the lists; a click on a row gives it back.
        state.suggestions_have_keys = false;
        state.events_list.has_keys = false;
    }
    apply_theme(&ctx, app.prefs.theme);
    let typing = shortcuts::typing(&ctx, state);
    shortcuts::shortcuts_ui(&ctx, app, state, typing, commands);
    clipboard::clipboard_ui(&ctx, app, state, typing, commands);
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
        find_bar::find_bars_ui(ui, app, &mut state.find, &mut state.timeline, commands);
        timeline_view::timeline_ui(
            ui,
            app,
            &mut state.timeline,
            &mut state.clipboard_out,
            commands,
        );
    });
    dialogs::unsaved_dialog_ui(&ctx, app, commands);
    dialogs::overwrite_dialog_ui(&ctx, app, commands);
    dialogs::date_review_ui(&ctx, app, commands);
    dialogs::recovery_ui(&ctx, app, commands);
    dialogs::opening_ui(&ctx, app);
    export_dialog::export_dialog_ui(
        &ctx,
        app,
        &mut state.export,
        state.timeline.canvas_width,
        commands,
    );
    help::shortcuts_window_ui(&ctx, &mut state.help_open);
    help::getting_started_ui(&ctx, &mut state.getting_started_open);
    help::about_ui(&ctx, &mut state.about_open);
    go_to_date::go_to_date_ui(&ctx, &mut state.go_to, commands);
    paste_dialog::paste_dialog_ui(&ctx, &mut state.paste, commands);
    notifications::notifications_ui(&ctx, app.notifications, commands);
    if let Some(text) = state.clipboard_out.take() {
        ctx.copy_text(text);
    }
    if std::mem::take(&mut state.request_paste) {
        ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
    }
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
    // The timeline keeps most of the window: at least this share of its width and height.
    let bottom_max = (available.height()
        - MIN_TIMELINE_HEIGHT.max(available.height() * TIMELINE_SHARE))
    .max(60.0);
    let articles = !app.project.articles.is_empty();
    let mut events_tab = panels.events;
    if articles || panels.events {
        egui::Panel::bottom(("reader_and_suggestions", generation))
            .resizable(true)
            .default_size(300.0_f32.min(bottom_max))
            .size_range(60.0..=bottom_max)
            .show_collapsible(ui, &mut shown.reader, |ui| {
                if !articles {
                    events_list::events_list_ui(ui, app, &mut state.events_list, commands);
                    return;
                }
                ui.columns(2, |columns| {
                    reader::reader_ui(&mut columns[0], app, &mut state.reader, commands);
                    let right = &mut columns[1];
                    right.horizontal(|ui| {
                        let label = format!("Suggestions ({})", app.groups.len());
                        if ui.selectable_label(!events_tab, label).clicked() {
                            events_tab = false;
                        }
                        let label = format!("Events ({})", app.project.events.len());
                        if ui.selectable_label(events_tab, label).clicked() {
                            events_tab = true;
                        }
                    });
                    if events_tab {
                        events_list::events_list_ui(right, app, &mut state.events_list, commands);
                    } else if suggestions_panel::suggestions_panel_ui(right, app, commands) {
                        state.suggestions_have_keys = true;
                    }
                });
            });
    }
    shown.events = events_tab;
    // Each side panel's frame and resize handle take a few points more than its size.
    let side_max =
        ((available.width() - MIN_TIMELINE_WIDTH.max(available.width() * TIMELINE_SHARE)) / 2.0
            - PANEL_FRAME_POINTS)
            .max(80.0);
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

/// Uses the light or dark colours the user chose (the system's by default).
fn apply_theme(ctx: &egui::Context, choice: crate::state::ThemeChoice) {
    let wanted = match choice {
        crate::state::ThemeChoice::System => egui::ThemePreference::System,
        crate::state::ThemeChoice::Light => egui::ThemePreference::Light,
        crate::state::ThemeChoice::Dark => egui::ThemePreference::Dark,
    };
    if ctx.options(|o| o.theme_preference) != wanted {
        ctx.set_theme(wanted);
    }
}
