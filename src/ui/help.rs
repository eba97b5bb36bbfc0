//! Help › Keyboard shortcuts (F1): every shortcut, from the same table the menus and the keyboard
//! handler use.

use crate::command::table::{Scope, UserCommand};

/// Shows the shortcuts window while `open`.
pub fn shortcuts_window_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts_grid")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    for command in UserCommand::ALL {
                        let keys: Vec<String> = command
                            .shortcuts()
                            .iter()
                            .map(|k| ctx.format_shortcut(k))
                            .collect();
                        if keys.is_empty() {
                            continue;
                        }
                        ui.strong(keys.join(" / "));
                        ui.label(command.label());
                        ui.weak(match command.scope() {
                            Scope::Always => "anywhere",
                            Scope::NotTyping => "outside text fields",
                            Scope::SuggestionsList => "in the suggestions list",
                        });
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.weak("Mouse: drag the background to pan, scroll to zoom, double-click to add an event, drag a suggestion onto a lane to accept it.");
        });
}
