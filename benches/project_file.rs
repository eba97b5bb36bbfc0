//! Saving and loading big projects, and exporting them.
//! `cargo bench --bench project_file`

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::export::{ExportFormat, ExportOptions, export_bytes};
use dateline::model::{Date, Edit, Event, EventId, Lane, LaneId, Project, Rgb, project_file};

/// The allocator the application runs with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A project of `count` events over four lanes and twenty years, with sources on every tenth.
fn project(count: u64) -> Project {
    let mut project = Project {
        title: format!("{count} events"),
        ..Project::default()
    };
    for id in 2..=4 {
        let lane = Lane {
            id: LaneId(id),
            name: format!("Lane {id}"),
            color: Rgb::palette(id as usize),
        };
        project
            .apply(Edit::InsertLane {
                lane,
                index: id as usize,
            })
            .ok();
    }
    let start = Date::from_ymd(2000, 1, 1).map_or(0.0, |d| d.start_days());
    let events = (1..=count)
        .map(|id| {
            let day = Date::from_days(
                start + (id * 7919 % 7300) as f64,
                dateline::model::Precision::Day,
            );
            let mut event = Event::new(
                EventId(id),
                format!("Event number {id} happened"),
                day,
                LaneId(1 + id % 4),
            );
            if id % 5 == 0 {
                event.end = Some(day.add(3, dateline::model::Precision::Day));
            }
            event.description =
                "A description of moderate length, as an editor would write it.".into();
            event
        })
        .collect();
    project.apply(Edit::InsertEvents(events)).ok();
    project
}

fn save_and_load(c: &mut Criterion) {
    let big = project(10_000);
    let dir = std::env::temp_dir().join(format!("dateline-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok();
    let path = dir.join("big.ron");
    c.bench_function("RON save + load, 10k events", |b| {
        b.iter(|| {
            project_file::save(&path, &big).ok();
            project_file::load(&path).ok()
        });
    });
    std::fs::remove_dir_all(&dir).ok();
}

fn export(c: &mut Criterion) {
    let mut group = c.benchmark_group("export 1k events");
    group.sample_size(10);
    let big = project(1_000);
    for format in [
        ExportFormat::Svg,
        ExportFormat::Png,
        ExportFormat::TimelineJs,
        ExportFormat::Csv,
        ExportFormat::Markdown,
    ] {
        group.bench_function(format.label(), |b| {
            b.iter(|| export_bytes(&big, format, &ExportOptions::default()).ok());
        });
    }
    group.finish();
}

criterion_group!(benches, save_and_load, export);
criterion_main!(benches);
