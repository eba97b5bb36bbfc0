//! A full UI frame (egui layout + paint + tessellation, headless, no GPU) with 1k, 10k and 100k
//! events on the timeline, the view fitted to all of them.
//! `cargo bench --bench timeline_frame`

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use dateline::DatelineApp;
use dateline::model::{Date, Edit, Event, EventId, LaneId, Precision, Project, project_file};
use eframe::App as _;

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

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("timeline frame");
    group.sample_size(10);
    let dir = std::env::temp_dir().join(format!("dateline-frame-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok();
    for count in [1_000u64, 10_000, 100_000] {
        let path = dir.join(format!("{count}.ron"));
        project_file::save(&path, &project(count)).ok();
        let ctx = egui::Context::default();
        let creation = eframe::CreationContext::_new_kittest(ctx.clone());
        let mut app = DatelineApp::new(&creation, std::slice::from_ref(&path));
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
        group.bench_with_input(BenchmarkId::from_parameter(count), &count, |b, _| {
            b.iter(|| {
                let output = ctx.run_ui(input.clone(), |ui| app.ui(ui, &mut frame));
                ctx.tessellate(output.shapes, output.pixels_per_point)
            });
        });
    }
    group.finish();
    std::fs::remove_dir_all(&dir).ok();
}

criterion_group!(benches, frames);
criterion_main!(benches);
