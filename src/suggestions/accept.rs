//! Accepting many suggestions at once ("Accept all ≥", `dateline import --accept-*`): one rule for
//! the window and the command line.

use std::collections::BTreeMap;

use super::{SuggestionFilter, SuggestionGroup, SuggestionIndex, event_from, source_of};
use crate::extract::Suggestion;
use crate::model::{Article, Edit, Event, EventId, LaneId, Project};

/// Which suggestions to accept as events.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AcceptPolicy {
    /// None: they stay pending for triage.
    None,
    /// Every suggestion with a resolved date.
    All,
    /// Suggestions with a resolved date and at least this confidence.
    MinConfidence(f32),
}

/// What accepting groups of suggestions does to the timeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Accepted {
    /// New events, with fresh ids.
    pub new: Vec<Event>,
    /// Accepted events that other articles report too, with those articles added as sources.
    pub extended: Vec<Event>,
}

impl Accepted {
    /// The edits that make it so, as one step's parts.
    pub fn edits(self) -> Vec<Edit> {
        let mut edits = Vec::new();
        if !self.new.is_empty() {
            edits.push(Edit::InsertEvents(self.new));
        }
        if !self.extended.is_empty() {
            edits.push(Edit::ReplaceEvents(self.extended));
        }
        edits
    }

    /// Sources accepted, in new and extended events alike.
    pub fn sources_added(&self, project: &Project) -> usize {
        let new: usize = self.new.iter().map(|e| e.sources.len()).sum();
        let added: usize = self
            .extended
            .iter()
            .map(|e| {
                let before = project.event(e.id).map_or(0, |old| old.sources.len());
                e.sources.len() - before.min(e.sources.len())
            })
            .sum();
        new + added
    }
}

/// The event `group` joins, with the group's members added as its sources; `None` when it joins
/// none (or that event is gone).
pub fn joined_event(
    project: &Project,
    index: &SuggestionIndex,
    group: &SuggestionGroup,
) -> Option<Event> {
    let members: Vec<_> = group
        .members
        .iter()
        .filter_map(|key| Some((project.article(key.article)?, index.get(*key)?)))
        .collect();
    Some(with_sources(project.event(group.joins?)?.clone(), &members))
}

/// `event` with each report as a source, one per article (an article it already cites is
/// skipped).
fn with_sources(mut event: Event, reports: &[(&Article, &Suggestion)]) -> Event {
    for (article, suggestion) in reports {
        if !event.sources.iter().any(|s| s.article == article.id) {
            event.sources.push(source_of(article, suggestion));
        }
    }
    event
}

/// What accepting `groups` under `policy` does: new events on `lane`, with fresh ids after the
/// project's, and accepted events that a group reports again, with the group's articles as new
/// sources. Only groups `filter` shows (its article) count; a group is judged by its best member.
pub fn accepted_events(
    project: &Project,
    index: &SuggestionIndex,
    groups: &[SuggestionGroup],
    policy: AcceptPolicy,
    filter: &SuggestionFilter,
    lane: LaneId,
) -> Accepted {
    let mut accepted = Accepted::default();
    if policy == AcceptPolicy::None {
        return accepted;
    }
    let mut next = project.next_event_id().0;
    let mut extended: BTreeMap<EventId, Event> = BTreeMap::new();
    for group in groups.iter().filter(|g| filter.shows(g)) {
        let members: Vec<_> = group
            .members
            .iter()
            .filter_map(|key| Some((project.article(key.article)?, index.get(*key)?)))
            .collect();
        let Some((_, best)) = members.first() else {
            continue;
        };
        let confident = match policy {
            AcceptPolicy::MinConfidence(min) => best.confidence >= min,
            AcceptPolicy::All | AcceptPolicy::None => true,
        } && best.date.is_some();
        if !confident {
            continue;
        }
        if let Some(id) = group.joins
            && let Some(event) = extended.remove(&id).or_else(|| project.event(id).cloned())
        {
            extended.insert(id, with_sources(event, &members));
        } else if let Some(event) = event_from(EventId(next), lane, &members) {
            next += 1;
            accepted.new.push(event);
        }
    }
    accepted.extended = extended.into_values().collect();
    accepted
}
