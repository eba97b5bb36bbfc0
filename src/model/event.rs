//! Events: what happened when, on which lane, according to which sources.

use super::{ArticleId, CharSpan, Date, LaneId, Relation, Rgb};

/// Identifies an event for the life of a project.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct EventId(pub u64);

/// Where an event was read: a sentence of an embedded article.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    /// The article the sentence is in.
    pub article: ArticleId,
    /// Char offset of the quoted text's start in the article text.
    pub start: usize,
    /// Char offset of the quoted text's end (exclusive).
    pub end: usize,
    /// The quoted sentence.
    pub sentence: String,
    /// The date expression inside the sentence (identifies the suggestion this source came from).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<CharSpan>,
    /// The date this source gives, as resolved when it was accepted (sources may disagree).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// One dated event of the timeline: a point (only `start`) or a range (`start` to `end`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// Stable identity.
    pub id: EventId,
    /// Short headline drawn on the card.
    pub title: String,
    /// Longer free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// When it happened (or began), with its precision.
    pub start: Date,
    /// When a range ended; `None` for a point event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// How the event stands to its date: on it (the default, left out of the file), by it, as of
    /// it or after it.
    #[serde(default, skip_serializing_if = "Relation::is_on")]
    pub relation: Relation,
    /// The lane it is drawn on.
    pub lane: LaneId,
    /// Its own colour, overriding the lane's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Rgb>,
    /// Where it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

impl Event {
    /// A point event with no description, colour or sources.
    pub fn new(id: EventId, title: impl Into<String>, start: Date, lane: LaneId) -> Self {
        Self {
            id,
            title: title.into(),
            description: String::new(),
            start,
            end: None,
            relation: Relation::On,
            lane,
            color: None,
            sources: Vec::new(),
        }
    }

    /// Its date as people read it, with the relation: "6 Jan 2022", "by 6 Jan 2022",
    /// "2 Jan 2022 – 5 Jan 2022".
    pub fn when(&self) -> String {
        let dates = match self.end {
            Some(end) => format!("{} – {}", self.start.human(), end.human()),
            None => self.start.human(),
        };
        self.relation.describe(&dates)
    }

    /// The axis span it covers, in days since 1970: from the start of `start` to the end of
    /// `end` (or of `start`'s own period for a point event: a month-precision event covers its month).
    pub fn span_days(&self) -> (f64, f64) {
        let start_days = self.start.start_days();
        let end_days = self
            .end
            .map_or_else(|| self.start.end_days(), |end| end.end_days());
        (start_days, end_days.max(start_days))
    }

    /// Sources that give a date different from another source's: shown as a warning on the event.
    pub fn sources_disagree(&self) -> bool {
        let mut dates = self.sources.iter().filter_map(|s| s.date);
        dates.next().is_some_and(|first| dates.any(|d| d != first))
    }

    /// Whether it is a range rather than a point.
    pub fn is_range(&self) -> bool {
        self.end.is_some()
    }
}
