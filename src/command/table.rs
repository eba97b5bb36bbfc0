//! The one table of user commands: each command's label, keyboard shortcuts and tooltip. The menus,
//! the keyboard handler and Help › Keyboard shortcuts all read it, so they never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Where a command's shortcut applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere, even while typing in a text field (Ctrl+S saves what was typed).
    Always,
    /// Only when no text field has keyboard focus: inside a field the key edits the text.
    NotTyping,
    /// Only while the suggestions list has the keyboard (after a click on one of its rows).
    SuggestionsList,
}

impl Scope {
    /// Where the shortcut works, in words (the help window and the README).
    pub fn describe(self) -> &'static str {
        match self {
            Scope::Always => "anywhere",
            Scope::NotTyping => "outside text fields",
            Scope::SuggestionsList => "in the suggestions list",
        }
    }
}

/// A shortcut as the menus, the help and the README write it: "Ctrl+S", "Shift+F3", "+", "?".
pub fn shortcut_text(shortcut: &KeyboardShortcut) -> String {
    let key = match shortcut.logical_key {
        Key::Plus => "+",
        Key::Equals => "=",
        Key::Minus => "−",
        Key::Questionmark => "?",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        other => other.name(),
    };
    let modifiers = egui::ModifierNames::NAMES.format(&shortcut.modifiers, false);
    if modifiers.is_empty() {
        key.to_owned()
    } else {
        format!("{modifiers}+{key}")
    }
}

/// Whether a shortcut is a key that types a character in a text field ("?", "+", "F"): it never
/// acts while a field has the keyboard, whatever its command's scope.
pub fn types_text(shortcut: &KeyboardShortcut) -> bool {
    shortcut.modifiers.is_none() && shortcut.logical_key.symbol_or_name().chars().count() == 1
}

/// Every shortcut as a Markdown table (keys, command, where), as the README lists them; each
/// line indented by `indent`.
pub fn shortcuts_markdown(indent: &str) -> String {
    let mut table = format!("{indent}| Keys | Command | Where |\n{indent}|---|---|---|\n");
    for command in UserCommand::ALL {
        if command.shortcuts().is_empty() {
            continue;
        }
        let keys: Vec<String> = command
            .shortcuts()
            .iter()
            .map(|k| format!("`{}`", shortcut_text(k)))
            .collect();
        table.push_str(indent);
        table.push_str("| ");
        table.push_str(&keys.join(" / "));
        table.push_str(" | ");
        table.push_str(command.label());
        table.push_str(" | ");
        table.push_str(command.scope().describe());
        table.push_str(" |\n");
    }
    table
}

/// A command a user reaches from a menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum UserCommand {
    /// File › New.
    New,
    /// File › Open….
    Open,
    /// File › Add articles….
    AddArticles,
    /// Edit › Paste as article….
    PasteArticle,
    /// File › Save.
    Save,
    /// File › Save as….
    SaveAs,
    /// File › Export….
    Export,
    /// File › Quit.
    Quit,
    /// Edit › Undo.
    Undo,
    /// Edit › Redo.
    Redo,
    /// Edit › Copy.
    Copy,
    /// Edit › Cut.
    Cut,
    /// Edit › Paste.
    Paste,
    /// Edit › Duplicate.
    Duplicate,
    /// Edit › Delete selected.
    Delete,
    /// Edit › Select all.
    SelectAll,
    /// Clear the selection.
    SelectNone,
    /// Edit › Find….
    Find,
    /// Edit › Find next.
    FindNext,
    /// Edit › Find previous.
    FindPrevious,
    /// Timeline › New event.
    NewEvent,
    /// Timeline › Add lane.
    AddLane,
    /// View › Fit all.
    FitAll,
    /// View › Zoom in.
    ZoomIn,
    /// View › Zoom out.
    ZoomOut,
    /// View › Zoom to selection.
    ZoomToSelection,
    /// View › Go to date….
    GoToDate,
    /// View › Filter….
    Filter,
    /// View › Events list.
    EventsList,
    /// View › Timeline panel (lanes and articles).
    ToggleSidebar,
    /// View › Inspector.
    ToggleInspector,
    /// View › Reader and suggestions.
    ToggleReader,
    /// View › Reset layout.
    ResetLayout,
    /// Help › Getting started.
    GettingStarted,
    /// Help › Keyboard shortcuts.
    Shortcuts,
    /// Help › About Dateline.
    About,
    /// Suggestions: accept the selected one.
    AcceptSuggestion,
    /// Suggestions: reject the selected one.
    RejectSuggestion,
    /// Suggestions: select the next one.
    NextSuggestion,
    /// Suggestions: select the previous one.
    PreviousSuggestion,
}

/// A `&'static` list of shortcuts.
macro_rules! keys {
    ($($modifiers:expr => $key:expr),*) => {{
        const KEYS: &[KeyboardShortcut] = &[$(KeyboardShortcut::new($modifiers, $key)),*];
        KEYS
    }};
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;
const SHIFT: Modifiers = Modifiers::SHIFT;

impl UserCommand {
    /// Every user command, in menu order.
    pub const ALL: [UserCommand; 40] = [
        UserCommand::New,
        UserCommand::Open,
        UserCommand::AddArticles,
        UserCommand::PasteArticle,
        UserCommand::Save,
        UserCommand::SaveAs,
        UserCommand::Export,
        UserCommand::Quit,
        UserCommand::Undo,
        UserCommand::Redo,
        UserCommand::Cut,
        UserCommand::Copy,
        UserCommand::Paste,
        UserCommand::Duplicate,
        UserCommand::Delete,
        UserCommand::SelectAll,
        UserCommand::SelectNone,
        UserCommand::Find,
        UserCommand::FindNext,
        UserCommand::FindPrevious,
        UserCommand::NewEvent,
        UserCommand::AddLane,
        UserCommand::FitAll,
        UserCommand::ZoomIn,
        UserCommand::ZoomOut,
        UserCommand::ZoomToSelection,
        UserCommand::GoToDate,
        UserCommand::Filter,
        UserCommand::EventsList,
        UserCommand::ToggleSidebar,
        UserCommand::ToggleInspector,
        UserCommand::ToggleReader,
        UserCommand::ResetLayout,
        UserCommand::GettingStarted,
        UserCommand::Shortcuts,
        UserCommand::About,
        UserCommand::AcceptSuggestion,
        UserCommand::RejectSuggestion,
        UserCommand::NextSuggestion,
        UserCommand::PreviousSuggestion,
    ];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            UserCommand::New => "New",
            UserCommand::Open => "Open…",
            UserCommand::AddArticles => "Add articles…",
            UserCommand::PasteArticle => "Paste as article…",
            UserCommand::Save => "Save",
            UserCommand::SaveAs => "Save as…",
            UserCommand::Export => "Export…",
            UserCommand::Quit => "Quit",
            UserCommand::Undo => "Undo",
            UserCommand::Redo => "Redo",
            UserCommand::Copy => "Copy",
            UserCommand::Cut => "Cut",
            UserCommand::Paste => "Paste",
            UserCommand::Duplicate => "Duplicate",
            UserCommand::Find => "Find…",
            UserCommand::FindNext => "Find next",
            UserCommand::FindPrevious => "Find previous",
            UserCommand::ZoomIn => "Zoom in",
            UserCommand::ZoomOut => "Zoom out",
            UserCommand::ZoomToSelection => "Zoom to selection",
            UserCommand::GoToDate => "Go to date…",
            UserCommand::Filter => "Filter…",
            UserCommand::EventsList => "Events list",
            UserCommand::GettingStarted => "Getting started",
            UserCommand::About => "About Dateline",
            UserCommand::Delete => "Delete selected",
            UserCommand::SelectAll => "Select all",
            UserCommand::SelectNone => "Select none",
            UserCommand::NewEvent => "New event",
            UserCommand::AddLane => "Add lane",
            UserCommand::FitAll => "Fit all",
            UserCommand::ToggleSidebar => "Timeline panel",
            UserCommand::ToggleInspector => "Inspector",
            UserCommand::ToggleReader => "Reader and suggestions",
            UserCommand::ResetLayout => "Reset layout",
            UserCommand::Shortcuts => "Keyboard shortcuts",
            UserCommand::AcceptSuggestion => "Accept suggestion",
            UserCommand::RejectSuggestion => "Reject suggestion",
            UserCommand::NextSuggestion => "Next suggestion",
            UserCommand::PreviousSuggestion => "Previous suggestion",
        }
    }

    /// What it does, in a sentence (tooltips and the help).
    pub fn tooltip(self) -> &'static str {
        match self {
            UserCommand::New => "Start an empty timeline",
            UserCommand::Open => "Open a timeline (.ron)",
            UserCommand::AddArticles => {
                "Read article files (.txt, .md, .html) and suggest their events"
            }
            UserCommand::PasteArticle => {
                "Add an article from text copied in a browser or a PDF, with its address and date"
            }
            UserCommand::Save => "Save the timeline",
            UserCommand::SaveAs => "Save the timeline to another file",
            UserCommand::Export => "Export as an image, TimelineJS, CSV or Markdown",
            UserCommand::Quit => "Close Dateline",
            UserCommand::Undo => "Undo the last change",
            UserCommand::Redo => "Redo the last undone change",
            UserCommand::Copy => {
                "Copy the selected events: as lines of text, and whole for another Dateline window"
            }
            UserCommand::Cut => "Copy the selected events and delete them",
            UserCommand::Paste => {
                "Paste events (over the timeline: at the pointer's date; else at their own dates)"
            }
            UserCommand::Duplicate => "Copy the selected events in place",
            UserCommand::Find => "Find events by their title, description or source text",
            UserCommand::FindNext => "Go to the next event found",
            UserCommand::FindPrevious => "Go to the previous event found",
            UserCommand::ZoomIn => "Show less time, in more detail (Ctrl+= scales the interface)",
            UserCommand::ZoomOut => "Show more time (Ctrl+− scales the interface)",
            UserCommand::ZoomToSelection => "Show the selected events",
            UserCommand::GoToDate => "Show a date typed in any form (9 Nov 1989, 44 BC, 1990s)",
            UserCommand::Filter => {
                "Dim or hide events by text, lane, article, disagreeing sources or date relation"
            }
            UserCommand::EventsList => "Every event in a sortable table",
            UserCommand::GettingStarted => "The five steps from articles to a timeline",
            UserCommand::About => "Version and licences",
            UserCommand::Delete => "Delete the selected events",
            UserCommand::SelectAll => "Select every event",
            UserCommand::SelectNone => "Clear the selection",
            UserCommand::NewEvent => "Add an event in the middle of the view",
            UserCommand::AddLane => "Add a lane at the bottom",
            UserCommand::FitAll => "Show every event",
            UserCommand::ToggleSidebar => "Show or hide the timeline title, lanes and articles",
            UserCommand::ToggleInspector => "Show or hide the selected event's fields",
            UserCommand::ToggleReader => "Show or hide the article reader and the suggestions",
            UserCommand::ResetLayout => "Open every panel at its default size",
            UserCommand::Shortcuts => "List every keyboard shortcut",
            UserCommand::AcceptSuggestion => "Put the selected suggestion on the timeline",
            UserCommand::RejectSuggestion => {
                "Take the selected suggestion off the list (restorable)"
            }
            UserCommand::NextSuggestion => "Select the next suggestion",
            UserCommand::PreviousSuggestion => "Select the previous suggestion",
        }
    }

    /// Its keyboard shortcuts; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            UserCommand::New => keys!(CTRL => Key::N),
            UserCommand::Open => keys!(CTRL => Key::O),
            UserCommand::Save => keys!(CTRL => Key::S),
            UserCommand::SaveAs => keys!(CTRL_SHIFT => Key::S),
            UserCommand::Quit => keys!(CTRL => Key::Q),
            UserCommand::Undo => keys!(CTRL => Key::Z),
            UserCommand::Redo => keys!(CTRL_SHIFT => Key::Z, CTRL => Key::Y),
            UserCommand::Delete | UserCommand::RejectSuggestion => {
                keys!(NONE => Key::Delete, NONE => Key::Backspace)
            }
            UserCommand::SelectAll => keys!(CTRL => Key::A),
            UserCommand::SelectNone => keys!(NONE => Key::Escape),
            UserCommand::FitAll => keys!(NONE => Key::F),
            UserCommand::Shortcuts => keys!(NONE => Key::F1, NONE => Key::Questionmark),
            UserCommand::Copy => keys!(CTRL => Key::C),
            UserCommand::Cut => keys!(CTRL => Key::X),
            UserCommand::Paste => keys!(CTRL => Key::V),
            UserCommand::Duplicate => keys!(CTRL => Key::D),
            UserCommand::Find => keys!(CTRL => Key::F),
            UserCommand::FindNext => keys!(NONE => Key::F3),
            UserCommand::FindPrevious => keys!(SHIFT => Key::F3),
            UserCommand::ZoomIn => keys!(NONE => Key::Plus, NONE => Key::Equals),
            UserCommand::ZoomOut => keys!(NONE => Key::Minus),
            UserCommand::ZoomToSelection => keys!(NONE => Key::Z),
            UserCommand::GoToDate => keys!(CTRL => Key::G),
            UserCommand::Filter => keys!(CTRL_SHIFT => Key::F),
            UserCommand::EventsList => keys!(CTRL => Key::L),
            UserCommand::PasteArticle => keys!(CTRL_SHIFT => Key::V),
            UserCommand::AcceptSuggestion => keys!(NONE => Key::Enter),
            UserCommand::NextSuggestion => keys!(NONE => Key::ArrowDown),
            UserCommand::PreviousSuggestion => keys!(NONE => Key::ArrowUp),
            UserCommand::AddArticles
            | UserCommand::Export
            | UserCommand::NewEvent
            | UserCommand::AddLane
            | UserCommand::ToggleSidebar
            | UserCommand::ToggleInspector
            | UserCommand::ToggleReader
            | UserCommand::ResetLayout
            | UserCommand::GettingStarted
            | UserCommand::About => &[],
        }
    }

    /// Where its shortcuts apply.
    pub fn scope(self) -> Scope {
        match self {
            UserCommand::New
            | UserCommand::Open
            | UserCommand::Save
            | UserCommand::SaveAs
            | UserCommand::Quit
            | UserCommand::Shortcuts
            | UserCommand::Find
            | UserCommand::FindNext
            | UserCommand::FindPrevious
            | UserCommand::GoToDate
            | UserCommand::Filter
            | UserCommand::EventsList => Scope::Always,
            UserCommand::AcceptSuggestion
            | UserCommand::RejectSuggestion
            | UserCommand::NextSuggestion
            | UserCommand::PreviousSuggestion => Scope::SuggestionsList,
            _ => Scope::NotTyping,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_lists_every_shortcut_as_the_table_has_it() {
        let readme = include_str!("../../README.md");
        let table = shortcuts_markdown("  ");
        assert!(
            readme.contains(&table),
            "README.md should hold this table:\n{table}"
        );
    }

    #[test]
    fn no_two_commands_of_one_scope_share_a_shortcut() {
        let mut seen: Vec<(Scope, KeyboardShortcut, UserCommand)> = Vec::new();
        for command in UserCommand::ALL {
            for shortcut in command.shortcuts() {
                let scope = command.scope();
                let clash = seen
                    .iter()
                    .find(|(s, k, _)| *s == scope && k == shortcut)
                    .map(|(_, _, c)| *c);
                assert_eq!(clash, None, "{command:?} and {clash:?} share {shortcut:?}");
                seen.push((scope, *shortcut, command));
            }
            assert!(!command.label().is_empty() && !command.tooltip().is_empty());
        }
    }
}
