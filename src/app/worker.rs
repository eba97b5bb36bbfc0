//! One small type for background work: a job on its own thread that reports progress, can be asked
//! to stop, and hands back its result. The app polls its workers from `App::logic`, which eframe runs
//! even while the window is hidden, so loading, exporting and autosaving never wait for a frame.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// Wakes the app when a worker has news (egui's `request_repaint`, which also runs `App::logic`).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// A waker that does nothing (tests and headless use poll or wait).
pub fn no_waker() -> Waker {
    Arc::new(|| {})
}

enum Message<P, R> {
    Progress(P),
    Done(R),
}

/// The worker thread stopped without a result (it panicked).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the background work stopped unexpectedly")]
pub struct WorkerLost;

/// What a job sees of its worker: report progress, check for cancellation.
pub struct Reporter<P, R> {
    sender: mpsc::Sender<Message<P, R>>,
    cancel: Arc<AtomicBool>,
    wake: Waker,
}

impl<P, R> Reporter<P, R> {
    /// Tells the app how far the job is.
    pub fn progress(&self, progress: P) {
        self.sender.send(Message::Progress(progress)).ok();
        (self.wake)();
    }

    /// Whether the user asked the job to stop.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// A job running on a worker thread, with its latest progress `P` and, once done, its result `R`.
pub struct Worker<P, R> {
    receiver: mpsc::Receiver<Message<P, R>>,
    cancel: Arc<AtomicBool>,
    progress: Option<P>,
}

impl<P: Send + 'static, R: Send + 'static> Worker<P, R> {
    /// Runs `job` on a new thread named `name`; `wake` is called on every progress report and when
    /// the job is done.
    ///
    /// # Errors
    /// When the thread cannot be started.
    pub fn spawn(
        name: &str,
        wake: Waker,
        job: impl FnOnce(&Reporter<P, R>) -> R + Send + 'static,
    ) -> std::io::Result<Self> {
        let (sender, receiver) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let reporter = Reporter {
            sender,
            cancel: Arc::clone(&cancel),
            wake,
        };
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let result = job(&reporter);
                reporter.sender.send(Message::Done(result)).ok();
                (reporter.wake)();
            })?;
        Ok(Self {
            receiver,
            cancel,
            progress: None,
        })
    }
}

impl<P, R> Worker<P, R> {
    /// Asks the job to stop (it checks [`Reporter::cancelled`] between steps).
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The latest progress reported.
    pub fn progress(&self) -> Option<&P> {
        self.progress.as_ref()
    }

    /// Takes the worker's news without blocking: the result once the job is done.
    pub fn poll(&mut self) -> Option<Result<R, WorkerLost>> {
        loop {
            match self.receiver.try_recv() {
                Ok(Message::Progress(progress)) => self.progress = Some(progress),
                Ok(Message::Done(result)) => return Some(Ok(result)),
                Err(mpsc::TryRecvError::Empty) => return None,
                Err(mpsc::TryRecvError::Disconnected) => return Some(Err(WorkerLost)),
            }
        }
    }

    /// Blocks until the job is done (tests, scripted use, and quitting).
    ///
    /// # Errors
    /// [`WorkerLost`] when the job panicked.
    pub fn wait(&mut self) -> Result<R, WorkerLost> {
        loop {
            match self.receiver.recv() {
                Ok(Message::Progress(progress)) => self.progress = Some(progress),
                Ok(Message::Done(result)) => return Ok(result),
                Err(_) => return Err(WorkerLost),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_then_result() {
        let mut worker: Worker<usize, &str> = Worker::spawn("test", no_waker(), |reporter| {
            for step in 0..3 {
                reporter.progress(step);
            }
            "done"
        })
        .unwrap();
        assert_eq!(worker.wait(), Ok("done"));
        assert_eq!(worker.progress(), Some(&2));
    }

    #[test]
    fn a_cancelled_job_sees_it_and_a_panic_is_reported() {
        let (go, wait) = mpsc::channel::<()>();
        let mut worker: Worker<(), bool> = Worker::spawn("test", no_waker(), move |reporter| {
            wait.recv().ok();
            reporter.cancelled()
        })
        .unwrap();
        worker.cancel();
        go.send(()).unwrap();
        assert_eq!(worker.wait(), Ok(true));
        let mut lost: Worker<(), ()> =
            Worker::spawn("test", no_waker(), |_| panic!("on purpose")).unwrap();
        assert_eq!(lost.wait(), Err(WorkerLost));
    }
}
