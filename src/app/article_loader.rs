//! Reading and tagging article files on a worker thread, with progress and cancel.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use crate::import::{LoadedArticle, load_article};

/// A message from the worker.
#[derive(Debug)]
pub enum LoaderMessage {
    /// Starting on file `index` of `total`.
    Progress {
        /// Files done so far.
        done: usize,
        /// Files in the batch.
        total: usize,
        /// The file being read.
        current: PathBuf,
    },
    /// One file read and tagged.
    Loaded(Box<LoadedArticle>),
    /// One file could not be read; the message names it.
    Failed(String),
    /// The batch is over (finished or cancelled).
    Finished {
        /// Whether it was cancelled.
        cancelled: bool,
    },
}

/// A running batch.
pub struct ArticleLoader {
    receiver: mpsc::Receiver<LoaderMessage>,
    cancel: Arc<AtomicBool>,
    /// Files done so far.
    pub done: usize,
    /// Files in the batch.
    pub total: usize,
    /// The file being read.
    pub current: Option<PathBuf>,
    /// What has been read so far.
    pub loaded: Vec<LoadedArticle>,
    /// Errors so far.
    pub failed: Vec<String>,
}

impl ArticleLoader {
    /// Starts reading `paths` on a worker thread; `ctx` is woken for every message.
    ///
    /// # Errors
    /// When the worker thread cannot be started.
    pub fn start(paths: Vec<PathBuf>, ctx: &egui::Context) -> std::io::Result<Self> {
        let (sender, receiver) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let total = paths.len();
        let worker_cancel = Arc::clone(&cancel);
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("article-loader".into())
            .spawn(move || {
                let send = |message| {
                    sender.send(message).ok();
                    ctx.request_repaint();
                };
                for (done, path) in paths.into_iter().enumerate() {
                    if worker_cancel.load(Ordering::Relaxed) {
                        send(LoaderMessage::Finished { cancelled: true });
                        return;
                    }
                    send(LoaderMessage::Progress {
                        done,
                        total,
                        current: path.clone(),
                    });
                    match load_article(&path, None) {
                        Ok(article) => send(LoaderMessage::Loaded(Box::new(article))),
                        Err(err) => send(LoaderMessage::Failed(format!("{err:#}"))),
                    }
                }
                send(LoaderMessage::Finished {
                    cancelled: worker_cancel.load(Ordering::Relaxed),
                });
            })?;
        Ok(Self {
            receiver,
            cancel,
            done: 0,
            total,
            current: None,
            loaded: Vec::new(),
            failed: Vec::new(),
        })
    }

    /// Asks the worker to stop after the current file.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Takes the worker's messages; `Some(cancelled)` once the batch is over.
    pub fn poll(&mut self) -> Option<bool> {
        while let Ok(message) = self.receiver.try_recv() {
            if let Some(cancelled) = self.handle(message) {
                return Some(cancelled);
            }
        }
        None
    }

    /// Blocks until the batch is over (for tests); returns whether it was cancelled.
    pub fn wait(&mut self) -> bool {
        while let Ok(message) = self.receiver.recv() {
            if let Some(cancelled) = self.handle(message) {
                return cancelled;
            }
        }
        true
    }

    fn handle(&mut self, message: LoaderMessage) -> Option<bool> {
        match message {
            LoaderMessage::Progress {
                done,
                total,
                current,
            } => {
                self.done = done;
                self.total = total;
                self.current = Some(current);
            }
            LoaderMessage::Loaded(article) => {
                self.done += 1;
                self.loaded.push(*article);
            }
            LoaderMessage::Failed(message) => {
                self.done += 1;
                self.failed.push(message);
            }
            LoaderMessage::Finished { cancelled } => return Some(cancelled),
        }
        None
    }
}
