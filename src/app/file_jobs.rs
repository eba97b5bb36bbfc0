//! Saving and opening project files. A small project is saved or opened at once; a big one (many
//! long articles, tens of thousands of events) on a worker, so no frame waits for the disk or for
//! RON, and the window says what it is doing meanwhile.

use std::path::{Path, PathBuf};

use super::worker::{Waker, Worker, WorkerLost};
use crate::command::PendingAction;
use crate::model::{Project, ProjectFileError, project_file};

/// Projects (or files) smaller than this are saved (or read) on the UI thread: a few milliseconds.
pub const INLINE_BYTES: u64 = 2 << 20;

/// A rough size of a project's file, without writing it.
pub fn estimated_bytes(project: &Project) -> u64 {
    let text: usize = project.articles.iter().map(|a| a.text.len()).sum();
    let sources: usize = project
        .events
        .iter()
        .flat_map(|e| &e.sources)
        .map(|s| s.sentence.len())
        .sum();
    (text + sources + project.events.len() * 160) as u64
}

/// Whether a project file is small enough to read on the UI thread.
pub fn small_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() <= INLINE_BYTES)
}

/// What a save writes to and what follows it, whether it runs at once or on a worker.
pub struct SaveTarget {
    /// Where it goes.
    pub path: PathBuf,
    /// The history state the snapshot holds (what "saved" means once it is written).
    pub state_id: u64,
    /// What runs once it succeeded (quit, open another project…).
    pub then: Option<PendingAction>,
}

/// A save running on a worker.
pub struct SaveJob {
    worker: Worker<(), Result<(), ProjectFileError>>,
    /// Where it goes and what follows it.
    pub target: SaveTarget,
}

impl SaveJob {
    /// Starts writing `project` (a snapshot of history state `target.state_id`) to `target.path`.
    ///
    /// # Errors
    /// When the worker thread cannot be started.
    pub fn start(project: Project, target: SaveTarget, wake: Waker) -> std::io::Result<Self> {
        let path = target.path.clone();
        let worker = Worker::spawn("save", wake, move |_| project_file::save(&path, &project))?;
        Ok(Self { worker, target })
    }

    /// The outcome, once written.
    pub fn poll(&mut self) -> Option<Result<Result<(), ProjectFileError>, WorkerLost>> {
        self.worker.poll()
    }

    /// Blocks until written.
    ///
    /// # Errors
    /// [`WorkerLost`] when the worker panicked; the save's own error inside.
    pub fn wait(&mut self) -> Result<Result<(), ProjectFileError>, WorkerLost> {
        self.worker.wait()
    }
}

/// A project file being read on a worker.
pub struct OpenJob {
    worker: Worker<(), Result<Project, ProjectFileError>>,
    /// The file.
    pub path: PathBuf,
}

impl OpenJob {
    /// Starts reading `path`.
    ///
    /// # Errors
    /// When the worker thread cannot be started.
    pub fn start(path: PathBuf, wake: Waker) -> std::io::Result<Self> {
        let source = path.clone();
        let worker = Worker::spawn("open", wake, move |_| project_file::load(&source))?;
        Ok(Self { worker, path })
    }

    /// The project, once read.
    pub fn poll(&mut self) -> Option<Result<Result<Project, ProjectFileError>, WorkerLost>> {
        self.worker.poll()
    }

    /// Blocks until read.
    ///
    /// # Errors
    /// [`WorkerLost`] when the worker panicked; the read's own error inside.
    pub fn wait(&mut self) -> Result<Result<Project, ProjectFileError>, WorkerLost> {
        self.worker.wait()
    }
}
