//! A full UI frame (egui layout + paint + tessellation, headless, no GPU) with 1k, 10k and 100k
//! events on the timeline:
//! - `static`: the view fitted to all events, nothing changing (the canvas layout comes from the cache);
//! - `panning, all in view`: the same view panned a little every frame, so the canvas is laid out anew
//!   each time (crowded lanes become density strips);
//! - `panning, one month`: zoomed to about a month, panned every frame: cost follows the events on
//!   screen (1/240 of them), not the project;
//! - `events list`: View › Events list open beside the timeline, a different row selected every
//!   frame (the table builds only the rows on screen);
//! - `find, next match`: Edit › Find with thousands of matches, going to the next one every frame
//!   (the view moves and zooms to it, the matches are outlined);
//! - `find, typing`: the find text changing every frame (every title searched again).
//!
//! `cargo bench --bench timeline_frame`

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use dateline::DatelineApp;
use dateline::command::{ViewCommand, ViewGoal};
use dateline::model::{Date, Edit, Event, EventId, LaneId, Precision, Project, project_file};
use dateline::timeline::TimeView;
use eframe::App as _;

/// The allocator the application runs with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A project of `count` day events spread over twenty years on two lanes.
fn project(count: u64) -> Project {
    let mut project = Project {
        title: format!("{count} events"),
        ..Project::default()
    };
    let lane = dateline::model::Lane {
        id: LaneId(2),
        name: "B".into(),
        color: dateline::model::Rgb::palette(1),
    };
    project.apply(Edit::InsertLane { lane, index: 1 }).ok();
    let start = Date::from_ymd(2000, 1, 1).map_or(0.0, |d| d.start_days());
    let events = (1..=count)
        .map(|id| {
            let day = Date::from_days(start + (id * 7919 % 7300) as f64, Precision::Day);
            Event::new(
                EventId(id),
                format!("Event number {id} happened"),
                day,
                LaneId(1 + id % 2),
            )
        })
        .collect();
    project.apply(Edit::InsertEvents(events)).ok();
    project
}

/// How the view moves between frames.
#[derive(Clone, Copy)]
enum Motion {
    Static,
    PanAll,
    PanMonth,
    EventsList,
    FindNext,
    FindTyping,
}

fn frames(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("dateline-frame-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok();
    for count in [1_000u64, 10_000, 100_000] {
        project_file::save(&dir.join(format!("{count}.ron")), &project(count)).ok();
    }
    for (name, motion) in [
        ("timeline frame, static", Motion::Static),
        ("timeline frame, panning, all in view", Motion::PanAll),
        ("timeline frame, panning, one month", Motion::PanMonth),
        ("timeline frame, events list", Motion::EventsList),
        ("timeline frame, find, next match", Motion::FindNext),
        ("timeline frame, find, typing", Motion::FindTyping),
    ] {
        let mut group = c.benchmark_group(name);
        group.sample_size(10);
        for count in [1_000u64, 10_000, 100_000] {
            let path = dir.join(format!("{count}.ron"));
            let ctx = egui::Context::default();
            let creation = eframe::CreationContext::_new_kittest(ctx.clone());
            let mut app = DatelineApp::new(&creation, std::slice::from_ref(&path));
            // A big project opens on a worker: measure its frames, not those of the wait.
            app.app_mut().finish_background_work();
            assert_eq!(app.app().project().events.len() as u64, count);
            let mut frame = eframe::Frame::_new_kittest();
            let input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(1600.0, 1000.0),
                )),
                ..Default::default()
            };
            // The first frames fit the view and warm egui's caches.
            for _ in 0..3 {
                drop(ctx.run_ui(input.clone(), |ui| app.ui(ui, &mut frame)));
            }
            let fitted = app.app().view().time_view;
            let base = match motion {
                Motion::Static
                | Motion::PanAll
                | Motion::EventsList
                | Motion::FindNext
                | Motion::FindTyping => fitted,
                Motion::PanMonth => {
                    let month = Date::from_ymd(2010, 6, 1).map_or(0.0, |d| d.start_days());
                    TimeView {
                        start_days: month,
                        days_per_point: 30.0 / 1000.0,
                    }
                }
            };
            app.app_mut().apply(ViewCommand::SetView(base));
            if matches!(motion, Motion::EventsList) {
                let panels = app.app().prefs().panels;
                app.app_mut()
                    .apply(ViewCommand::SetPanels(dateline::state::PanelLayout {
                        reader: true,
                        events: true,
                        ..panels
                    }));
            }
            if matches!(motion, Motion::FindNext | Motion::FindTyping) {
                // "number 1" is in one title of nine.
                app.app_mut()
                    .apply(ViewCommand::SetFindQuery("number 1".to_owned()));
            }
            let matches = dateline::timeline::filter::find_matches(app.app().project(), "number 1");
            for _ in 0..3 {
                drop(ctx.run_ui(input.clone(), |ui| app.ui(ui, &mut frame)));
            }
            let mut step = 0u32;
            group.bench_with_input(BenchmarkId::from_parameter(count), &count, |b, _| {
                b.iter(|| {
                    step += 1;
                    let nth = step as usize * 7919 % count as usize;
                    match motion {
                        Motion::EventsList => {
                            let id = app.app().project().events[nth].id;
                            app.app_mut().apply(ViewCommand::Select(Some(id)));
                        }
                        Motion::FindNext => {
                            let id = matches[step as usize % matches.len()];
                            app.app_mut().apply(ViewCommand::Select(Some(id)));
                            app.app_mut().apply(ViewCommand::Goal(ViewGoal::Event(id)));
                        }
                        Motion::FindTyping => {
                            let query = if step.is_multiple_of(2) {
                                "number 1"
                            } else {
                                "number 12"
                            };
                            app.app_mut()
                                .apply(ViewCommand::SetFindQuery(query.to_owned()));
                        }
                        Motion::Static | Motion::PanAll | Motion::PanMonth => {}
                    }
                    if matches!(motion, Motion::PanAll | Motion::PanMonth) {
                        let shift = f64::from(step % 2) * 5.0 * base.days_per_point;
                        app.app_mut().apply(ViewCommand::SetView(TimeView {
                            start_days: base.start_days + shift,
                            ..base
                        }));
                    }
                    let output = ctx.run_ui(input.clone(), |ui| app.ui(ui, &mut frame));
                    ctx.tessellate(output.shapes, output.pixels_per_point)
                });
            });
        }
        group.finish();
    }
    std::fs::remove_dir_all(&dir).ok();
}

criterion_group!(benches, frames);
criterion_main!(benches);
