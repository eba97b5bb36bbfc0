//! Accepting many suggestions at once ("Accept all ≥", `dateline import --accept-*`): one rule for
//! the window and the command line.

use super::{SuggestionFilter, SuggestionGroup, SuggestionIndex, event_from};
use crate::model::{Event, EventId, LaneId, Project};

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

/// The events accepting `groups` under `policy` makes, on `lane`, with fresh ids after the
/// project's; only groups `filter` shows (its article) count. A group is judged by its best member.
pub fn accepted_events(
    project: &Project,
    index: &SuggestionIndex,
    groups: &[SuggestionGroup],
    policy: AcceptPolicy,
    filter: &SuggestionFilter,
    lane: LaneId,
) -> Vec<Event> {
    if policy == AcceptPolicy::None {
        return Vec::new();
    }
    let mut next = project.next_event_id().0;
    let mut events = Vec::new();
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
        };
        if confident && let Some(event) = event_from(EventId(next), lane, &members) {
            next += 1;
            events.push(event);
        }
    }
    events
}
