//! The menu bar: File, Edit, View, Timeline, Help. Every item comes from the command table, with its
//! shortcut and tooltip; menus are wide enough that no item wraps.

use super::UiState;
use super::shortcuts;
use super::user_commands::run;
use crate::command::table::UserCommand;
use crate::command::{Command, FileCommand};
use crate::state::AppView;

/// Menus never wrap their items: they grow to the widest one, at least this wide.
const MENU_MIN_WIDTH: f32 = 220.0;

/// Draws the menu bar.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        menu(ui, "File", |ui| {
            item(ui, app, state, commands, UserCommand::New, true);
            item(ui, app, state, commands, UserCommand::Open, true);
            recent_ui(ui, app, commands);
            item(ui, app, state, commands, UserCommand::AddArticles, true);
            ui.separator();
            item(ui, app, state, commands, UserCommand::Save, true);
            item(ui, app, state, commands, UserCommand::SaveAs, true);
            let idle = app.exporting.is_none();
            item(ui, app, state, commands, UserCommand::Export, idle);
            ui.separator();
            item(ui, app, state, commands, UserCommand::Quit, true);
        });
        menu(ui, "Edit", |ui| edit_menu(ui, app, state, commands));
        menu(ui, "View", |ui| view_menu(ui, app, state, commands));
        menu(ui, "Timeline", |ui| {
            item(ui, app, state, commands, UserCommand::NewEvent, true);
            item(ui, app, state, commands, UserCommand::AddLane, true);
        });
        menu(ui, "Help", |ui| {
            item(ui, app, state, commands, UserCommand::GettingStarted, true);
            item(ui, app, state, commands, UserCommand::Shortcuts, true);
            ui.separator();
            item(ui, app, state, commands, UserCommand::About, true);
        });
        ui.separator();
        if ui
            .button("➕ New event")
            .on_hover_text(UserCommand::NewEvent.tooltip())
            .clicked()
        {
            run(UserCommand::NewEvent, app, state, commands);
        }
        if ui
            .button("⛶ Fit all")
            .on_hover_text("Show every event (F)")
            .clicked()
        {
            run(UserCommand::FitAll, app, state, commands);
        }
        if ui
            .button("🔍 Find")
            .on_hover_text(format!("{} (Ctrl+F)", UserCommand::Find.tooltip()))
            .clicked()
        {
            run(UserCommand::Find, app, state, commands);
        }
    });
}

fn menu(ui: &mut egui::Ui, title: &str, contents: impl FnOnce(&mut egui::Ui)) {
    ui.menu_button(title, |ui| {
        ui.set_min_width(MENU_MIN_WIDTH);
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        contents(ui);
    });
}

/// The menu text of a command: Undo and Redo say what they would undo ("Undo move event").
fn text(app: AppView<'_>, command: UserCommand) -> String {
    let step = match command {
        UserCommand::Undo => app.history.undo_label(),
        UserCommand::Redo => app.history.redo_label(),
        _ => None,
    };
    match step {
        Some(step) => format!("{} {step}", command.label()),
        None => command.label().to_owned(),
    }
}

fn item(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
    command: UserCommand,
    enabled: bool,
) {
    let mut button = egui::Button::new(text(app, command));
    if let Some(shortcut) = shortcuts::label(command) {
        button = button.shortcut_text(shortcut);
    }
    if ui
        .add_enabled(enabled, button)
        .on_hover_text(command.tooltip())
        .clicked()
    {
        run(command, app, state, commands);
    }
}

fn toggle(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
    command: UserCommand,
    on: bool,
) {
    let mut checked = on;
    let mut text = egui::RichText::new(command.label()).into();
    if let Some(shortcut) = shortcuts::label(command) {
        text = egui::WidgetText::from(format!("{}   ({shortcut})", command.label()));
    }
    if ui
        .checkbox(&mut checked, text)
        .on_hover_text(command.tooltip())
        .clicked()
    {
        run(command, app, state, commands);
    }
}

fn recent_ui(ui: &mut egui::Ui, app: AppView<'_>, commands: &mut Vec<Command>) {
    ui.add_enabled_ui(!app.prefs.recent_files.is_empty(), |ui| {
        ui.menu_button("Open recent", |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            for path in &app.prefs.recent_files {
                if ui.button(path.display().to_string()).clicked() {
                    commands.push(FileCommand::Open(path.clone()).into());
                }
            }
        });
    });
}

fn edit_menu(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    let can_undo = app.history.undo_label().is_some();
    let can_redo = app.history.redo_label().is_some();
    item(ui, app, state, commands, UserCommand::Undo, can_undo);
    item(ui, app, state, commands, UserCommand::Redo, can_redo);
    ui.separator();
    let selected = !app.view.selection.is_empty();
    item(ui, app, state, commands, UserCommand::Cut, selected);
    item(ui, app, state, commands, UserCommand::Copy, selected);
    item(ui, app, state, commands, UserCommand::Paste, true);
    item(ui, app, state, commands, UserCommand::Duplicate, selected);
    item(ui, app, state, commands, UserCommand::Delete, selected);
    ui.separator();
    let any = !app.project.events.is_empty();
    item(ui, app, state, commands, UserCommand::SelectAll, any);
    item(ui, app, state, commands, UserCommand::SelectNone, selected);
    ui.separator();
    item(ui, app, state, commands, UserCommand::Find, any);
    let finding = !app.view.find_query.trim().is_empty();
    item(ui, app, state, commands, UserCommand::FindNext, finding);
    item(ui, app, state, commands, UserCommand::FindPrevious, finding);
    ui.separator();
    item(ui, app, state, commands, UserCommand::PasteArticle, true);
}

fn view_menu(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    state: &mut UiState,
    commands: &mut Vec<Command>,
) {
    item(ui, app, state, commands, UserCommand::FitAll, true);
    item(ui, app, state, commands, UserCommand::ZoomIn, true);
    item(ui, app, state, commands, UserCommand::ZoomOut, true);
    let selected = !app.view.selection.is_empty();
    item(
        ui,
        app,
        state,
        commands,
        UserCommand::ZoomToSelection,
        selected,
    );
    item(ui, app, state, commands, UserCommand::GoToDate, true);
    ui.separator();
    let filtering = state.find.filter_open;
    toggle(ui, app, state, commands, UserCommand::Filter, filtering);
    let panels = app.prefs.panels;
    let listing = panels.reader && panels.events;
    toggle(ui, app, state, commands, UserCommand::EventsList, listing);
    ui.separator();
    toggle(
        ui,
        app,
        state,
        commands,
        UserCommand::ToggleSidebar,
        panels.sidebar,
    );
    toggle(
        ui,
        app,
        state,
        commands,
        UserCommand::ToggleInspector,
        panels.inspector,
    );
    toggle(
        ui,
        app,
        state,
        commands,
        UserCommand::ToggleReader,
        panels.reader,
    );
    ui.separator();
    ui.menu_button("Theme", |ui| {
        for choice in crate::state::ThemeChoice::ALL {
            if ui
                .radio(app.prefs.theme == choice, choice.label())
                .clicked()
            {
                commands.push(crate::command::ViewCommand::SetTheme(choice).into());
            }
        }
    });
    item(ui, app, state, commands, UserCommand::ResetLayout, true);
}
