//! `egui_kittest` flows that drive the real app headless, asserting on the project at each step.
//! One test binary, so the GUI stack is linked once.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on unexpected errors")]

mod article_flows;
mod big_project;
mod desktop_tools;
mod editing;
mod reconcile_flows;
mod ui_flows;

use std::path::PathBuf;

use dateline::DatelineApp;
use dateline::command::FileCommand;
use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;

/// Real pointer clicks at `pos`: `count` of them a frame apart (two make a double-click), each a
/// press and a release, then a few frames for the app to apply what they did.
fn click_at_times(harness: &mut Harness<'_, DatelineApp>, pos: Pos2, count: usize) {
    harness.hover_at(pos);
    harness.run_steps(1);
    for _ in 0..count {
        for pressed in [true, false] {
            harness.event(Event::PointerButton {
                pos,
                button: PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        harness.step();
    }
    harness.run_steps(2);
}

/// One real pointer click at `pos`.
fn click_at(harness: &mut Harness<'_, DatelineApp>, pos: Pos2) {
    click_at_times(harness, pos, 1);
}

/// Adds article files as the window does (read on the worker, then applied), then runs `steps`
/// frames.
fn add_articles(harness: &mut Harness<'_, DatelineApp>, paths: Vec<PathBuf>, steps: usize) {
    harness
        .state_mut()
        .app_mut()
        .apply(FileCommand::AddArticles(paths));
    harness.state_mut().app_mut().finish_background_work();
    harness.run_steps(steps);
}
