//! Everything the UI can ask the app to do. The UI only pushes commands; [`crate::app::DatelineApp`]
//! applies them at the end of the frame, each model change as one undo step.

use std::path::PathBuf;

use crate::model::{ArticleId, CharSpan, Date, Edit, EventId, LaneId};
use crate::suggestions::SuggestionKey;
use crate::timeline::time_axis::TimeView;

/// Which end of a range is being dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeEdge {
    /// The start date.
    Start,
    /// The end date.
    End,
}

/// An in-progress drag of cards, shown as a preview until release.
#[derive(Clone, Debug, PartialEq)]
pub struct DragPreview {
    /// What is dragged.
    pub kind: DragKind,
    /// Horizontal movement so far, in days.
    pub delta_days: f64,
    /// Lane under the pointer (for moves across lanes).
    pub to_lane: Option<LaneId>,
}

/// What a drag does.
#[derive(Clone, Debug, PartialEq)]
pub enum DragKind {
    /// Move these events along the axis (and, for the grabbed one, across lanes).
    Move {
        /// The dragged events (the selection, or the grabbed card alone).
        ids: Vec<EventId>,
        /// The card under the pointer when the drag began.
        grabbed: EventId,
    },
    /// Move one end of a range.
    Resize {
        /// The range event.
        id: EventId,
        /// The end being dragged.
        edge: RangeEdge,
    },
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

/// A request from the UI (or a test) to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Apply an edit to the project as one undo step.
    Edit(Edit),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Start an empty project (asks first when there is unsaved work).
    NewProject,
    /// Show the Open dialog (asks first when there is unsaved work).
    OpenDialog,
    /// Open a project file (asks first when there is unsaved work).
    Open(PathBuf),
    /// Save to the current file, or ask where when there is none.
    Save,
    /// Show the Save As dialog.
    SaveAsDialog,
    /// Save to this file and make it the current file.
    SaveAs(PathBuf),
    /// Show the Add articles dialog.
    OpenArticlesDialog,
    /// Read, tag and embed article files (on a worker thread, with progress).
    AddArticles(Vec<PathBuf>),
    /// Stop reading articles; nothing of the batch is added.
    CancelLoading,
    /// Files dropped onto the window: a `.ron` opens as the project, others as articles.
    DropFiles(Vec<PathBuf>),
    /// Show an article in the reader.
    ShowArticle(ArticleId),
    /// Remove an article from the project (one undo step); events accepted from it stay, without
    /// their quotes from it.
    RemoveArticle(ArticleId),
    /// Show an article in the reader, scrolled to this span, highlighted.
    ShowSource {
        /// The article.
        article: ArticleId,
        /// The span (a source sentence).
        span: CharSpan,
    },
    /// The reader scrolled to its highlight.
    ReaderScrolled,
    /// Set or clear an article's date; relative dates re-resolve at once.
    SetArticleDate {
        /// The article.
        article: ArticleId,
        /// The new date.
        date: Option<Date>,
    },
    /// Update (or keep) the accepted events the last article-date change re-resolved.
    ReviewDateChange {
        /// Update them to the new dates.
        update: bool,
    },
    /// Select a suggestion (and show it in the reader), or none.
    SelectSuggestion(Option<SuggestionKey>),
    /// Accept a suggestion (with the other articles reporting the same event) as one event.
    AcceptSuggestion {
        /// The suggestion.
        key: SuggestionKey,
        /// The lane to put it on (where it was dropped), else the first lane.
        lane: Option<LaneId>,
    },
    /// Reject a suggestion: it leaves the pending list (restorable).
    RejectSuggestion(SuggestionKey),
    /// Bring a rejected suggestion back to the pending list.
    RestoreSuggestion(SuggestionKey),
    /// Accept every pending suggestion whose confidence is at least this.
    AcceptAbove(f32),
    /// Create a point event at this date on this lane, and select it.
    CreateEvent {
        /// Its date.
        start: Date,
        /// Its lane.
        lane: LaneId,
    },
    /// Delete the selected events.
    DeleteSelected,
    /// Select only this event (or nothing).
    Select(Option<EventId>),
    /// Add or remove an event from the selection.
    ToggleSelected(EventId),
    /// Select exactly these events.
    SelectMany(Vec<EventId>),
    /// Show or update a drag preview.
    Drag(DragPreview),
    /// Finish the current drag: apply it as one undo step.
    EndDrag,
    /// Abandon the current drag.
    CancelDrag,
    /// Change the visible time span.
    SetView(TimeView),
    /// Scroll the lanes vertically to this offset (points from the top).
    ScrollLanes(f32),
    /// Fit all events into the view.
    FitAll,
    /// Add a lane at the bottom.
    AddLane,
    /// Remove a lane, moving its events to another lane.
    RemoveLane(LaneId),
    /// Ask to close the window (asks first when there is unsaved work).
    Quit,
    /// Run an action that was waiting for the unsaved-work question.
    ConfirmPending {
        /// Save before running it.
        save_first: bool,
    },
    /// Forget the action that was waiting for the unsaved-work question.
    CancelPending,
    /// Save over the newer-version or damaged file the overwrite question was about.
    ConfirmOverwrite,
    /// Save somewhere else instead (the Save As dialog) of over that file.
    SaveElsewhere,
    /// Do not save over that file.
    CancelOverwrite,
    /// Restore (or discard) the unsaved work found from a session that ended abruptly.
    Recover {
        /// Restore it as the open project.
        restore: bool,
    },
    /// Ask where to export, then export in the background.
    Export {
        /// The file format.
        format: crate::export::ExportFormat,
        /// What to export and how.
        options: crate::export::ExportOptions,
    },
    /// Export to this file in the background (tests and scripts skip the save dialog).
    ExportTo {
        /// The file.
        path: PathBuf,
        /// The file format.
        format: crate::export::ExportFormat,
        /// What to export and how.
        options: crate::export::ExportOptions,
    },
    /// Close a notification.
    DismissNotification(u64),
}
