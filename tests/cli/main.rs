//! The command line and the real binary: `dateline tag | suggest | import | export | check`, crash
//! safety, and the window started under Xvfb. One test binary, so the GUI stack is linked once.
#![expect(clippy::unwrap_used, reason = "tests fail loudly on unexpected errors")]

mod check;
mod crash_safety;
mod import;
mod smoke_xvfb;
mod tag;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The binary under test.
const BIN: &str = env!("CARGO_BIN_EXE_dateline");

/// Runs `dateline ARGS…` and returns what it did.
fn dateline(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

/// A path inside the repository.
fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}
