//! From articles to timeline: the suggestions of every embedded article, which of them are still
//! pending (neither accepted nor rejected), how the same event reported by several articles is
//! grouped, and the events accepting them makes.
//!
//! Suggestions are derived data: they are recomputed from each article's text and date (the tagger
//! is deterministic), never stored. The project stores only decisions: events whose sources name a
//! suggestion's expression span (accepted), and each article's rejected spans.
//!
//! The list's order and filter ([`display_order`]) and accepting many at once ([`accepted_events`])
//! live here too, so the window and the command line follow one rule.

mod accept;
mod event_match;
mod grouping;
mod index;
mod order;

pub use accept::{AcceptPolicy, Accepted, accepted_events, joined_event};
pub use grouping::{SuggestionGroup, group_pending};
pub use index::SuggestionIndex;
pub use order::{SortBy, SuggestionFilter, display_order, next_after};

use crate::extract::{Dct, Suggestion};
use crate::model::{Article, ArticleId, CharSpan, Date, Event, EventId, LaneId, Precision, Source};

/// Identifies a suggestion: its article and the span of its date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SuggestionKey {
    /// The article.
    pub article: ArticleId,
    /// The date expression's char span.
    pub span: CharSpan,
}

impl SuggestionKey {
    /// The key of `suggestion` in `article`.
    pub fn of(article: ArticleId, suggestion: &Suggestion) -> Self {
        Self {
            article,
            span: CharSpan {
                start: suggestion.start,
                end: suggestion.end,
            },
        }
    }
}

/// The tagger's article date for an article's stored date (day or minute precision; coarser
/// dates cannot anchor "yesterday" and give none).
pub fn dct_of(date: Option<Date>) -> Option<Dct> {
    let date = date?;
    if date.precision() < Precision::Day {
        return None;
    }
    let dct = Dct::from_ymd(date.year(), date.month(), date.day())?;
    if date.precision() >= Precision::Hour {
        dct.with_time(date.hour() as u8, date.minute() as u8)
    } else {
        Some(dct)
    }
}

/// The stored article date for a tagger date.
pub fn date_of(dct: &Dct) -> Option<Date> {
    match dct.time() {
        Some((hour, minute)) => Date::from_ymd_hm(
            dct.year(),
            dct.month(),
            dct.day(),
            u32::from(hour),
            u32::from(minute),
        )
        .ok(),
        None => Date::from_ymd(dct.year(), dct.month(), dct.day()).ok(),
    }
}

/// The source an accepted suggestion gives its event.
pub fn source_of(article: &Article, suggestion: &Suggestion) -> Source {
    Source {
        article: article.id,
        start: suggestion.sentence_start,
        end: suggestion.sentence_end,
        sentence: suggestion.sentence.trim().to_owned(),
        expression: Some(CharSpan {
            start: suggestion.start,
            end: suggestion.end,
        }),
        date: suggestion.date,
    }
}

/// The event made by accepting suggestions that report the same event (the first is the best):
/// its date, title and end come from the first resolved one; every suggestion becomes a source.
/// `None` when none of them has a resolved date.
pub fn event_from(
    id: EventId,
    lane: LaneId,
    suggestions: &[(&Article, &Suggestion)],
) -> Option<Event> {
    let (_, best) = suggestions.iter().find(|(_, s)| s.date.is_some())?;
    let start = best.date?;
    let mut event = Event::new(id, best.title.clone(), start, lane);
    event.relation = best.relation;
    event.end = best
        .end_date
        .filter(|end| end.end_days() > start.start_days());
    event.sources = suggestions
        .iter()
        .map(|(article, s)| source_of(article, s))
        .collect();
    Some(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_dates_convert_both_ways() {
        let day: Date = "2022-01-06".parse().unwrap();
        assert_eq!(dct_of(Some(day)).unwrap().to_string(), "2022-01-06");
        let minute: Date = "2022-01-06T14:30".parse().unwrap();
        let dct = dct_of(Some(minute)).unwrap();
        assert_eq!(dct.to_string(), "2022-01-06T14:30");
        assert_eq!(date_of(&dct), Some(minute));
        assert_eq!(dct_of(Some("2022-01".parse().unwrap())), None);
        assert_eq!(dct_of(None), None);
    }
}
