//! Reading and tagging article files on a worker, with progress and cancel.

use std::path::PathBuf;

use super::worker::{Waker, Worker, WorkerLost};
use crate::import::{LoadedArticle, load_article};

/// How far a batch is.
#[derive(Clone, Debug)]
pub struct LoadProgress {
    /// Files done so far.
    pub done: usize,
    /// The file being read.
    pub current: PathBuf,
}

/// What a batch read.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    /// The articles read, in order.
    pub loaded: Vec<LoadedArticle>,
    /// One message per file that could not be read; each names its file.
    pub failed: Vec<String>,
    /// Whether the user cancelled (then nothing is added).
    pub cancelled: bool,
}

/// A running batch.
pub struct ArticleLoader {
    worker: Worker<LoadProgress, LoadOutcome>,
    total: usize,
}

impl ArticleLoader {
    /// Starts reading `paths` on a worker; `wake` is called on every file.
    ///
    /// # Errors
    /// When the worker thread cannot be started.
    pub fn start(paths: Vec<PathBuf>, wake: Waker) -> std::io::Result<Self> {
        let total = paths.len();
        let worker = Worker::spawn("article-loader", wake, move |reporter| {
            let mut outcome = LoadOutcome::default();
            for (done, path) in paths.into_iter().enumerate() {
                if reporter.cancelled() {
                    break;
                }
                reporter.progress(LoadProgress {
                    done,
                    current: path.clone(),
                });
                match load_article(&path, None) {
                    Ok(article) => outcome.loaded.push(article),
                    Err(err) => outcome.failed.push(format!("{err:#}")),
                }
            }
            outcome.cancelled = reporter.cancelled();
            outcome
        })?;
        Ok(Self { worker, total })
    }

    /// Files in the batch.
    pub fn total(&self) -> usize {
        self.total
    }

    /// The latest progress.
    pub fn progress(&self) -> Option<&LoadProgress> {
        self.worker.progress()
    }

    /// Asks the worker to stop after the current file.
    pub fn cancel(&self) {
        self.worker.cancel();
    }

    /// The outcome, once the batch is over.
    pub fn poll(&mut self) -> Option<LoadOutcome> {
        self.worker.poll().map(Self::outcome)
    }

    /// Blocks until the batch is over (tests and scripted use).
    pub fn wait(&mut self) -> LoadOutcome {
        Self::outcome(self.worker.wait())
    }

    fn outcome(result: Result<LoadOutcome, WorkerLost>) -> LoadOutcome {
        result.unwrap_or_else(|err| LoadOutcome {
            failed: vec![format!("Reading articles failed: {err}")],
            ..LoadOutcome::default()
        })
    }
}
