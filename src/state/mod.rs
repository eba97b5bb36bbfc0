//! What the app and the UI both read: the view (span, selection, drag preview, reader, suggestion
//! filter), preferences, notifications and the questions waiting for the user.
//!
//! `app/` owns and changes these; `ui/` reads them through [`AppView`] and asks for changes with
//! [`crate::command::Command`]s. Neither layer imports the other: both import this one.

pub mod notifications;
pub mod prefs;
pub mod questions;
pub mod view_state;

pub use notifications::{Level, Notification, Notifications};
pub use prefs::{PanelLayout, Prefs, ThemeChoice};
pub use questions::{DateReview, OverwriteQuestion, RecoveryOffer};
pub use view_state::ViewState;

use crate::model::{History, Project};
use crate::suggestions::{SuggestionGroup, SuggestionIndex};
pub use questions::PendingAction;

/// Progress of background work (reading articles, exporting).
#[derive(Clone, Copy, Debug)]
pub struct Progress<'a> {
    /// Items done.
    pub done: usize,
    /// Items in all.
    pub total: usize,
    /// What is being worked on.
    pub current: Option<&'a std::path::Path>,
}

/// Everything the UI reads in one frame.
#[derive(Clone, Copy)]
pub struct AppView<'a> {
    /// The open project.
    pub project: &'a Project,
    /// Undo history (for menu labels and the unsaved marker).
    pub history: &'a History,
    /// Span, selection, drag preview.
    pub view: &'a ViewState,
    /// Messages on screen.
    pub notifications: &'a Notifications,
    /// Recent files and the panel layout.
    pub prefs: &'a Prefs,
    /// Suggestions of every article.
    pub suggestions: &'a SuggestionIndex,
    /// Pending suggestions grouped across articles.
    pub groups: &'a [SuggestionGroup],
    /// Articles being read, if any.
    pub loading: Option<Progress<'a>>,
    /// Suggestions being worked out in the background (after articles or their dates changed).
    pub refreshing_suggestions: bool,
    /// Accepted events waiting for review after an article-date change.
    pub date_review: Option<&'a DateReview>,
    /// The file being exported in the background, if any.
    pub exporting: Option<&'a std::path::Path>,
    /// The project file being saved in the background, if any.
    pub saving: Option<&'a std::path::Path>,
    /// The project file being opened in the background, if any.
    pub opening: Option<&'a std::path::Path>,
    /// Unsaved work from an earlier session, offered for restoring.
    pub offered_recovery: Option<&'a RecoveryOffer>,
    /// The action waiting for the unsaved-work answer.
    pub pending: Option<&'a PendingAction>,
    /// The save waiting for the "replace that file?" answer.
    pub overwrite: Option<&'a OverwriteQuestion>,
    /// Whether a file dialog is open.
    pub dialog_open: bool,
    /// Changes whenever the project does (edits, undo, redo, another project): caches key on it.
    pub revision: u64,
}
