//! Keyboard shortcuts, read from the one command table ([`crate::command::table`]).
//!
//! Inside a focused text field the keys edit the text: only the [`Scope::Always`] shortcuts
//! (Save, Quit, …) act there. Suggestion triage keys (arrows, Enter, Delete) act only while the
//! suggestions list has the keyboard, which a click on one of its rows gives it and a click anywhere
//! else takes away.

use egui::KeyboardShortcut;

use super::UiState;
use super::user_commands::run;
use crate::command::Command;
use crate::command::table::{Scope, UserCommand};
use crate::state::AppView;

/// Whether a text field has the keyboard, for this frame's keys. Escape leaves a text field
/// before the keys are read: a key pressed while a field had the keyboard last frame was still
/// meant for the field.
pub fn typing(ctx: &egui::Context, state: &UiState) -> bool {
    ctx.egui_wants_keyboard_input() || state.was_typing
}

/// Turns shortcut presses into commands; `typing` as [`typing`] says.
pub fn shortcuts_ui(
    ctx: &egui::Context,
    app: AppView<'_>,
    state: &mut UiState,
    typing: bool,
    commands: &mut Vec<Command>,
) {
    // A question or an open menu has the keyboard (Escape closes it).
    let asking = app.pending.is_some()
        || app.offered_recovery.is_some()
        || app.overwrite.is_some()
        || app.date_review.is_some();
    if asking || ctx.any_popup_open() {
        return;
    }
    let triage = state.suggestions_have_keys && !typing && app.view.selected_suggestion.is_some();
    // Longest modifier combinations first, so Ctrl+Shift+S is not also taken as Ctrl+S.
    let mut bindings: Vec<(KeyboardShortcut, UserCommand)> = UserCommand::ALL
        .iter()
        .flat_map(|c| c.shortcuts().iter().map(move |k| (*k, *c)))
        .filter(|(k, _)| !(typing && crate::command::table::types_text(k)))
        .filter(|(_, c)| match c.scope() {
            Scope::Always => true,
            Scope::NotTyping => !typing,
            Scope::SuggestionsList => triage,
        })
        .collect();
    // The suggestions list's keys win over the same keys elsewhere (Delete rejects, not deletes).
    bindings.sort_by_key(|(k, c)| {
        (
            std::cmp::Reverse(modifier_count(k.modifiers)),
            c.scope() != Scope::SuggestionsList,
        )
    });
    let pressed: Vec<UserCommand> = ctx.input_mut(|input| {
        let mut pressed = Vec::new();
        for (shortcut, command) in bindings {
            if input.consume_shortcut(&shortcut) {
                pressed.push(command);
            }
        }
        pressed
    });
    for command in pressed {
        run(command, app, state, commands);
    }
}

fn modifier_count(modifiers: egui::Modifiers) -> u8 {
    u8::from(modifiers.command || modifiers.ctrl)
        + u8::from(modifiers.shift)
        + u8::from(modifiers.alt)
}

/// The text a menu shows for a command's first shortcut ("Ctrl+S").
pub fn label(command: UserCommand) -> Option<String> {
    command
        .shortcuts()
        .first()
        .map(crate::command::table::shortcut_text)
}
