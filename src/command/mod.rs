//! Everything the UI can ask the app to do, grouped by what it touches: the project ([`ModelCommand`],
//! each one undo step), the view ([`ViewCommand`]), files and background work ([`FileCommand`]) and
//! the answers to questions ([`Answer`]). The UI only pushes commands; the app applies them at the
//! end of the frame.
//!
//! [`table`] gives each command a user can reach from a menu or the keyboard its label, shortcut and
//! tooltip: the menus, the shortcut handler and the help all read it.

pub mod table;

use std::path::PathBuf;

use crate::model::{
    ArticleField, ArticleId, CharSpan, Date, Event, EventChange, EventId, LaneId, Rgb, TimeView,
};
use crate::state::PanelLayout;
pub use crate::state::questions::PendingAction;
pub use crate::state::view_state::ViewGoal;
use crate::suggestions::{SuggestionFilter, SuggestionKey};
pub use crate::timeline::drag::{DragKind, DragPreview, RangeEdge};
use crate::timeline::filter::EventFilter;

/// A request from the UI (or a test) to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A change to the project.
    Model(ModelCommand),
    /// A change to what is shown.
    View(ViewCommand),
    /// Files, dialogs and background work.
    File(FileCommand),
    /// The answer to a question the app asked.
    Answer(Answer),
}

/// Changes to the project: each is one undo step (a gesture's consecutive changes merge into one).
#[derive(Clone, Debug, PartialEq)]
pub enum ModelCommand {
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Change one field of an event.
    ChangeEvent {
        /// The event.
        id: EventId,
        /// What changes.
        change: EventChange,
    },
    /// Create a point event at this date on this lane, select it and start editing its title.
    CreateEvent {
        /// Its date.
        start: Date,
        /// Its lane.
        lane: LaneId,
    },
    /// Change one field of several events at once (one undo step): the selection's "Move to lane"
    /// and "Colour" from a card's menu.
    ChangeEvents {
        /// The events.
        ids: Vec<EventId>,
        /// What changes.
        change: EventChange,
    },
    /// Delete the selected events.
    DeleteSelected,
    /// Copy the selected events (same dates, same lane), select the copies.
    DuplicateSelected,
    /// Add events (pasted from the clipboard): they get new ids, lanes this project has, sources
    /// only where the same article is here; they become the selection. One undo step.
    PasteEvents(Vec<Event>),
    /// Finish the current card drag: apply it as one undo step.
    FinishDrag,
    /// Rename the timeline.
    RenameProject(String),
    /// Add a lane at the bottom.
    AddLane,
    /// Remove a lane, moving its events to the neighbouring lane.
    RemoveLane(LaneId),
    /// Rename a lane.
    RenameLane {
        /// The lane.
        id: LaneId,
        /// Its new name.
        name: String,
    },
    /// Recolour a lane (a colour drag is one step).
    RecolourLane {
        /// The lane.
        id: LaneId,
        /// Its new colour.
        color: Rgb,
    },
    /// Move a lane to another display position.
    MoveLane {
        /// The lane.
        id: LaneId,
        /// Its new position.
        to_index: usize,
    },
    /// Accept a suggestion (with the other articles reporting the same event) as one event.
    AcceptSuggestion {
        /// The suggestion.
        key: SuggestionKey,
        /// The lane to put it on (where it was dropped), else the lane last used.
        lane: Option<LaneId>,
    },
    /// Reject a suggestion: it leaves the pending list (restorable).
    RejectSuggestion(SuggestionKey),
    /// Bring a rejected suggestion back to the pending list.
    RestoreSuggestion(SuggestionKey),
    /// Take a report out of its group ("not the same event"): it becomes a row of its own.
    SplitSuggestion(SuggestionKey),
    /// Accept every pending suggestion the list shows (its article filter) whose confidence is at
    /// least this.
    AcceptAbove(f32),
    /// Set or clear an article's date; relative dates re-resolve.
    SetArticleDate {
        /// The article.
        article: ArticleId,
        /// The new date.
        date: Option<Date>,
    },
    /// Give several articles the same date at once (one undo step).
    SetArticlesDate {
        /// The articles.
        articles: Vec<ArticleId>,
        /// Their date.
        date: Date,
    },
    /// Set an article's outlet, author or address (empty: unknown).
    SetArticleInfo {
        /// The article.
        article: ArticleId,
        /// Which detail.
        field: ArticleField,
        /// Its new value.
        value: String,
    },
    /// Remove an article (events accepted from it stay, without their quotes from it).
    RemoveArticle(ArticleId),
}

/// Changes to what is shown; the project stays as it is.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewCommand {
    /// Select only this event (or nothing).
    Select(Option<EventId>),
    /// Add or remove an event from the selection.
    ToggleSelected(EventId),
    /// Select exactly these events.
    SelectMany(Vec<EventId>),
    /// Select a suggestion (and show it in the reader), or none.
    SelectSuggestion(Option<SuggestionKey>),
    /// Change what the suggestions list shows (sort, article, threshold, rejected).
    FilterSuggestions(SuggestionFilter),
    /// Show or update a drag preview.
    Drag(DragPreview),
    /// Abandon the current drag.
    CancelDrag,
    /// Change the visible time span.
    SetView(TimeView),
    /// Scroll the lanes vertically to this offset (points from the top).
    ScrollLanes(f32),
    /// Fit all events into the view.
    FitAll,
    /// Move or zoom the view toward a goal once the canvas knows its width (zoom in or out, the
    /// selection, a date, an event found).
    Goal(ViewGoal),
    /// Select this event and start editing its title in the inspector.
    EditTitle(EventId),
    /// Look for this text in the events (Edit › Find): matches are highlighted.
    SetFindQuery(String),
    /// Dim or hide the events this filter leaves out.
    SetFilter(EventFilter),
    /// Show an article in the reader.
    ShowArticle(ArticleId),
    /// Show an article in the reader, scrolled to this span, highlighted.
    ShowSource {
        /// The article.
        article: ArticleId,
        /// The span (a source sentence).
        span: CharSpan,
    },
    /// The reader scrolled to its highlight.
    ReaderScrolled,
    /// Open or close panels.
    SetPanels(PanelLayout),
    /// Every panel back to its default size, all open.
    ResetLayout,
    /// Light, dark or the system's colours (remembered).
    SetTheme(crate::state::ThemeChoice),
    /// Close a notification.
    DismissNotification(u64),
}

/// Files, dialogs and background work.
#[derive(Clone, Debug, PartialEq)]
pub enum FileCommand {
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
    /// Add text copied from a browser or a PDF as an article (one undo step).
    AddPastedArticle(crate::import::PastedArticle),
    /// Stop reading articles; nothing of the batch is added.
    CancelLoading,
    /// Files dropped onto the window: a `.ron` opens as the project, others as articles.
    DropFiles(Vec<PathBuf>),
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
    /// Ask to close the window (asks first when there is unsaved work).
    Quit,
}

/// Answers to the questions the app asks in dialogs.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Run the action that waited for the unsaved-work question.
    ConfirmPending {
        /// Save before running it.
        save_first: bool,
    },
    /// Forget the action that waited for the unsaved-work question.
    CancelPending,
    /// Save over the newer-version or damaged file the overwrite question was about.
    ConfirmOverwrite,
    /// Save somewhere else (the Save As dialog) instead of over that file.
    SaveElsewhere,
    /// Do not save over that file.
    CancelOverwrite,
    /// Restore the unsaved work of a session that ended abruptly, or discard it for good.
    Recover {
        /// Restore it as the open project (else delete the copy).
        restore: bool,
    },
    /// Keep the offered unsaved work for the next start, without restoring it now.
    PostponeRecovery,
    /// Update (or keep) the accepted events the last article-date change re-resolved.
    ReviewDateChange {
        /// Update them to the new dates.
        update: bool,
    },
}

impl From<ModelCommand> for Command {
    fn from(command: ModelCommand) -> Self {
        Command::Model(command)
    }
}

impl From<ViewCommand> for Command {
    fn from(command: ViewCommand) -> Self {
        Command::View(command)
    }
}

impl From<FileCommand> for Command {
    fn from(command: FileCommand) -> Self {
        Command::File(command)
    }
}

impl From<Answer> for Command {
    fn from(command: Answer) -> Self {
        Command::Answer(command)
    }
}
