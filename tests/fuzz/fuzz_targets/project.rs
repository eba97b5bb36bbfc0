//! Fuzz target: Project files (RON) → project → RON → project: loads without panicking and round-trips.
//! The body is shared with the stable replay test `tests/fuzz_regressions.rs`.
#![no_main]

#[allow(dead_code)] // Each target uses one of the shared bodies.
#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    bodies::project(data);
});
