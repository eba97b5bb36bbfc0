//! Commands about articles and their suggestions: loading, dates, triage.

use std::path::PathBuf;

use super::Controller;
use super::article_loader::{ArticleLoader, LoadOutcome};
use super::suggestion_refresh::AfterRefresh;
use crate::import::{AcceptPolicy, add_articles};
use crate::model::{ArticleField, ArticleId, Date, DateSource, Edit, Event, EventId, LaneId};
use crate::state::DateReview;
use crate::suggestions::{
    SuggestionIndex, SuggestionKey, accepted_events, display_order, event_from, joined_event,
    next_after,
};

impl Controller {
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
        match ArticleLoader::start(paths, self.waker.clone()) {
            Ok(loader) => self.loader = Some(loader),
            Err(err) => self
                .notifications
                .error(format!("Cannot start reading articles: {err}")),
        }
    }

    /// Adds pasted text as an article (one undo step) and shows it in the reader.
    pub(super) fn add_pasted_article(&mut self, pasted: &crate::import::PastedArticle) {
        match crate::import::load_pasted(pasted) {
            Ok(loaded) => {
                let lane = self.project.lanes[0].id;
                let (edit, report) = add_articles(
                    &self.project,
                    &mut self.suggestions,
                    vec![loaded],
                    AcceptPolicy::None,
                    lane,
                );
                if !report.duplicates.is_empty() {
                    self.notifications
                        .info("That text is already in the project as an article.");
                }
                if let Some(edit) = edit {
                    self.apply_step(edit, "paste article", None);
                    if let Some(first) = report.added.first() {
                        self.view.reader_article = Some(*first);
                        self.view.reader_highlight = None;
                    }
                    self.view.fit_pending = true;
                }
            }
            Err(_) => self
                .notifications
                .error("The pasted text has nothing to read: paste an article's text first."),
        }
    }

    /// Adds what the loader read, as one undo step (nothing when cancelled).
    pub(super) fn finish_loader(&mut self, outcome: LoadOutcome) {
        if self.loader.take().is_none() {
            return;
        }
        for message in &outcome.failed {
            self.notifications.error(message.clone());
        }
        if outcome.cancelled {
            self.notifications
                .info("Adding articles cancelled: nothing was added.");
            return;
        }
        let lane = self.project.lanes[0].id;
        let (edit, report) = add_articles(
            &self.project,
            &mut self.suggestions,
            outcome.loaded,
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
            let label = if report.added.len() == 1 {
                "add article"
            } else {
                "add articles"
            };
            self.apply_step(edit, label, None);
            if let Some(first) = report.added.first() {
                self.view.reader_article = Some(*first);
                self.view.reader_highlight = None;
            }
            self.view.fit_pending = true;
        }
    }

    /// Whether an event of the project already came from this suggestion.
    fn is_accepted(&self, key: SuggestionKey) -> bool {
        SuggestionIndex::is_accepted(&self.project, key)
    }

    /// Accepts the group `key` is in as one event (one undo step), selects it and brings it into
    /// view; the next suggestion of the list is selected.
    pub(super) fn accept_suggestion(&mut self, key: SuggestionKey, lane: Option<LaneId>) {
        self.refresh_suggestions();
        let group = self
            .groups
            .iter()
            .find(|g| g.members.contains(&key))
            .filter(|_| !self.is_accepted(key))
            .cloned();
        let Some(group) = group else {
            self.notifications
                .error("That suggestion is no longer pending.");
            return;
        };
        let lane = lane
            .or(self.view.last_lane)
            .filter(|l| self.project.lane(*l).is_some())
            .unwrap_or(self.project.lanes[0].id);
        // Also reported by: the articles become sources of the event already on the timeline.
        if let Some(event) = joined_event(&self.project, &self.suggestions, &group) {
            let id = event.id;
            let before = self.shown_order();
            self.apply_step(Edit::ReplaceEvents(vec![event]), "add source", None);
            self.view.selection = [id].into();
            self.view.reveal = Some(id);
            self.drop_group_of(key);
            self.select_next_suggestion(&before, key);
            return;
        }
        let id = self.project.next_event_id();
        let Some(event) = self.event_for_group(&group.members, id, lane) else {
            self.notifications
                .error("This suggestion has no date yet: set the article's date first.");
            return;
        };
        let before = self.shown_order();
        self.apply_step(Edit::InsertEvents(vec![event]), "accept suggestion", None);
        self.view.selection = [id].into();
        self.view.last_lane = Some(lane);
        self.view.reveal = Some(id);
        self.drop_group_of(key);
        self.select_next_suggestion(&before, key);
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

    /// Accepts every pending group the list shows (its article filter) whose best suggestion is at
    /// least this confident, as one undo step.
    pub(super) fn accept_above(&mut self, min_confidence: f32) {
        // The rule must see every pending suggestion: while they are being worked out, it waits.
        if !self.suggestions_current() {
            self.after_refresh
                .push(AfterRefresh::AcceptAbove(min_confidence));
            return;
        }
        let lane = self
            .view
            .last_lane
            .filter(|l| self.project.lane(*l).is_some())
            .unwrap_or(self.project.lanes[0].id);
        let accepted = accepted_events(
            &self.project,
            &self.suggestions,
            &self.groups,
            AcceptPolicy::MinConfidence(min_confidence),
            &self.view.suggestion_filter,
            lane,
        );
        let (new, extended) = (accepted.new.len(), accepted.extended.len());
        if new + extended == 0 {
            self.notifications.info(format!(
                "No dated suggestion here is {:.0}% confident or more.",
                min_confidence * 100.0
            ));
        } else {
            self.apply_step(Edit::Batch(accepted.edits()), "accept suggestions", None);
            self.view.fit_pending = true;
            let message = match (new, extended) {
                (n, 0) => format!("Accepted {n} event(s)."),
                (0, e) => format!("Added sources to {e} event(s) already on the timeline."),
                (n, e) => format!(
                    "Accepted {n} event(s); added sources to {e} event(s) already on the timeline."
                ),
            };
            self.notifications.info(message);
        }
    }

    /// Rejects a pending suggestion and every report grouped with it (one undo step); the next
    /// row of the list is selected.
    pub(super) fn reject_suggestion(&mut self, key: SuggestionKey) {
        let before = self.shown_order();
        let members = self
            .groups
            .iter()
            .find(|g| g.members.contains(&key))
            .map_or_else(|| vec![key], |g| g.members.clone());
        let edits: Vec<Edit> = members
            .iter()
            .map(|m| Edit::SetRejected {
                article: m.article,
                span: m.span,
                rejected: true,
            })
            .collect();
        let edit = match <[Edit; 1]>::try_from(edits) {
            Ok([one]) => one,
            Err(edits) => Edit::Batch(edits),
        };
        self.apply_step(edit, "reject suggestion", None);
        self.drop_group_of(key);
        self.select_next_suggestion(&before, key);
    }

    /// The suggestions as the list shows them.
    fn shown_order(&self) -> Vec<SuggestionKey> {
        display_order(
            &self.suggestions,
            &self.groups,
            &self.view.suggestion_filter,
        )
    }

    /// After accepting or rejecting `key`, the row that followed it in the list is selected, so
    /// keyboard triage goes on down the list.
    fn select_next_suggestion(&mut self, before: &[SuggestionKey], key: SuggestionKey) {
        self.refresh_suggestions();
        let after = self.shown_order();
        self.view.selected_suggestion = next_after(before, &after, key);
    }

    /// Sets an article's date: pending suggestions move at once; accepted events that depended on
    /// it are listed for review instead of being changed silently.
    pub(super) fn set_article_date(&mut self, article: ArticleId, date: Option<Date>) {
        if self.project.article(article).is_none_or(|a| a.date == date) {
            return;
        }
        self.apply_step(
            Edit::SetArticleDate {
                article,
                date,
                source: date.map(|_| DateSource::Typed),
            },
            "set article date",
            None,
        );
        // Which accepted events move is known once the article's suggestions are worked out again.
        self.after_refresh.push(AfterRefresh::ReviewDates(article));
        if self.project.events.is_empty() {
            // Nothing on the timeline yet: show the days the suggestions now land on.
            self.view.fit_pending = true;
        }
        self.refresh_suggestions();
    }

    /// Gives several articles one date, as one undo step; their pending suggestions move, and the
    /// accepted events that depended on them are listed for review.
    pub(super) fn set_articles_date(&mut self, articles: &[ArticleId], date: Date) {
        let changed: Vec<ArticleId> = articles
            .iter()
            .copied()
            .filter(|id| {
                self.project
                    .article(*id)
                    .is_some_and(|a| a.date != Some(date))
            })
            .collect();
        if changed.is_empty() {
            return;
        }
        let edits = changed
            .iter()
            .map(|&article| Edit::SetArticleDate {
                article,
                date: Some(date),
                source: Some(DateSource::Typed),
            })
            .collect();
        self.apply_step(Edit::Batch(edits), "set article dates", None);
        for article in changed {
            self.after_refresh.push(AfterRefresh::ReviewDates(article));
        }
        if self.project.events.is_empty() {
            self.view.fit_pending = true;
        }
        self.refresh_suggestions();
    }

    /// Sets an article's outlet, author or address, as one undo step; nothing when unchanged.
    pub(super) fn set_article_info(
        &mut self,
        article: ArticleId,
        field: ArticleField,
        value: String,
    ) {
        let Some(current) = self.project.article(article) else {
            return;
        };
        let old = match field {
            ArticleField::Outlet => &current.outlet,
            ArticleField::Author => &current.author,
            ArticleField::Url => &current.url,
        };
        if *old == value {
            return;
        }
        let edit = Edit::SetArticleInfo {
            article,
            field,
            value,
        };
        let label = edit.label();
        self.apply_step(edit, label, None);
    }

    /// Asks about the accepted events the new date of `article` resolves differently.
    pub(super) fn review_dates(&mut self, article: ArticleId) {
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
            self.apply_step(
                Edit::ReplaceEvents(review.updated),
                "update event dates",
                None,
            );
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
        self.apply_step(Edit::Batch(edits), "remove article", None);
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
