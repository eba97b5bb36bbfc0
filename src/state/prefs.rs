//! Preferences kept in eframe storage (never the project itself): recent files and the panel layout.

use std::path::{Path, PathBuf};

/// How many recent projects the File menu remembers.
const RECENT_FILES_MAX: usize = 10;

/// Which panels are open around the timeline. The timeline itself is always shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches, one per panel"
)]
pub struct PanelLayout {
    /// The left panel: timeline title, lanes, articles.
    pub sidebar: bool,
    /// The right panel: the selected event's fields.
    pub inspector: bool,
    /// The bottom panel: the article reader and the suggestions.
    pub reader: bool,
    /// The bottom panel shows the events list (beside the reader, instead of the suggestions).
    pub events: bool,
    /// Bumped by View › Reset layout, so every panel forgets its stored size.
    pub generation: u32,
}

impl Default for PanelLayout {
    fn default() -> Self {
        Self {
            sidebar: true,
            inspector: true,
            reader: true,
            events: false,
            generation: 0,
        }
    }
}

/// Preferences kept between sessions.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Recently opened or saved projects, newest first.
    pub recent_files: Vec<PathBuf>,
    /// Which panels are open.
    pub panels: PanelLayout,
    /// Light, dark, or as the system says.
    pub theme: ThemeChoice,
}

/// The colours the window uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// As the system says (the default).
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "As the system",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
        }
    }
}

impl Prefs {
    /// Moves `path` to the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_FILES_MAX);
    }
}
