//! Crash recovery: a copy of unsaved work is written outside the user's file at most every
//! [`AUTOSAVE_SECONDS`] (and when the window loses focus); the next start offers to restore it.
//!
//! [`RecoveryWriter`] writes and removes the copy on a worker, one request after another in the
//! order asked, so a copy being written when the project is saved can never outlive the save.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::worker::{Waker, Worker};
use crate::model::{Project, project_file};

/// Longest time unsaved work goes without a recovery copy.
pub const AUTOSAVE_SECONDS: f64 = 30.0;

/// What is stored beside each recovery copy.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RecoveryMeta {
    /// The file the project belongs to, if it had been saved.
    pub original_path: Option<PathBuf>,
    /// When the copy was written (seconds since 1970).
    pub saved_at_secs: u64,
    /// The process that wrote it (a running process's copy is not offered).
    pub pid: u32,
}

/// A recovery copy found at start-up.
#[derive(Clone, Debug)]
pub struct Recovered {
    /// The unsaved project.
    pub project: Project,
    /// Where it came from.
    pub meta: RecoveryMeta,
    /// The copy itself, removed once the user decides.
    pub path: PathBuf,
}

/// The recovery copy of this session.
#[derive(Clone, Debug)]
pub struct RecoverySlot {
    dir: PathBuf,
    name: String,
}

impl RecoverySlot {
    /// This session's slot in `dir` (one per process).
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            name: format!("session-{}", std::process::id()),
        }
    }

    fn project_path(&self) -> PathBuf {
        self.dir.join(format!("{}.ron", self.name))
    }

    fn meta_path(&self) -> PathBuf {
        self.dir.join(format!("{}.meta.ron", self.name))
    }

    /// Writes the recovery copy atomically (the meta last, so a copy without meta is ignored).
    ///
    /// # Errors
    /// When the recovery folder cannot be written.
    pub fn write(&self, project: &Project, original_path: Option<&Path>) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let text = project_file::to_ron_string(project).map_err(std::io::Error::other)?;
        project_file::write_atomic(&self.project_path(), text.as_bytes())?;
        let meta = RecoveryMeta {
            original_path: original_path.map(Path::to_owned),
            saved_at_secs: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            pid: std::process::id(),
        };
        let meta_text = ron::to_string(&meta).map_err(std::io::Error::other)?;
        project_file::write_atomic(&self.meta_path(), meta_text.as_bytes())
    }

    /// Removes the recovery copy (after a save, or when the work is discarded on purpose).
    pub fn clear(&self) {
        std::fs::remove_file(self.meta_path()).ok();
        std::fs::remove_file(self.project_path()).ok();
    }
}

/// What the writer is asked to do.
enum Request {
    Write(Box<Project>, Option<PathBuf>),
    Clear,
}

/// Writes this session's recovery copy in the background, requests in order: while one runs, the
/// latest further request waits (an older waiting one is superseded).
pub struct RecoveryWriter {
    slot: RecoverySlot,
    running: Option<Worker<(), std::io::Result<()>>>,
    waiting: Option<Request>,
    /// Whether a copy may exist on disk (so clearing twice costs nothing).
    has_copy: bool,
    wake: Waker,
}

impl RecoveryWriter {
    /// A writer for this session's copy in `dir`.
    pub fn new(dir: PathBuf, wake: Waker) -> Self {
        Self {
            slot: RecoverySlot::new(dir),
            running: None,
            waiting: None,
            has_copy: false,
            wake,
        }
    }

    /// Asks for a copy of `project` (which belongs to `original`, if saved).
    pub fn write(&mut self, project: Project, original: Option<PathBuf>) {
        self.has_copy = true;
        self.request(Request::Write(Box::new(project), original));
    }

    /// Asks for the copy to be removed (the work was saved, discarded or undone).
    pub fn clear(&mut self) {
        if self.has_copy {
            self.has_copy = false;
            self.request(Request::Clear);
        }
    }

    fn request(&mut self, request: Request) {
        if self.running.is_some() {
            self.waiting = Some(request);
        } else {
            self.start(request);
        }
    }

    fn start(&mut self, request: Request) {
        let slot = self.slot.clone();
        let spawned = Worker::spawn("recovery", self.wake.clone(), move |_| match request {
            Request::Write(project, original) => slot.write(&project, original.as_deref()),
            Request::Clear => {
                slot.clear();
                Ok(())
            }
        });
        match spawned {
            Ok(worker) => self.running = Some(worker),
            Err(err) => log::warn!("cannot start writing the recovery copy: {err}"),
        }
    }

    /// Takes the finished request's outcome and starts the waiting one.
    pub fn poll(&mut self) {
        let Some(result) = self.running.as_mut().and_then(Worker::poll) else {
            return;
        };
        self.running = None;
        Self::report(result);
        if let Some(next) = self.waiting.take() {
            self.start(next);
        }
    }

    /// Blocks until every request so far is done (quitting, tests).
    pub fn flush(&mut self) {
        while let Some(mut running) = self.running.take() {
            Self::report(running.wait());
            if let Some(next) = self.waiting.take() {
                self.start(next);
            }
        }
    }

    fn report(result: Result<std::io::Result<()>, super::worker::WorkerLost>) {
        match result {
            Ok(Ok(())) => {}
            Ok(Err(err)) => log::warn!("cannot write the recovery copy: {err}"),
            Err(err) => log::warn!("cannot write the recovery copy: {err}"),
        }
    }
}

/// The newest recovery copy in `dir` left by a process that is no longer running, if any.
pub fn find(dir: &Path) -> Option<Recovered> {
    let entries = std::fs::read_dir(dir).ok()?;
    let mut found: Vec<Recovered> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".meta.ron"))
        .filter_map(|meta_path| {
            let meta: RecoveryMeta =
                ron::from_str(&std::fs::read_to_string(&meta_path).ok()?).ok()?;
            if meta.pid != std::process::id() && process_is_running(meta.pid) {
                return None;
            }
            let name = meta_path
                .file_name()?
                .to_string_lossy()
                .trim_end_matches(".meta.ron")
                .to_owned();
            let path = meta_path.with_file_name(format!("{name}.ron"));
            let project = project_file::load(&path).ok()?;
            Some(Recovered {
                project,
                meta,
                path,
            })
        })
        .collect();
    found.sort_by_key(|r| std::cmp::Reverse(r.meta.saved_at_secs));
    found.into_iter().next()
}

/// Removes a recovery copy the user has decided about.
pub fn discard(recovered: &Recovered) {
    std::fs::remove_file(&recovered.path).ok();
    let meta = recovered.path.with_extension("meta.ron");
    std::fs::remove_file(meta).ok();
}

/// Whether a process with this id runs (Linux: /proc; elsewhere assume not, so copies are offered).
fn process_is_running(pid: u32) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_copy_is_found_and_discarded() {
        let dir = tempfile::tempdir().unwrap();
        let slot = RecoverySlot {
            dir: dir.path().to_owned(),
            name: "session-crashed".into(),
        };
        let project = Project {
            title: "Unsaved work".into(),
            ..Project::default()
        };
        slot.write(&project, Some(Path::new("/tmp/timeline.ron")))
            .unwrap();
        // Written by this very process: still offered (it stands for a crashed earlier run here).
        let found = find(dir.path()).unwrap();
        assert_eq!(found.project, project);
        assert_eq!(
            found.meta.original_path.as_deref(),
            Some(Path::new("/tmp/timeline.ron"))
        );
        discard(&found);
        assert!(find(dir.path()).is_none());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_clear_asked_during_a_write_wins() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer =
            RecoveryWriter::new(dir.path().to_owned(), super::super::worker::no_waker());
        let big = Project {
            title: "x".repeat(1 << 20),
            ..Project::default()
        };
        writer.write(big, None);
        writer.clear();
        writer.flush();
        assert!(find(dir.path()).is_none());
        assert_eq!(std::fs::read_dir(dir.path()).map_or(0, Iterator::count), 0);
    }

    #[test]
    fn clearing_removes_the_copy_and_damaged_copies_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let slot = RecoverySlot::new(dir.path().to_owned());
        slot.write(&Project::default(), None).unwrap();
        slot.clear();
        assert!(find(dir.path()).is_none());
        std::fs::write(dir.path().join("x.meta.ron"), "garbage").unwrap();
        std::fs::write(dir.path().join("y.ron"), "(version: 1").unwrap();
        assert!(find(dir.path()).is_none());
    }
}
