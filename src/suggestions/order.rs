//! Which pending suggestions the list shows, and in what order: the order keyboard triage walks and
//! "Accept all ≥" and the next selection after accepting follow.

use super::{SuggestionGroup, SuggestionIndex, SuggestionKey};
use crate::model::ArticleId;

/// How the list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// Chronologically (unresolved last).
    #[default]
    Date,
    /// Most confident first.
    Confidence,
}

/// What the suggestions list shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SuggestionFilter {
    /// Sort order.
    pub sort: SortBy,
    /// Only suggestions from this article.
    pub article: Option<ArticleId>,
    /// Threshold of "Accept all ≥".
    pub threshold: f32,
    /// Show the rejected suggestions (to restore them) instead of the pending ones.
    pub show_rejected: bool,
}

impl Default for SuggestionFilter {
    fn default() -> Self {
        Self {
            sort: SortBy::Date,
            article: None,
            threshold: 0.8,
            show_rejected: false,
        }
    }
}

impl SuggestionFilter {
    /// Whether a group passes the article filter (one of its members is from that article).
    pub fn shows(&self, group: &SuggestionGroup) -> bool {
        self.article
            .is_none_or(|a| group.members.iter().any(|k| k.article == a))
    }
}

/// The groups shown, in display order, each by its best member. Suggestions dated only by the
/// article ("by", "as of", "after" its date) come after every suggestion with a date expression,
/// whatever the sort: they never crowd out the events the article dates itself.
pub fn display_order(
    index: &SuggestionIndex,
    groups: &[SuggestionGroup],
    filter: &SuggestionFilter,
) -> Vec<SuggestionKey> {
    let mut shown: Vec<(bool, SuggestionKey, f64, f32)> = groups
        .iter()
        .filter(|g| filter.shows(g))
        .filter_map(|g| {
            let key = *g.members.first()?;
            let s = index.get(key)?;
            Some((
                s.is_article_dated(),
                key,
                s.date.map_or(f64::INFINITY, |d| d.start_days()),
                s.confidence,
            ))
        })
        .collect();
    match filter.sort {
        SortBy::Date => {
            shown.sort_by(|a, b| a.0.cmp(&b.0).then(a.2.total_cmp(&b.2)).then(a.1.cmp(&b.1)));
        }
        SortBy::Confidence => shown.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.3.total_cmp(&a.3))
                .then(a.2.total_cmp(&b.2))
                .then(a.1.cmp(&b.1))
        }),
    }
    shown.into_iter().map(|(_, key, _, _)| key).collect()
}

/// The row to select after `key` leaves the list: the one that followed it in `before` (the order
/// shown before it left), else the one before it, among those still in `after`.
pub fn next_after(
    before: &[SuggestionKey],
    after: &[SuggestionKey],
    key: SuggestionKey,
) -> Option<SuggestionKey> {
    let position = before.iter().position(|k| *k == key)?;
    let still = |k: &&SuggestionKey| after.contains(k);
    before[position + 1..]
        .iter()
        .find(still)
        .or_else(|| before[..position].iter().rev().find(still))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CharSpan;

    fn key(start: usize) -> SuggestionKey {
        SuggestionKey {
            article: ArticleId(1),
            span: CharSpan {
                start,
                end: start + 1,
            },
        }
    }

    #[test]
    fn the_next_row_follows_the_one_that_left() {
        let before = [key(50), key(10), key(30)];
        let after = [key(50), key(30)];
        assert_eq!(next_after(&before, &after, key(10)), Some(key(30)));
        let after = [key(50), key(10)];
        assert_eq!(next_after(&before, &after, key(30)), Some(key(10)));
        assert_eq!(next_after(&before, &[], key(30)), None);
    }
}
