//! The everyday tools of a desktop app, used as a person would: find, the events list, right-click
//! menus, box selection, copy and paste, typed dates, Go to date, and a small window.

use dateline::DatelineApp;
use dateline::command::{ModelCommand, ViewCommand, ViewGoal};
use dateline::model::{EventChange, EventId};
use dateline::timeline::TimeAxis;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::click_at;

/// Four events on the first lane, none selected, all in view.
const EVENTS: [(&str, &str); 4] = [
    ("Armistice ends the fighting", "1918-11-11"),
    ("Treaty of Versailles signed", "1919-06-28"),
    ("Treaty of Rome signed", "1957-03-25"),
    ("Moon landing", "1969-07-20"),
];

fn app(size: Vec2) -> Harness<'static, DatelineApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| DatelineApp::new(cc, &[]));
    harness.run_steps(2);
    let app = harness.state_mut().app_mut();
    let lane = app.project().lanes[0].id;
    for (title, day) in EVENTS {
        app.apply(ModelCommand::CreateEvent {
            start: day.parse().unwrap(),
            lane,
        });
        let id = app.project().events.last().unwrap().id;
        app.apply(ModelCommand::ChangeEvent {
            id,
            change: EventChange::Title(title.to_owned()),
        });
    }
    app.apply(ViewCommand::Select(None));
    app.apply(ViewCommand::FitAll);
    harness.run_steps(4);
    harness
}

fn id_of(harness: &Harness<'_, DatelineApp>, title: &str) -> EventId {
    harness
        .state()
        .app()
        .project()
        .events
        .iter()
        .find(|e| e.title == title)
        .unwrap()
        .id
}

fn selection(harness: &Harness<'_, DatelineApp>) -> Vec<EventId> {
    harness
        .state()
        .app()
        .view()
        .selection
        .iter()
        .copied()
        .collect()
}

fn canvas(harness: &Harness<'_, DatelineApp>) -> Rect {
    harness
        .get_by_label(dateline::ui::timeline_view::CANVAS_LABEL)
        .rect()
}

/// Whether the event's start is inside the visible time.
fn in_view(harness: &Harness<'_, DatelineApp>, id: EventId) -> bool {
    let app = harness.state().app();
    let rect = canvas(harness);
    let axis = TimeAxis::new(
        app.view().time_view,
        f64::from(rect.left()),
        f64::from(rect.width()),
    );
    let (from, to) = axis.visible_days();
    let start = app.project().event(id).unwrap().start.start_days();
    from <= start && start <= to
}

fn right_click_at(harness: &mut Harness<'_, DatelineApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.run_steps(1);
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run_steps(3);
}

#[test]
fn find_goes_to_each_match_and_the_view_follows() {
    let mut harness = app(Vec2::new(1400.0, 860.0));
    let versailles = id_of(&harness, "Treaty of Versailles signed");
    let rome = id_of(&harness, "Treaty of Rome signed");
    // Looking at the Moon landing, days wide: neither treaty is in view.
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::Goal(ViewGoal::Date(
            "1969-07-20".parse().unwrap(),
        )));
    harness.run_steps(3);
    assert!(!in_view(&harness, versailles) && !in_view(&harness, rome));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::TextInput, dateline::ui::find_bar::FIND_LABEL)
        .type_text("TREATY");
    harness.run_steps(2);
    harness.get_by_label("2 matches");

    harness.key_press(Key::Enter);
    harness.run_steps(4);
    assert_eq!(selection(&harness), vec![versailles]);
    assert!(
        in_view(&harness, versailles),
        "the view went to the first match"
    );
    harness.get_by_label("1 of 2");
    // The inspector shows the match.
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Title")
            .value()
            .as_deref(),
        Some("Treaty of Versailles signed")
    );

    harness.key_press(Key::Enter);
    harness.run_steps(4);
    assert_eq!(selection(&harness), vec![rome]);
    assert!(in_view(&harness, rome));
    harness.get_by_label("2 of 2");

    harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    harness.run_steps(4);
    assert_eq!(
        selection(&harness),
        vec![versailles],
        "Shift+Enter goes back"
    );

    // F3 goes on from anywhere, wrapping around.
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::Select(Some(rome)));
    harness.run_steps(1);
    assert!(
        harness.query_by_label("1 of 2").is_none(),
        "Escape closed the bar"
    );
}

#[test]
fn the_events_list_sorts_selects_and_deletes() {
    let mut harness = app(Vec2::new(1400.0, 900.0));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run_steps(4);
    harness.get_by_label("4 events");
    let row_y = |harness: &Harness<'_, DatelineApp>, title: &str| {
        harness
            .get_by_role_and_label(Role::Label, title)
            .rect()
            .top()
    };
    // By date at first.
    assert!(row_y(&harness, "Armistice ends the fighting") < row_y(&harness, "Moon landing"));
    // By title, then the other way.
    harness.get_by_role_and_label(Role::Button, "Title").click();
    harness.run_steps(2);
    let order = |harness: &Harness<'_, DatelineApp>| {
        let mut titles: Vec<&str> = EVENTS.iter().map(|(t, _)| *t).collect();
        titles.sort_by(|a, b| row_y(harness, a).total_cmp(&row_y(harness, b)));
        titles
    };
    assert_eq!(
        order(&harness),
        [
            "Armistice ends the fighting",
            "Moon landing",
            "Treaty of Rome signed",
            "Treaty of Versailles signed"
        ]
    );
    harness
        .get_by_role_and_label(Role::Button, "Title ⏶")
        .click();
    harness.run_steps(2);
    assert_eq!(order(&harness)[0], "Treaty of Versailles signed");

    // A click selects the row's event and brings it into view.
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::Goal(ViewGoal::Date(
            "1918-11-11".parse().unwrap(),
        )));
    harness.run_steps(3);
    let moon = id_of(&harness, "Moon landing");
    assert!(!in_view(&harness, moon));
    harness
        .get_by_role_and_label(Role::Label, "Moon landing")
        .click();
    harness.run_steps(4);
    assert_eq!(selection(&harness), vec![moon]);
    assert!(in_view(&harness, moon));
    // Ctrl+click adds a row; Delete deletes both.
    harness
        .get_by_role_and_label(Role::Label, "Armistice ends the fighting")
        .click_modifiers(Modifiers::COMMAND);
    harness.run_steps(2);
    assert_eq!(selection(&harness).len(), 2);
    harness.key_press(Key::Delete);
    harness.run_steps(3);
    let left: Vec<String> = harness
        .state()
        .app()
        .project()
        .events
        .iter()
        .map(|e| e.title.clone())
        .collect();
    assert_eq!(
        left,
        ["Treaty of Versailles signed", "Treaty of Rome signed"]
    );
    harness.get_by_label("2 events");
    // Enter on a row edits its title.
    harness
        .get_by_role_and_label(Role::Label, "Treaty of Rome signed")
        .click();
    harness.run_steps(2);
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Title")
            .is_focused()
    );
}

#[test]
fn right_click_menus_act_on_a_card_and_on_the_background() {
    let mut harness = app(Vec2::new(1400.0, 860.0));
    let moon = harness
        .get_by_role_and_label(Role::Button, "Moon landing")
        .rect();
    right_click_at(&mut harness, moon.center());
    assert_eq!(selection(&harness), vec![id_of(&harness, "Moon landing")]);
    harness.get_by_label("Duplicate").click();
    harness.run_steps(3);
    let events = &harness.state().app().project().events;
    assert_eq!(events.len(), 5);
    let copy = events.last().unwrap();
    assert_eq!(
        (copy.title.as_str(), copy.start.to_iso().as_str()),
        ("Moon landing", "1969-07-20")
    );
    assert_eq!(selection(&harness), vec![copy.id], "the copy is selected");

    // The background's menu: a new event at the date clicked.
    let area = canvas(&harness);
    let spot = Pos2::new(area.center().x, area.bottom() - 60.0);
    let clicked_days = {
        let app = harness.state().app();
        TimeAxis::new(
            app.view().time_view,
            f64::from(area.left()),
            f64::from(area.width()),
        )
        .days_from_x(f64::from(spot.x))
    };
    right_click_at(&mut harness, spot);
    harness.get_by_label("New event here").click();
    harness.run_steps(3);
    let events = &harness.state().app().project().events;
    assert_eq!(events.len(), 6);
    let added = events.last().unwrap();
    assert_eq!(added.title, "New event");
    let (start, end) = added.span_days();
    assert!(
        start <= clicked_days && clicked_days <= end + 1.0,
        "{} at {clicked_days}",
        added.start
    );
    // The lane's menu renames it.
    let lane_name = harness.state().app().project().lanes[0].name.clone();
    harness
        .get_by_label(&format!("Lane {lane_name}"))
        .click_secondary();
    harness.run_steps(3);
    // A click in the name field keeps the menu open (and the letters out of the shortcuts).
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .click();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Europe");
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert_eq!(harness.state().app().project().lanes[0].name, "Europe");
    assert!(
        harness.query_by_label("Move up").is_none(),
        "Enter closed the menu"
    );
    // A name typed and left by clicking elsewhere is kept too; the field then starts afresh.
    harness.get_by_label("Lane Europe").click_secondary();
    harness.run_steps(3);
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .click();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Asia");
    harness.run_steps(1);
    click_at(
        &mut harness,
        Pos2::new(area.center().x, area.bottom() - 20.0),
    );
    harness.run_steps(3);
    assert_eq!(harness.state().app().project().lanes[0].name, "Asia");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    harness.get_by_label("Lane Europe").click_secondary();
    harness.run_steps(3);
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Name")
            .value()
            .as_deref(),
        Some("Europe")
    );
    // Escape cancels what was typed.
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .click();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Nope");
    harness.run_steps(1);
    harness.key_press(Key::Escape);
    harness.run_steps(4);
    assert!(
        harness.query_by_label("Move up").is_none(),
        "Escape closed the menu"
    );
    assert_eq!(harness.state().app().project().lanes[0].name, "Europe");
}

#[test]
fn a_shift_drag_selects_the_cards_in_its_box() {
    let mut harness = app(Vec2::new(1400.0, 860.0));
    let first = harness
        .get_by_role_and_label(Role::Button, "Armistice ends the fighting")
        .rect();
    let second = harness
        .get_by_role_and_label(Role::Button, "Treaty of Versailles signed")
        .rect();
    let from = Pos2::new(
        first.left().min(second.left()) - 6.0,
        first.top().min(second.top()) - 4.0,
    );
    let to = Pos2::new(
        first.left().max(second.left()) + 20.0,
        first.bottom().max(second.bottom()) + 2.0,
    );
    let view_before = harness.state().app().view().time_view;
    harness.hover_at(from);
    harness.run_steps(1);
    harness.event(Event::ModifiersChanged(Modifiers::SHIFT));
    harness.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::SHIFT,
    });
    harness.run_steps(1);
    for t in [0.3, 0.6, 1.0] {
        harness.hover_at(from + (to - from) * t);
        harness.run_steps(1);
    }
    harness.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::SHIFT,
    });
    harness.event(Event::ModifiersChanged(Modifiers::NONE));
    harness.run_steps(3);
    let mut selected = selection(&harness);
    selected.sort();
    let mut expected = vec![
        id_of(&harness, "Armistice ends the fighting"),
        id_of(&harness, "Treaty of Versailles signed"),
    ];
    expected.sort();
    assert_eq!(selected, expected);
    assert_eq!(
        harness.state().app().view().time_view,
        view_before,
        "a box selection does not pan"
    );
    // Escape clears it.
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    assert!(selection(&harness).is_empty());
}

#[test]
fn two_events_copied_paste_back_as_two_more() {
    let mut harness = app(Vec2::new(1400.0, 860.0));
    let versailles = id_of(&harness, "Treaty of Versailles signed");
    let rome = id_of(&harness, "Treaty of Rome signed");
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::SelectMany(vec![versailles, rome]));
    harness.run_steps(1);
    // The window turns Ctrl+C into a copy event (one frame: its output holds the text).
    harness.event(Event::Copy);
    harness.run_steps(1);
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("the events went to the clipboard");
    assert!(
        copied.starts_with(
            "28 Jun 1919\tTreaty of Versailles signed\n25 Mar 1957\tTreaty of Rome signed\n"
        ),
        "{copied}"
    );
    // Pasted away from the timeline: the same dates, selected; one undo takes both away.
    harness.hover_at(Pos2::new(5.0, 5.0));
    harness.run_steps(1);
    harness.event(Event::Paste(copied.clone()));
    harness.run_steps(3);
    let events = harness.state().app().project().events.clone();
    assert_eq!(events.len(), 6);
    let pasted: Vec<(String, String)> = events[4..]
        .iter()
        .map(|e| (e.title.clone(), e.start.to_iso()))
        .collect();
    assert_eq!(
        pasted,
        [
            (
                "Treaty of Versailles signed".to_owned(),
                "1919-06-28".to_owned()
            ),
            ("Treaty of Rome signed".to_owned(), "1957-03-25".to_owned())
        ]
    );
    let mut selected = selection(&harness);
    selected.sort();
    assert_eq!(selected, vec![events[4].id, events[5].id]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().app().project().events.len(), 4);

    // Lines from a text editor paste as events too; text without dates says so.
    harness.event(Event::Paste(
        "9 Nov 1989\tThe Berlin Wall falls\n".to_owned(),
    ));
    harness.run_steps(3);
    let last = harness
        .state()
        .app()
        .project()
        .events
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (last.title.as_str(), last.start.to_iso().as_str()),
        ("The Berlin Wall falls", "1989-11-09")
    );
    harness.event(Event::Paste("shopping list: eggs".to_owned()));
    harness.run_steps(3);
    harness.get_by_label_contains("Nothing to paste");
    // Ctrl+D duplicates the selection.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run_steps(3);
    assert_eq!(harness.state().app().project().events.len(), 6);
}

#[test]
fn go_to_date_and_zoom_keys_move_the_view() {
    let mut harness = app(Vec2::new(1400.0, 860.0));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::G);
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::TextInput, dateline::ui::go_to_date::GO_TO_LABEL)
        .type_text("March 1957");
    harness.run_steps(2);
    harness.get_by_label("→ March 1957 (month)");
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    let rect = canvas(&harness);
    let axis = |harness: &Harness<'_, DatelineApp>| {
        TimeAxis::new(
            harness.state().app().view().time_view,
            f64::from(rect.left()),
            f64::from(rect.width()),
        )
    };
    let (from, to) = axis(&harness).visible_days();
    let march: dateline::model::Date = "1957-03".parse().unwrap();
    assert!(from < march.start_days() && march.end_days() < to);
    assert!(to - from < 400.0, "about ten months shown: {}", to - from);
    harness.get_by_label_contains(dateline::ui::timeline_overlay::SCALE_PREFIX);
    // + and − zoom around the middle.
    let before = to - from;
    harness.key_press(Key::Minus);
    harness.run_steps(3);
    let (from, to) = axis(&harness).visible_days();
    assert!((to - from) > before * 1.4, "zoomed out");
    harness.key_press(Key::Plus);
    harness.run_steps(3);
    let (from, to) = axis(&harness).visible_days();
    assert!(
        ((to - from) - before).abs() < before * 0.01,
        "zoomed back in"
    );
}

#[test]
fn a_small_window_keeps_most_of_it_for_the_timeline() {
    // The smallest window the app allows, and a small laptop one, with the events list open.
    for size in [Vec2::new(640.0, 400.0), Vec2::new(800.0, 500.0)] {
        let mut harness = app(size);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
        harness.run_steps(6);
        let rect = canvas(&harness);
        let share = dateline::ui::TIMELINE_SHARE;
        assert!(rect.width() >= size.x * share - 2.0, "{size:?}: {rect:?}");
        assert!(
            rect.height() >= dateline::ui::MIN_TIMELINE_HEIGHT - 1.0,
            "{size:?}: {rect:?}"
        );
        harness.get_by_label("4 events");
        // Collapsing the inspector from the View menu gives the timeline its width.
        harness.get_by_label("View").click();
        harness.run_steps(2);
        harness
            .get_by_role_and_label(Role::CheckBox, "Inspector")
            .click();
        harness.run_steps(4);
        let wider = canvas(&harness);
        assert!(wider.width() > rect.width() + 60.0, "{wider:?} vs {rect:?}");
        assert!(!harness.state().app().prefs().panels.inspector);
        // Editing a title from the list opens it again.
        harness
            .get_by_role_and_label(Role::Label, "Moon landing")
            .click();
        harness.run_steps(2);
        harness.key_press(Key::Enter);
        harness.run_steps(3);
        assert!(harness.state().app().prefs().panels.inspector);
    }
}

#[test]
fn a_filter_dims_or_hides_what_it_leaves_out() {
    let mut harness = app(Vec2::new(1400.0, 860.0));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::TextInput, "text")
        .focus();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::TextInput, "text")
        .type_text("treaty");
    harness.run_steps(3);
    let filter = harness.state().app().view().filter.clone();
    assert_eq!(filter.text, "treaty");
    assert!(!filter.hide);
    // Dimmed: still there.
    harness.get_by_role_and_label(Role::Button, "Moon landing");
    harness.get_by_label("Hide others").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Moon landing")
            .is_none()
    );
    harness.get_by_role_and_label(Role::Button, "Treaty of Rome signed");
    // Closing the bar shows every event again.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    harness.run_steps(3);
    assert!(!harness.state().app().view().filter.is_active());
    harness.get_by_role_and_label(Role::Button, "Moon landing");
}
