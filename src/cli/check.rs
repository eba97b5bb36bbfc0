//! `dateline check FILE.ron`.

use std::path::Path;

use anyhow::Context as _;

use crate::model::project_file;

/// Loads a project and prints its one-line summary.
pub(super) fn check(file: &Path) -> anyhow::Result<()> {
    let project = project_file::load(file).context("check failed")?;
    super::print_line(&project.summary())?;
    Ok(())
}
