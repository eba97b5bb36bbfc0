//! Exporting a project: timeline images (PNG, SVG) and data files (`TimelineJS` JSON, CSV, Markdown).
//!
//! Images are drawn from the same [`crate::timeline`] layout as the screen (title, time axis, lanes,
//! event cards with their period bar and circa mark), measured and rendered with the bundled `DejaVu
//! Sans`, so the picture is the same on every machine. Every format:
//!
//! - escapes user text for what it is (XML, HTML inside JSON, spreadsheet formulas, Markdown) and drops
//!   control characters;
//! - is deterministic: the same project and options give byte-identical output (events in
//!   chronological order, then by id; no maps, clocks or locale; fixed number formatting);
//! - honours [`ExportOptions::from`], [`ExportOptions::to`] and [`ExportOptions::lanes`].
//!
//! ```
//! use dateline::export::{ExportFormat, ExportOptions, export_bytes};
//! use dateline::model::{Event, EventId, Project};
//!
//! let mut project = Project::default();
//! project.title = "Moon".to_owned();
//! let lane = project.lanes[0].id;
//! project.events.push(Event::new(EventId(1), "Apollo 11 lands", "1969-07-20".parse()?, lane));
//! let csv = export_bytes(&project, ExportFormat::Csv, &ExportOptions::default())?;
//! assert!(String::from_utf8(csv)?.contains("1969-07-20,,day,Apollo 11 lands,,Events,"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod cite;
pub mod clipboard;
mod csv;
mod font;
mod markdown;
mod options;
pub mod pages;
mod picture;
mod png;
mod select;
mod svg;
mod text;
mod timelinejs;

use std::path::{Path, PathBuf};

pub use self::csv::{CSV_HEADER, csv};
pub use self::markdown::markdown;
pub use self::options::{
    DEFAULT_MAX_MEGAPIXELS, ExportFormat, ExportOptions, MAX_SCALE, MAX_WIDTH_PX, MIN_WIDTH_PX,
    Theme,
};
pub use self::picture::SIDE_MARGINS_PX;
pub use self::png::png;
pub use self::svg::svg;
pub use self::timelinejs::timelinejs;

use crate::model::Project;
use crate::model::project_file::write_atomic;

/// Why an export failed. Paths come last in messages.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// A lane asked for in [`ExportOptions::lanes`] is not in the project.
    #[error("no lane named {0:?} in the project")]
    UnknownLane(String),
    /// [`ExportOptions::from`] is after [`ExportOptions::to`].
    #[error("the date range is empty: {from} is after {to}")]
    EmptyRange {
        /// The start asked for, as people read it.
        from: String,
        /// The end asked for.
        to: String,
    },
    /// A format name or extension Dateline does not export.
    #[error("unknown export format {0:?} (expected png, svg, json, csv or md)")]
    UnknownFormat(String),
    /// A theme name other than `light` or `dark`.
    #[error("unknown theme {0:?} (expected light or dark)")]
    UnknownTheme(String),
    /// [`ExportOptions::width_px`] out of range.
    #[error("image width {0} px is out of range ({MIN_WIDTH_PX} to {MAX_WIDTH_PX})")]
    InvalidWidth(u32),
    /// [`ExportOptions::scale`] out of range.
    #[error("image scale {0} is out of range (above 0, at most {MAX_SCALE})")]
    InvalidScale(f32),
    /// The picture would be larger than allowed: said before any work is done.
    #[error(
        "the picture would be about {width_px} × {height_px} pixels ({megapixels:.1} megapixels, \
         {memory:.0} MB while it is drawn, more than the {limit} allowed); leave out the source footnotes, choose a date range, \
         fewer lanes, a smaller width or scale, or allow a larger picture (Largest in the export \
         window, --max-megapixels on the command line)"
    )]
    TooLarge {
        /// Pixel width.
        width_px: u64,
        /// Pixel height.
        height_px: u64,
        /// Their product, in megapixels.
        megapixels: f64,
        /// The memory its pixels would take, in MB (4 bytes each).
        memory: f64,
        /// The most allowed, in megapixels.
        limit: f64,
    },
    /// Pages were asked for, but the timeline covers too many periods.
    #[error(
        "one picture per {unit} would make {pages} pages, more than {max}; choose a longer period \
         or a date range",
        max = pages::MAX_PAGES
    )]
    TooManyPages {
        /// How many periods hold events.
        pages: usize,
        /// The period ("year", "decade", "century").
        unit: &'static str,
    },
    /// Rendering or encoding failed.
    #[error("cannot render the image: {0}")]
    Render(String),
    /// Writing the file failed; any previous file at the path is unchanged.
    #[error("cannot write the export (nothing was written): {cause}: {path}")]
    Io {
        /// The underlying I/O error (in the message, not a separate source: it is said once).
        cause: std::io::Error,
        /// The output file.
        path: PathBuf,
    },
}

/// The project exported in `format`, as the bytes of the file.
///
/// # Errors
/// Unknown lanes, an empty date range, invalid image sizes, and rendering failures.
pub fn export_bytes(
    project: &Project,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    // Validate the selection the same way for every format, so bad options fail everywhere.
    select::Selection::new(project, options)?;
    Ok(match format {
        ExportFormat::Png => png(project, options)?,
        ExportFormat::Svg => svg(project, options)?.into_bytes(),
        ExportFormat::TimelineJs => timelinejs(project, options).into_bytes(),
        ExportFormat::Csv => csv(project, options)?.into_bytes(),
        ExportFormat::Markdown => markdown(project, options).into_bytes(),
    })
}

/// Exports the project to `path` atomically: the file is written completely or not at all. With
/// [`ExportOptions::pages`] (images only), one file per period beside `path`, named after it; if one
/// fails, those already written are removed. Returns the files written.
///
/// # Errors
/// Everything [`export_bytes`] rejects, [`ExportError::TooManyPages`], and [`ExportError::Io`] when a
/// file cannot be written.
pub fn export_to_file(
    project: &Project,
    path: &Path,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    let image = matches!(format, ExportFormat::Png | ExportFormat::Svg);
    let files = match options.pages {
        Some(unit) if image => pages::pages(project, options, unit, path)?,
        _ => Vec::new(),
    };
    if files.is_empty() {
        let whole = ExportOptions {
            pages: None,
            ..options.clone()
        };
        write_one(project, path, format, &whole)?;
        return Ok(vec![path.to_owned()]);
    }
    let mut written = Vec::with_capacity(files.len());
    for (file, page) in files {
        if let Err(err) = write_one(project, &file, format, &page) {
            for done in &written {
                std::fs::remove_file(done).ok();
            }
            return Err(err);
        }
        written.push(file);
    }
    Ok(written)
}

fn write_one(
    project: &Project,
    path: &Path,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    let bytes = export_bytes(project, format, options)?;
    write_atomic(path, &bytes).map_err(|cause| ExportError::Io {
        cause,
        path: path.to_owned(),
    })
}
