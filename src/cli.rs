//! The headless commands. `anyhow` lives here, at the edge; errors print as one line on stderr, exit 1.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use crate::model::project_file;

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

/// Runs a headless command: exit 0 on success; otherwise one line on stderr and exit 1.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Check { file } => check(&file),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let message = format!("{err:#}").replace('\n', " ");
            eprintln!("dateline: {message}");
            ExitCode::FAILURE
        }
    }
}

fn check(file: &std::path::Path) -> anyhow::Result<()> {
    let project = project_file::load(file).context("check failed")?;
    println!("{}", project.summary());
    Ok(())
}
