//! Exports run on a worker, so a big PNG never freezes the window.

use std::path::{Path, PathBuf};

use super::worker::{Waker, Worker};
use crate::export::{ExportFormat, ExportOptions, export_to_file};
use crate::model::Project;

/// An export in progress.
pub struct ExportJob {
    path: PathBuf,
    worker: Worker<(), Result<Vec<PathBuf>, String>>,
}

impl ExportJob {
    /// Starts exporting a snapshot of `project` to `path`; `wake` is called when it is done.
    ///
    /// # Errors
    /// When the worker thread cannot be started.
    pub fn start(
        project: Project,
        path: PathBuf,
        format: ExportFormat,
        options: ExportOptions,
        wake: Waker,
    ) -> std::io::Result<Self> {
        let target = path.clone();
        let worker = Worker::spawn("export", wake, move |_| {
            export_to_file(&project, &target, format, &options)
                .map_err(|err| format!("Export failed: {err:#}"))
        })?;
        Ok(Self { path, worker })
    }

    /// The file being written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The outcome, once the export is over: the files written.
    pub fn poll(&mut self) -> Option<Result<Vec<PathBuf>, String>> {
        self.worker
            .poll()
            .map(|r| r.unwrap_or_else(|err| Err(format!("Export failed: {err}"))))
    }

    /// Blocks until the export is over (tests and scripted use).
    ///
    /// # Errors
    /// The export's error message.
    pub fn wait(&mut self) -> Result<Vec<PathBuf>, String> {
        self.worker
            .wait()
            .unwrap_or_else(|err| Err(format!("Export failed: {err}")))
    }
}
