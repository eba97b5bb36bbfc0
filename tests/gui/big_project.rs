//! A big project in the window: crowded lanes become density strips, zooming in brings the cards
//! back, and the canvas cache follows edits, undo and redo.

use dateline::DatelineApp;
use dateline::command::{ModelCommand, ViewCommand};
use dateline::model::{
    Date, Edit, Event, EventChange, EventId, Lane, LaneId, Precision, Project, Rgb, project_file,
};
use dateline::timeline::TimeView;
use egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// 3,000 day events over ten years in lane "Crowded", 5 in lane "Sparse".
fn big_project() -> Project {
    let mut project = Project {
        title: "Big".into(),
        lanes: vec![
            Lane {
                id: LaneId(1),
                name: "Crowded".into(),
                color: Rgb::palette(0),
            },
            Lane {
                id: LaneId(2),
                name: "Sparse".into(),
                color: Rgb::palette(1),
            },
        ],
        ..Project::default()
    };
    let start = Date::from_ymd(2010, 1, 1).unwrap().start_days();
    let mut events: Vec<Event> = (1..=3_000u64)
        .map(|id| {
            let day = Date::from_days(start + (id * 7 % 3_650) as f64, Precision::Day);
            Event::new(EventId(id), format!("Crowded event {id}"), day, LaneId(1))
        })
        .collect();
    events.extend((0..5u64).map(|i| {
        let day = Date::from_days(start + i as f64 * 700.0, Precision::Day);
        Event::new(
            EventId(10_000 + i),
            format!("Sparse event {i}"),
            day,
            LaneId(2),
        )
    }));
    project.apply(Edit::InsertEvents(events)).unwrap();
    project
}

#[test]
fn crowded_lanes_show_density_until_zoomed_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    project_file::save(&path, &big_project()).unwrap();
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1400.0, 860.0))
        .build_eframe(move |cc| DatelineApp::new(cc, std::slice::from_ref(&path)));
    harness.run_steps(3);

    // Fitted to all ten years: the crowded lane is a density strip, the sparse one shows its cards.
    let strip = "Crowded: 3000 events in view. Zoom in to see them as cards.";
    assert!(harness.query_by_label(strip).is_some());
    assert!(harness.query_by_label("Sparse event 0").is_some());
    assert!(harness.query_by_label("Crowded event 7").is_none());

    // Zoomed to a week: cards, no strip. Event 1 is on 2010-01-08 (7 days in).
    let week_start = Date::from_ymd(2010, 1, 6).unwrap().start_days();
    harness
        .state_mut()
        .app_mut()
        .apply(ViewCommand::SetView(TimeView {
            start_days: week_start,
            days_per_point: 7.0 / 800.0,
        }));
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("events in view").is_none());
    assert!(harness.query_by_label("Crowded event 1").is_some());

    // An edit shows at once (the cached layout is dropped), and so do undo and redo.
    harness
        .state_mut()
        .app_mut()
        .apply(ModelCommand::ChangeEvent {
            id: EventId(1),
            change: EventChange::Title("Renamed event".into()),
        });
    harness.run_steps(2);
    assert!(harness.query_by_label("Renamed event").is_some());
    assert!(harness.query_by_label("Crowded event 1").is_none());
    harness.state_mut().app_mut().apply(ModelCommand::Undo);
    harness.run_steps(2);
    assert!(harness.query_by_label("Crowded event 1").is_some());
    harness.state_mut().app_mut().apply(ModelCommand::Redo);
    harness.run_steps(2);
    assert!(harness.query_by_label("Renamed event").is_some());

    // Back out to everything: the strip again, counting all 3,000.
    harness.state_mut().app_mut().apply(ViewCommand::FitAll);
    harness.run_steps(3);
    assert!(harness.query_by_label(strip).is_some());
}
