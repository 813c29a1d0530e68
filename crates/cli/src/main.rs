use std::process::ExitCode;
mod check;
mod class_debrief;
mod classroom;
mod cli;
mod coach;
mod console;
mod league;
mod new;
mod records;
mod roster;
mod round_robin;
mod simulate;
mod validate;

use clap::Parser;

/// mimalloc: the engine allocates many small, short-lived vectors (reactions, reasons,
/// candidate edits), which it serves faster than the system allocator. Metered: a strategy
/// script's decision is stopped when it holds more than its memory budget.
#[global_allocator]
static ALLOCATOR: zero_draft_script::Metered<mimalloc::MiMalloc> =
    zero_draft_script::Metered(mimalloc::MiMalloc);

fn main() -> ExitCode {
    #[cfg(feature = "game")]
    zero_draft_game::LAUNCHED.get_or_init(std::time::Instant::now);
    let cli = cli::Cli::parse();
    if let Some(lang) = cli.lang {
        zero_draft_text::lang::set(lang);
        #[cfg(feature = "game")]
        zero_draft_game::settings::choose_language(lang);
    }
    if let Some(code) = cli::run(cli) {
        return code;
    }
    start_game()
}

#[cfg(feature = "game")]
fn start_game() -> ExitCode {
    if !zero_draft_game::paths::has_display() {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "{}", zero_draft_game::paths::NO_DISPLAY);
        return ExitCode::from(2);
    }
    zero_draft_game::run(None);
    ExitCode::SUCCESS
}

#[cfg(not(feature = "game"))]
fn start_game() -> ExitCode {
    eprintln!(
        "this build has no game (built without the `game` feature); see --help for the headless commands"
    );
    ExitCode::FAILURE
}
