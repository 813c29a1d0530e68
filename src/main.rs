use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    #[cfg(feature = "game")]
    zero_draft::game::LAUNCHED.get_or_init(std::time::Instant::now);
    let cli = zero_draft::cli::Cli::parse();
    if let Some(code) = zero_draft::cli::run(cli) {
        return code;
    }
    start_game()
}

#[cfg(feature = "game")]
fn start_game() -> ExitCode {
    zero_draft::game::run(None);
    ExitCode::SUCCESS
}

#[cfg(not(feature = "game"))]
fn start_game() -> ExitCode {
    eprintln!(
        "this build has no game (built without the `game` feature); see --help for the headless commands"
    );
    ExitCode::FAILURE
}
