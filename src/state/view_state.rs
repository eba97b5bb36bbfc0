//! What the screen shows that is not part of the project: visible span, selection, drag preview,
//! the reader's article, the suggestion list's filter.

use std::collections::BTreeSet;

use crate::model::TimeView;
use crate::model::{ArticleId, CharSpan, Date, EventId, LaneId};
use crate::suggestions::{SuggestionFilter, SuggestionKey};
pub use crate::timeline::drag::{DragKind, DragPreview, RangeEdge};
use crate::timeline::filter::EventFilter;

/// Transient view state, never saved in the project (except the view span, copied in on save).
#[derive(Clone, Debug)]
pub struct ViewState {
    /// The visible time span.
    pub time_view: TimeView,
    /// Fit all events into the view on the next frame (when the width is known).
    pub fit_pending: bool,
    /// How far the lanes are scrolled down, in points (when they are taller than the canvas).
    pub lanes_scroll_points: f32,
    /// Selected events.
    pub selection: BTreeSet<EventId>,
    /// The card drag in progress, if any.
    pub drag: Option<DragPreview>,
    /// The article shown in the reader.
    pub reader_article: Option<ArticleId>,
    /// A span of it to highlight and scroll to ("show in article").
    pub reader_highlight: Option<CharSpan>,
    /// Scroll the reader to the highlight on the next frame.
    pub reader_scroll_pending: bool,
    /// The suggestion selected in the suggestions panel (keyboard triage acts on it).
    pub selected_suggestion: Option<SuggestionKey>,
    /// What the suggestions list shows.
    pub suggestion_filter: SuggestionFilter,
    /// The lane the user last put an event on: accepting with Enter puts the next one there too.
    pub last_lane: Option<LaneId>,
    /// Start typing the title of this event (just created); the number tells requests apart.
    pub edit_title: Option<(EventId, u64)>,
    /// Bring this event into view on the next frame (it was just accepted or created elsewhere).
    pub reveal: Option<EventId>,
    /// Move the view on the next frame, when the canvas knows its width.
    pub goal: Option<ViewGoal>,
    /// The text Edit › Find looks for (empty: no find).
    pub find_query: String,
    /// What the timeline dims or hides.
    pub filter: EventFilter,
}

/// Where the view should go on the next frame.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewGoal {
    /// Zoom around the centre by this factor (above 1 zooms in).
    Zoom(f64),
    /// Show the selected events.
    Selection,
    /// Centre on this date, zoomed to its precision (Go to date).
    Date(Date),
    /// Centre on this event, zoomed in far enough to draw it as a card (find, the events list).
    Event(EventId),
    /// Show this span, in days (Zoom to this year, month, day).
    Span(f64, f64),
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            time_view: TimeView::fit(0.0, 1.0, 1000.0),
            fit_pending: true,
            lanes_scroll_points: 0.0,
            selection: BTreeSet::new(),
            drag: None,
            reader_article: None,
            reader_highlight: None,
            reader_scroll_pending: false,
            selected_suggestion: None,
            suggestion_filter: SuggestionFilter::default(),
            last_lane: None,
            edit_title: None,
            reveal: None,
            goal: None,
            find_query: String::new(),
            filter: EventFilter::default(),
        }
    }
}

impl ViewState {
    /// The one selected event, when exactly one is selected.
    pub fn single_selection(&self) -> Option<EventId> {
        let mut iter = self.selection.iter();
        match (iter.next(), iter.next()) {
            (Some(id), None) => Some(*id),
            _ => None,
        }
    }
}
