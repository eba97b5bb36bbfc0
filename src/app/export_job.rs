//! Exports run on a worker thread, so a big PNG never freezes the window.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::export::{ExportFormat, ExportOptions, export_to_file};
use crate::model::Project;

/// An export in progress.
pub struct ExportJob {
    path: PathBuf,
    receiver: mpsc::Receiver<Result<(), String>>,
}

impl ExportJob {
    /// Starts exporting a snapshot of `project` to `path`; `ctx` is woken when it is done.
    ///
    /// # Errors
    /// When the worker thread cannot be started.
    pub fn start(
        project: Project,
        path: PathBuf,
        format: ExportFormat,
        options: ExportOptions,
        ctx: &egui::Context,
    ) -> std::io::Result<Self> {
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let target = path.clone();
        std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let result = export_to_file(&project, &target, format, &options)
                    .map_err(|err| format!("Export failed: {err:#}"));
                sender.send(result).ok();
                ctx.request_repaint();
            })?;
        Ok(Self { path, receiver })
    }

    /// The file being written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The outcome, once the export is over.
    pub fn poll(&self) -> Option<Result<(), String>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(
                "Export failed: the export stopped unexpectedly".to_owned(),
            )),
        }
    }

    /// Blocks until the export is over (for tests).
    ///
    /// # Errors
    /// The export's error message.
    pub fn wait(&self) -> Result<(), String> {
        self.receiver
            .recv()
            .unwrap_or_else(|_| Err("Export failed: the export stopped unexpectedly".to_owned()))
    }
}
