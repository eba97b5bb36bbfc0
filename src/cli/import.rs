//! `dateline import`: add articles to a project file, as the GUI would, and save atomically.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::extract::Dct;
use crate::import::{AcceptPolicy, add_articles, load_article};
use crate::model::{Project, project_file};
use crate::suggestions::SuggestionIndex;

/// Adds `paths` to the project at `output` (created when missing) and saves it.
pub(super) fn import(
    output: &Path,
    paths: &[PathBuf],
    dct: Option<&Dct>,
    policy: AcceptPolicy,
) -> anyhow::Result<()> {
    let existing = output
        .try_exists()
        .with_context(|| format!("cannot read project: {}", output.display()))?;
    let mut project = if existing {
        project_file::load(output).context("cannot import")?
    } else {
        Project::default()
    };
    // Read every article before changing anything: one bad file and the project stays as it was.
    let loaded = paths
        .iter()
        .map(|path| load_article(path, dct))
        .collect::<Result<Vec<_>, _>>()?;
    if !existing && let Some(first) = loaded.first() {
        project.title.clone_from(&first.article.title);
    }
    let mut index = SuggestionIndex::default();
    index.sync(&project);
    let lane = project.lanes[0].id;
    let (edit, report) = add_articles(&project, &mut index, loaded, policy, lane);
    if let Some(edit) = edit {
        project
            .apply(edit)
            .context("cannot add the articles to the project")?;
    }
    project_file::save(output, &project)?;
    for (file_name, existing_id) in &report.duplicates {
        super::print_line(&format!(
            "skipped {file_name}: already in the project as article {}",
            existing_id.0
        ))?;
    }
    // "also reported by": the existing events the new articles became sources of.
    let extended = if report.extended_events > 0 {
        format!(
            ", added sources to {} existing event(s)",
            report.extended_events
        )
    } else {
        String::new()
    };
    super::print_line(&format!(
        "added {} article(s), accepted {} event(s){extended}, {} suggestion(s) pending: {}: {}",
        report.added.len(),
        report.accepted_events,
        report.pending,
        output.display(),
        project.summary()
    ))?;
    Ok(())
}

/// Parses `--min-confidence`.
pub(super) fn parse_confidence(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!(
            "expected a confidence between 0 and 1, got {text:?}"
        )),
    }
}
