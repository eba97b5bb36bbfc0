//! The pure core without a window: exports against golden files and hostile text, the project
//! file's round trip, properties, fuzz regressions and the tagger's score on the dev set. One test
//! binary, so the GUI stack is linked once.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on unexpected errors")]

mod export_golden;
mod export_hostile;
mod fuzz_regressions;
mod project_roundtrip;
mod properties;
mod tagger_dev_score;
