//! `egui_kittest` flows that drive the real app state, asserting on the project at each step.

use std::path::Path;

use dateline::DatelineApp;
use dateline::command::{Answer, FileCommand, ModelCommand, ViewCommand};
use dateline::model::{Date, EventChange, Precision};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn app_harness(files: &[&Path]) -> Harness<'static, DatelineApp> {
    let files: Vec<_> = files.iter().map(|p| p.to_path_buf()).collect();
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1400.0, 860.0))
        // Frames a sixtieth of a second apart, so two clicks in a row are a double-click.
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| DatelineApp::new(cc, &files));
    harness.run_steps(3);
    harness
}

fn canvas_point(harness: &Harness<'_, DatelineApp>, fx: f32, fy: f32) -> Pos2 {
    let rect = harness
        .get_by_label(dateline::ui::timeline_view::CANVAS_LABEL)
        .rect();
    rect.min + Vec2::new(rect.width() * fx, rect.height() * fy)
}

fn double_click(harness: &mut Harness<'_, DatelineApp>, pos: Pos2) {
    super::click_at_times(harness, pos, 2);
}

fn drag(harness: &mut Harness<'_, DatelineApp>, from: Pos2, to: Pos2) {
    harness.drag_at(from);
    harness.run_steps(1);
    for step in 1..=6 {
        harness.hover_at(from + (to - from) * (step as f32 / 6.0));
        harness.run_steps(1);
    }
    harness.drop_at(to);
    harness.run_steps(2);
}

fn type_into(harness: &mut Harness<'_, DatelineApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run_steps(1);
    harness.key_press(Key::Enter);
    harness.run_steps(2);
}

fn only_event(harness: &Harness<'_, DatelineApp>) -> dateline::model::Event {
    let events = &harness.state().app().project().events;
    assert_eq!(events.len(), 1, "{events:#?}");
    events[0].clone()
}

#[test]
fn create_edit_drag_undo_redo_save_and_reopen() {
    let mut harness = app_harness(&[]);
    assert!(harness.state().app().project().events.is_empty());

    // Create an event by double-clicking the timeline.
    let where_clicked = canvas_point(&harness, 0.4, 0.25);
    double_click(&mut harness, where_clicked);
    let created = only_event(&harness);
    assert_eq!(created.title, "New event");
    assert_eq!(created.lane, harness.state().app().project().lanes[0].id);
    assert_eq!(
        harness.state().app().view().single_selection(),
        Some(created.id)
    );
    assert!(harness.state().app().is_dirty());
    assert!(harness.state().app().title().starts_with("● "));

    // Edit its title in the inspector.
    type_into(&mut harness, "Title", "Protests begin in Zhanaozen");
    assert_eq!(only_event(&harness).title, "Protests begin in Zhanaozen");

    // Drag its card to a later date.
    let card = harness.get_by_label("Protests begin in Zhanaozen").rect();
    let grab = card.left_center() + Vec2::new(20.0, 0.0);
    drag(&mut harness, grab, grab + Vec2::new(250.0, 0.0));
    let moved = only_event(&harness);
    assert!(
        moved.start > created.start,
        "{:?} should be later than {:?}",
        moved.start,
        created.start
    );
    assert_eq!(
        moved.start.precision(),
        created.start.precision(),
        "snapped to its precision"
    );

    // Undo puts it back, redo moves it again; one step per drag.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(only_event(&harness).start, created.start);
    assert_eq!(only_event(&harness).title, "Protests begin in Zhanaozen");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run_steps(2);
    assert_eq!(only_event(&harness).start, moved.start);

    // Save, then reopen in a fresh app: the same project.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kazakhstan.ron");
    harness
        .state_mut()
        .app_mut()
        .apply(FileCommand::SaveAs(path.clone()));
    harness.run_steps(1);
    assert!(!harness.state().app().is_dirty());
    assert!(!harness.state().app().title().contains('●'));
    let saved = harness.state().app().project().clone();
    drop(harness);

    let reopened = app_harness(&[&path]);
    assert_eq!(reopened.state().app().project().events, saved.events);
    assert_eq!(reopened.state().app().project().lanes, saved.lanes);
    assert_eq!(reopened.state().app().project_path(), Some(path.as_path()));
    assert!(!reopened.state().app().is_dirty());
    reopened.get_by_label("Protests begin in Zhanaozen");
}

#[test]
fn ranges_bc_dates_lanes_and_multi_select() {
    let mut harness = app_harness(&[]);
    let app = harness.state_mut().app_mut();
    let lane = app.project().lanes[0].id;
    app.apply(ModelCommand::CreateEvent {
        start: "-0043-03-15".parse().unwrap(),
        lane,
    });
    app.apply(ModelCommand::CreateEvent {
        start: "-0026".parse().unwrap(),
        lane,
    });
    app.apply(ModelCommand::AddLane);
    app.apply(ViewCommand::FitAll);
    harness.run_steps(3);
    assert_eq!(harness.state().app().project().lanes.len(), 2);

    // The second event (selected) becomes a range through the inspector.
    harness.get_by_label("Range (has an end)").click();
    harness.run_steps(2);
    type_into(&mut harness, "End", "0014-08-19");
    let second = harness.state().app().project().events[1].clone();
    assert_eq!(second.end.unwrap(), Date::from_ymd(14, 8, 19).unwrap());
    assert_eq!(second.start.precision(), Precision::Year);

    // Move it to the new lane with the lane box.
    let second_lane = harness.state().app().project().lanes[1].id;
    type_into(&mut harness, "Title", "Augustus");
    let moved = harness.state().app().project().events[1].id;
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::ChangeEvent {
            id: moved,
            change: EventChange::Lane(second_lane),
        });
    harness.state_mut().app_mut().apply(ViewCommand::FitAll);
    harness.run_steps(2);

    // Ctrl-click both cards, then delete them with the Delete key: one undo step restores both.
    harness.get_by_label("New event").click();
    harness.run_steps(1);
    harness
        .get_by_label("Augustus")
        .click_modifiers(Modifiers::COMMAND);
    harness.run_steps(1);
    assert_eq!(harness.state().app().view().selection.len(), 2);
    harness.key_press(Key::Delete);
    harness.run_steps(2);
    assert!(harness.state().app().project().events.is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().app().project().events.len(), 2);

    // Removing a lane keeps its events (moved to the neighbouring lane).
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::RemoveLane(second_lane));
    harness.run_steps(1);
    let project = harness.state().app().project();
    assert_eq!(project.lanes.len(), 1);
    assert_eq!(project.events.len(), 2);
    assert!(project.events.iter().all(|e| e.lane == lane));
}

#[test]
fn unsaved_work_is_guarded_and_bad_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(&bad, "(version: 1, title: \"x\", lanes: [").unwrap();
    let mut harness = app_harness(&[]);
    let lane = harness.state().app().project().lanes[0].id;
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::CreateEvent {
            start: "2022-01-06".parse().unwrap(),
            lane,
        });
    harness.run_steps(1);

    // Opening another project with unsaved work asks first; Cancel keeps everything.
    harness
        .state_mut()
        .app_mut()
        .apply(FileCommand::Open(bad.clone()));
    harness.run_steps(2);
    harness.get_by_label("Save changes?");
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(harness.state().app().pending().is_none());
    assert_eq!(harness.state().app().project().events.len(), 1);

    // "Don't save" goes ahead; the broken file is reported and the current project stays open.
    harness
        .state_mut()
        .app_mut()
        .apply(FileCommand::Open(bad.clone()));
    harness.run_steps(2);
    harness.get_by_label("Don't save").click();
    harness.run_steps(2);
    assert_eq!(harness.state().app().project().events.len(), 1);
    let message = &harness
        .state()
        .app()
        .notifications()
        .items()
        .last()
        .unwrap()
        .text;
    assert!(
        message.contains("broken.ron") && message.contains("line 1"),
        "{message}"
    );

    // A failed save is shown and leaves the old file intact.
    let good = dir.path().join("good.ron");
    harness
        .state_mut()
        .app_mut()
        .apply(FileCommand::SaveAs(good.clone()));
    let before = std::fs::read(&good).unwrap();
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::CreateEvent {
            start: "2022-01-07".parse().unwrap(),
            lane,
        });
    harness
        .state_mut()
        .app_mut()
        .apply(FileCommand::SaveAs(good.join("impossible.ron")));
    harness.run_steps(2);
    assert_eq!(std::fs::read(&good).unwrap(), before);
    assert!(harness.state().app().is_dirty());
    let message = &harness
        .state()
        .app()
        .notifications()
        .items()
        .last()
        .unwrap()
        .text;
    assert!(message.contains("cannot save project"), "{message}");
}

#[test]
fn drags_move_selections_across_lanes_and_resize_ranges() {
    let mut harness = app_harness(&[]);
    let app = harness.state_mut().app_mut();
    let first_lane = app.project().lanes[0].id;
    app.apply(ModelCommand::AddLane);
    let second_lane = app.project().lanes[1].id;
    app.apply(ModelCommand::CreateEvent {
        start: "2022-01-02".parse().unwrap(),
        lane: first_lane,
    });
    app.apply(ModelCommand::CreateEvent {
        start: "2022-01-20".parse().unwrap(),
        lane: first_lane,
    });
    let range = app.project().events[1].id;
    app.apply(ModelCommand::ChangeEvent {
        id: range,
        change: EventChange::Title("Curfew".into()),
    });
    app.apply(ModelCommand::ChangeEvent {
        id: range,
        change: EventChange::End("2022-01-26".parse().unwrap()),
    });
    app.apply(ViewCommand::Select(None));
    app.apply(ViewCommand::FitAll);
    harness.run_steps(3);
    let before = harness.state().app().project().events.clone();

    // Resize the range by dragging its right end: the end moves, the start stays.
    let curfew = harness.get_by_label("Curfew").rect();
    let layout_bar_end = {
        let view = harness.state().app().view().time_view;
        let canvas = harness
            .get_by_label(dateline::ui::timeline_view::CANVAS_LABEL)
            .rect();
        let axis = dateline::timeline::TimeAxis::new(
            view,
            f64::from(canvas.left()),
            f64::from(canvas.width()),
        );
        axis.x_from_days(before[1].end.unwrap().end_days()) as f32
    };
    let grab = Pos2::new(layout_bar_end - 1.0, curfew.center().y);
    drag(&mut harness, grab, grab + Vec2::new(60.0, 0.0));
    let resized = harness.state().app().project().events[1].clone();
    assert_eq!(resized.start, before[1].start);
    assert!(
        resized.end.unwrap() > before[1].end.unwrap(),
        "{:?}",
        resized.end
    );

    // Select both, drag one onto the second lane: both move by the same dates, the grabbed one changes lane.
    harness.get_by_label("New event").click();
    harness.run_steps(1);
    harness
        .get_by_label("Curfew")
        .click_modifiers(Modifiers::SHIFT);
    harness.run_steps(1);
    assert_eq!(harness.state().app().view().selection.len(), 2);
    let new_event = harness.get_by_label("New event").rect();
    let second_lane_y = {
        let canvas = harness
            .get_by_label(dateline::ui::timeline_view::CANVAS_LABEL)
            .rect();
        // Lanes stack under the axis; the second lane sits below the first lane's cards.
        canvas.bottom() - 30.0
    };
    let grab = new_event.left_center() + Vec2::new(15.0, 0.0);
    drag(&mut harness, grab, Pos2::new(grab.x + 120.0, second_lane_y));
    let events = &harness.state().app().project().events;
    let shift = events[0].start.start_days() - before[0].start.start_days();
    assert!(shift > 0.0, "moved later");
    let other_shift = events[1].start.start_days() - resized.start.start_days();
    assert!(
        (other_shift - shift).abs() < 1e-9,
        "moved together: {other_shift} vs {shift}"
    );
    assert_eq!(events[0].lane, second_lane, "the grabbed card changed lane");
    assert_eq!(events[1].lane, first_lane);

    // One undo step per drag.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().app().project().events[0], before[0]);
    assert_eq!(harness.state().app().project().events[1], resized);
}

#[test]
fn unsaved_work_survives_a_crash() {
    let recovery_dir = tempfile::tempdir().unwrap();
    let mut crashed = app_harness(&[]);
    crashed
        .state_mut()
        .app_mut()
        .set_recovery_dir(recovery_dir.path().to_owned());
    let lane = crashed.state().app().project().lanes[0].id;
    crashed
        .state_mut()
        .app_mut()
        .apply(ModelCommand::CreateEvent {
            start: "2022-01-06".parse().unwrap(),
            lane,
        });
    let meta_written = || {
        std::fs::read_dir(recovery_dir.path())
            .unwrap()
            .any(|e| e.unwrap().path().to_string_lossy().ends_with(".meta.ron"))
    };
    // Not due yet: the first copy waits for the autosave interval, then comes without any input.
    let now = std::time::Instant::now();
    crashed.state_mut().app_mut().autosave(now, false);
    crashed.state_mut().app_mut().finish_autosave();
    assert!(!meta_written());
    crashed
        .state_mut()
        .app_mut()
        .autosave(now + std::time::Duration::from_secs(31), false);
    crashed.state_mut().app_mut().finish_autosave();
    assert!(meta_written(), "a recovery copy was written");
    let unsaved = crashed.state().app().project().clone();
    drop(crashed); // As if killed: no save, no clean exit.

    let mut next = app_harness(&[]);
    next.state_mut()
        .app_mut()
        .set_recovery_dir(recovery_dir.path().to_owned());
    next.run_steps(2);
    next.get_by_label("Restore unsaved work?");
    next.get_by_label("Restore").click();
    next.run_steps(2);
    assert_eq!(next.state().app().project().events, unsaved.events);
    assert!(
        next.state().app().is_dirty(),
        "restored work is still unsaved"
    );
    assert!(next.state().app().offered_recovery().is_none());
}

#[test]
fn export_runs_in_the_background_and_reports_the_file() {
    let mut harness = app_harness(&[Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/history-v1.ron"
    ))]);
    let dir = tempfile::tempdir().unwrap();
    // The export window opens from the File menu.
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Export…").click();
    harness.run_steps(2);
    harness.get_by_label("Export timeline");
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(harness.query_by_label("Export timeline").is_none());

    let svg = dir.path().join("history.svg");
    let format = dateline::export::ExportFormat::Svg;
    let options = dateline::export::ExportOptions::default();
    harness.state_mut().app_mut().apply(FileCommand::ExportTo {
        path: svg.clone(),
        format,
        options: options.clone(),
    });
    harness.state_mut().app_mut().finish_background_work();
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.starts_with("<svg") || text.starts_with("<?xml"),
        "{}",
        &text[..80.min(text.len())]
    );
    assert!(text.contains("Assassination of Julius Caesar"));
    let note = &harness
        .state()
        .app()
        .notifications()
        .items()
        .last()
        .unwrap()
        .text;
    assert!(
        note.contains("Exported") && note.contains("history.svg"),
        "{note}"
    );

    // A failed export is reported and writes nothing.
    let bad = dir.path().join("missing-folder").join("x.svg");
    harness.state_mut().app_mut().apply(FileCommand::ExportTo {
        path: bad.clone(),
        format,
        options,
    });
    harness.state_mut().app_mut().finish_background_work();
    assert!(!bad.exists());
    let note = &harness
        .state()
        .app()
        .notifications()
        .items()
        .last()
        .unwrap()
        .text;
    assert!(note.starts_with("Export failed"), "{note}");
}

#[test]
fn lanes_taller_than_the_canvas_scroll_vertically() {
    let mut harness = app_harness(&[]);
    let lane = harness.state().app().project().lanes[0].id;
    for _ in 0..40 {
        harness
            .state_mut()
            .app_mut()
            .apply(ModelCommand::CreateEvent {
                start: "2022-01-06".parse().unwrap(),
                lane,
            });
    }
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::Select(None));
    harness.state_mut().app_mut().apply(ViewCommand::FitAll);
    harness.run_steps(3);
    let canvas = harness
        .get_by_label(dateline::ui::timeline_view::CANVAS_LABEL)
        .rect();
    let shown =
        |harness: &Harness<'_, DatelineApp>| harness.query_all_by_label("New event").count();
    let shown_before = shown(&harness);
    assert!(
        shown_before < 40,
        "40 stacked cards do not fit: {shown_before} shown"
    );
    let top_card_before = harness
        .query_all_by_label("New event")
        .map(|n| n.rect().top())
        .fold(f32::MAX, f32::min);
    let view_before = harness.state().app().view().time_view;
    let from = Pos2::new(canvas.left() + 8.0, canvas.bottom() - 20.0);
    drag(&mut harness, from, from - Vec2::new(0.0, 300.0));
    assert!(harness.state().app().view().lanes_scroll_points > 0.0);
    assert_eq!(
        harness.state().app().view().time_view,
        view_before,
        "a vertical drag does not pan in time"
    );
    let top_card_after = harness
        .query_all_by_label("New event")
        .map(|n| n.rect().top())
        .fold(f32::MAX, f32::min);
    assert!(shown(&harness) > 0);
    assert!(
        (top_card_after - top_card_before).abs() > 1.0 || shown(&harness) != shown_before,
        "the cards moved: {top_card_before} -> {top_card_after}"
    );
}

#[test]
fn saving_never_replaces_newer_or_damaged_files_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("story.ron");
    let project = dateline::model::Project {
        title: "Theirs".into(),
        ..Default::default()
    };
    dateline::model::project_file::save(&path, &project).unwrap();
    let mut harness = app_harness(&[&path]);
    let retitle = |harness: &mut Harness<'_, DatelineApp>, title: &str| {
        harness
            .state_mut()
            .app_mut()
            .apply(ModelCommand::RenameProject(title.into()));
        harness.run_steps(1);
    };
    let saved_title = |path: &Path| {
        dateline::model::project_file::load(path)
            .map(|p| p.title)
            .unwrap_or_default()
    };

    // A newer Dateline wrote the file meanwhile: Save asks, and Cancel leaves it alone.
    retitle(&mut harness, "Mine");
    let newer = "(version: 99, title: \"From the future\", lanes: [], hologram: true)";
    std::fs::write(&path, newer).unwrap();
    harness.state_mut().app_mut().apply(FileCommand::Save);
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label("Replace a file from a newer Dateline?")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("written by a newer Dateline (file format 99")
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(harness.state().app().overwrite_question().is_none());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    assert!(harness.state().app().is_dirty());

    // Asked again, "Replace it" saves.
    harness.state_mut().app_mut().apply(FileCommand::Save);
    harness.run_steps(2);
    harness.get_by_label("Replace it").click();
    harness.run_steps(2);
    assert_eq!(saved_title(&path), "Mine");
    assert!(!harness.state().app().is_dirty());

    // The file is as this app left it: saving again does not ask.
    retitle(&mut harness, "Mine again");
    harness.state_mut().app_mut().apply(FileCommand::Save);
    harness.run_steps(2);
    assert!(harness.state().app().overwrite_question().is_none());
    assert_eq!(saved_title(&path), "Mine again");

    // Damaged on disk, and "Save" in the quit question: asked; Cancel keeps both the file and the app.
    retitle(&mut harness, "Mine at last");
    std::fs::write(&path, "garbage").unwrap();
    harness.state_mut().app_mut().apply(FileCommand::Quit);
    harness.run_steps(1);
    harness
        .state_mut()
        .app_mut()
        .apply(Answer::ConfirmPending { save_first: true });
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label("Replace a file Dateline cannot read?")
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "garbage");
    assert!(harness.state().app().is_dirty());
    assert!(harness.state().app().overwrite_question().is_none());
}
