//! Fuzz target: Article files (txt, md, html) → text → temporal tagging, sentences and event suggestions.
//! The body is shared with the stable replay test `tests/fuzz_regressions.rs`.
#![no_main]

#[allow(dead_code)] // Each target uses one of the shared bodies.
#[path = "../bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    bodies::article(data);
});
