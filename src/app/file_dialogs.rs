//! Native file dialogs (rfd) on a worker thread, so the window keeps drawing while one is open.

use std::path::PathBuf;
use std::sync::mpsc;

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
pub struct FileDialogs {
    receiver: Option<mpsc::Receiver<DialogResult>>,
}

impl FileDialogs {
    /// No dialog open.
    pub fn new() -> Self {
        Self { receiver: None }
    }

    /// Whether a dialog is open.
    pub fn is_open(&self) -> bool {
        self.receiver.is_some()
    }

    /// Opens a dialog on a worker thread; `ctx` is woken when it closes. Ignored while one is open.
    pub fn open(&mut self, purpose: DialogPurpose, suggested_name: &str, ctx: &egui::Context) {
        if self.is_open() {
            return;
        }
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let suggested_name = suggested_name.to_owned();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let paths = run_dialog(purpose, &suggested_name);
                sender.send(DialogResult { purpose, paths }).ok();
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.receiver = Some(receiver),
            Err(err) => log::error!("cannot start the file dialog: {err}"),
        }
    }

    /// The result of the open dialog, once it has closed.
    pub fn poll(&mut self) -> Option<DialogResult> {
        let receiver = self.receiver.as_ref()?;
        match receiver.try_recv() {
            Ok(result) => {
                self.receiver = None;
                Some(result)
            }
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.receiver = None;
                None
            }
        }
    }
}

impl Default for FileDialogs {
    fn default() -> Self {
        Self::new()
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
