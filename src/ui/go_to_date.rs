//! View › Go to date (Ctrl+G): a date in any form people write ("9 Nov 1989", "March 2022",
//! "44 BC", "1990s"); the view centres on it, zoomed to its precision.

use egui::Key;

use crate::command::{Command, ViewCommand, ViewGoal};

/// The accessibility label of the date field.
pub const GO_TO_LABEL: &str = "Date to go to";

/// The window's state.
#[derive(Default)]
pub struct GoToState {
    /// Whether the window is shown.
    pub open: bool,
    /// The date as typed.
    pub text: String,
    /// Put the keyboard in the field on the next frame.
    pub focus: bool,
}

/// Shows the Go to date window while it is open.
pub fn go_to_date_ui(ctx: &egui::Context, state: &mut GoToState, commands: &mut Vec<Command>) {
    if !state.open {
        return;
    }
    let mut open = true;
    let mut close = false;
    egui::Window::new("Go to date")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
        .show(ctx, |ui| {
            let label = ui.label(GO_TO_LABEL);
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut state.text)
                        .hint_text("9 Nov 1989, March 2022, 44 BC, 1990s")
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
            if state.focus {
                field.request_focus();
                state.focus = false;
            }
            let date = crate::extract::date_from_text(&state.text);
            let preview = super::text_fields::date_preview(date);
            match date {
                Some(_) => ui.weak(preview),
                None if state.text.trim().is_empty() => ui.weak("Any date form, BC included"),
                None => ui.colored_label(super::theme::ERROR, preview),
            };
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let escaped = ui.input(|i| i.key_pressed(Key::Escape));
            ui.horizontal(|ui| {
                let go = ui
                    .add_enabled(date.is_some(), egui::Button::new("Go"))
                    .clicked();
                if (go || entered)
                    && let Some(date) = date
                {
                    commands.push(ViewCommand::Goal(ViewGoal::Date(date)).into());
                    close = true;
                }
                if ui.button("Cancel").clicked() || escaped {
                    close = true;
                }
            });
        });
    if !open || close {
        state.open = false;
    }
}
