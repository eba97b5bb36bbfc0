//! Edits: the only way a project changes. Each applied edit returns its inverse, which is how undo works.

use super::{
    Article, ArticleField, ArticleId, CharSpan, Date, DateSource, Event, EventId, Lane, LaneId,
    Project,
};

/// One change to a project. [`Project::apply`] performs it and returns the edit that undoes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Insert new events (ids must be unused).
    InsertEvents(Vec<Event>),
    /// Remove events by id.
    RemoveEvents(Vec<EventId>),
    /// Replace events with new versions of the same ids (title, dates, lane, anything).
    ReplaceEvents(Vec<Event>),
    /// Insert a lane at a display position.
    InsertLane {
        /// The new lane.
        lane: Lane,
        /// Where it goes (clamped to the lane count).
        index: usize,
    },
    /// Remove a lane, moving its events to another lane so none is lost.
    RemoveLane {
        /// The lane to remove.
        id: LaneId,
        /// Where its events go; required when it has events.
        events_to: Option<LaneId>,
    },
    /// Rename or recolour a lane.
    UpdateLane(Lane),
    /// Move a lane to another display position.
    MoveLane {
        /// The lane to move.
        id: LaneId,
        /// Its new position (clamped).
        to_index: usize,
    },
    /// Rename the project.
    SetTitle(String),
    /// Embed articles (ids must be unused).
    InsertArticles(Vec<Article>),
    /// Remove embedded articles (events keep their quoted sentences).
    RemoveArticles(Vec<ArticleId>),
    /// Set or clear an article's date (relative dates resolve against it).
    SetArticleDate {
        /// The article.
        article: ArticleId,
        /// Its new date.
        date: Option<Date>,
        /// Where the new date comes from (typed, for a date the user sets).
        source: Option<DateSource>,
    },
    /// Set an article's outlet, author or address (empty: unknown).
    SetArticleInfo {
        /// The article.
        article: ArticleId,
        /// Which of them.
        field: ArticleField,
        /// Its new value.
        value: String,
    },
    /// Reject a suggestion (or restore it, with `rejected: false`).
    SetRejected {
        /// The article the suggestion is in.
        article: ArticleId,
        /// The span of its date expression.
        span: CharSpan,
        /// Rejected or restored.
        rejected: bool,
    },
    /// Split a suggestion off the reports it was grouped with (or group it again, with
    /// `standalone: false`).
    SetStandalone {
        /// The article the suggestion is in.
        article: ArticleId,
        /// The span of its date expression.
        span: CharSpan,
        /// Kept apart or grouped again.
        standalone: bool,
    },
    /// Several edits as one undo step (applied in order, undone in reverse).
    Batch(Vec<Edit>),
}

/// An edit that does not fit the project it was applied to (a stale id, a duplicate id, …).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The event id is not in the project.
    #[error("no event with id {0}")]
    NoSuchEvent(u64),
    /// The event id is already taken.
    #[error("an event with id {0} already exists")]
    DuplicateEvent(u64),
    /// The lane id is not in the project.
    #[error("no lane with id {0}")]
    NoSuchLane(u64),
    /// The lane id is already taken.
    #[error("a lane with id {0} already exists")]
    DuplicateLane(u64),
    /// A lane with events was removed without saying where they go.
    #[error("lane {0} still has events: choose a lane to move them to")]
    LaneNotEmpty(u64),
    /// The last lane cannot be removed.
    #[error("a timeline needs at least one lane")]
    LastLane,
    /// The article id is not in the project.
    #[error("no article with id {0}")]
    NoSuchArticle(u64),
    /// The article id is already taken.
    #[error("an article with id {0} already exists")]
    DuplicateArticle(u64),
}

impl Edit {
    /// A short description for the Undo/Redo menu items ("Undo Move event").
    pub fn label(&self) -> &'static str {
        match self {
            Edit::InsertEvents(events) if events.len() == 1 => "add event",
            Edit::InsertEvents(_) => "add events",
            Edit::RemoveEvents(_) => "delete",
            Edit::ReplaceEvents(_) => "edit event",
            Edit::InsertLane { .. } => "add lane",
            Edit::RemoveLane { .. } => "remove lane",
            Edit::UpdateLane(_) => "edit lane",
            Edit::MoveLane { .. } => "move lane",
            Edit::SetTitle(_) => "rename timeline",
            Edit::InsertArticles(_) => "add articles",
            Edit::RemoveArticles(_) => "remove articles",
            Edit::SetArticleDate { .. } => "set article date",
            Edit::SetArticleInfo {
                field: ArticleField::Outlet,
                ..
            } => "set article outlet",
            Edit::SetArticleInfo {
                field: ArticleField::Author,
                ..
            } => "set article author",
            Edit::SetArticleInfo {
                field: ArticleField::Url,
                ..
            } => "set article address",
            Edit::SetRejected { rejected: true, .. } => "reject suggestion",
            Edit::SetRejected {
                rejected: false, ..
            } => "restore suggestion",
            Edit::SetStandalone {
                standalone: true, ..
            } => "split off report",
            Edit::SetStandalone {
                standalone: false, ..
            } => "group report again",
            Edit::Batch(edits) => edits.first().map_or("change", Edit::label),
        }
    }
}

impl Project {
    /// Applies an edit and returns its inverse. On error the project is unchanged.
    ///
    /// # Errors
    /// [`EditError`] when the edit does not fit the project (unknown or duplicate ids, a lane that
    /// still has events, the last lane).
    ///
    /// ```
    /// use dateline::model::{Date, Edit, Event, EventId, Project};
    /// let mut project = Project::default();
    /// let lane = project.lanes[0].id;
    /// let event = Event::new(EventId(1), "Protests begin", "2022-01-02".parse()?, lane);
    /// let undo = project.apply(Edit::InsertEvents(vec![event]))?;
    /// assert_eq!(project.events.len(), 1);
    /// project.apply(undo)?;
    /// assert!(project.events.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        let mut scratch = self.clone_if_batch(&edit);
        let inverse = match scratch.as_mut() {
            Some(copy) => copy.apply_inner(edit)?,
            None => self.apply_inner(edit)?,
        };
        if let Some(copy) = scratch {
            *self = copy;
        }
        Ok(inverse)
    }

    /// Batches touch several parts; run them on a copy so a failure half-way leaves `self` unchanged.
    fn clone_if_batch(&self, edit: &Edit) -> Option<Project> {
        matches!(edit, Edit::Batch(_)).then(|| self.clone())
    }

    fn apply_inner(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::InsertEvents(events) => self.insert_events(events),
            Edit::RemoveEvents(ids) => self.remove_events(&ids),
            Edit::ReplaceEvents(events) => self.replace_events(events),
            Edit::InsertLane { lane, index } => {
                if self.lane(lane.id).is_some() {
                    return Err(EditError::DuplicateLane(lane.id.0));
                }
                let id = lane.id;
                self.lanes.insert(index.min(self.lanes.len()), lane);
                Ok(Edit::RemoveLane {
                    id,
                    events_to: None,
                })
            }
            Edit::RemoveLane { id, events_to } => self.remove_lane(id, events_to),
            Edit::UpdateLane(lane) => {
                let index = self
                    .lane_index(lane.id)
                    .ok_or(EditError::NoSuchLane(lane.id.0))?;
                Ok(Edit::UpdateLane(std::mem::replace(
                    &mut self.lanes[index],
                    lane,
                )))
            }
            Edit::MoveLane { id, to_index } => {
                let from = self.lane_index(id).ok_or(EditError::NoSuchLane(id.0))?;
                let lane = self.lanes.remove(from);
                self.lanes.insert(to_index.min(self.lanes.len()), lane);
                Ok(Edit::MoveLane { id, to_index: from })
            }
            Edit::SetTitle(title) => Ok(Edit::SetTitle(std::mem::replace(&mut self.title, title))),
            Edit::InsertArticles(articles) => self.insert_articles(articles),
            Edit::RemoveArticles(ids) => self.remove_articles(&ids),
            Edit::SetArticleDate {
                article,
                date,
                source,
            } => {
                let target = self.article_mut(article)?;
                let old = std::mem::replace(&mut target.date, date);
                let old_source = std::mem::replace(&mut target.date_source, source);
                Ok(Edit::SetArticleDate {
                    article,
                    date: old,
                    source: old_source,
                })
            }
            Edit::SetArticleInfo {
                article,
                field,
                value,
            } => {
                let target = self.article_mut(article)?;
                let slot = match field {
                    ArticleField::Outlet => &mut target.outlet,
                    ArticleField::Author => &mut target.author,
                    ArticleField::Url => &mut target.url,
                };
                let old = std::mem::replace(slot, value);
                Ok(Edit::SetArticleInfo {
                    article,
                    field,
                    value: old,
                })
            }
            Edit::SetRejected {
                article,
                span,
                rejected,
            } => {
                let target = self.article_mut(article)?;
                let position = target.rejected.binary_search(&span);
                match (position, rejected) {
                    (Err(index), true) => target.rejected.insert(index, span),
                    (Ok(index), false) => {
                        target.rejected.remove(index);
                    }
                    _ => {}
                }
                Ok(Edit::SetRejected {
                    article,
                    span,
                    rejected: !rejected,
                })
            }
            Edit::SetStandalone {
                article,
                span,
                standalone,
            } => {
                let target = self.article_mut(article)?;
                let position = target.standalone.binary_search(&span);
                let was = position.is_ok();
                match (position, standalone) {
                    (Err(index), true) => target.standalone.insert(index, span),
                    (Ok(index), false) => {
                        target.standalone.remove(index);
                    }
                    _ => {}
                }
                Ok(Edit::SetStandalone {
                    article,
                    span,
                    standalone: was,
                })
            }
            Edit::Batch(edits) => {
                let mut inverses = edits
                    .into_iter()
                    .map(|edit| self.apply_inner(edit))
                    .collect::<Result<Vec<_>, _>>()?;
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }

    fn insert_events(&mut self, events: Vec<Event>) -> Result<Edit, EditError> {
        for (i, event) in events.iter().enumerate() {
            if self.event_index(event.id).is_some() || events[..i].iter().any(|e| e.id == event.id)
            {
                return Err(EditError::DuplicateEvent(event.id.0));
            }
            if self.lane(event.lane).is_none() {
                return Err(EditError::NoSuchLane(event.lane.0));
            }
        }
        let ids = events.iter().map(|e| e.id).collect();
        self.events.extend(events);
        self.events.sort_by_key(|e| e.id);
        Ok(Edit::RemoveEvents(ids))
    }

    fn remove_events(&mut self, ids: &[EventId]) -> Result<Edit, EditError> {
        if let Some(missing) = ids.iter().find(|id| self.event_index(**id).is_none()) {
            return Err(EditError::NoSuchEvent(missing.0));
        }
        let (removed, kept) = std::mem::take(&mut self.events)
            .into_iter()
            .partition(|e| ids.contains(&e.id));
        self.events = kept;
        Ok(Edit::InsertEvents(removed))
    }

    fn replace_events(&mut self, events: Vec<Event>) -> Result<Edit, EditError> {
        let mut indices = Vec::with_capacity(events.len());
        for event in &events {
            indices.push(
                self.event_index(event.id)
                    .ok_or(EditError::NoSuchEvent(event.id.0))?,
            );
            if self.lane(event.lane).is_none() {
                return Err(EditError::NoSuchLane(event.lane.0));
            }
        }
        let old = events
            .into_iter()
            .zip(indices)
            .map(|(event, index)| std::mem::replace(&mut self.events[index], event))
            .collect();
        Ok(Edit::ReplaceEvents(old))
    }

    fn article_mut(&mut self, id: ArticleId) -> Result<&mut Article, EditError> {
        self.articles
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(EditError::NoSuchArticle(id.0))
    }

    fn insert_articles(&mut self, articles: Vec<Article>) -> Result<Edit, EditError> {
        for (i, article) in articles.iter().enumerate() {
            if self.article(article.id).is_some()
                || articles[..i].iter().any(|a| a.id == article.id)
            {
                return Err(EditError::DuplicateArticle(article.id.0));
            }
        }
        let ids = articles.iter().map(|a| a.id).collect();
        self.articles.extend(articles);
        self.articles.sort_by_key(|a| a.id);
        Ok(Edit::RemoveArticles(ids))
    }

    fn remove_articles(&mut self, ids: &[ArticleId]) -> Result<Edit, EditError> {
        if let Some(missing) = ids.iter().find(|id| self.article(**id).is_none()) {
            return Err(EditError::NoSuchArticle(missing.0));
        }
        let (removed, kept) = std::mem::take(&mut self.articles)
            .into_iter()
            .partition(|a| ids.contains(&a.id));
        self.articles = kept;
        Ok(Edit::InsertArticles(removed))
    }

    fn remove_lane(&mut self, id: LaneId, events_to: Option<LaneId>) -> Result<Edit, EditError> {
        let index = self.lane_index(id).ok_or(EditError::NoSuchLane(id.0))?;
        if self.lanes.len() == 1 {
            return Err(EditError::LastLane);
        }
        let moved: Vec<Event> = self
            .events
            .iter()
            .filter(|e| e.lane == id)
            .cloned()
            .collect();
        let mut inverse = Vec::new();
        if !moved.is_empty() {
            let target = events_to.ok_or(EditError::LaneNotEmpty(id.0))?;
            if target == id || self.lane(target).is_none() {
                return Err(EditError::NoSuchLane(target.0));
            }
            let retargeted = moved
                .iter()
                .map(|e| Event {
                    lane: target,
                    ..e.clone()
                })
                .collect();
            self.replace_events(retargeted)?;
            inverse.push(Edit::ReplaceEvents(moved));
        }
        let lane = self.lanes.remove(index);
        inverse.insert(0, Edit::InsertLane { lane, index });
        Ok(if inverse.len() == 1 {
            inverse.remove(0)
        } else {
            Edit::Batch(inverse)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Rgb};

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn two_lane_project() -> Project {
        let mut project = Project::default();
        project
            .apply(Edit::InsertLane {
                lane: Lane {
                    id: LaneId(2),
                    name: "Politics".into(),
                    color: Rgb::palette(1),
                },
                index: 1,
            })
            .unwrap();
        let events = vec![
            Event::new(
                EventId(1),
                "Caesar crosses the Rubicon",
                date("-0048"),
                LaneId(1),
            ),
            Event::new(EventId(2), "Ides of March", date("-0043-03-15"), LaneId(2)),
        ];
        project.apply(Edit::InsertEvents(events)).unwrap();
        project
            .apply(Edit::InsertArticles(vec![article(1)]))
            .unwrap();
        project
    }

    fn article(id: u64) -> Article {
        Article {
            id: ArticleId(id),
            title: format!("Article {id}"),
            file_name: format!("a{id}.txt"),
            original_path: String::new(),
            content_hash: String::new(),
            date: None,
            text: "On Sunday protests began.".into(),
            rejected: Vec::new(),
            standalone: Vec::new(),
            date_source: None,
            outlet: String::new(),
            author: String::new(),
            url: String::new(),
        }
    }

    #[test]
    fn every_edit_undoes_to_the_same_project() {
        let base = two_lane_project();
        let mut moved = base.events[0].clone();
        moved.start = date("-0049");
        moved.title = "Rubicon".into();
        let edits = vec![
            Edit::InsertEvents(vec![Event::new(EventId(3), "New", date("2022"), LaneId(1))]),
            Edit::RemoveEvents(vec![EventId(1)]),
            Edit::ReplaceEvents(vec![moved]),
            Edit::InsertLane {
                lane: Lane {
                    id: LaneId(9),
                    name: "X".into(),
                    color: Rgb::palette(2),
                },
                index: 0,
            },
            Edit::RemoveLane {
                id: LaneId(2),
                events_to: Some(LaneId(1)),
            },
            Edit::UpdateLane(Lane {
                id: LaneId(1),
                name: "Renamed".into(),
                color: Rgb::palette(5),
            }),
            Edit::MoveLane {
                id: LaneId(1),
                to_index: 1,
            },
            Edit::SetTitle("Rome".into()),
            Edit::InsertArticles(vec![article(2)]),
            Edit::RemoveArticles(vec![ArticleId(1)]),
            Edit::SetArticleDate {
                article: ArticleId(1),
                date: Some(date("2022-01-06")),
                source: Some(DateSource::Typed),
            },
            Edit::SetArticleInfo {
                article: ArticleId(1),
                field: ArticleField::Outlet,
                value: "The Steppe Herald".into(),
            },
            Edit::SetRejected {
                article: ArticleId(1),
                span: CharSpan { start: 3, end: 9 },
                rejected: true,
            },
            Edit::SetStandalone {
                article: ArticleId(1),
                span: CharSpan { start: 3, end: 9 },
                standalone: true,
            },
            Edit::Batch(vec![
                Edit::SetTitle("A".into()),
                Edit::RemoveEvents(vec![EventId(2)]),
            ]),
        ];
        for edit in edits {
            let mut project = base.clone();
            let inverse = project.apply(edit.clone()).unwrap();
            assert_ne!(project, base, "{edit:?} changed nothing");
            let redo = project.apply(inverse).unwrap();
            assert_eq!(
                project, base,
                "undo of {edit:?} did not restore the project"
            );
            project.apply(redo).unwrap();
            assert_ne!(project, base, "redo of {edit:?} did nothing");
        }
    }

    #[test]
    fn rejecting_twice_and_restoring_are_exact_inverses() {
        let mut project = two_lane_project();
        let span = CharSpan { start: 3, end: 9 };
        let reject = Edit::SetRejected {
            article: ArticleId(1),
            span,
            rejected: true,
        };
        let undo = project.apply(reject.clone()).unwrap();
        assert_eq!(project.articles[0].rejected, [span]);
        project.apply(undo).unwrap();
        assert!(project.articles[0].rejected.is_empty());
        let missing = Edit::SetArticleDate {
            article: ArticleId(5),
            date: None,
            source: None,
        };
        assert_eq!(
            project.apply(missing).unwrap_err(),
            EditError::NoSuchArticle(5)
        );
    }

    #[test]
    fn removing_a_lane_never_loses_events() {
        let mut project = two_lane_project();
        let err = project
            .apply(Edit::RemoveLane {
                id: LaneId(2),
                events_to: None,
            })
            .unwrap_err();
        assert_eq!(err, EditError::LaneNotEmpty(2));
        project
            .apply(Edit::RemoveLane {
                id: LaneId(2),
                events_to: Some(LaneId(1)),
            })
            .unwrap();
        assert_eq!(project.events.len(), 2);
        assert!(project.events.iter().all(|e| e.lane == LaneId(1)));
        assert_eq!(
            project
                .apply(Edit::RemoveLane {
                    id: LaneId(1),
                    events_to: None
                })
                .unwrap_err(),
            EditError::LastLane
        );
    }

    #[test]
    fn failed_batch_leaves_project_unchanged() {
        let mut project = two_lane_project();
        let before = project.clone();
        let batch = Edit::Batch(vec![
            Edit::SetTitle("changed".into()),
            Edit::RemoveEvents(vec![EventId(77)]),
        ]);
        assert_eq!(
            project.apply(batch).unwrap_err(),
            EditError::NoSuchEvent(77)
        );
        assert_eq!(project, before);
    }

    #[test]
    fn duplicate_and_dangling_ids_are_refused() {
        let mut project = two_lane_project();
        let dup = Event::new(EventId(1), "dup", date("2000"), LaneId(1));
        assert_eq!(
            project.apply(Edit::InsertEvents(vec![dup])).unwrap_err(),
            EditError::DuplicateEvent(1)
        );
        let orphan = Event::new(EventId(5), "orphan", date("2000"), LaneId(42));
        assert_eq!(
            project.apply(Edit::InsertEvents(vec![orphan])).unwrap_err(),
            EditError::NoSuchLane(42)
        );
        assert_eq!(project.next_event_id(), EventId(3));
    }

    #[test]
    fn summary_counts_and_spans_years() {
        let project = two_lane_project();
        assert_eq!(
            project.summary(),
            "2 events, 2 lanes, 1 article, 49 BC – 44 BC"
        );
        assert_eq!(Project::default().summary(), "0 events, 1 lane, 0 articles");
    }
}
