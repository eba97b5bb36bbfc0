//! `egui_kittest` flows that drive the real app headless, asserting on the project at each step.
//! One test binary, so the GUI stack is linked once.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on unexpected errors")]

mod article_flows;
mod big_project;
mod editing;
mod ui_flows;
