//! Editing you can trust: typed text is never lost, keys act where the user is, the timeline stays
//! visible whatever the panels do, one undo step per gesture, and recovery copies that tell the truth.
//! Each test reproduces a defect found by using the real window.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dateline::DatelineApp;
use dateline::command::{Answer, FileCommand, ModelCommand, ViewCommand};
use dateline::model::{Date, EventChange, EventId, LaneId, Precision, Rgb};
use dateline::timeline::TimeAxis;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::click_at;

fn harness_with(files: &[PathBuf], size: Vec2) -> Harness<'static, DatelineApp> {
    let files = files.to_vec();
    let mut harness = Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| DatelineApp::new(cc, &files));
    harness.run_steps(3);
    harness
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/kazakhstan-unrest.txt")
}

/// An app with two events on the first lane, the first selected.
fn two_events() -> Harness<'static, DatelineApp> {
    let mut harness = harness_with(&[], Vec2::new(1400.0, 860.0));
    let app = harness.state_mut().app_mut();
    let lane = app.project().lanes[0].id;
    for day in ["1989-11-09", "1990-10-03"] {
        app.apply(ModelCommand::CreateEvent {
            start: day.parse().unwrap(),
            lane,
        });
    }
    app.apply(ModelCommand::ChangeEvent {
        id: EventId(1),
        change: EventChange::Description("The border opens.".into()),
    });
    app.apply(ModelCommand::ChangeEvent {
        id: EventId(2),
        change: EventChange::Description("Reunification.".into()),
    });
    app.apply(ViewCommand::Select(Some(EventId(1))));
    app.apply(ViewCommand::FitAll);
    harness.run_steps(3);
    harness
}

fn event(harness: &Harness<'_, DatelineApp>, id: u64) -> dateline::model::Event {
    harness
        .state()
        .app()
        .project()
        .event(EventId(id))
        .unwrap()
        .clone()
}

/// Clicks a text field and types into it, without pressing Enter.
fn type_without_enter(harness: &mut Harness<'_, DatelineApp>, label: &str, text: &str) {
    let role = if label == "Description" {
        Role::MultilineTextInput
    } else {
        Role::TextInput
    };
    harness.get_by_role_and_label(role, label).click();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run_steps(1);
}

/// Three article files in `dir` of about `bytes` each, made of `sentence(article, i)` repeated.
fn long_articles(
    dir: &Path,
    bytes: usize,
    sentence: impl Fn(usize, usize) -> String,
) -> Vec<PathBuf> {
    (0..3)
        .map(|n| {
            let mut text = String::from("Long report\n\n");
            let mut i = 0;
            while text.len() < bytes {
                text.push_str(&sentence(n, i));
                i += 1;
            }
            let path = dir.join(format!("report-{n}.txt"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

fn canvas(harness: &Harness<'_, DatelineApp>) -> egui::Rect {
    harness
        .get_by_label(dateline::ui::timeline_view::CANVAS_LABEL)
        .rect()
}

#[test]
fn typed_text_survives_a_click_on_circa_range_colour_or_another_card() {
    let mut harness = two_events();
    type_without_enter(&mut harness, "Title", "The Wall falls");
    harness.get_by_label("Circa (approximate)").click();
    harness.run_steps(3);
    let first = event(&harness, 1);
    assert_eq!(
        first.title, "The Wall falls",
        "the click on Circa kept the title"
    );
    assert!(first.start.circa());

    type_without_enter(
        &mut harness,
        "Description",
        "Crowds cross at Bornholmer Strasse.",
    );
    harness.get_by_label("Range (has an end)").click();
    harness.run_steps(3);
    let first = event(&harness, 1);
    assert_eq!(first.description, "Crowds cross at Bornholmer Strasse.");
    assert!(first.end.is_some());

    type_without_enter(&mut harness, "Title", "The Berlin Wall falls");
    harness.get_by_label("Own colour").click();
    harness.run_steps(3);
    let first = event(&harness, 1);
    assert_eq!(first.title, "The Berlin Wall falls");
    assert!(first.color.is_some());

    // Typing, then clicking the other card: the text goes to the event it was typed for.
    type_without_enter(&mut harness, "Title", "Fall of the Wall");
    let other = harness.get_by_label("New event").rect();
    click_at(&mut harness, other.left_center() + Vec2::new(12.0, 0.0));
    assert_eq!(event(&harness, 1).title, "Fall of the Wall");
    assert_eq!(event(&harness, 2).title, "New event");
    assert_eq!(
        harness.state().app().view().single_selection(),
        Some(EventId(2))
    );

    // Typing, then saving with Ctrl+S: the saved file has the typed text.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wall.ron");
    harness
        .state_mut()
        .app_mut()
        .apply(FileCommand::SaveAs(path.clone()));
    type_without_enter(&mut harness, "Title", "German reunification");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(2);
    let saved = dateline::model::project_file::load(&path).unwrap();
    assert_eq!(
        saved.event(EventId(2)).unwrap().title,
        "German reunification"
    );
    assert!(!harness.state().app().is_dirty());
}

#[test]
fn inside_a_text_field_keys_edit_the_text_only() {
    let mut harness = two_events();
    // Edit the first event's description, then the second's.
    type_without_enter(&mut harness, "Description", "Typed for the first.");
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::Select(Some(EventId(2))));
    harness.run_steps(2);
    type_without_enter(&mut harness, "Description", "Typed for the second.");
    let before = harness.state().app().project().clone();
    let undo_steps = before.events.len();
    // Ctrl+Z, Ctrl+Y, Delete, Enter-free keys and F all stay inside the field.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run_steps(1);
    harness.key_press(Key::Delete);
    harness.key_press(Key::F);
    harness.key_press(Key::ArrowLeft);
    harness.run_steps(2);
    assert_eq!(harness.state().app().project().events.len(), undo_steps);
    assert_eq!(
        event(&harness, 1).description,
        "Typed for the first.",
        "the first event kept its own text"
    );
    // Leaving the field commits whatever the field holds now, to the second event only.
    harness.key_press(Key::Escape);
    harness.run_steps(3);
    let second = event(&harness, 2);
    assert_ne!(second.description, "Typed for the first.");
    assert_ne!(second.description, "The border opens.");
    assert_eq!(event(&harness, 1).description, "Typed for the first.");
    // Outside the field, Ctrl+Z undoes the project again.
    let steps = harness.state().app().history().undo_len();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().app().history().undo_len(), steps - 1);
}

#[test]
fn triage_keys_act_only_while_the_suggestions_list_has_the_keyboard() {
    let mut harness = harness_with(&[sample()], Vec2::new(1400.0, 900.0));
    harness.state_mut().app_mut().finish_background_work();
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::SetArticleDate {
            article: dateline::model::ArticleId(1),
            date: Some("2022-01-06".parse().unwrap()),
        });
    harness.run_steps(3);
    let pending = harness.state().app().suggestion_groups().len();
    assert!(pending >= 2);
    harness
        .get_by_label_contains("Suggestion 2 Jan 2022")
        .click();
    harness.run_steps(2);
    assert!(harness.state().app().view().selected_suggestion.is_some());
    // A click that lands on nothing (the empty axis strip): Delete must not reject anything.
    let axis = canvas(&harness);
    click_at(&mut harness, Pos2::new(axis.center().x, axis.top() + 8.0));
    harness.key_press(Key::Delete);
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    let app = harness.state().app();
    assert_eq!(app.suggestion_groups().len(), pending);
    assert!(app.project().articles[0].rejected.is_empty());
    assert!(app.project().events.is_empty());
}

#[test]
fn the_timeline_keeps_its_room_whatever_the_bottom_panel_does() {
    let mut harness = harness_with(&[sample()], Vec2::new(1000.0, 640.0));
    harness.state_mut().app_mut().finish_background_work();
    harness.run_steps(3);
    let min = dateline::ui::MIN_TIMELINE_HEIGHT - 1.0;
    assert!(canvas(&harness).height() >= min);
    // Reject one suggestion, then show the rejected list: the timeline does not shrink below its minimum.
    let key = harness.state().app().suggestion_groups()[0].members[0];
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::RejectSuggestion(key));
    harness.run_steps(2);
    let before = canvas(&harness).height();
    harness.get_by_label_contains("Rejected (1)").click();
    harness.run_steps(3);
    assert!(harness.state().app().view().suggestion_filter.show_rejected);
    assert!(
        (canvas(&harness).height() - before).abs() < 1.0,
        "the panel did not grow"
    );
    // The rejected suggestion is restored from the window.
    harness.get_by_label("Restore").click();
    harness.run_steps(3);
    assert!(
        harness.state().app().project().articles[0]
            .rejected
            .is_empty()
    );
    harness.get_by_label_contains("Rejected (0)").click();
    harness.run_steps(3);
    assert!(!harness.state().app().view().suggestion_filter.show_rejected);

    // Dragging the panel's edge to the top of the window leaves the timeline its minimum.
    let reader_top = canvas(&harness).bottom() + 2.0;
    harness.drag_at(Pos2::new(500.0, reader_top));
    harness.run_steps(1);
    for y in [400.0, 200.0, 40.0, 5.0] {
        harness.hover_at(Pos2::new(500.0, y));
        harness.run_steps(1);
    }
    harness.drop_at(Pos2::new(500.0, 5.0));
    harness.run_steps(3);
    assert!(canvas(&harness).height() >= min, "{:?}", canvas(&harness));

    // The panels close and come back from the View menu; Reset layout opens them all.
    let panels = harness.state().app().prefs().panels;
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::SetPanels(dateline::state::PanelLayout {
            reader: false,
            sidebar: false,
            ..panels
        }));
    harness.run_steps(20);
    assert!(harness.query_by_label("Suggestions").is_none());
    assert!(canvas(&harness).height() > 400.0);
    harness.get_by_label("View").click();
    harness.run_steps(3);
    harness.get_by_label("Reset layout").click();
    harness.run_steps(20);
    let reset = harness.state().app().prefs().panels;
    assert!(reset.reader && reset.sidebar && reset.inspector);
    assert!(harness.query_by_label("Suggestions").is_some());
    assert!(canvas(&harness).height() >= min);
}

#[test]
fn a_colour_drag_is_one_undo_step_and_steps_say_what_they_undo() {
    let mut harness = two_events();
    let lane = harness.state().app().project().lanes[0].clone();
    // The pointer is held down while the picker reports a new colour every frame.
    let somewhere = Pos2::new(700.0, 20.0);
    harness.hover_at(somewhere);
    harness.event(Event::PointerButton {
        pos: somewhere,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.step();
    let steps = harness.state().app().history().undo_len();
    for shade in 0..40_u8 {
        harness
            .state_mut()
            .app_mut()
            .apply(ModelCommand::RecolourLane {
                id: lane.id,
                color: Rgb([shade, 100, 200]),
            });
        harness.step();
    }
    harness.event(Event::PointerButton {
        pos: somewhere,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(2);
    let app = harness.state().app();
    assert_eq!(app.history().undo_len(), steps + 1);
    assert_eq!(app.history().undo_label(), Some("change lane colour"));
    harness.get_by_label("Edit").click();
    harness.run_steps(3);
    let item = harness
        .get_by_label_contains("Undo change lane colour")
        .rect();
    assert!(
        item.height() < 30.0,
        "the menu item does not wrap: {item:?}"
    );
    harness.key_press(Key::Escape);
    harness.run_steps(1);
    harness.state_mut().app_mut().apply(ModelCommand::Undo);
    harness.run_steps(1);
    assert_eq!(harness.state().app().project().lanes[0].color, lane.color);

    // A drag of a card is named for what it did.
    let card = harness.get_all_by_label("New event").next().unwrap().rect();
    let grab = card.left_center() + Vec2::new(12.0, 0.0);
    harness.drag_at(grab);
    harness.run_steps(1);
    for step in 1..=5 {
        harness.hover_at(grab + Vec2::new(30.0 * step as f32, 0.0));
        harness.run_steps(1);
    }
    harness.drop_at(grab + Vec2::new(150.0, 0.0));
    harness.run_steps(2);
    assert_eq!(
        harness.state().app().history().undo_label(),
        Some("move event")
    );
}

#[test]
fn recovery_copies_follow_the_work_and_only_discard_deletes_one() {
    let dir = tempfile::tempdir().unwrap();
    let copies = || std::fs::read_dir(dir.path()).map_or(0, |d| d.filter_map(Result::ok).count());
    let mut harness = two_events();
    let app = harness.state_mut().app_mut();
    app.set_recovery_dir(dir.path().to_owned());
    let now = Instant::now() + Duration::from_mins(1);
    app.autosave(now, false);
    app.finish_autosave();
    assert_eq!(copies(), 2, "unsaved work has a copy (project and meta)");

    // Saving removes it, even when a copy was still being written.
    let file = dir.path().join("saved").with_extension("ron");
    let saved_dir = tempfile::tempdir().unwrap();
    let saved = saved_dir.path().join("timeline.ron");
    app.apply(ModelCommand::AddLane);
    app.autosave(now + Duration::from_mins(1), false);
    app.apply(FileCommand::SaveAs(saved.clone()));
    app.finish_autosave();
    assert_eq!(copies(), 0, "no stale copy after a save");
    assert!(!file.exists());

    // An edit undone back to the saved state leaves no copy either.
    app.apply(ModelCommand::AddLane);
    app.autosave(now + Duration::from_mins(2), false);
    app.finish_autosave();
    assert_eq!(copies(), 2);
    app.apply(ModelCommand::Undo);
    app.autosave(now + Duration::from_secs(121), false);
    app.finish_autosave();
    assert_eq!(copies(), 0, "clean work has no copy");

    // A clean exit leaves no offer; an exit with unsaved work keeps a fresh copy.
    app.on_exit();
    assert_eq!(copies(), 0);
    app.apply(ModelCommand::AddLane);
    app.on_exit();
    assert_eq!(copies(), 2);
    drop(harness);

    // The next start offers it; a click outside the box neither closes it nor deletes the copy.
    let mut next = harness_with(&[], Vec2::new(1400.0, 860.0));
    next.state_mut()
        .app_mut()
        .set_recovery_dir(dir.path().to_owned());
    next.run_steps(2);
    next.get_by_label("Restore unsaved work?");
    click_at(&mut next, Pos2::new(20.0, 840.0));
    next.key_press(Key::Escape);
    next.run_steps(2);
    next.get_by_label("Restore unsaved work?");
    assert_eq!(copies(), 2);
    next.get_by_label("Decide later").click();
    next.run_steps(2);
    assert!(next.query_by_label("Restore unsaved work?").is_none());
    assert_eq!(copies(), 2, "kept for the next start");
    next.state_mut()
        .app_mut()
        .set_recovery_dir(dir.path().to_owned());
    next.run_steps(2);
    next.get_by_label("Discard").click();
    next.run_steps(2);
    assert_eq!(copies(), 0, "Discard deletes it");
}

#[test]
fn background_work_finishes_without_frames() {
    let mut harness = harness_with(&[], Vec2::new(1200.0, 800.0));
    let ctx = harness.ctx.clone();
    let app = harness.state_mut().app_mut();
    app.apply(FileCommand::AddArticles(vec![sample()]));
    assert!(app.is_loading());
    // Only App::logic runs, as while the window is minimised.
    let started = Instant::now();
    while app.is_loading() && started.elapsed() < Duration::from_secs(30) {
        app.logic(&ctx);
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(!app.is_loading());
    assert_eq!(app.project().articles.len(), 1);
}

#[test]
fn big_articles_are_worked_out_off_the_ui_thread_and_redo_does_not_tag_again() {
    let dir = tempfile::tempdir().unwrap();
    // Three articles of about 150 KB, each with 2,000 dated sentences.
    let paths = long_articles(dir.path(), 150_000, |n, i| {
        let day = i % 28 + 1;
        format!("On {day} March 2021 committee number {n} met in the capital. ")
    });
    let mut harness = harness_with(&[], Vec2::new(1200.0, 800.0));
    let app = harness.state_mut().app_mut();
    app.apply(FileCommand::AddArticles(paths));
    app.finish_background_work();
    assert_eq!(app.project().articles.len(), 3);
    let groups = app.suggestion_groups().len();
    assert!(groups > 100);
    app.apply(ModelCommand::Undo);
    assert!(app.project().articles.is_empty());
    app.apply(ModelCommand::Redo);
    // Redo finds the articles' suggestions kept aside: nothing to tag, groups come back.
    assert_eq!(
        app.suggestions().bytes_to_tag(app.project()),
        0,
        "redo does not tag again"
    );
    app.finish_background_work();
    assert_eq!(app.suggestion_groups().len(), groups);
}

#[test]
fn the_date_under_the_pointer_stays_put_while_zooming() {
    let mut harness = two_events();
    let rect = canvas(&harness);
    let pointer = Pos2::new(rect.left() + rect.width() * 0.37, rect.top() + 20.0);
    harness.hover_at(pointer);
    harness.run_steps(2);
    let days_at = |harness: &Harness<'_, DatelineApp>| {
        let rect = canvas(harness);
        let axis = TimeAxis::new(
            harness.state().app().view().time_view,
            f64::from(rect.left()),
            f64::from(rect.width()),
        );
        axis.days_from_x(f64::from(pointer.x))
    };
    let before = days_at(&harness);
    let drift = |harness: &Harness<'_, DatelineApp>| {
        let rect = canvas(harness);
        let axis = TimeAxis::new(
            harness.state().app().view().time_view,
            f64::from(rect.left()),
            f64::from(rect.width()),
        );
        (axis.x_from_days(before) - f64::from(pointer.x)).abs()
    };
    let zoom_before = harness.state().app().view().time_view.days_per_point;
    let mut net_notches = 0;
    for notches in [42_i32, 42, -42, -42, -42] {
        net_notches += notches;
        for _ in 0..notches.abs() {
            harness.event(Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                delta: Vec2::new(0.0, notches.signum() as f32),
                modifiers: Modifiers::NONE,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
            });
            harness.step();
        }
        harness.run_steps(30);
        let drift_points = drift(&harness);
        assert!(drift_points < 0.5, "drifted {drift_points} points");
        let zoom = harness.state().app().view().time_view.days_per_point;
        if net_notches != 0 {
            assert!((zoom / zoom_before - 1.0).abs() > 0.1, "the wheel zoomed");
        }
    }
}

#[test]
fn lowering_then_raising_the_precision_keeps_the_day() {
    let mut harness = two_events();
    let app = harness.state_mut().app_mut();
    for precision in [
        Precision::Month,
        Precision::Year,
        Precision::Month,
        Precision::Day,
    ] {
        app.apply(ModelCommand::ChangeEvent {
            id: EventId(1),
            change: EventChange::Precision(precision),
        });
    }
    assert_eq!(
        app.project().event(EventId(1)).unwrap().start.to_iso(),
        "1989-11-09"
    );
    // After typing another date, raising the precision starts from that date.
    app.apply(ModelCommand::ChangeEvent {
        id: EventId(1),
        change: EventChange::Precision(Precision::Month),
    });
    app.apply(ModelCommand::ChangeEvent {
        id: EventId(1),
        change: EventChange::Start("1989-12".parse().unwrap()),
    });
    app.apply(ModelCommand::ChangeEvent {
        id: EventId(1),
        change: EventChange::Precision(Precision::Day),
    });
    assert_eq!(
        app.project().event(EventId(1)).unwrap().start.to_iso(),
        "1989-12-01"
    );
}

/// Two small articles with dated sentences, and an app with both added and dated.
fn two_articles() -> (tempfile::TempDir, Harness<'static, DatelineApp>) {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.txt");
    std::fs::write(
        &first,
        "Talks in Geneva\n\nThe ministers met on 3 March 2021. They met again on 9 March 2021. \
         A deal was signed on 20 March 2021.",
    )
    .unwrap();
    let second = dir.path().join("second.txt");
    std::fs::write(
        &second,
        "Floods in the north\n\nThe river rose on 12 April 1998. Villages were evacuated on \
         14 April 1998.",
    )
    .unwrap();
    let mut harness = harness_with(&[first, second], Vec2::new(1400.0, 900.0));
    harness.state_mut().app_mut().finish_background_work();
    harness.run_steps(3);
    (dir, harness)
}

#[test]
fn accept_all_follows_the_article_filter() {
    let (_dir, mut harness) = two_articles();
    let app = harness.state_mut().app_mut();
    let second = app.project().articles[1].id;
    let filter = dateline::suggestions::SuggestionFilter {
        article: Some(second),
        ..app.view().suggestion_filter
    };
    app.apply(ViewCommand::FilterSuggestions(filter));
    app.apply(ModelCommand::AcceptAbove(0.0));
    let events = &app.project().events;
    assert_eq!(events.len(), 2, "{events:#?}");
    assert!(events.iter().all(|e| e.sources[0].article == second));
}

#[test]
fn accepting_brings_the_event_into_view_on_the_lane_last_used_and_selects_the_next_row() {
    let (_dir, mut harness) = two_articles();
    let app = harness.state_mut().app_mut();
    app.apply(ModelCommand::AddLane);
    let second_lane = app.project().lanes[1].id;
    // The user works on the second lane.
    app.apply(ModelCommand::CreateEvent {
        start: "2021-03-01".parse().unwrap(),
        lane: second_lane,
    });
    // Show only March 2021, sorted by confidence.
    let filter = dateline::suggestions::SuggestionFilter {
        sort: dateline::suggestions::SortBy::Confidence,
        ..app.view().suggestion_filter
    };
    app.apply(ViewCommand::FilterSuggestions(filter));
    app.apply(ViewCommand::SetView(dateline::model::TimeView {
        start_days: "2021-03-01".parse::<Date>().unwrap().start_days(),
        days_per_point: 0.05,
    }));
    harness.run_steps(2);
    let order = dateline::suggestions::display_order(
        harness.state().app().suggestions(),
        harness.state().app().suggestion_groups(),
        &harness.state().app().view().suggestion_filter,
    );
    let flood = order
        .iter()
        .position(|k| {
            harness
                .state()
                .app()
                .suggestions()
                .get(*k)
                .is_some_and(|s| s.date.is_some_and(|d| d.year() == 1998))
        })
        .unwrap();
    let key = order[flood];
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::SelectSuggestion(Some(key)));
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::AcceptSuggestion { key, lane: None });
    harness.run_steps(3);
    let app = harness.state().app();
    let accepted = app.project().events.last().unwrap().clone();
    assert_eq!(accepted.lane, second_lane, "the lane last used");
    assert_eq!(
        app.view().selected_suggestion,
        order
            .get(flood + 1)
            .or(order.get(flood.wrapping_sub(1)))
            .copied(),
        "the next row of the list, not the top"
    );
    // The 1998 event is now in view.
    let rect = canvas(&harness);
    let axis = TimeAxis::new(
        app.view().time_view,
        f64::from(rect.left()),
        f64::from(rect.width()),
    );
    let (start, end) = axis.visible_days();
    assert!(start <= accepted.start.start_days() && accepted.start.end_days() <= end);
}

#[test]
fn the_first_view_fits_the_events_and_fit_all_shows_the_last_card_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("unrest.ron");
    let mut project = dateline::model::Project::default();
    let lane = project.lanes[0].id;
    for (id, day, title) in [
        (
            1,
            "2022-01-02",
            "Protests begin in Zhanaozen over the price of gas",
        ),
        (
            2,
            "2022-01-05",
            "The government resigns after a night of clashes",
        ),
        (
            3,
            "2022-01-11",
            "Troops of the alliance begin to leave the country",
        ),
    ] {
        project.events.push(dateline::model::Event::new(
            EventId(id),
            title,
            day.parse().unwrap(),
            lane,
        ));
    }
    project.view = None;
    dateline::model::project_file::save(&path, &project).unwrap();
    let mut harness = harness_with(&[path], Vec2::new(1100.0, 760.0));
    harness.run_steps(3);
    let rect = canvas(&harness);
    for title in [
        "Protests begin in Zhanaozen over the price of gas",
        "Troops of the alliance begin to leave the country",
    ] {
        let card = harness.get_by_label(title).rect();
        assert!(
            card.left() >= rect.left() && card.right() <= rect.right(),
            "{title}: {card:?} in {rect:?}"
        );
    }
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::SetView(dateline::model::TimeView {
            start_days: 0.0,
            days_per_point: 3.0,
        }));
    harness.run_steps(2);
    harness.key_press(Key::F);
    harness.run_steps(3);
    let last = harness
        .get_by_label("Troops of the alliance begin to leave the country")
        .rect();
    assert!(last.right() <= rect.right(), "{last:?} in {rect:?}");
    let _ = LaneId(1);
}

#[test]
fn keyboard_shortcuts_come_from_the_menus_table_and_f1_lists_them() {
    let mut harness = two_events();
    harness.key_press(Key::F1);
    harness.run_steps(2);
    assert!(harness.query_all_by_label("Keyboard shortcuts").count() >= 1);
    for command in dateline::command::table::UserCommand::ALL {
        if !command.shortcuts().is_empty() {
            assert!(
                harness.query_all_by_label(command.label()).count() >= 1,
                "{} is listed",
                command.label()
            );
        }
    }
    harness.key_press(Key::F1);
    harness.run_steps(2);
    // Ctrl+A selects every event, Escape clears the selection.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_steps(1);
    assert_eq!(harness.state().app().view().selection.len(), 2);
    harness.key_press(Key::Escape);
    harness.run_steps(1);
    assert!(harness.state().app().view().selection.is_empty());
    let _ = Answer::CancelPending;
}

#[test]
fn big_projects_save_and_open_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    // Three articles of 900 KB: a project too big to write in a frame.
    let paths = long_articles(dir.path(), 900_000, |n, _| {
        format!("Committee {n} met in the capital and talked for hours. ")
    });
    let mut harness = harness_with(&[], Vec2::new(1200.0, 800.0));
    let app = harness.state_mut().app_mut();
    app.apply(FileCommand::AddArticles(paths));
    app.finish_background_work();
    let saved = dir.path().join("big.ron");
    app.apply(FileCommand::SaveAs(saved.clone()));
    assert!(
        app.view_model().saving.is_some(),
        "a big save runs in the background"
    );
    // An edit made while the snapshot is written stays unsaved afterwards.
    app.apply(ModelCommand::AddLane);
    app.finish_background_work();
    assert!(app.view_model().saving.is_none());
    assert!(
        app.is_dirty(),
        "the lane added during the save is not in the file"
    );
    let on_disk = dateline::model::project_file::load(&saved).unwrap();
    assert_eq!(on_disk.articles.len(), 3);
    assert_eq!(on_disk.lanes.len(), 1);
    app.apply(ModelCommand::Undo);
    assert!(!app.is_dirty(), "undo returns to the state that was saved");

    let mut other = harness_with(&[], Vec2::new(1200.0, 800.0));
    let app = other.state_mut().app_mut();
    app.apply(FileCommand::Open(saved.clone()));
    assert!(
        app.view_model().opening.is_some(),
        "a big file opens in the background"
    );
    app.apply(ModelCommand::AddLane);
    app.finish_background_work();
    assert_eq!(app.project().articles.len(), 3);
    assert_eq!(
        app.project().lanes.len(),
        1,
        "nothing is edited while it opens"
    );
    assert_eq!(app.project_path(), Some(saved.as_path()));
    assert!(!app.is_dirty());
}

#[test]
fn escape_in_a_field_leaves_the_field_and_keeps_the_selection() {
    let mut harness = two_events();
    type_without_enter(&mut harness, "Title", "The Wall falls");
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    assert_eq!(event(&harness, 1).title, "The Wall falls");
    assert_eq!(
        harness.state().app().view().single_selection(),
        Some(EventId(1)),
        "the first Escape only leaves the field"
    );
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    assert!(harness.state().app().view().selection.is_empty());
}

/// The start field takes dates as people write them and shows what it reads while typing.
#[test]
fn dates_are_typed_as_people_write_them() {
    let mut harness = two_events();
    // Every form the issue names, typed into Start: what it reads as while typing, what it commits.
    let forms = [
        ("44 BC", "44 BC (year)", "-0043"),
        ("15 Mar 44 BC", "15 Mar 44 BC (day)", "-0043-03-15"),
        ("9 Nov 1989", "9 Nov 1989 (day)", "1989-11-09"),
        ("November 9, 1989", "9 Nov 1989 (day)", "1989-11-09"),
        ("March 2022", "March 2022 (month)", "2022-03"),
        ("c. 1850", "c. 1850 (year)", "1850~"),
        ("1990s", "1990s (decade)", "199X"),
        ("19th century", "19th century (century)", "18XX"),
        (
            "2022-01-06 14:30",
            "6 Jan 2022 14:30 (minute)",
            "2022-01-06T14:30",
        ),
        ("1989-11-09", "9 Nov 1989 (day)", "1989-11-09"),
        ("-0043", "44 BC (year)", "-0043"),
    ];
    for (typed, reads, iso) in forms {
        type_without_enter(&mut harness, "Start", typed);
        harness.run_steps(2);
        harness.get_by_label(&format!("→ {reads}"));
        harness.key_press(Key::Enter);
        harness.run_steps(3);
        assert_eq!(event(&harness, 1).start.to_iso(), iso, "{typed}");
        // The field then shows the date as the app writes it.
        let shown = harness
            .get_by_role_and_label(Role::TextInput, "Start")
            .value()
            .unwrap();
        assert_eq!(
            dateline::extract::date_from_text(&shown).map(|d| d.to_iso()),
            Some(iso.to_owned()),
            "{shown}"
        );
    }
    type_without_enter(&mut harness, "Start", "the other day");
    harness.run_steps(2);
    harness.get_by_label("→ not a date yet");
}

#[test]
fn a_key_typed_in_the_frame_of_a_click_on_add_is_kept() {
    let mut harness = harness_with(&[], Vec2::new(1400.0, 860.0));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    harness.run_steps(2);
    harness.get_by_role(Role::MultilineTextInput).focus();
    harness.run_steps(1);
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Troops arrived on Sunday.");
    harness.run_steps(1);
    // A wrong date is refused with the reason; correcting it takes the complaint away.
    let date = harness.get_by_role_and_label(Role::TextInput, "Date");
    date.focus();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .type_text("someday");
    harness.run_steps(1);
    harness.get_by_label("Add article").click();
    harness.run_steps(2);
    harness.get_by_label_contains("is not a day");
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .type_text("6 Jan 2022");
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("is not a day").is_none());
    harness.get_by_label("→ 6 Jan 2022");
    harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .focus();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .type_text("Almat");
    harness.run_steps(1);
    // The last letter and the click on Add arrive in one frame, as they can on a busy machine; the
    // window's input hook (`DatelineApp::raw_input_hook`) lets the letter in first.
    let add = harness.get_by_label("Add article").rect().center();
    let mut order = dateline::ui::input_order::InputOrder::default();
    let mut events = vec![
        Event::Text("y".to_owned()),
        Event::PointerMoved(add),
        Event::PointerButton {
            pos: add,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        },
        Event::PointerButton {
            pos: add,
            button: PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        },
    ];
    assert!(order.arrange(&mut events), "the click waits");
    harness.input_mut().events.extend(events);
    harness.step();
    let mut events = Vec::new();
    assert!(!order.arrange(&mut events));
    harness.input_mut().events.extend(events);
    harness.step();
    harness.run_steps(2);
    harness.state_mut().app_mut().finish_background_work();
    harness.run_steps(2);
    let project = harness.state().app().project();
    assert_eq!(project.articles.len(), 1);
    assert_eq!(project.articles[0].title, "Almaty");
    assert_eq!(
        project.articles[0].date.map(|d| d.to_iso()).as_deref(),
        Some("2022-01-06")
    );
}
