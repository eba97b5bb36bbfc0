//! Working out the suggestions and their groups for the project as it is. Small projects do it at
//! once; when articles need tagging or there are many suggestions, a worker does it so no frame
//! waits (adding 60 long articles, or redoing that, used to freeze the window for seconds).

use super::Controller;
use super::worker::{Waker, Worker, WorkerLost};
use crate::model::Project;
use crate::suggestions::{SuggestionGroup, SuggestionIndex, group_pending};

/// Up to this many suggestions, and this much text to tag, a refresh runs on the UI thread: it takes
/// a few milliseconds.
const INLINE_SUGGESTIONS: usize = 3_000;
/// See [`INLINE_SUGGESTIONS`].
const INLINE_TAG_BYTES: usize = 64 * 1024;

/// Something that needs the suggestions of the project as it is, waiting for them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum AfterRefresh {
    /// Ask about the accepted events an article's new date moves.
    ReviewDates(crate::model::ArticleId),
    /// Accept all shown suggestions at least this confident.
    AcceptAbove(f32),
}

/// Suggestions and groups worked out for one revision of the project.
pub(super) struct Refreshed {
    index: SuggestionIndex,
    groups: Vec<SuggestionGroup>,
    revision: u64,
}

/// A refresh running on a worker.
pub(super) struct SuggestionRefresh {
    worker: Worker<(), Refreshed>,
}

impl SuggestionRefresh {
    fn start(
        mut index: SuggestionIndex,
        project: Project,
        revision: u64,
        wake: Waker,
    ) -> std::io::Result<Self> {
        let worker = Worker::spawn("suggestions", wake, move |_| {
            let groups = groups_for(&mut index, &project);
            Refreshed {
                index,
                groups,
                revision,
            }
        })?;
        Ok(Self { worker })
    }

    pub(super) fn poll(&mut self) -> Option<Result<Refreshed, WorkerLost>> {
        self.worker.poll()
    }

    pub(super) fn wait(&mut self) -> Result<Refreshed, WorkerLost> {
        self.worker.wait()
    }
}

/// Brings `index` in step with `project` and groups its pending suggestions.
fn groups_for(index: &mut SuggestionIndex, project: &Project) -> Vec<SuggestionGroup> {
    index.sync(project);
    let pending = index.pending(project);
    group_pending(index, &pending, project)
}

impl Controller {
    /// Brings suggestions and groups in step with the project when it changed: at once when that
    /// is quick, else on a worker (the list keeps showing the last groups meanwhile).
    pub fn refresh_suggestions(&mut self) {
        if self.groups_revision == Some(self.revision) || self.refresh.is_some() {
            return;
        }
        let quick = self.suggestions.bytes_to_tag(&self.project) <= INLINE_TAG_BYTES
            && self.suggestions.len() <= INLINE_SUGGESTIONS;
        if quick {
            self.groups = groups_for(&mut self.suggestions, &self.project);
            self.groups_revision = Some(self.revision);
            self.forget_stale_suggestion();
            self.run_after_refresh();
            return;
        }
        match SuggestionRefresh::start(
            self.suggestions.clone(),
            self.project.clone(),
            self.revision,
            self.waker.clone(),
        ) {
            Ok(refresh) => self.refresh = Some(refresh),
            Err(err) => {
                log::warn!("cannot work out suggestions in the background: {err}");
                self.groups = groups_for(&mut self.suggestions, &self.project);
                self.groups_revision = Some(self.revision);
            }
        }
    }

    /// Takes a background refresh's result; a later change starts the next one.
    pub(super) fn take_refresh(&mut self, result: Result<Refreshed, WorkerLost>) {
        match result {
            Ok(refreshed) => {
                self.suggestions.absorb(refreshed.index, &self.project);
                if refreshed.revision == self.revision {
                    self.groups = refreshed.groups;
                    self.groups_revision = Some(refreshed.revision);
                    self.forget_stale_suggestion();
                    self.run_after_refresh();
                    return;
                }
                // The project changed meanwhile: keep what still applies, work out the rest.
                let project = &self.project;
                self.groups = refreshed.groups;
                self.groups.retain(|g| {
                    g.members
                        .iter()
                        .all(|k| project.article(k.article).is_some())
                });
                self.forget_stale_suggestion();
            }
            Err(err) => {
                // Not again for this revision: the next change tries again.
                self.groups_revision = Some(self.revision);
                self.notifications
                    .error(format!("Working out suggestions failed: {err}"));
            }
        }
        self.refresh_suggestions();
    }

    /// Whether suggestions and groups are those of the project as it is.
    pub(super) fn suggestions_current(&self) -> bool {
        self.groups_revision == Some(self.revision)
    }

    /// Blocks until the suggestions are those of the project as it is (tests, scripted use).
    pub(super) fn finish_refresh(&mut self) {
        self.refresh_suggestions();
        while let Some(mut refresh) = self.refresh.take() {
            let result = refresh.wait();
            self.take_refresh(result);
        }
    }

    fn run_after_refresh(&mut self) {
        for waiting in std::mem::take(&mut self.after_refresh) {
            match waiting {
                AfterRefresh::ReviewDates(article) => self.review_dates(article),
                AfterRefresh::AcceptAbove(min) => self.accept_above(min),
            }
        }
    }

    /// Drops groups containing `key` from the list at once (it was accepted or rejected), before the
    /// refresh confirms it.
    pub(super) fn drop_group_of(&mut self, key: crate::suggestions::SuggestionKey) {
        self.groups.retain(|g| !g.members.contains(&key));
    }

    fn forget_stale_suggestion(&mut self) {
        if self
            .view
            .selected_suggestion
            .is_some_and(|key| !self.groups.iter().any(|g| g.members.contains(&key)))
        {
            self.view.selected_suggestion = None;
        }
    }
}
