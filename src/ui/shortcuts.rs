//! Keyboard shortcuts, in one place, with the labels the menus show.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::AppView;
use crate::command::Command;

/// Ctrl+N.
pub const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
/// Ctrl+O.
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Ctrl+S.
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// Ctrl+Shift+S.
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
/// Ctrl+Z.
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Ctrl+Shift+Z.
pub const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
/// Ctrl+Y.
pub const REDO_ALT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
/// Ctrl+Q.
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);

/// Turns shortcut presses into commands. Plain keys (Delete, F) only act when no text field has focus.
pub fn shortcuts_ui(
    ctx: &egui::Context,
    app: AppView<'_>,
    suggestions: &super::suggestions_panel::SuggestionsState,
    commands: &mut Vec<Command>,
) {
    if app.pending.is_some() {
        return;
    }
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|input| {
        // Longest modifier combinations first, so Ctrl+Shift+S is not also taken as Ctrl+S.
        let chords = [
            (SAVE_AS, Command::SaveAsDialog),
            (REDO, Command::Redo),
            (SAVE, Command::Save),
            (OPEN, Command::OpenDialog),
            (NEW, Command::NewProject),
            (REDO_ALT, Command::Redo),
            (QUIT, Command::Quit),
        ];
        for (shortcut, command) in chords {
            if input.consume_shortcut(&shortcut) {
                commands.push(command);
            }
        }
        if !typing && input.consume_shortcut(&UNDO) {
            commands.push(Command::Undo);
        }
        if typing {
            return;
        }
        if let Some(key) = app.view.selected_suggestion {
            triage_keys(input, app, key, suggestions, commands);
        } else if input.consume_key(Modifiers::NONE, Key::Delete)
            || input.consume_key(Modifiers::NONE, Key::Backspace)
        {
            commands.push(Command::DeleteSelected);
        }
        if input.consume_key(Modifiers::NONE, Key::F) {
            commands.push(Command::FitAll);
        }
        if input.consume_key(Modifiers::NONE, Key::Escape) {
            commands.push(Command::Select(None));
        }
    });
}

/// Keyboard triage of the selected suggestion: arrows move, Enter accepts, Delete rejects.
fn triage_keys(
    input: &mut egui::InputState,
    app: AppView<'_>,
    key: crate::suggestions::SuggestionKey,
    suggestions: &super::suggestions_panel::SuggestionsState,
    commands: &mut Vec<Command>,
) {
    let order = super::suggestions_panel::display_order(app.suggestions, app.groups, suggestions);
    let position = order.iter().position(|k| *k == key);
    let step = |delta: isize| {
        let index = position.map_or(0, |p| {
            p.saturating_add_signed(delta)
                .min(order.len().saturating_sub(1))
        });
        order.get(index).copied()
    };
    if input.consume_key(Modifiers::NONE, Key::ArrowDown) {
        commands.push(Command::SelectSuggestion(step(1)));
    }
    if input.consume_key(Modifiers::NONE, Key::ArrowUp) {
        commands.push(Command::SelectSuggestion(step(-1)));
    }
    if input.consume_key(Modifiers::NONE, Key::Enter) {
        commands.push(Command::AcceptSuggestion { key, lane: None });
    }
    if input.consume_key(Modifiers::NONE, Key::Delete)
        || input.consume_key(Modifiers::NONE, Key::Backspace)
    {
        commands.push(Command::RejectSuggestion(key));
    }
}

/// The text a menu shows for a shortcut ("Ctrl+S").
pub fn label(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    ctx.format_shortcut(shortcut)
}
