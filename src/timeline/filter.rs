//! Which events a find or a filter picks: text in titles, descriptions and source sentences; a lane,
//! an article, sources that disagree, the date relation. The screen dims or hides what a filter
//! leaves out; exports can keep only what it shows.

use crate::model::{ArticleId, Event, EventId, LaneId, Project, Relation};

/// Text looked for in an event, ignoring case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextQuery {
    needle: String,
    ascii: bool,
}

impl TextQuery {
    /// A query for `text` (surrounding spaces ignored); empty matches every event.
    pub fn new(text: &str) -> Self {
        let text = text.trim();
        let ascii = text.is_ascii();
        let needle = if ascii {
            text.to_owned()
        } else {
            text.to_lowercase()
        };
        Self { needle, ascii }
    }

    /// Whether there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.needle.is_empty()
    }

    /// Whether `haystack` contains the text, ignoring case.
    pub fn found_in(&self, haystack: &str) -> bool {
        if self.needle.is_empty() {
            return true;
        }
        if self.ascii {
            let needle = self.needle.as_bytes();
            haystack
                .as_bytes()
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle))
        } else {
            haystack.to_lowercase().contains(&self.needle)
        }
    }

    /// Whether the event's title, description or one of its source sentences contains the text.
    pub fn matches(&self, event: &Event) -> bool {
        self.found_in(&event.title)
            || self.found_in(&event.description)
            || event.sources.iter().any(|s| self.found_in(&s.sentence))
    }
}

/// What the timeline shows: events not matching are dimmed, or hidden when `hide` is set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Text in the title, description or a source sentence.
    pub text: String,
    /// Only this lane.
    pub lane: Option<LaneId>,
    /// Only events one of whose sources is in this article.
    pub article: Option<ArticleId>,
    /// Only events whose sources disagree on the date.
    pub disagreement: bool,
    /// Only events with this relation to their date (on, by, as of, after).
    pub relation: Option<Relation>,
    /// Hide what does not match instead of dimming it.
    pub hide: bool,
}

impl EventFilter {
    /// Whether the filter leaves anything out.
    pub fn is_active(&self) -> bool {
        !self.text.trim().is_empty()
            || self.lane.is_some()
            || self.article.is_some()
            || self.disagreement
            || self.relation.is_some()
    }

    /// A matcher for this filter (the text query prepared once).
    pub fn matcher(&self) -> FilterMatcher<'_> {
        FilterMatcher {
            filter: self,
            query: TextQuery::new(&self.text),
        }
    }

    /// What the filter keeps, in words ("lane Politics, with “troops”").
    pub fn describe(&self, project: &Project) -> String {
        let mut parts = Vec::new();
        if let Some(lane) = self.lane {
            let name = project.lane(lane).map_or("?", |l| l.name.as_str());
            parts.push(format!("lane {name}"));
        }
        if let Some(article) = self.article {
            let title = project.article(article).map_or("?", |a| a.title.as_str());
            parts.push(format!("from “{title}”"));
        }
        if !self.text.trim().is_empty() {
            parts.push(format!("with “{}”", self.text.trim()));
        }
        if self.disagreement {
            parts.push("sources disagree".to_owned());
        }
        if let Some(relation) = self.relation {
            parts.push(format!("dated “{}”", relation.label()));
        }
        if parts.is_empty() {
            "every event".to_owned()
        } else {
            parts.join(", ")
        }
    }
}

/// An [`EventFilter`] ready to test many events.
pub struct FilterMatcher<'a> {
    filter: &'a EventFilter,
    query: TextQuery,
}

impl FilterMatcher<'_> {
    /// Whether `event` passes the filter.
    pub fn matches(&self, event: &Event) -> bool {
        let filter = self.filter;
        filter.lane.is_none_or(|lane| event.lane == lane)
            && filter
                .article
                .is_none_or(|a| event.sources.iter().any(|s| s.article == a))
            && (!filter.disagreement || event.sources_disagree())
            && filter.relation.is_none_or(|r| event.relation == r)
            && self.query.matches(event)
    }
}

/// The events whose text contains `query`, in timeline order (start date, then lane, then id);
/// empty when the query is.
pub fn find_matches(project: &Project, query: &str) -> Vec<EventId> {
    let query = TextQuery::new(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(f64, usize, EventId)> = project
        .events
        .iter()
        .filter(|e| query.matches(e))
        .map(|e| {
            let lane = project.lane_index(e.lane).unwrap_or(usize::MAX);
            (e.start.start_days(), lane, e.id)
        })
        .collect();
    found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    found.into_iter().map(|(_, _, id)| id).collect()
}

/// The match after (or before, `forward == false`) `current` in `matches`, wrapping around; the
/// first (or last) when `current` is not one of them.
pub fn step_match(matches: &[EventId], current: Option<EventId>, forward: bool) -> Option<EventId> {
    let n = matches.len();
    if n == 0 {
        return None;
    }
    let position = current.and_then(|c| matches.iter().position(|m| *m == c));
    let index = match (position, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(p), true) => (p + 1) % n,
        (Some(p), false) => (p + n - 1) % n,
    };
    matches.get(index).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lane, Rgb, Source};

    fn project() -> Project {
        let mut project = Project {
            lanes: vec![
                Lane {
                    id: LaneId(1),
                    name: "Politics".to_owned(),
                    color: Rgb([1, 2, 3]),
                },
                Lane {
                    id: LaneId(2),
                    name: "Streets".to_owned(),
                    color: Rgb([4, 5, 6]),
                },
            ],
            ..Project::default()
        };
        let rows = [
            (1, "Parliament votes", "2022-01-05", 1),
            (2, "Troops arrive in Almaty", "2022-01-06", 2),
            (3, "Protests begin", "2022-01-02", 2),
            (4, "ÉLYSÉE statement", "2022-01-03", 1),
        ];
        for (id, title, day, lane) in rows {
            project.events.push(Event::new(
                EventId(id),
                title,
                day.parse().unwrap(),
                LaneId(lane),
            ));
        }
        project.events[0].sources.push(Source {
            article: ArticleId(7),
            start: 0,
            end: 10,
            sentence: "The troops were welcomed by the speaker.".to_owned(),
            expression: None,
            date: None,
        });
        project
    }

    #[test]
    fn find_looks_in_titles_and_sources_ignoring_case_in_date_order() {
        let project = project();
        assert_eq!(
            find_matches(&project, " TROOPS "),
            vec![EventId(1), EventId(2)]
        );
        assert_eq!(find_matches(&project, "élysée"), vec![EventId(4)]);
        assert_eq!(
            find_matches(&project, "e"),
            vec![EventId(3), EventId(4), EventId(1), EventId(2)]
        );
        assert!(find_matches(&project, "   ").is_empty());
        assert!(find_matches(&project, "tanks").is_empty());
    }

    #[test]
    fn stepping_wraps_both_ways() {
        let m = [EventId(5), EventId(2), EventId(9)];
        assert_eq!(step_match(&m, None, true), Some(EventId(5)));
        assert_eq!(step_match(&m, None, false), Some(EventId(9)));
        assert_eq!(step_match(&m, Some(EventId(9)), true), Some(EventId(5)));
        assert_eq!(step_match(&m, Some(EventId(5)), false), Some(EventId(9)));
        assert_eq!(step_match(&m, Some(EventId(2)), true), Some(EventId(9)));
        assert_eq!(step_match(&[], None, true), None);
    }

    #[test]
    fn a_filter_combines_its_conditions() {
        let project = project();
        let pass = |f: &EventFilter| -> Vec<u64> {
            let m = f.matcher();
            project
                .events
                .iter()
                .filter(|e| m.matches(e))
                .map(|e| e.id.0)
                .collect()
        };
        let all = EventFilter::default();
        assert!(!all.is_active());
        assert_eq!(pass(&all), vec![1, 2, 3, 4]);
        let streets = EventFilter {
            lane: Some(LaneId(2)),
            ..EventFilter::default()
        };
        assert_eq!(pass(&streets), vec![2, 3]);
        let troops_in_streets = EventFilter {
            text: "troops".to_owned(),
            ..streets.clone()
        };
        assert_eq!(pass(&troops_in_streets), vec![2]);
        assert_eq!(
            troops_in_streets.describe(&project),
            "lane Streets, with “troops”"
        );
        let from_article = EventFilter {
            article: Some(ArticleId(7)),
            ..EventFilter::default()
        };
        assert_eq!(pass(&from_article), vec![1]);
        let by = EventFilter {
            relation: Some(Relation::By),
            ..EventFilter::default()
        };
        assert!(by.is_active());
        assert!(pass(&by).is_empty());
        let disagreeing = EventFilter {
            disagreement: true,
            ..EventFilter::default()
        };
        assert!(pass(&disagreeing).is_empty());
    }
}
