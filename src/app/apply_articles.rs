//! Commands about articles and their suggestions: loading, dates, triage.

use std::path::PathBuf;

use super::article_loader::ArticleLoader;
use super::{DateReview, DatelineApp};
use crate::import::{AcceptPolicy, add_articles};
use crate::model::{ArticleId, Date, Edit, Event, EventId, LaneId};
use crate::suggestions::{SuggestionKey, event_from, group_pending};

impl DatelineApp {
    /// Starts reading article files on a worker thread.
    pub(super) fn add_article_files(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        if self.loader.is_some() {
            self.notifications
                .error("Articles are already being read: wait for them, or cancel.");
            return;
        }
        match ArticleLoader::start(paths, &self.ctx) {
            Ok(loader) => self.loader = Some(loader),
            Err(err) => self
                .notifications
                .error(format!("Cannot start reading articles: {err}")),
        }
    }

    /// Adds what the loader read, as one undo step (nothing when cancelled).
    pub(super) fn finish_loader(&mut self, cancelled: bool) {
        let Some(loader) = self.loader.take() else {
            return;
        };
        for message in &loader.failed {
            self.notifications.error(message.clone());
        }
        if cancelled {
            self.notifications
                .info("Adding articles cancelled: nothing was added.");
            return;
        }
        let lane = self.project.lanes[0].id;
        let (edit, report) = add_articles(
            &self.project,
            &mut self.suggestions,
            loader.loaded,
            AcceptPolicy::None,
            lane,
        );
        for (file_name, existing) in &report.duplicates {
            let title = self
                .project
                .article(*existing)
                .map_or("an article", |a| a.title.as_str());
            self.notifications.info(format!(
                "{file_name} is already in the project (as “{title}”)."
            ));
        }
        if let Some(edit) = edit {
            self.apply_edit(edit);
            if let Some(first) = report.added.first() {
                self.view.reader_article = Some(*first);
                self.view.reader_highlight = None;
            }
            self.view.fit_pending = true;
        }
    }

    /// Recomputes suggestions and groups when the project changed since the last time.
    pub fn refresh_suggestions(&mut self) {
        let state = self.history.state_id();
        if self.groups_state == Some(state) {
            return;
        }
        self.suggestions.sync(&self.project);
        let pending = self.suggestions.pending(&self.project);
        self.groups = group_pending(&self.suggestions, &pending);
        self.groups_state = Some(state);
        if self
            .view
            .selected_suggestion
            .is_some_and(|key| !self.is_pending(key))
        {
            self.view.selected_suggestion = None;
        }
    }

    fn is_pending(&self, key: SuggestionKey) -> bool {
        self.groups.iter().any(|g| g.members.contains(&key))
    }

    /// Accepts the group `key` is in as one event (one undo step) and selects it.
    pub(super) fn accept_suggestion(&mut self, key: SuggestionKey, lane: Option<LaneId>) {
        self.refresh_suggestions();
        let Some(group) = self
            .groups
            .iter()
            .find(|g| g.members.contains(&key))
            .cloned()
        else {
            self.notifications
                .error("That suggestion is no longer pending.");
            return;
        };
        let lane = lane
            .filter(|l| self.project.lane(*l).is_some())
            .unwrap_or(self.project.lanes[0].id);
        let id = self.project.next_event_id();
        let Some(event) = self.event_for_group(&group.members, id, lane) else {
            self.notifications
                .error("This suggestion has no date yet: set the article's date first.");
            return;
        };
        self.apply_edit(Edit::InsertEvents(vec![event]));
        self.view.selection = [id].into();
        self.select_next_suggestion_after(key);
    }

    fn event_for_group(
        &self,
        members: &[SuggestionKey],
        id: EventId,
        lane: LaneId,
    ) -> Option<Event> {
        let found: Vec<_> = members
            .iter()
            .filter_map(|k| Some((self.project.article(k.article)?, self.suggestions.get(*k)?)))
            .collect();
        event_from(id, lane, &found)
    }

    /// Accepts every pending group whose best suggestion is at least this confident, as one undo step.
    pub(super) fn accept_above(&mut self, min_confidence: f32) {
        self.refresh_suggestions();
        let lane = self.project.lanes[0].id;
        let mut next = self.project.next_event_id().0;
        let mut events = Vec::new();
        for group in &self.groups {
            let best = group.members.first().and_then(|k| self.suggestions.get(*k));
            if best.is_some_and(|s| s.confidence >= min_confidence)
                && let Some(event) = self.event_for_group(&group.members, EventId(next), lane)
            {
                next += 1;
                events.push(event);
            }
        }
        if events.is_empty() {
            self.notifications.info(format!(
                "No dated suggestion is {:.0}% confident or more.",
                min_confidence * 100.0
            ));
        } else {
            let count = events.len();
            self.apply_edit(Edit::InsertEvents(events));
            self.notifications
                .info(format!("Accepted {count} event(s)."));
        }
    }

    /// Rejects a pending suggestion (one undo step).
    pub(super) fn reject_suggestion(&mut self, key: SuggestionKey) {
        self.apply_edit(Edit::SetRejected {
            article: key.article,
            span: key.span,
            rejected: true,
        });
        self.select_next_suggestion_after(key);
    }

    /// After accepting or rejecting, the next pending suggestion is selected, for keyboard triage.
    fn select_next_suggestion_after(&mut self, key: SuggestionKey) {
        self.refresh_suggestions();
        let order = crate::ui::suggestions_panel::display_order(
            &self.suggestions,
            &self.groups,
            &self.ui_state.suggestions,
        );
        let next = order.iter().find(|k| **k > key).or(order.last()).copied();
        self.view.selected_suggestion = next;
    }

    /// Sets an article's date: pending suggestions move at once; accepted events that depended on
    /// it are listed for review instead of being changed silently.
    pub(super) fn set_article_date(&mut self, article: ArticleId, date: Option<Date>) {
        if self.project.article(article).is_none_or(|a| a.date == date) {
            return;
        }
        self.apply_edit(Edit::SetArticleDate { article, date });
        self.refresh_suggestions();
        let updated = self.re_resolved_events(article);
        self.date_review = (!updated.is_empty()).then_some(DateReview { article, updated });
    }

    /// Accepted events with a source in `article` whose date that source now resolves differently.
    fn re_resolved_events(&self, article: ArticleId) -> Vec<Event> {
        let suggestions = self.suggestions.suggestions(article);
        let mut updated = Vec::new();
        for event in &self.project.events {
            let mut new = event.clone();
            let mut changed = false;
            for source in new.sources.iter_mut().filter(|s| s.article == article) {
                let Some(span) = source.expression else {
                    continue;
                };
                let now = suggestions
                    .iter()
                    .find(|s| s.start == span.start && s.end == span.end)
                    .and_then(|s| s.date);
                if now != source.date {
                    if source.date == Some(event.start)
                        && let Some(date) = now
                    {
                        new.start = date;
                    }
                    source.date = now;
                    changed = true;
                }
            }
            if changed {
                updated.push(new);
            }
        }
        updated
    }

    /// Applies or dismisses the pending date review.
    pub(super) fn review_date_change(&mut self, update: bool) {
        let Some(review) = self.date_review.take() else {
            return;
        };
        if update {
            self.apply_edit(Edit::ReplaceEvents(review.updated));
        }
    }

    /// Removes an article as one undo step. Events accepted from it stay on the timeline; their
    /// quotes from it go with it.
    pub(super) fn remove_article(&mut self, id: ArticleId) {
        let Some(title) = self.project.article(id).map(|a| a.title.clone()) else {
            return;
        };
        let stripped: Vec<Event> = self
            .project
            .events
            .iter()
            .filter(|e| e.sources.iter().any(|s| s.article == id))
            .map(|e| {
                let mut event = e.clone();
                event.sources.retain(|s| s.article != id);
                event
            })
            .collect();
        let touched = stripped.len();
        let mut edits = Vec::new();
        if !stripped.is_empty() {
            edits.push(Edit::ReplaceEvents(stripped));
        }
        edits.push(Edit::RemoveArticles(vec![id]));
        self.apply_edit(Edit::Batch(edits));
        if self.view.reader_article == Some(id) {
            self.view.reader_article = self.project.articles.first().map(|a| a.id);
            self.view.reader_highlight = None;
        }
        if self
            .view
            .selected_suggestion
            .is_some_and(|k| k.article == id)
        {
            self.view.selected_suggestion = None;
        }
        let kept = if touched == 0 {
            String::new()
        } else {
            format!(" {touched} event(s) from it stay on the timeline without its quotes.")
        };
        self.notifications
            .info(format!("Removed “{title}”.{kept} Undo brings it back."));
    }
}
