//! The project: everything a user's timeline file holds.

use super::TimeView;
use super::{Article, ArticleId, Event, EventId, Lane, LaneId, Rgb};

/// The project-file format this build writes. Older versions are migrated on load; newer ones are refused.
pub const FORMAT_VERSION: u32 = 3;

/// A timeline project: lanes, events, the articles they came from and the last view.
///
/// Change it only through [`Project::apply`], so every change can be undone.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Project {
    /// File-format version ([`FORMAT_VERSION`] when written by this build).
    pub version: u32,
    /// Shown as the timeline's heading and in exports.
    pub title: String,
    /// Lanes, in the order they are drawn (top to bottom).
    pub lanes: Vec<Lane>,
    /// Events, ordered by id (creation order) so files diff cleanly.
    pub events: Vec<Event>,
    /// Embedded articles, ordered by id.
    #[serde(default)]
    pub articles: Vec<Article>,
    /// The visible time span when the project was last saved.
    #[serde(default)]
    pub view: Option<TimeView>,
}

impl Default for Project {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            title: "Untitled timeline".to_owned(),
            lanes: vec![Lane {
                id: LaneId(1),
                name: "Events".to_owned(),
                color: Rgb::palette(0),
            }],
            events: Vec::new(),
            articles: Vec::new(),
            view: None,
        }
    }
}

impl Project {
    /// The event with this id.
    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.event_index(id).map(|i| &self.events[i])
    }

    /// Position of an event in `events` (which is sorted by id).
    pub(crate) fn event_index(&self, id: EventId) -> Option<usize> {
        self.events.binary_search_by_key(&id, |e| e.id).ok()
    }

    /// The lane with this id.
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// Display position of a lane.
    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    /// The article with this id.
    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// An id no event has used.
    pub fn next_event_id(&self) -> EventId {
        EventId(self.events.last().map_or(1, |e| e.id.0 + 1))
    }

    /// An id no lane has used.
    pub fn next_lane_id(&self) -> LaneId {
        LaneId(self.lanes.iter().map(|l| l.id.0).max().map_or(1, |m| m + 1))
    }

    /// An id no article has used.
    pub fn next_article_id(&self) -> ArticleId {
        ArticleId(
            self.articles
                .iter()
                .map(|a| a.id.0)
                .max()
                .map_or(1, |m| m + 1),
        )
    }

    /// The axis span covered by all events, in days since 1970, or `None` without events.
    pub fn span_days(&self) -> Option<(f64, f64)> {
        self.events
            .iter()
            .map(Event::span_days)
            .reduce(|(a0, a1), (b0, b1)| (a0.min(b0), a1.max(b1)))
    }

    /// A one-line summary: `"12 events, 2 lanes, 0 articles, 44 BC – 2022"`.
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut text = format!(
            "{}, {}, {}",
            plural(self.events.len(), "event"),
            plural(self.lanes.len(), "lane"),
            plural(self.articles.len(), "article")
        );
        if let Some(years) = year_span(&self.events) {
            text.push_str(", ");
            text.push_str(&years);
        }
        text
    }
}

/// The years some events cover, for people: `"44 BC – 2022"`, or `"2022"` when they share a year;
/// `None` without events.
pub fn year_span<'a>(events: impl IntoIterator<Item = &'a Event> + Clone) -> Option<String> {
    let first = events.clone().into_iter().map(|e| e.start).min()?;
    let last = events.into_iter().map(|e| e.end.unwrap_or(e.start)).max()?;
    let year = |d: super::Date| {
        d.with_precision(super::Precision::Year)
            .with_circa(false)
            .human()
    };
    let (from, to) = (year(first), year(last));
    Some(if from == to {
        from
    } else {
        format!("{from} – {to}")
    })
}
