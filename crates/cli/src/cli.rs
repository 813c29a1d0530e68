//! The command line: no subcommand starts the game; the rest run headless.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
#[cfg(feature = "game")]
use zero_draft_game::ScreenName;

use std::io::Write;

use zero_draft_engine::error::printable;
use zero_draft_engine::model::Model;
use zero_draft_engine::scenario::load_file;

#[derive(Parser, Debug)]
#[command(
    name = "zero-draft",
    version,
    about = "Zero Draft — a consensus-drafting negotiation game"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The language of the game and of the reports: en, fr or es (a scenario's own text shows
    /// in it where its author translated it). Without it, the game uses the language chosen in
    /// its settings.
    #[arg(long, global = true, value_parser = language)]
    pub lang: Option<zero_draft_text::Lang>,
}

fn language(s: &str) -> Result<zero_draft_text::Lang, String> {
    zero_draft_text::Lang::parse(s).ok_or_else(|| {
        format!(
            "no language \"{s}\"; the game speaks {}",
            zero_draft_text::Lang::ALL.map(|l| l.code()).join(", ")
        )
    })
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Play AI-only games and print their statistics.
    Simulate {
        /// Scenario file (RON).
        scenario: PathBuf,
        /// Seed of the first game; run k uses seed + k.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of games.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        runs: u64,
        /// Print the statistics as JSON.
        #[arg(long)]
        json: bool,
        /// Report how often the AI reproduces each historical outcome, and the fidelity.
        #[arg(long)]
        check_history: bool,
        /// Save the first game's record here (for `replay` and `export`).
        #[arg(long)]
        log: Option<PathBuf>,
    },
    /// The author's report on a scenario: validation, how AI-only games go (adoption,
    /// fidelity and lift), history checks that never move and why, delegations that never act,
    /// cards nobody tables, and the lexicon's reading of each card; with --stakes, what each
    /// seat has to win.
    Check {
        /// Scenario file (RON).
        scenario: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// AI-only games to play.
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=100_000))]
        runs: u64,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Also play each briefed seat this many games by passing and by following the coach,
        /// to show what it has to win, objective by objective (a few seconds a seat)
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1_000))]
        stakes: Option<u64>,
        /// With --stakes, the seats to play (comma-separated ids) instead of the briefed ones
        #[arg(long, value_delimiter = ',', requires = "stakes")]
        seats: Vec<String>,
    },
    /// Write a scenario skeleton from a draft in plain text or Markdown: headings become
    /// sections, numbered or blank-line separated paragraphs become paragraphs, sentences
    /// clauses, each tagged with the ideas the starter lexicon reads; the UN member states
    /// sit in their regional groups. It validates at once; fill it in with docs/authoring.md.
    New {
        /// The draft (plain text or Markdown).
        draft: PathBuf,
        /// Where to write the scenario (never over an existing file); printed when left out.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The scenario's id; from the file name when left out.
        #[arg(long)]
        id: Option<String>,
        /// The title; the draft's first heading when left out.
        #[arg(long)]
        title: Option<String>,
        /// The language the draft is written in.
        #[arg(long, default_value = "en")]
        language: String,
        /// Comma-separated member states that sit in the room (ISO two-letter codes, e.g.
        /// us,cn,fr,br,za); all 193 when left out.
        #[arg(long, value_delimiter = ',')]
        states: Option<Vec<String>>,
    },
    /// Play one delegation with several strategies over the same seeds and rank them.
    League {
        /// Scenario file (RON).
        scenario: PathBuf,
        /// The delegation the strategies play (its scenario id); with --round-robin, a
        /// comma-separated list of the seats the strategies take in turn.
        #[arg(long, value_delimiter = ',', required = true)]
        delegation: Vec<String>,
        /// Comma-separated strategies: passive, random, cards, obstruct, coach, corridor, or script files
        /// ending in .rhai (see docs/strategies.md).
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "passive,random,cards,obstruct,coach"
        )]
        strategies: Vec<String>,
        /// Games per strategy, seeds seed..seed+runs-1.
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=100_000))]
        runs: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print the table as JSON.
        #[arg(long)]
        json: bool,
        /// A tournament: the strategies hold all the --delegation seats at once, in every
        /// rotation, and are ranked on every seat they held.
        #[arg(long)]
        round_robin: bool,
    },
    /// Check scenario files; exits non-zero if any has an error.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Replay a game record, check it reproduces the same events, and print them.
    Replay {
        log: PathBuf,
        /// Only verify; print no events.
        #[arg(long)]
        quiet: bool,
        /// Read a record that cannot be verified: one of an earlier version that today's
        /// rules do not reproduce (shown as recorded), or one whose signature does not match.
        #[arg(long)]
        unverified: bool,
    },
    /// The coach's suggestions for one delegation at the end of a game record.
    Coach {
        log: PathBuf,
        /// The delegation to advise (its scenario id); by default the human seat, or the
        /// first playable delegation of an AI-only record.
        #[arg(long)]
        delegation: Option<String>,
        /// How many suggestions.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=20))]
        top: u64,
        #[arg(long)]
        json: bool,
    },
    /// Cut a game record after its first N inputs, to play on from that moment (what-if).
    Fork {
        log: PathBuf,
        /// How many of the record's inputs to keep.
        #[arg(long)]
        at: usize,
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the final report of a game record: tracked changes, Chair's summary, adoption.
    Export {
        log: PathBuf,
        #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
        format: ExportFormat,
        /// Output file; standard output when absent.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Export a record that cannot be verified: one of an earlier version that today's
        /// rules do not reproduce (from its own events), or one whose signature does not match.
        #[arg(long)]
        unverified: bool,
    },
    /// Host a class: the authoritative server students join from their laptops.
    Host(crate::classroom::HostArgs),
    /// Join a class: opens the game window at the lobby; --bot plays a seat headless,
    /// --facilitator opens the teacher's console.
    Join(crate::classroom::JoinArgs),
    /// Compare the tables of a lesson (their records): each paragraph's fate at every table
    /// beside the room alone and history, and the moves that changed one; Markdown and HTML.
    ClassDebrief(crate::class_debrief::ClassDebriefArgs),
    /// Render one screen of the game in a real 1280×800 window, save it as PNG and exit.
    #[cfg(feature = "game")]
    Screenshot {
        #[arg(long)]
        scenario: PathBuf,
        #[arg(long, value_parser = screen_name())]
        screen: ScreenName,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ExportFormat {
    Md,
    Html,
}

/// Runs a headless command; returns None when no subcommand was given (start the game).
pub fn run(cli: Cli) -> Option<ExitCode> {
    let result = match cli.command? {
        Command::Simulate {
            scenario,
            seed,
            runs,
            json,
            check_history,
            log,
        } => crate::simulate::run(&scenario, seed, runs, json, check_history, log.as_deref()),
        Command::Validate { files } => crate::validate::run(&files),
        Command::Check {
            scenario,
            seed,
            runs,
            json,
            stakes,
            seats,
        } => crate::check::run(
            &scenario,
            seed,
            runs,
            json,
            stakes.map(|games| (games, seats)),
        ),
        Command::New {
            draft,
            out,
            id,
            title,
            language,
            states,
        } => crate::new::run(crate::new::Request {
            draft: &draft,
            out: out.as_deref(),
            id,
            title,
            language,
            states,
        }),
        Command::League {
            scenario,
            delegation,
            strategies,
            runs,
            seed,
            json,
            round_robin,
        } => crate::league::run(
            &scenario,
            &delegation,
            &rejoin_paths(strategies),
            runs,
            seed,
            json,
            round_robin,
        ),
        Command::Replay {
            log,
            quiet,
            unverified,
        } => crate::records::replay(&log, quiet, unverified).map(|_| ()),
        Command::Coach {
            log,
            delegation,
            top,
            json,
        } => crate::coach::coach(&log, delegation.as_deref(), top as usize, json),
        Command::Fork { log, at, out } => crate::coach::fork(&log, at, &out),
        Command::Export {
            log,
            format,
            out,
            unverified,
        } => crate::records::export_cmd(&log, format, out.as_deref(), unverified),
        Command::Host(args) => crate::classroom::host(args),
        Command::Join(args) => crate::classroom::join(args),
        Command::ClassDebrief(args) => crate::class_debrief::class_debrief(args),
        #[cfg(feature = "game")]
        Command::Screenshot {
            scenario,
            screen,
            out,
        } => zero_draft_game::screenshot(scenario, screen, out),
    };
    Some(match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of standard output went away (`zero-draft replay rec | head -1`).
        Err(message) if message == PIPE_CLOSED => ExitCode::SUCCESS,
        Err(message) => {
            note(&message);
            ExitCode::FAILURE
        }
    })
}

/// The error a command returns when standard output was closed: it ends quietly.
const PIPE_CLOSED: &str = "\0pipe closed";

/// Writes to standard output; a closed pipe ends the command quietly, and any other failure
/// (a full disk, say) is a clean error rather than a panic. Control characters and the marks
/// that reorder a terminal's text, which a scenario or a record may carry (names, tabled
/// wording), are shown escaped so that they cannot drive the terminal; line breaks and tabs
/// lay the text out, and the marks right-to-left scripts need (U+200E, U+200F) stay.
pub(crate) fn emit(text: &str) -> Result<(), String> {
    write_out(&escape_with(text, |c| c.escape_unicode().to_string()))
}

/// Writes JSON to standard output: the same characters escaped, as JSON escapes (which
/// serde_json leaves raw outside the C0 range), so the output stays valid JSON.
pub(crate) fn emit_json(json: &str) -> Result<(), String> {
    write_out(&format!(
        "{}\n",
        escape_with(json, |c| format!("\\u{:04x}", c as u32))
    ))
}

/// Whether a character may drive or reorder a terminal.
fn drives_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn escape_with(text: &str, escape: impl Fn(char) -> String) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if drives_terminal(c) {
            shown.push_str(&escape(c));
        } else {
            shown.push(c);
        }
    }
    shown
}

fn write_out(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(PIPE_CLOSED.into()),
        Err(e) => Err(format!("cannot write to standard output: {e}")),
    }
}

/// A line for the person at the terminal, on standard error (never a panic if it is closed).
pub(crate) fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "{}", terminal_safe(text));
}

/// The text with every control or invisible character escaped but the line breaks and tabs
/// that lay it out.
fn terminal_safe(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            shown.push('\n');
        }
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                shown.push('\t');
            }
            shown.push_str(&printable(part));
        }
    }
    shown
}

/// Strategies are comma-separated, but a script's file name may hold a comma: pieces that
/// only make an existing `.rhai` file together are put back together.
fn rejoin_paths(pieces: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let joined = (i + 1..pieces.len()).rev().find_map(|j| {
            let path = pieces[i..=j].join(",");
            (path.ends_with(".rhai") && Path::new(&path).is_file()).then_some((j, path))
        });
        match joined {
            Some((j, path)) => {
                out.push(path);
                i = j + 1;
            }
            None => {
                out.push(pieces[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// Whether two paths name the same existing file.
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    std::fs::canonicalize(a).is_ok_and(|a| std::fs::canonicalize(b).is_ok_and(|b| a == b))
}

/// Refuses an output path that is not a new path or a regular file, before any work is done.
pub(crate) fn writable(path: &Path) -> Result<(), String> {
    zero_draft_engine::files::check_writable(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub(crate) fn load_model(path: &Path) -> Result<(Arc<Model>, String), String> {
    let (scenario, source) = load_file(path).map_err(|e| e.to_string())?;
    Ok((Arc::new(Model::new(scenario)), source))
}

/// The screens `screenshot` renders, by name.
#[cfg(feature = "game")]
fn screen_name() -> impl clap::builder::TypedValueParser<Value = ScreenName> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(ScreenName::ALL.map(|s| s.name()))
        .map(|s| s.parse::<ScreenName>().expect("a listed screen"))
}
