//! Messages for the user: errors stay until dismissed, information fades after a few seconds.

/// How serious a notification is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Something worked ("Saved timeline.ron").
    Info,
    /// Something failed; the message says what and where.
    Error,
}

/// One message on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Notification {
    /// Identity, for dismissing.
    pub id: u64,
    /// How serious.
    pub level: Level,
    /// The text, already formatted with `{err:#}` for errors.
    pub text: String,
    /// When it appeared (egui time, seconds); info messages expire after [`INFO_SECONDS`].
    pub shown_at: f64,
}

/// How long an info message stays.
pub const INFO_SECONDS: f64 = 4.0;

/// The list of visible notifications.
#[derive(Clone, Debug, Default)]
pub struct Notifications {
    items: Vec<Notification>,
    next_id: u64,
    now: f64,
}

impl Notifications {
    /// Adds an error message (logged once here, then shown until dismissed).
    pub fn error(&mut self, text: impl Into<String>) {
        let text = text.into();
        log::error!("{text}");
        self.push(Level::Error, text);
    }

    /// Adds an information message.
    pub fn info(&mut self, text: impl Into<String>) {
        let text = text.into();
        log::info!("{text}");
        self.push(Level::Info, text);
    }

    fn push(&mut self, level: Level, text: String) {
        self.next_id += 1;
        self.items.push(Notification {
            id: self.next_id,
            level,
            text,
            shown_at: self.now,
        });
    }

    /// Advances the clock and drops expired info messages.
    pub fn tick(&mut self, now: f64) {
        self.now = now;
        self.items
            .retain(|n| n.level == Level::Error || now - n.shown_at < INFO_SECONDS);
    }

    /// Removes one message.
    pub fn dismiss(&mut self, id: u64) {
        self.items.retain(|n| n.id != id);
    }

    /// The visible messages, oldest first.
    pub fn items(&self) -> &[Notification] {
        &self.items
    }
}
