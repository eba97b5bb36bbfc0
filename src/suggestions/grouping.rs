//! The same event reported by several articles: suggestions from different articles with close
//! dates and substantially the same content are grouped, so accepting the group makes one event
//! with every source.

use std::collections::{BTreeMap, BTreeSet};

use super::{SuggestionIndex, SuggestionKey};
use crate::extract::Suggestion;
use crate::model::ArticleId;

/// Dates at most this many days apart may describe the same event (sources that disagree).
const MAX_DATE_GAP_DAYS: f64 = 3.0;
/// At most this many suggestions of one other article are compared with a suggestion (a bound for
/// articles that repeat one date thousands of times).
const MAX_CANDIDATES: usize = 256;
/// Share of content words two sentences must have in common (Jaccard) to report the same event.
const MIN_SIMILARITY: f64 = 0.3;

/// Suggestions that report one event; the first member is the most confident.
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestionGroup {
    /// The suggestions, best first; one per article.
    pub members: Vec<SuggestionKey>,
    /// Whether the members give different dates.
    pub dates_disagree: bool,
}

/// Groups pending suggestions. Suggestions with unresolved dates stay alone. Deterministic: the
/// groups come out in the order of their best member's (date, article, position).
pub fn group_pending(index: &SuggestionIndex, pending: &[SuggestionKey]) -> Vec<SuggestionGroup> {
    let mut items: Vec<Item<'_>> = pending
        .iter()
        .filter_map(|key| {
            index.get(*key).map(|suggestion| Item {
                key: *key,
                suggestion,
                day: suggestion.date.map_or(f64::INFINITY, |d| d.start_days()),
                words: content_words(&suggestion.sentence),
            })
        })
        .collect();
    // By date, so candidates for a group are neighbours; unresolved last.
    items.sort_by(|a, b| a.day.total_cmp(&b.day).then(a.key.cmp(&b.key)));
    // Each article's items, in the global order: candidates are looked up per other article, so
    // many suggestions of one article on one day cost nothing.
    let mut by_article: BTreeMap<ArticleId, Vec<usize>> = BTreeMap::new();
    for (position, item) in items.iter().enumerate() {
        by_article
            .entry(item.key.article)
            .or_default()
            .push(position);
    }
    let mut grouped = vec![false; items.len()];
    let mut groups = Vec::new();
    for i in 0..items.len() {
        if grouped[i] {
            continue;
        }
        grouped[i] = true;
        let mut members = vec![i];
        let item = &items[i];
        if item.day.is_finite() {
            // From each other article, the first ungrouped similar suggestion within the date gap.
            for (article, positions) in &by_article {
                if *article == item.key.article {
                    continue;
                }
                let after = positions.partition_point(|p| *p <= i);
                let found = positions[after..]
                    .iter()
                    .take_while(|j| items[**j].day - item.day <= MAX_DATE_GAP_DAYS)
                    .filter(|j| !grouped[**j])
                    .take(MAX_CANDIDATES)
                    .find(|j| similarity(&item.words, &items[**j].words) >= MIN_SIMILARITY);
                if let Some(j) = found {
                    grouped[*j] = true;
                    members.push(*j);
                }
            }
        }
        members.sort_by(|a, b| {
            let (a, b) = (&items[*a], &items[*b]);
            b.suggestion
                .confidence
                .total_cmp(&a.suggestion.confidence)
                .then(a.key.cmp(&b.key))
        });
        let first_date = items[members[0]].suggestion.date;
        let dates_disagree = members
            .iter()
            .any(|m| items[*m].suggestion.date != first_date);
        groups.push(SuggestionGroup {
            members: members.iter().map(|m| items[*m].key).collect(),
            dates_disagree,
        });
    }
    groups
}

/// A pending suggestion being grouped.
struct Item<'a> {
    key: SuggestionKey,
    suggestion: &'a Suggestion,
    /// Start of its date in days (infinite when unresolved).
    day: f64,
    words: BTreeSet<String>,
}

/// Lower-cased content words (letters/digits, three or more chars, common words left out).
fn content_words(sentence: &str) -> BTreeSet<String> {
    const STOP: [&str; 24] = [
        "the", "and", "for", "that", "with", "was", "were", "has", "have", "had", "are", "from",
        "this", "said", "its", "his", "her", "their", "they", "which", "who", "will", "been",
        "after",
    ];
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

fn similarity(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let common = a.intersection(b).count();
    let all = a.len() + b.len() - common;
    if all == 0 {
        0.0
    } else {
        common as f64 / all as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ArticleId, Project};

    fn article(id: u64, date: &str, text: &str) -> Article {
        Article {
            id: ArticleId(id),
            title: format!("a{id}"),
            file_name: String::new(),
            original_path: String::new(),
            content_hash: String::new(),
            date: Some(date.parse().unwrap()),
            text: text.to_owned(),
            rejected: Vec::new(),
            date_source: None,
            outlet: String::new(),
            author: String::new(),
            url: String::new(),
        }
    }

    #[test]
    fn the_same_event_in_two_articles_is_one_group() {
        let project = Project {
            articles: vec![
                article(
                    1,
                    "2022-01-06",
                    "Protests began on Sunday in Zhanaozen after fuel prices doubled. The parliament met on March 3.",
                ),
                article(
                    2,
                    "2022-01-07",
                    "Protests began in Zhanaozen on January 2 when fuel prices doubled overnight.",
                ),
                article(
                    3,
                    "2022-01-07",
                    "A football match was played on January 2 in Almaty.",
                ),
            ],
            ..Project::default()
        };
        let mut index = SuggestionIndex::default();
        index.sync(&project);
        let pending = index.pending(&project);
        let groups = group_pending(&index, &pending);
        let protest = groups
            .iter()
            .find(|g| g.members.len() > 1)
            .expect("a group across articles");
        let articles: Vec<u64> = protest.members.iter().map(|k| k.article.0).collect();
        assert_eq!(articles.len(), 2);
        assert!(
            articles.contains(&1) && articles.contains(&2),
            "{articles:?}"
        );
        assert!(!protest.dates_disagree);
        assert_eq!(
            groups.iter().map(|g| g.members.len()).sum::<usize>(),
            pending.len(),
            "every suggestion once"
        );
        assert!(
            groups
                .iter()
                .filter(|g| g.members.iter().any(|k| k.article.0 == 3))
                .all(|g| g.members.len() == 1)
        );
    }

    #[test]
    fn close_but_different_dates_group_and_are_flagged() {
        let project = Project {
            articles: vec![
                article(
                    1,
                    "2022-01-06",
                    "Troops arrived in Almaty on January 5 to guard the airport.",
                ),
                article(
                    2,
                    "2022-01-07",
                    "Troops arrived in Almaty on January 6 to guard the airport.",
                ),
            ],
            ..Project::default()
        };
        let mut index = SuggestionIndex::default();
        index.sync(&project);
        let groups = group_pending(&index, &index.pending(&project));
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert!(groups[0].dates_disagree);
    }
}
