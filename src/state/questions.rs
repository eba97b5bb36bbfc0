//! Questions waiting for the user's answer, shown as modal dialogs.

use std::path::PathBuf;

use crate::model::project_file::OverwriteRisk;
use crate::model::{ArticleId, Event};

/// Accepted events whose source dates changed with their article's date, waiting for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct DateReview {
    /// The article whose date changed.
    pub article: ArticleId,
    /// Each affected event as it would become (with its source dates re-resolved).
    pub updated: Vec<Event>,
}

/// A save waiting for the user's answer, because the file it would replace is not a project this
/// Dateline reads (newer version, damaged, or not a project).
#[derive(Clone, Debug)]
pub struct OverwriteQuestion {
    /// The file that would be replaced.
    pub path: PathBuf,
    /// What replacing it would lose.
    pub risk: OverwriteRisk,
    /// What was to happen after the save (quit, open another project…).
    pub then: Option<PendingAction>,
}

/// Unsaved work an earlier session left behind, offered at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct RecoveryOffer {
    /// The file the work belongs to, if it had ever been saved.
    pub original_path: Option<PathBuf>,
    /// The project's title.
    pub title: String,
    /// What it holds ("12 events, 2 lanes, …").
    pub summary: String,
}

/// Something to do before discarding unsaved work, once the user agrees.
#[derive(Clone, Debug, PartialEq)]
pub enum PendingAction {
    /// Start an empty project.
    NewProject,
    /// Show the open dialog.
    OpenDialog,
    /// Open this project file.
    Open(PathBuf),
    /// Close the window.
    Quit,
}
