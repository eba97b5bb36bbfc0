//! Boot only: parse the command line; no subcommand opens the GUI, a subcommand runs headless.

use std::process::ExitCode;

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn,rfd=off"))
        .init();
    let args = match dateline::cli::Args::parse_or_exit_code() {
        Ok(args) => args,
        Err(code) => return code,
    };
    match args.command {
        Some(command) => dateline::cli::run(command),
        None => dateline::gui::run(&args.files),
    }
}
