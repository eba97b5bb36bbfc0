//! The same event reported by several articles: suggestions from different articles with
//! compatible dates that report one event — in the same or other words (see [`super::event_match`])
//! — are grouped, so accepting the group makes one event with every source. A group that reports
//! an event already on the timeline joins it instead ("also reported by").

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::event_match::{Signature, event_signature, match_score, signature};
use super::{SuggestionIndex, SuggestionKey};
use crate::extract::Suggestion;
use crate::model::{ArticleId, Event, EventId, Project};

/// Dates at most this many days apart may describe the same event (sources that disagree).
const MAX_DATE_GAP_DAYS: f64 = 3.0;
/// At most this many later suggestions are compared with each suggestion (a bound for articles
/// that repeat one date thousands of times).
const MAX_CANDIDATES: usize = 256;
/// The least [`match_score`] for two reports to be grouped.
const MIN_MATCH: f32 = 0.4;
/// The least average [`match_score`] between the members of two groups that merge.
const MIN_GROUP_AVERAGE: f32 = 0.3;
/// The least [`match_score`] for a group to join an accepted event.
const MIN_JOIN: f32 = 0.4;
/// At most this many events near a group's date are compared with it.
const MAX_EVENT_CANDIDATES: usize = 64;

/// Suggestions that report one event; the first member is the most confident.
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestionGroup {
    /// The suggestions, best first; one per article.
    pub members: Vec<SuggestionKey>,
    /// Whether the members give different dates.
    pub dates_disagree: bool,
    /// How sure it is that the members report one event, 0 to 1 (1 for a single suggestion):
    /// the weakest match of a member with the best one.
    pub match_score: f32,
    /// The accepted event the group reports too: accepting adds its members as sources there.
    pub joins: Option<EventId>,
}

/// Groups pending suggestions, and finds the accepted `events` groups report again. Suggestions
/// with unresolved dates stay alone. Deterministic: groups come out in the order of their
/// earliest member's (date, article, position).
pub fn group_pending(
    index: &SuggestionIndex,
    pending: &[SuggestionKey],
    project: &Project,
) -> Vec<SuggestionGroup> {
    let events = &project.events;
    let mut items: Vec<Item<'_>> = pending
        .iter()
        .filter_map(|key| {
            index.get(*key).map(|suggestion| Item {
                key: *key,
                suggestion,
                standalone: project
                    .article(key.article)
                    .is_some_and(|a| a.standalone.binary_search(&key.span).is_ok()),
                day: suggestion.date.map_or(f64::INFINITY, |d| d.start_days()),
                signature: signature(
                    &suggestion.title,
                    &suggestion.sentence,
                    suggestion.trigger.as_ref().map(|t| t.text.as_str()),
                ),
            })
        })
        .collect();
    // By date, so candidates for a group are neighbours; unresolved last.
    items.sort_by(|a, b| a.day.total_cmp(&b.day).then(a.key.cmp(&b.key)));
    let pairs = matching_pairs(&items);
    let groups = merge(&items, &pairs);
    let mut joins = Joins::new(events);
    groups
        .into_iter()
        .map(|mut members| {
            members.sort_by(|a, b| {
                let (a, b) = (&items[*a], &items[*b]);
                b.suggestion
                    .confidence
                    .total_cmp(&a.suggestion.confidence)
                    .then(a.key.cmp(&b.key))
            });
            let best = members[0];
            let first_date = items[best].suggestion.date;
            let dates_disagree = members
                .iter()
                .any(|m| items[*m].suggestion.date != first_date);
            let match_score = members[1..]
                .iter()
                .map(|m| pairs.get(&ordered(best, *m)).copied().unwrap_or(MIN_MATCH))
                .fold(1.0_f32, f32::min)
                .clamp(0.0, 1.0);
            let joins = joins.find(&items, &members);
            SuggestionGroup {
                members: members.iter().map(|m| items[*m].key).collect(),
                dates_disagree,
                match_score,
                joins,
            }
        })
        .collect()
}

/// A pending suggestion being grouped.
struct Item<'a> {
    key: SuggestionKey,
    suggestion: &'a Suggestion,
    /// Split off by the user: never grouped, never joins an event.
    standalone: bool,
    /// Start of its date in days (infinite when unresolved).
    day: f64,
    signature: Signature,
}

/// A pair of item positions, smaller first.
fn ordered(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// Scores of the pairs of items from different articles, with dates in reach of each other,
/// that match.
fn matching_pairs(items: &[Item<'_>]) -> HashMap<(usize, usize), f32> {
    let mut pairs = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if !item.day.is_finite() {
            break;
        }
        if item.standalone {
            continue;
        }
        for (j, other) in items
            .iter()
            .enumerate()
            .skip(i + 1)
            .take_while(|(_, o)| o.day - item.day <= MAX_DATE_GAP_DAYS)
            .filter(|(_, o)| o.key.article != item.key.article && !o.standalone)
            .take(MAX_CANDIDATES)
        {
            let score = match_score(&item.signature, &other.signature);
            if score >= MIN_MATCH {
                pairs.insert((i, j), score);
            }
        }
    }
    pairs
}

/// Merges matching items into groups, best pairs first: two groups merge when they share no
/// article and their members match on average nearly as well as a pair must (a pair never
/// compared counts as no match).
fn merge(items: &[Item<'_>], pairs: &HashMap<(usize, usize), f32>) -> Vec<Vec<usize>> {
    let mut sorted: Vec<((usize, usize), f32)> = pairs.iter().map(|(k, v)| (*k, *v)).collect();
    sorted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut group_of: Vec<usize> = (0..items.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    for ((i, j), _) in sorted {
        let (gi, gj) = (group_of[i], group_of[j]);
        if gi == gj {
            continue;
        }
        let articles: BTreeSet<ArticleId> =
            groups[gi].iter().map(|m| items[*m].key.article).collect();
        if groups[gj]
            .iter()
            .any(|m| articles.contains(&items[*m].key.article))
        {
            continue;
        }
        let mut total = 0.0;
        let mut count = 0.0;
        for a in &groups[gi] {
            for b in &groups[gj] {
                total += pairs.get(&ordered(*a, *b)).copied().unwrap_or(0.0);
                count += 1.0;
            }
        }
        // The pair that brings the groups together matches; the others may be told in other
        // words ("announced" / "ordered" mourning) and need only match on average a little less.
        if total / count < MIN_GROUP_AVERAGE {
            continue;
        }
        let moved = std::mem::take(&mut groups[gj]);
        for m in &moved {
            group_of[*m] = gi;
        }
        groups[gi].extend(moved);
    }
    let mut out: Vec<Vec<usize>> = groups.into_iter().filter(|g| !g.is_empty()).collect();
    for g in &mut out {
        g.sort_unstable();
    }
    out.sort_by_key(|g| g[0]);
    out
}

/// The accepted events, by date, for finding the one a group reports again.
struct Joins<'a> {
    /// (start day, event), sorted.
    by_day: Vec<(f64, &'a Event)>,
    /// Signatures, worked out for the events a group is compared with.
    signatures: BTreeMap<EventId, Signature>,
}

impl<'a> Joins<'a> {
    fn new(events: &'a [Event]) -> Self {
        let mut by_day: Vec<(f64, &Event)> =
            events.iter().map(|e| (e.start.start_days(), e)).collect();
        by_day.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
        Self {
            by_day,
            signatures: BTreeMap::new(),
        }
    }

    /// The event the group of `members` (best first) reports, if one matches well enough: near
    /// the best member's date, without a source from any member's article.
    fn find(&mut self, items: &[Item<'_>], members: &[usize]) -> Option<EventId> {
        let best = &items[members[0]];
        if !best.day.is_finite() || best.standalone {
            return None;
        }
        let articles: BTreeSet<ArticleId> = members.iter().map(|m| items[*m].key.article).collect();
        let from = self
            .by_day
            .partition_point(|(day, _)| *day < best.day - MAX_DATE_GAP_DAYS);
        let signatures = &mut self.signatures;
        self.by_day[from..]
            .iter()
            .take_while(|(day, _)| *day <= best.day + MAX_DATE_GAP_DAYS)
            .filter(|(_, e)| !e.sources.iter().any(|s| articles.contains(&s.article)))
            .take(MAX_EVENT_CANDIDATES)
            .map(|(day, e)| {
                let sig = signatures.entry(e.id).or_insert_with(|| {
                    let sentences: Vec<&str> =
                        e.sources.iter().map(|s| s.sentence.as_str()).collect();
                    event_signature(&e.title, &sentences)
                });
                // Of two events a report matches, the one on its date: a day apart costs a little.
                let apart = (day - best.day).abs().min(MAX_DATE_GAP_DAYS) as f32;
                (match_score(&best.signature, sig) - 0.05 * apart, e.id)
            })
            .filter(|(score, _)| *score >= MIN_JOIN)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, id)| id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ArticleId};

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
            standalone: Vec::new(),
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
        let groups = group_pending(&index, &pending, &project);
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
    fn paraphrased_reports_of_four_events_make_four_groups() {
        let project = Project {
            articles: vec![
                article(
                    1,
                    "2024-05-10",
                    "A magnitude 6.8 earthquake struck the coastal city of Porto Vell on Wednesday. \
                     President Alma Ruiz declared three days of national mourning on Thursday. \
                     Rescue teams from Spain arrived in Porto Vell on Thursday. \
                     The airport reopened on Friday.",
                ),
                article(
                    2,
                    "2024-05-10",
                    "A powerful quake hit Porto Vell on Wednesday. \
                     Spanish rescuers landed in the city on Thursday to search the rubble. \
                     On Thursday, Ms Ruiz announced a national mourning period of three days. \
                     Flights resumed at Porto Vell airport on Friday.",
                ),
                article(
                    3,
                    "2024-05-11",
                    "The earthquake that shook Porto Vell on Wednesday killed 43 people. \
                     Search and rescue crews from Spain reached Porto Vell on Thursday. \
                     The government of President Ruiz ordered three days of mourning on Thursday. \
                     Porto Vell airport opened again on Friday after repairs to the runway.",
                ),
            ],
            ..Project::default()
        };
        let mut index = SuggestionIndex::default();
        index.sync(&project);
        let groups = group_pending(&index, &index.pending(&project), &project);
        let sizes: Vec<usize> = groups.iter().map(|g| g.members.len()).collect();
        assert_eq!(sizes, [3, 3, 3, 3], "{groups:#?}");
        assert!(
            groups
                .iter()
                .all(|g| g.match_score > 0.0 && g.joins.is_none())
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
        let groups = group_pending(&index, &index.pending(&project), &project);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert!(groups[0].dates_disagree);
    }
}
