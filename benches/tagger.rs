//! Tagging throughput on news text: the 183 `TimeBank` development documents (339k chars of
//! 1989–1998 news) tagged with their article dates, and the same corpus concatenated 1x, 4x
//! and 16x into one text to show that time grows linearly with input size. Then the whole of
//! `suggest` (tagging, sentences, titles, scores) over the same documents.
//!
//! `cargo bench --bench tagger`

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use dateline::extract::{Dct, parse_dct, suggest, tag};

/// The allocator the application runs with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The development corpus (gold annotations are ignored here).
const DEV: &str = include_str!("../tests/fixtures/timebank-dev.jsonl");

/// Each document's text and article date.
fn documents() -> Vec<(String, Option<Dct>)> {
    DEV.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|doc| {
            let text = doc["text"].as_str()?.to_owned();
            let dct = doc["dct"].as_str().and_then(|d| parse_dct(d).ok());
            Some((text, dct))
        })
        .collect()
}

/// One step of the pipeline over one document, counting what it found.
type Step = fn(&str, Option<&Dct>) -> usize;

/// Timexes found in one document.
fn timexes(text: &str, dct: Option<&Dct>) -> usize {
    tag(text, dct).len()
}

/// Suggestions made from one document.
fn suggestions(text: &str, dct: Option<&Dct>) -> usize {
    suggest(text, dct).len()
}

/// Tagging alone, then the whole of `suggest`, over the dev documents.
fn dev_corpus(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(|(text, _)| text.len()).sum();
    let steps: [(&str, Step); 2] = [("tag", timexes), ("suggest", suggestions)];
    for (name, step) in steps {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("timebank dev (183 docs)", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|(text, dct)| step(black_box(text), dct.as_ref()))
                    .sum::<usize>()
            });
        });
        group.finish();
    }
}

fn linearity(c: &mut Criterion) {
    let docs = documents();
    let corpus: String = docs
        .iter()
        .map(|(text, _)| text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let dct = parse_dct("1998-02-13").ok();
    let mut group = c.benchmark_group("linearity");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for copies in [1_usize, 4, 16] {
        let text = vec![corpus.as_str(); copies].join("\n\n");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("corpus", format!("{copies}x")),
            &text,
            |b, text| {
                b.iter(|| tag(black_box(text), dct.as_ref()).len());
            },
        );
    }
    group.finish();
}

criterion_group!(benches, dev_corpus, linearity);
criterion_main!(benches);
