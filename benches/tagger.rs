//! Tagging throughput on news text (placeholder corpus until the dev fixture lands).
//! `cargo bench --bench tagger`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn tagging(c: &mut Criterion) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/samples/kazakhstan-unrest.txt"
    ))
    .unwrap_or_default();
    let dct = dateline::extract::parse_dct("2022-01-06").ok();
    let mut group = c.benchmark_group("tag");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("sample article", |b| {
        b.iter(|| dateline::extract::tag(&text, dct.as_ref()))
    });
    group.finish();
}

criterion_group!(benches, tagging);
criterion_main!(benches);
