//! The headless commands. `anyhow` lives here, at the edge; errors print as one line on stderr, exit 1.

mod check;
mod export;
mod import;
mod tag;
mod tag_stream;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::extract::{Dct, parse_dct};

/// Dateline turns news articles into sourced, dated timelines.
///
/// Without a subcommand it opens the window with the given files: a `.ron` file opens as the project,
/// other files as articles.
#[derive(Debug, Parser)]
#[command(
    name = "dateline",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    /// Files to open in the window: one project (.ron) and/or articles (.txt, .md, .html).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// A headless command.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a project file: prints a one-line summary, exit 1 if it cannot be opened.
    Check {
        /// The project file.
        #[arg(value_name = "FILE.ron")]
        file: PathBuf,
    },
    /// Find every date and time expression (TIMEX3) in an article and print them as JSON.
    ///
    /// With --jsonl, read lines `{"doc_id", "dct", "text"}` from stdin and write one line
    /// `{"doc_id", "timexes"}` per document, in order. Offsets count chars, end exclusive.
    Tag {
        /// The article date relative dates resolve against (YYYY-MM-DD or YYYY-MM-DDTHH:MM);
        /// by default the date found in the article's dateline, if any.
        #[arg(long, value_name = "DATE", value_parser = parse_dct_arg)]
        dct: Option<Dct>,
        /// Stream JSON lines from stdin to stdout instead of reading FILE.
        #[arg(long, conflicts_with = "file")]
        jsonl: bool,
        /// The article (plain text, UTF-8/UTF-16/Windows-1252).
        #[arg(value_name = "FILE", required_unless_present = "jsonl")]
        file: Option<PathBuf>,
    },
    /// Suggest dated events for articles: a table, or JSON with --json.
    Suggest {
        /// The article date relative dates resolve against (YYYY-MM-DD or YYYY-MM-DDTHH:MM);
        /// by default the date found in each article's dateline, if any.
        #[arg(long, value_name = "DATE", value_parser = parse_dct_arg)]
        dct: Option<Dct>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// The articles.
        #[arg(value_name = "ARTICLE", required = true)]
        articles: Vec<PathBuf>,
    },
    /// Export a project as an image (PNG, SVG) or a file (`TimelineJS` JSON, CSV, Markdown).
    Export(export::ExportArgs),
    /// Add articles to a project (created if missing), accepting suggestions as asked, and save it.
    Import {
        /// The article date for every article given (YYYY-MM-DD or YYYY-MM-DDTHH:MM); by default
        /// each article's own dateline date, if any.
        #[arg(long, value_name = "DATE", value_parser = parse_dct_arg)]
        dct: Option<Dct>,
        /// Accept every suggestion with a resolved date as an event.
        #[arg(long, conflicts_with = "min_confidence")]
        accept_all: bool,
        /// Accept suggestions with a resolved date and at least this confidence (0 to 1).
        #[arg(long, value_name = "X", value_parser = import::parse_confidence)]
        min_confidence: Option<f32>,
        /// The project file to create or extend.
        #[arg(short = 'o', long = "output", value_name = "PROJECT.ron")]
        output: PathBuf,
        /// The articles (.txt, .md, .html).
        #[arg(value_name = "ARTICLE", required = true)]
        articles: Vec<PathBuf>,
    },
}

/// Parses a `--dct` value.
fn parse_dct_arg(text: &str) -> Result<Dct, String> {
    parse_dct(text).map_err(|err| err.to_string())
}

impl Args {
    /// Parses the command line. `--help` and `--version` print and return exit 0; a usage error
    /// prints one line on stderr and returns exit 1.
    ///
    /// # Errors
    /// The exit code to return when the program should stop here (help, version or a usage error).
    pub fn parse_or_exit_code() -> Result<Args, ExitCode> {
        Args::try_parse().map_err(|err| {
            use clap::error::ErrorKind;
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) {
                err.print().ok();
                return ExitCode::SUCCESS;
            }
            let rendered = err.render().to_string();
            let first_line = rendered.lines().next().unwrap_or("invalid arguments");
            let message = first_line.trim_start_matches("error: ");
            eprintln!("dateline: {message} (see dateline --help)");
            ExitCode::FAILURE
        })
    }
}

/// Whether `err` comes from writing to a pipe whose reader has gone.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let io_kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        io_kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// Writes `text` and a newline to standard output (an error, not a panic, when the pipe is closed).
fn print_line(text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{text}")?;
    stdout.flush()
}

/// Runs a headless command: exit 0 on success; otherwise one line on stderr and exit 1.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Check { file } => check::check(&file),
        Command::Tag {
            dct, jsonl: true, ..
        } => tag::tag_jsonl(dct.as_ref()),
        Command::Tag {
            dct,
            file: Some(file),
            ..
        } => tag::tag_file(&file, dct.as_ref()),
        Command::Tag { file: None, .. } => Err(anyhow::anyhow!("give an article FILE or --jsonl")),
        Command::Suggest {
            dct,
            json,
            articles,
        } => tag::suggest(&articles, dct.as_ref(), json),
        Command::Export(args) => export::export(&args),
        Command::Import {
            dct,
            accept_all,
            min_confidence,
            output,
            articles,
        } => {
            let policy = match (accept_all, min_confidence) {
                (true, _) => crate::import::AcceptPolicy::All,
                (false, Some(min)) => crate::import::AcceptPolicy::MinConfidence(min),
                (false, None) => crate::import::AcceptPolicy::None,
            };
            import::import(&output, &articles, dct.as_ref(), policy)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader stopped reading (`dateline tag --jsonl | head -1`): not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            eprintln!("dateline: {message}");
            ExitCode::FAILURE
        }
    }
}
