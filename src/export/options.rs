//! What to export and how: the format, the image theme and the export options.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use super::ExportError;
use crate::model::Date;

/// The file formats Dateline exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExportFormat {
    /// A raster image of the timeline (rendered from the SVG).
    Png,
    /// A vector image of the timeline.
    Svg,
    /// Knight Lab's `TimelineJS3` JSON.
    TimelineJs,
    /// RFC 4180 CSV, one row per event.
    Csv,
    /// A Markdown chronology with footnoted sources.
    Markdown,
}

impl ExportFormat {
    /// Every format, in menu order.
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Png,
        ExportFormat::Svg,
        ExportFormat::TimelineJs,
        ExportFormat::Csv,
        ExportFormat::Markdown,
    ];

    /// The format a file extension stands for (case-insensitive, without the dot): `png`, `svg`,
    /// `json`, `csv`, `md` (or `markdown`).
    pub fn from_extension(extension: &str) -> Option<ExportFormat> {
        match extension.to_ascii_lowercase().as_str() {
            "png" => Some(ExportFormat::Png),
            "svg" => Some(ExportFormat::Svg),
            "json" => Some(ExportFormat::TimelineJs),
            "csv" => Some(ExportFormat::Csv),
            "md" | "markdown" => Some(ExportFormat::Markdown),
            _ => None,
        }
    }

    /// The format named on the command line (case-insensitive): the extensions of
    /// [`ExportFormat::from_extension`] plus `timelinejs`.
    pub fn from_name(name: &str) -> Option<ExportFormat> {
        let name = name.trim();
        if name.eq_ignore_ascii_case("timelinejs") {
            return Some(ExportFormat::TimelineJs);
        }
        ExportFormat::from_extension(name)
    }

    /// The format a file path's extension stands for.
    pub fn from_path(path: &Path) -> Option<ExportFormat> {
        path.extension()
            .and_then(|ext| ext.to_str())
            .and_then(ExportFormat::from_extension)
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
            ExportFormat::TimelineJs => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "md",
        }
    }

    /// A name for menus and file dialogs ("PNG image", "`TimelineJS` JSON", …).
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Png => "PNG image",
            ExportFormat::Svg => "SVG image",
            ExportFormat::TimelineJs => "TimelineJS JSON",
            ExportFormat::Csv => "CSV table",
            ExportFormat::Markdown => "Markdown",
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

impl FromStr for ExportFormat {
    type Err = ExportError;

    /// Same as [`ExportFormat::from_name`].
    fn from_str(name: &str) -> Result<ExportFormat, ExportError> {
        ExportFormat::from_name(name).ok_or_else(|| ExportError::UnknownFormat(name.to_owned()))
    }
}

/// Colours of an exported image.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Dark text on white: for print and documents.
    #[default]
    Light,
    /// Light text on a dark background, like the app's dark mode.
    Dark,
}

impl FromStr for Theme {
    type Err = ExportError;

    /// `light` or `dark` (case-insensitive).
    fn from_str(name: &str) -> Result<Theme, ExportError> {
        match name.trim().to_ascii_lowercase().as_str() {
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            _ => Err(ExportError::UnknownTheme(name.to_owned())),
        }
    }
}

/// How to export: which part of the timeline, and how the image looks.
///
/// The date range and lanes apply to every format; the rest only to images.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// Image width in pixels (at scale 1). Height follows the content.
    pub width_px: u32,
    /// Only events that end after the start of this date (and the image starts here).
    pub from: Option<Date>,
    /// Only events that start before the end of this date (and the image ends here).
    pub to: Option<Date>,
    /// Only these lanes, by name (all lanes when `None`).
    pub lanes: Option<Vec<String>>,
    /// PNG pixel density: 1.0 or 2.0 (for high-density screens and print).
    pub scale: f32,
    /// Image colours.
    pub theme: Theme,
    /// Number the events in images and list their sources (article and sentence) under the timeline.
    pub footnotes: bool,
    /// Only the events this filter shows (the screen's filter, when the user asks).
    pub filter: Option<crate::timeline::filter::EventFilter>,
    /// Exactly this span of time, in days since 1970 ("what you see": the screen's view), instead of
    /// [`ExportOptions::from`] and [`ExportOptions::to`].
    pub visible_days: Option<(f64, f64)>,
    /// One picture per year, decade or century holding events (images only), instead of one.
    pub pages: Option<crate::model::Precision>,
    /// The largest picture made without asking, in megapixels at [`ExportOptions::scale`]: a
    /// request for more fails at once, naming what makes it smaller.
    pub max_megapixels: f64,
}

/// The default [`ExportOptions::max_megapixels`]: 40 megapixels, a picture a person can open
/// and share (160 MB of pixels while it is made).
pub const DEFAULT_MAX_MEGAPIXELS: f64 = 40.0;

/// Narrowest image [`ExportOptions::width_px`] accepted.
pub const MIN_WIDTH_PX: u32 = 320;
/// Widest image [`ExportOptions::width_px`] accepted.
pub const MAX_WIDTH_PX: u32 = 16_000;
/// Largest PNG [`ExportOptions::scale`] accepted.
pub const MAX_SCALE: f32 = 4.0;

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            width_px: 1600,
            from: None,
            to: None,
            lanes: None,
            scale: 1.0,
            theme: Theme::Light,
            footnotes: false,
            filter: None,
            visible_days: None,
            pages: None,
            max_megapixels: DEFAULT_MAX_MEGAPIXELS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_extensions_and_names() {
        for format in ExportFormat::ALL {
            assert_eq!(
                ExportFormat::from_extension(format.extension()),
                Some(format)
            );
            assert_eq!(ExportFormat::from_name(format.extension()), Some(format));
        }
        assert_eq!(ExportFormat::from_extension("PNG"), Some(ExportFormat::Png));
        assert_eq!(
            ExportFormat::from_name("timelinejs"),
            Some(ExportFormat::TimelineJs)
        );
        assert_eq!(
            ExportFormat::from_path(Path::new("out/tl.Markdown")),
            Some(ExportFormat::Markdown)
        );
        assert_eq!(ExportFormat::from_extension("pdf"), None);
        assert_eq!(ExportFormat::from_path(Path::new("noext")), None);
        assert!("gif".parse::<ExportFormat>().is_err());
        assert_eq!("Dark".parse::<Theme>().ok(), Some(Theme::Dark));
        assert!("sepia".parse::<Theme>().is_err());
    }
}
