//! The fuzz targets' bodies, run on stable by `cargo test`.
//!
//! The `cargo fuzz` targets in `tests/fuzz/` (nightly, `libFuzzer`) and this test share their
//! bodies (`tests/fuzz/bodies.rs`: article decoding and tagging, project loading and RON round
//! trip, date parsing and round trip). Here every seed in `tests/fuzz/seeds/<target>/` and every
//! minimized crash in `tests/fuzz/regressions/<target>/` goes through the same code and checks,
//! so a fixed crash stays fixed without a nightly toolchain.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

#[path = "../fuzz/bodies.rs"]
mod bodies;

/// A fuzz target's body: panics when a check fails; says whether the input went deep.
type Body = fn(&[u8]) -> bool;

/// The fuzz targets and their bodies.
const TARGETS: [(&str, Body); 3] = [
    ("article", bodies::article),
    ("project", bodies::project),
    ("date", bodies::date),
];

/// `tests/fuzz/<kind>`.
fn fuzz_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(kind)
}

/// Every file in `tests/fuzz/<kind>/<target>/` with its bytes, sorted by name; none when the
/// folder does not exist (git keeps no empty folders).
fn inputs(kind: &str, target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = fuzz_dir(kind).join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|err| panic!("cannot list {}: {err}", dir.display()));
    files.retain(|path| path.is_file());
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
            (path, bytes)
        })
        .collect()
}

/// Runs `body` on every input, collecting the files it panics on instead of stopping at the
/// first; returns how many inputs went deep (parsed, or tagged something) and the failures.
fn replay(body: Body, files: &[(PathBuf, Vec<u8>)]) -> (usize, Vec<String>) {
    let mut deep = 0;
    let mut failures = Vec::new();
    for (path, bytes) in files {
        match catch_unwind(AssertUnwindSafe(|| body(bytes))) {
            Ok(went_deep) => deep += usize::from(went_deep),
            Err(_) => failures.push(path.display().to_string()),
        }
    }
    (deep, failures)
}

/// The seeds are meaningful inputs: each target has some, and every one of them parses (or, for
/// articles, has a temporal expression), so the replay cannot pass on nothing.
#[test]
fn seeds_pass_the_fuzz_checks() {
    for (target, body) in TARGETS {
        let seeds = inputs("seeds", target);
        assert!(
            seeds.len() >= 3,
            "only {} seed(s) in tests/fuzz/seeds/{target}",
            seeds.len()
        );
        let (deep, failures) = replay(body, &seeds);
        assert!(
            failures.is_empty(),
            "{target}: checks fail on {failures:#?}"
        );
        assert_eq!(
            deep,
            seeds.len(),
            "{target}: some seeds are rejected before the interesting code"
        );
    }
}

/// Every minimized crash found by the fuzzers is fixed.
#[test]
fn fuzz_regressions_stay_fixed() {
    let mut failures = Vec::new();
    for (target, body) in TARGETS {
        failures.extend(replay(body, &inputs("regressions", target)).1);
    }
    assert!(
        failures.is_empty(),
        "fuzz regressions fail again: {failures:#?}"
    );
}

/// No seed or regression folder is left out: each is named after a target.
#[test]
fn every_input_folder_belongs_to_a_target() {
    for kind in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz_dir(kind)) else {
            continue;
        };
        for entry in entries {
            let path = entry
                .unwrap_or_else(|err| panic!("cannot list tests/fuzz/{kind}: {err}"))
                .path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            assert!(
                path.is_dir() && TARGETS.iter().any(|(target, _)| *target == name),
                "{} is not the folder of a fuzz target",
                path.display()
            );
        }
    }
}
