//! The RON project file: deterministic pretty text, atomic saves, clear errors, migrations.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{FORMAT_VERSION, Project};

/// Why a project file could not be read or written. The path comes last in every message.
#[derive(Debug, thiserror::Error)]
pub enum ProjectFileError {
    /// The file could not be read (missing, a directory, no permission…).
    #[error("cannot read project file: {cause}: {path}")]
    Read {
        /// The underlying I/O error (in the message, not a separate source: it is said once).
        cause: std::io::Error,
        /// The file.
        path: PathBuf,
    },
    /// The file is empty.
    #[error("the project file is empty: {path}")]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is not text (binary or not UTF-8).
    #[error("not a Dateline project (binary or not UTF-8 text): {path}")]
    NotText {
        /// The file.
        path: PathBuf,
    },
    /// RON syntax error, or valid RON of the wrong shape.
    #[error("not a valid Dateline project: {message} at line {line}, column {column}: {path}")]
    Syntax {
        /// What the parser expected.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The file.
        path: PathBuf,
    },
    /// Written by a newer Dateline.
    #[error(
        "written by a newer Dateline (file format {found}, this version reads up to {supported}); \
         update Dateline to open it: {path}"
    )]
    NewerVersion {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
        /// The file.
        path: PathBuf,
    },
    /// Parsed, but inconsistent (an event on a lane that does not exist, duplicate ids…).
    #[error("damaged project: {message}: {path}")]
    Inconsistent {
        /// What is wrong.
        message: String,
        /// The file.
        path: PathBuf,
    },
    /// Serialising failed (should not happen for a valid project).
    #[error("cannot encode project: {message}: {path}")]
    Encode {
        /// The encoder's message.
        message: String,
        /// The file.
        path: PathBuf,
    },
    /// Writing or replacing the file failed; the previous file is untouched.
    #[error("cannot save project (the previous file is unchanged): {cause}: {path}")]
    Write {
        /// The underlying I/O error (in the message, not a separate source: it is said once).
        cause: std::io::Error,
        /// The file.
        path: PathBuf,
    },
}

/// Just the version field, read before the rest so newer files get a clear message.
#[derive(serde::Deserialize)]
struct VersionProbe {
    version: u32,
}

/// Pretty, deterministic RON for a project (same project → same bytes).
///
/// # Errors
/// Only if serde fails, which a valid project never makes it do.
pub fn to_ron_string(project: &Project) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        .new_line("\n")
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(project, config)?;
    text.push('\n');
    Ok(text)
}

/// Parses project text; `path` is only used in error messages.
///
/// # Errors
/// Empty text, RON syntax errors and wrong shapes (with line and column), newer format versions,
/// and inconsistent projects.
pub fn from_ron_str(text: &str, path: &Path) -> Result<Project, ProjectFileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ProjectFileError::Empty {
            path: path.to_owned(),
        });
    }
    let syntax = |err: ron::error::SpannedError| ProjectFileError::Syntax {
        message: err.code.to_string(),
        line: err.span.start.line,
        column: err.span.start.col,
        path: path.to_owned(),
    };
    let newer = |found: u32| ProjectFileError::NewerVersion {
        found,
        supported: FORMAT_VERSION,
        path: path.to_owned(),
    };
    // One parse on the common path. Only when it fails is the version read alone: a newer file
    // may have a shape this build does not know, and then "newer" is the error to give.
    let mut project: Project = match ron_options().from_str(text) {
        Ok(project) => project,
        Err(err) => {
            return Err(match ron_options().from_str::<VersionProbe>(text) {
                Ok(probe) if probe.version > FORMAT_VERSION => newer(probe.version),
                _ => syntax(err),
            });
        }
    };
    if project.version > FORMAT_VERSION {
        return Err(newer(project.version));
    }
    migrate(&mut project);
    forget_non_finite_view(&mut project);
    validate(&project).map_err(|message| ProjectFileError::Inconsistent {
        message,
        path: path.to_owned(),
    })?;
    Ok(project)
}

/// Optional fields are written plainly (`end: "1799-11-09"`, not `Some(...)`), in files with or without
/// the `#![enable(implicit_some)]` header.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Brings an older project up to [`FORMAT_VERSION`].
///
/// - 1 → 2: events gained a [`super::Relation`] ("by 6 Jan 2022"); a version-1 event has none,
///   which reads as the default "on the date", so the fields need no rewriting.
/// - 2 → 3: articles gained an outlet, author, address and where their date came from; a
///   version-2 article has none (unknown), so nothing is rewritten. The version changes so an
///   older build refuses the file instead of saving it without them.
fn migrate(project: &mut Project) {
    project.version = FORMAT_VERSION;
}

/// Forgets a saved view that is not finite (`NaN`, `inf`): the window then fits the view to the
/// events, as for a project saved without one, and a `NaN` would make the loaded project unequal
/// to itself (so to its own saved copy).
fn forget_non_finite_view(project: &mut Project) {
    if project
        .view
        .is_some_and(|view| !(view.start_days.is_finite() && view.days_per_point.is_finite()))
    {
        project.view = None;
    }
}

/// Checks the invariants `Project::apply` relies on.
fn validate(project: &Project) -> Result<(), String> {
    if project.lanes.is_empty() {
        return Err("the project has no lanes".to_owned());
    }
    let mut lane_ids: Vec<_> = project.lanes.iter().map(|l| l.id).collect();
    lane_ids.sort_unstable();
    if let Some(pair) = lane_ids.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!("lane id {} is used twice", pair[0].0));
    }
    if let Some(pair) = project.events.windows(2).find(|w| w[0].id >= w[1].id) {
        return Err(format!(
            "event ids are duplicated or out of order near id {}",
            pair[1].id.0
        ));
    }
    if let Some(event) = project
        .events
        .iter()
        .find(|e| project.lane(e.lane).is_none())
    {
        return Err(format!(
            "event {} is on lane {}, which does not exist",
            event.id.0, event.lane.0
        ));
    }
    if let Some(event) = project.events.iter().find(|e| {
        e.end
            .is_some_and(|end| end.end_days() < e.start.start_days())
    }) {
        return Err(format!("event {} ends before it starts", event.id.0));
    }
    Ok(())
}

/// Reads a project file.
///
/// # Errors
/// Unreadable, empty or binary files, and everything [`from_ron_str`] rejects.
pub fn load(path: &Path) -> Result<Project, ProjectFileError> {
    let bytes = std::fs::read(path).map_err(|cause| ProjectFileError::Read {
        cause,
        path: path.to_owned(),
    })?;
    if bytes.is_empty() {
        return Err(ProjectFileError::Empty {
            path: path.to_owned(),
        });
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| ProjectFileError::NotText {
        path: path.to_owned(),
    })?;
    if text.contains('\0') {
        return Err(ProjectFileError::NotText {
            path: path.to_owned(),
        });
    }
    from_ron_str(text, path)
}

/// What saving over an existing file would destroy, when the file is not a project this build reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OverwriteRisk {
    /// The file was written by a newer Dateline: saving would replace it with an older format.
    NewerVersion {
        /// Format version in the file.
        found: u32,
    },
    /// The file is not a Dateline project this build can read (damaged, or something else entirely).
    Damaged {
        /// What is wrong with it, without the path.
        reason: String,
    },
}

impl std::fmt::Display for OverwriteRisk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OverwriteRisk::NewerVersion { found } => write!(
                f,
                "it was written by a newer Dateline (file format {found}; this version writes \
                 format {FORMAT_VERSION}), and saving would replace it with the older format"
            ),
            OverwriteRisk::Damaged { reason } => write!(
                f,
                "it is not a Dateline project this version can read ({reason}), and saving would \
                 replace what is in it"
            ),
        }
    }
}

/// Whether saving to `path` would replace a file that is not a readable Dateline project: one written
/// by a newer Dateline, or a damaged or foreign file. A missing, empty or unreadable file is no risk
/// (an unreadable one makes the save itself fail, with its own message).
pub fn overwrite_risk(path: &Path) -> Option<OverwriteRisk> {
    match load(path) {
        Ok(_)
        | Err(
            ProjectFileError::Read { .. }
            | ProjectFileError::Empty { .. }
            | ProjectFileError::Encode { .. }
            | ProjectFileError::Write { .. },
        ) => None,
        Err(ProjectFileError::NewerVersion { found, .. }) => {
            Some(OverwriteRisk::NewerVersion { found })
        }
        Err(
            err @ (ProjectFileError::NotText { .. }
            | ProjectFileError::Syntax { .. }
            | ProjectFileError::Inconsistent { .. }),
        ) => {
            let message = err.to_string();
            let reason = message
                .strip_suffix(&format!(": {}", path.display()))
                .unwrap_or(&message)
                .to_owned();
            Some(OverwriteRisk::Damaged { reason })
        }
    }
}

/// Saves a project atomically: writes a temporary file beside `path`, flushes it to disk and renames
/// it over the old file. On any failure the old file is left untouched and the temporary file removed.
///
/// # Errors
/// [`ProjectFileError::Write`] when the folder cannot be written or the disk is full.
pub fn save(path: &Path, project: &Project) -> Result<(), ProjectFileError> {
    let text = to_ron_string(project).map_err(|err| ProjectFileError::Encode {
        message: err.to_string(),
        path: path.to_owned(),
    })?;
    write_atomic(path, text.as_bytes()).map_err(|cause| ProjectFileError::Write {
        cause,
        path: path.to_owned(),
    })
}

/// Writes `bytes` to `path` atomically (temporary file in the same folder, fsync, rename).
///
/// # Errors
/// Any I/O error; the file at `path` is then unchanged.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file path"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(file_name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp_path = dir.join(tmp_name);
    let result = (|| {
        let mut file = std::fs::File::create(&tmp_path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp_path, path)?;
        // Make the rename itself durable where the platform allows opening a directory.
        if let Ok(dir_handle) = std::fs::File::open(&dir) {
            dir_handle.sync_all().ok();
        }
        Ok(())
    })();
    if result.is_err() {
        std::fs::remove_file(&tmp_path).ok();
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Event, EventId};

    fn sample() -> Project {
        let mut project = Project::default();
        let lane = project.lanes[0].id;
        let mut event = Event::new(
            EventId(1),
            "Protests \"begin\"\nin Zhanaozen",
            "2022-01-02".parse().unwrap(),
            lane,
        );
        event.end = Some("2022-01-05".parse().unwrap());
        event.description = "Fuel prices doubled.".into();
        project.apply(Edit::InsertEvents(vec![event])).unwrap();
        project
    }

    #[test]
    fn round_trip_is_exact_and_deterministic() {
        let project = sample();
        let text = to_ron_string(&project).unwrap();
        assert_eq!(text, to_ron_string(&project.clone()).unwrap());
        assert!(text.contains("version: 3"), "{text}");
        assert!(text.contains("start: \"2022-01-02\""), "{text}");
        let back = from_ron_str(&text, Path::new("x.ron")).unwrap();
        assert_eq!(back, project);
    }

    #[test]
    fn errors_are_specific() {
        let p = Path::new("bad.ron");
        assert!(matches!(
            from_ron_str("  \n", p),
            Err(ProjectFileError::Empty { .. })
        ));
        let text = to_ron_string(&sample()).unwrap();
        let truncated = &text[..text.len() / 2];
        let err = from_ron_str(truncated, p).unwrap_err();
        assert!(matches!(err, ProjectFileError::Syntax { .. }), "{err}");
        let err = from_ron_str("(version: 1, title: 3)", p).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("line 1") && message.ends_with("bad.ron"),
            "{message}"
        );
        let newer = text.replace("version: 3", "version: 99");
        assert!(matches!(
            from_ron_str(&newer, p),
            Err(ProjectFileError::NewerVersion { found: 99, .. })
        ));
        let dangling = text.replace("lane: 1", "lane: 7");
        assert!(matches!(
            from_ron_str(&dangling, p),
            Err(ProjectFileError::Inconsistent { .. })
        ));
    }

    #[test]
    fn overwriting_newer_or_damaged_files_is_a_risk() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a: story.ron");
        assert_eq!(overwrite_risk(&path), None, "missing");
        std::fs::write(&path, "").unwrap();
        assert_eq!(overwrite_risk(&path), None, "empty");
        save(&path, &sample()).unwrap();
        assert_eq!(overwrite_risk(&path), None, "a project of ours");
        std::fs::write(&path, "(version: 99, shiny_new_field: [])").unwrap();
        assert_eq!(
            overwrite_risk(&path),
            Some(OverwriteRisk::NewerVersion { found: 99 })
        );
        std::fs::write(&path, "(version: 1, title: \"x\", lanes: [").unwrap();
        let Some(OverwriteRisk::Damaged { reason }) = overwrite_risk(&path) else {
            panic!("a truncated file is damaged");
        };
        assert!(
            reason.starts_with("not a valid Dateline project"),
            "{reason}"
        );
        assert!(!reason.contains("story.ron"), "{reason}");
        std::fs::write(&path, [0xff, 0xfe, 0x00, 0x01]).unwrap();
        assert!(matches!(
            overwrite_risk(&path),
            Some(OverwriteRisk::Damaged { .. })
        ));
    }

    #[test]
    fn non_finite_views_are_forgotten() {
        // The project fuzz target's round-trip check: a NaN view made the project unequal to itself.
        let p = Path::new("view.ron");
        let text = to_ron_string(&sample()).unwrap();
        for bad in [
            "(start_days: NaN, days_per_point: 1.0)",
            "(start_days: 0.0, days_per_point: inf)",
        ] {
            let project =
                from_ron_str(&text.replace("view: None", &format!("view: {bad}")), p).unwrap();
            assert_eq!(project.view, None, "{bad}");
            assert_eq!(project, sample());
        }
        let good = text.replace(
            "view: None",
            "view: (start_days: -25567.0, days_per_point: 73.0)",
        );
        assert!(from_ron_str(&good, p).unwrap().view.is_some());
    }

    #[test]
    fn failed_save_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        save(&path, &sample()).unwrap();
        let before = std::fs::read(&path).unwrap();
        // A path whose parent is a file cannot be written.
        let bad = path.join("child.ron");
        assert!(matches!(
            save(&bad, &sample()),
            Err(ProjectFileError::Write { .. })
        ));
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "temporary files left behind");
        assert_eq!(load(&path).unwrap(), sample());
    }
}
