//! Commands on several events at once: change them together, duplicate the selection, paste.

use super::Controller;
use crate::model::{Edit, Event, EventChange, EventId};

impl Controller {
    /// One change to several events, as one undo step; events it cannot change are left as they are.
    pub(super) fn change_events(&mut self, ids: &[EventId], change: &EventChange) {
        let changed: Vec<Event> = ids
            .iter()
            .filter_map(|id| self.project.event(*id))
            .filter_map(|event| change.applied(event).ok().filter(|new| new != event))
            .collect();
        if changed.is_empty() {
            return;
        }
        if let EventChange::Lane(lane) = *change {
            self.view.last_lane = Some(lane);
        }
        self.apply_step(Edit::ReplaceEvents(changed), change.label(), None);
    }

    /// Copies of the selected events, same dates and lanes, become the selection.
    pub(super) fn duplicate_selected(&mut self) {
        let copies: Vec<Event> = self
            .project
            .events
            .iter()
            .filter(|e| self.view.selection.contains(&e.id))
            .cloned()
            .collect();
        self.insert_new_events(copies, "duplicate events");
    }

    /// Pasted events join the project (new ids; lanes checked) and become the selection.
    pub(super) fn paste_events(&mut self, events: Vec<Event>) {
        if events.is_empty() {
            self.notifications.error(
                "Nothing to paste: the clipboard holds no events. Copy events in Dateline, or \
                 lines of text like “9 Nov 1989 — The Berlin Wall falls”."
                    .to_owned(),
            );
            return;
        }
        self.insert_new_events(events, "paste events");
    }

    fn insert_new_events(&mut self, mut events: Vec<Event>, label: &'static str) {
        if events.is_empty() {
            return;
        }
        let fallback = self
            .view
            .last_lane
            .filter(|l| self.project.lane(*l).is_some())
            .or_else(|| self.project.lanes.first().map(|l| l.id));
        let Some(fallback) = fallback else {
            return;
        };
        let first = self.project.next_event_id().0;
        for (id, event) in (first..).zip(events.iter_mut()) {
            event.id = EventId(id);
            if self.project.lane(event.lane).is_none() {
                event.lane = fallback;
            }
            let articles = &self.project.articles;
            event
                .sources
                .retain(|s| articles.iter().any(|a| a.id == s.article));
        }
        let ids: Vec<EventId> = events.iter().map(|e| e.id).collect();
        let single = if ids.len() == 1 { ids.first() } else { None };
        let label = match (label, single.is_some()) {
            ("duplicate events", true) => "duplicate event",
            ("paste events", true) => "paste event",
            _ => label,
        };
        self.apply_step(Edit::InsertEvents(events), label, None);
        self.view.selection = ids.iter().copied().collect();
        self.view.reveal = ids.first().copied();
    }
}
