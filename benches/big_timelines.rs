//! Big timelines: projects of 1,000, 10,000 and 100,000 events made by `support/synthetic.rs`
//! (six lanes, points and ranges, minute to decade precision, some BC, five articles).
//!
//! - `load`: reading the project file (what `dateline check` does);
//! - `open`: the window's start: the app made with the file, the project read, the first frame laid
//!   out and tessellated (headless, 1600 × 1000);
//! - `export png` / `export svg`: the whole timeline as a picture, crowded lanes as density strips;
//! - `export refused`: a request too large to make (footnotes for every event at 16,000 px × 4)
//!   failing before any work.
//!
//! `cargo bench --bench big_timelines`; with `DATELINE_SYNTHETIC_DIR=dir` the projects stay in
//! `dir` (`1000.ron`, `10000.ron`, `100000.ron`) for `/usr/bin/time -v dateline …`.

#[path = "support/synthetic.rs"]
mod synthetic;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use dateline::DatelineApp;
use dateline::export::{ExportFormat, ExportOptions, export_bytes};
use dateline::model::project_file;
use eframe::App as _;

/// The allocator the application runs with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const COUNTS: [u64; 3] = [1_000, 10_000, 100_000];

fn big_timelines(c: &mut Criterion) {
    let keep = std::env::var_os("DATELINE_SYNTHETIC_DIR").map(std::path::PathBuf::from);
    let dir = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("dateline-big-bench-{}", std::process::id()))
    });
    std::fs::create_dir_all(&dir).ok();
    for count in COUNTS {
        project_file::save(
            &dir.join(format!("{count}.ron")),
            &synthetic::synthetic(count),
        )
        .ok();
    }
    let path = |count: u64| dir.join(format!("{count}.ron"));

    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    for count in COUNTS {
        group.bench_with_input(BenchmarkId::from_parameter(count), &count, |b, count| {
            b.iter(|| project_file::load(&path(*count)).map(|p| p.events.len()));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("open");
    group.sample_size(10);
    for count in COUNTS {
        group.bench_with_input(BenchmarkId::from_parameter(count), &count, |b, count| {
            b.iter(|| {
                let ctx = egui::Context::default();
                let creation = eframe::CreationContext::_new_kittest(ctx.clone());
                let mut app = DatelineApp::new(&creation, &[path(*count)]);
                app.app_mut().finish_background_work();
                let mut frame = eframe::Frame::_new_kittest();
                let input = egui::RawInput {
                    screen_rect: Some(egui::Rect::from_min_size(
                        egui::Pos2::ZERO,
                        egui::vec2(1600.0, 1000.0),
                    )),
                    ..Default::default()
                };
                let output = ctx.run_ui(input, |ui| app.ui(ui, &mut frame));
                ctx.tessellate(output.shapes, output.pixels_per_point).len()
            });
        });
    }
    group.finish();

    for (name, format) in [
        ("export png", ExportFormat::Png),
        ("export svg", ExportFormat::Svg),
    ] {
        let mut group = c.benchmark_group(name);
        group.sample_size(10);
        for count in COUNTS {
            let project = project_file::load(&path(count)).ok();
            group.bench_with_input(BenchmarkId::from_parameter(count), &count, |b, _| {
                b.iter(|| {
                    project.as_ref().map(|p| {
                        export_bytes(p, format, &ExportOptions::default()).map(|bytes| bytes.len())
                    })
                });
            });
        }
        group.finish();
    }

    let mut group = c.benchmark_group("export refused");
    group.sample_size(10);
    let project = project_file::load(&path(100_000)).ok();
    let huge = ExportOptions {
        width_px: 16_000,
        scale: 4.0,
        footnotes: true,
        ..ExportOptions::default()
    };
    group.bench_function("100000", |b| {
        b.iter(|| {
            project
                .as_ref()
                .map(|p| export_bytes(p, ExportFormat::Png, &huge).is_err())
        });
    });
    group.finish();
    if keep.is_none() {
        std::fs::remove_dir_all(&dir).ok();
    }
}

criterion_group!(benches, big_timelines);
criterion_main!(benches);
