//! Native file dialogs (rfd) on a worker, so the window keeps drawing while one is open.

use std::path::PathBuf;

use super::worker::{Waker, Worker};

/// What a dialog was for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Pick a project to open.
    OpenProject,
    /// Pick where to save the project.
    SaveProjectAs,
    /// Pick article files.
    OpenArticles,
    /// Pick where to export, in this format.
    Export(crate::export::ExportFormat),
}

/// A finished dialog: the chosen paths (empty when cancelled).
#[derive(Debug)]
pub struct DialogResult {
    /// What it was for.
    pub purpose: DialogPurpose,
    /// The chosen files.
    pub paths: Vec<PathBuf>,
}

/// Runs at most one dialog at a time and hands back its result.
#[derive(Default)]
pub struct FileDialogs {
    running: Option<Worker<(), DialogResult>>,
}

impl FileDialogs {
    /// Whether a dialog is open.
    pub fn is_open(&self) -> bool {
        self.running.is_some()
    }

    /// Opens a dialog on a worker; `wake` is called when it closes. Ignored while one is open.
    pub fn open(&mut self, purpose: DialogPurpose, suggested_name: &str, wake: Waker) {
        if self.is_open() {
            return;
        }
        let suggested_name = suggested_name.to_owned();
        match Worker::spawn("file-dialog", wake, move |_| DialogResult {
            purpose,
            paths: run_dialog(purpose, &suggested_name),
        }) {
            Ok(worker) => self.running = Some(worker),
            Err(err) => log::error!("cannot start the file dialog: {err}"),
        }
    }

    /// The result of the open dialog, once it has closed.
    pub fn poll(&mut self) -> Option<DialogResult> {
        let result = self.running.as_mut()?.poll()?;
        self.running = None;
        match result {
            Ok(result) => Some(result),
            Err(err) => {
                log::error!("the file dialog failed: {err}");
                None
            }
        }
    }
}

fn run_dialog(purpose: DialogPurpose, suggested_name: &str) -> Vec<PathBuf> {
    let project_dialog = || rfd::FileDialog::new().add_filter("Dateline project", &["ron"]);
    match purpose {
        DialogPurpose::OpenProject => project_dialog()
            .set_title("Open timeline")
            .pick_file()
            .into_iter()
            .collect(),
        DialogPurpose::SaveProjectAs => project_dialog()
            .set_title("Save timeline as")
            .set_file_name(suggested_name)
            .save_file()
            .map(|path| {
                if path.extension().is_none() {
                    path.with_extension("ron")
                } else {
                    path
                }
            })
            .into_iter()
            .collect(),
        DialogPurpose::Export(format) => rfd::FileDialog::new()
            .set_title("Export timeline")
            .add_filter(format.label(), &[format.extension()])
            .set_file_name(format!(
                "{}.{}",
                std::path::Path::new(suggested_name)
                    .file_stem()
                    .map_or_else(|| "timeline".into(), |s| s.to_string_lossy()),
                format.extension()
            ))
            .save_file()
            .into_iter()
            .collect(),
        DialogPurpose::OpenArticles => rfd::FileDialog::new()
            .set_title("Add articles")
            .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
            .add_filter("All files", &["*"])
            .pick_files()
            .unwrap_or_default(),
    }
}
