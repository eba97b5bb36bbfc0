//! The menu bar: File, Edit, View, Timeline.

use super::{AppView, shortcuts};
use crate::command::Command;

/// Draws the menu bar.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    app: AppView<'_>,
    export: &mut super::export_dialog::ExportDialogState,
    commands: &mut Vec<Command>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            file_menu_ui(ui, app, commands);
            if ui
                .add_enabled(app.exporting.is_none(), egui::Button::new("Export…"))
                .clicked()
            {
                export.open = true;
            }
        });
        ui.menu_button("Edit", |ui| edit_menu_ui(ui, app, commands));
        ui.menu_button("View", |ui| {
            if ui
                .add(egui::Button::new("Fit all").shortcut_text("F"))
                .clicked()
            {
                commands.push(Command::FitAll);
            }
        });
        ui.menu_button("Timeline", |ui| {
            if ui.button("New event").clicked() {
                commands.push(new_event_command(app));
            }
            if ui.button("Add lane").clicked() {
                commands.push(Command::AddLane);
            }
        });
        ui.separator();
        if ui
            .button("➕ New event")
            .on_hover_text("Add an event in the middle of the view")
            .clicked()
        {
            commands.push(new_event_command(app));
        }
        if ui
            .button("⛶ Fit all")
            .on_hover_text("Show every event (F)")
            .clicked()
        {
            commands.push(Command::FitAll);
        }
    });
}

/// A new event at the centre of the view, on the first lane, at the zoom's precision.
fn new_event_command(app: AppView<'_>) -> Command {
    let view = app.view.time_view;
    let centre_days = view.start_days + view.days_per_point * 400.0;
    let precision = crate::timeline::snap::precision_for_zoom(view.days_per_point);
    let lane = app
        .project
        .lanes
        .first()
        .map_or(crate::model::LaneId(1), |l| l.id);
    Command::CreateEvent {
        start: crate::model::Date::from_days(centre_days, precision),
        lane,
    }
}

fn file_menu_ui(ui: &mut egui::Ui, app: AppView<'_>, commands: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    let item = |ui: &mut egui::Ui, text: &str, shortcut: &egui::KeyboardShortcut| {
        ui.add(egui::Button::new(text).shortcut_text(shortcuts::label(&ctx, shortcut)))
            .clicked()
    };
    if item(ui, "New", &shortcuts::NEW) {
        commands.push(Command::NewProject);
    }
    if item(ui, "Open…", &shortcuts::OPEN) {
        commands.push(Command::OpenDialog);
    }
    ui.add_enabled_ui(!app.prefs.recent_files.is_empty(), |ui| {
        ui.menu_button("Open recent", |ui| {
            for path in &app.prefs.recent_files {
                if ui.button(path.display().to_string()).clicked() {
                    commands.push(Command::Open(path.clone()));
                }
            }
        });
    });
    if ui.button("Add articles…").clicked() {
        commands.push(Command::OpenArticlesDialog);
    }
    ui.separator();
    if item(ui, "Save", &shortcuts::SAVE) {
        commands.push(Command::Save);
    }
    if item(ui, "Save as…", &shortcuts::SAVE_AS) {
        commands.push(Command::SaveAsDialog);
    }
    ui.separator();
    if item(ui, "Quit", &shortcuts::QUIT) {
        commands.push(Command::Quit);
    }
}

fn edit_menu_ui(ui: &mut egui::Ui, app: AppView<'_>, commands: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    let undo_text = app
        .history
        .undo_label()
        .map_or_else(|| "Undo".to_owned(), |l| format!("Undo {l}"));
    let redo_text = app
        .history
        .redo_label()
        .map_or_else(|| "Redo".to_owned(), |l| format!("Redo {l}"));
    let undo = egui::Button::new(undo_text).shortcut_text(shortcuts::label(&ctx, &shortcuts::UNDO));
    if ui
        .add_enabled(app.history.undo_label().is_some(), undo)
        .clicked()
    {
        commands.push(Command::Undo);
    }
    let redo = egui::Button::new(redo_text).shortcut_text(shortcuts::label(&ctx, &shortcuts::REDO));
    if ui
        .add_enabled(app.history.redo_label().is_some(), redo)
        .clicked()
    {
        commands.push(Command::Redo);
    }
    ui.separator();
    let delete = egui::Button::new("Delete selected").shortcut_text("Del");
    if ui
        .add_enabled(!app.view.selection.is_empty(), delete)
        .clicked()
    {
        commands.push(Command::DeleteSelected);
    }
    if ui.button("Select all").clicked() {
        commands.push(Command::SelectMany(
            app.project.events.iter().map(|e| e.id).collect(),
        ));
    }
}
