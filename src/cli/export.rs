//! `dateline export PROJECT.ron -o OUT [--format png|svg|json|csv|md] [--width PX] [--from DATE]
//! [--to DATE] [--lanes NAME,...] [--scale 2] [--theme dark] [--footnotes]`.
//!
//! The format follows OUT's extension unless `--format` is given. The output is written atomically:
//! on any error nothing (not even a partial file) is left at OUT, and an existing OUT is unchanged.
//!
//! Wiring (in `cli/mod.rs`): `mod export;`, a variant
//! ```text
//! /// Export a project as an image (PNG, SVG) or a file (TimelineJS JSON, CSV, Markdown).
//! Export(export::ExportArgs),
//! ```
//! in `Command`, and `Command::Export(args) => export::export(&args),` in `run`.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::export::{ExportFormat, ExportOptions, Theme, export_to_file};
use crate::model::{Date, project_file};

/// The arguments of `dateline export`.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// The project file.
    #[arg(value_name = "PROJECT.ron")]
    pub project: PathBuf,
    /// The file to write; its extension picks the format (.png, .svg, .json, .csv, .md).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
    /// The format, whatever OUT's extension: png, svg, json (TimelineJS), csv or md.
    #[expect(
        clippy::doc_markdown,
        reason = "this doc comment is --help text, shown without Markdown"
    )]
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<ExportFormat>,
    /// Image width in pixels (PNG and SVG); the height follows the content.
    #[arg(long, value_name = "PX", default_value_t = 1600)]
    pub width: u32,
    /// Only events from this date on (YYYY, YYYY-MM, YYYY-MM-DD, -0043 for 44 BC, …).
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<Date>,
    /// Only events up to the end of this date.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<Date>,
    /// Only these lanes (names, comma-separated).
    #[arg(long, value_name = "NAME,...", value_delimiter = ',')]
    pub lanes: Option<Vec<String>>,
    /// PNG pixel density (2 for high-density screens and print).
    #[arg(long, value_name = "X", default_value_t = 1.0)]
    pub scale: f32,
    /// Image colours: light (for print) or dark.
    #[arg(long, value_name = "THEME", default_value = "light")]
    pub theme: Theme,
    /// Number the events in images and list their sources under the timeline.
    #[arg(long)]
    pub footnotes: bool,
    /// One picture per year, decade or century holding events (PNG and SVG), written beside OUT
    /// and named after the period (OUT-1960s.png).
    #[arg(long, value_name = "PERIOD")]
    pub pages: Option<PageUnit>,
    /// The largest picture to make (PNG and SVG), in megapixels at --scale; a larger one is
    /// refused at once, saying how large it would be.
    #[arg(long, value_name = "N", default_value_t = dateline_default_megapixels())]
    pub max_megapixels: f64,
}

/// The period of `--pages`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PageUnit {
    /// One picture per year.
    Year,
    /// One picture per decade.
    Decade,
    /// One picture per century.
    Century,
}

impl PageUnit {
    fn precision(self) -> crate::model::Precision {
        match self {
            PageUnit::Year => crate::model::Precision::Year,
            PageUnit::Decade => crate::model::Precision::Decade,
            PageUnit::Century => crate::model::Precision::Century,
        }
    }
}

/// The default of `--max-megapixels`.
const fn dateline_default_megapixels() -> f64 {
    crate::export::DEFAULT_MAX_MEGAPIXELS
}

/// Exports a project file; prints one line naming what was written.
pub(super) fn export(args: &ExportArgs) -> anyhow::Result<()> {
    let format = resolve_format(args.format, &args.output)?;
    let project = project_file::load(&args.project).context("cannot export")?;
    let options = ExportOptions {
        width_px: args.width,
        from: args.from,
        to: args.to,
        lanes: args.lanes.clone(),
        scale: args.scale,
        theme: args.theme,
        footnotes: args.footnotes,
        filter: None,
        visible_days: None,
        pages: args.pages.map(PageUnit::precision),
        max_megapixels: args.max_megapixels,
    };
    let files =
        export_to_file(&project, &args.output, format, &options).context("cannot export")?;
    let written = match files.as_slice() {
        [one] => one.display().to_string(),
        [first, .., last] => format!(
            "{} pictures, {} … {}",
            files.len(),
            first.display(),
            last.display()
        ),
        [] => args.output.display().to_string(),
    };
    super::print_line(&format!(
        "exported {} as {}: {written}",
        project.title.trim(),
        format.label(),
    ))?;
    Ok(())
}

/// The format asked for, else the one OUT's extension names.
fn resolve_format(format: Option<ExportFormat>, output: &Path) -> anyhow::Result<ExportFormat> {
    if let Some(format) = format {
        return Ok(format);
    }
    ExportFormat::from_path(output).with_context(|| {
        format!(
            "cannot tell the export format from the file name (use .png, .svg, .json, .csv or .md, \
             or --format): {}",
            output.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/project.ron")
    }

    fn args(project: PathBuf, output: PathBuf) -> ExportArgs {
        ExportArgs {
            project,
            output,
            format: None,
            width: 1600,
            from: None,
            to: None,
            lanes: None,
            scale: 1.0,
            theme: Theme::Light,
            footnotes: false,
            pages: None,
            max_megapixels: crate::export::DEFAULT_MAX_MEGAPIXELS,
        }
    }

    #[derive(Debug, clap::Parser)]
    struct Cli {
        #[command(flatten)]
        args: ExportArgs,
    }

    #[test]
    fn arguments_parse() {
        use clap::Parser as _;
        let cli = Cli::try_parse_from([
            "export",
            "p.ron",
            "-o",
            "t.png",
            "--from",
            "-0043",
            "--to",
            "2022-03",
            "--lanes",
            "Politics,Culture & technology",
            "--scale",
            "2",
            "--theme",
            "dark",
            "--footnotes",
            "--format",
            "svg",
            "--width",
            "900",
        ])
        .unwrap();
        let args = cli.args;
        assert_eq!(args.from, Some("-0043".parse().unwrap()));
        assert_eq!(args.to, Some("2022-03".parse().unwrap()));
        assert_eq!(
            args.lanes,
            Some(vec![
                "Politics".to_owned(),
                "Culture & technology".to_owned()
            ])
        );
        assert_eq!(
            (args.width, args.theme, args.footnotes),
            (900, Theme::Dark, true)
        );
        assert_eq!(args.format, Some(ExportFormat::Svg));
        assert!((args.scale - 2.0).abs() < f32::EPSILON);

        let defaults = Cli::try_parse_from(["export", "p.ron", "-o", "t.png"])
            .unwrap()
            .args;
        assert_eq!(
            (defaults.width, defaults.theme, defaults.format),
            (1600, Theme::Light, None)
        );
        for bad in [
            ["--format", "gif"],
            ["--theme", "sepia"],
            ["--from", "yesterday"],
        ] {
            let mut command_line = vec!["export", "p.ron", "-o", "t.png"];
            command_line.extend(bad);
            assert!(Cli::try_parse_from(command_line).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn format_follows_the_extension_unless_given() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("timeline.CSV");
        export(&args(fixture(), output.clone())).unwrap();
        assert!(
            std::fs::read_to_string(&output)
                .unwrap()
                .starts_with("start,end,")
        );

        let output = dir.path().join("timeline.txt");
        let err = export(&args(fixture(), output.clone())).unwrap_err();
        assert!(format!("{err:#}").contains("export format"), "{err:#}");
        let forced = ExportArgs {
            format: Some(ExportFormat::Markdown),
            ..args(fixture(), output.clone())
        };
        export(&forced).unwrap();
        assert!(std::fs::read_to_string(&output).unwrap().starts_with("# "));
    }

    #[test]
    fn bad_input_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("out.svg");
        let missing = export(&args(dir.path().join("missing.ron"), output.clone())).unwrap_err();
        assert!(
            format!("{missing:#}").contains("missing.ron"),
            "{missing:#}"
        );
        let unknown_lane = ExportArgs {
            lanes: Some(vec!["Sports".to_owned()]),
            ..args(fixture(), output.clone())
        };
        let err = export(&unknown_lane).unwrap_err();
        assert!(format!("{err:#}").contains("Sports"), "{err:#}");
        let unwritable = args(fixture(), dir.path().join("no/such/dir/out.svg"));
        let err = export(&unwritable).unwrap_err();
        assert!(format!("{err:#}").contains("out.svg"), "{err:#}");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}
