//! The command line's one integration-test binary: the `zero-draft` binary run as a user runs it.

mod suite;

/// The binary, with a data folder of this test run's own, so its record key (and anything
/// else it keeps for the user) stays out of the real one.
pub fn binary() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_zero-draft"));
    let data = std::env::temp_dir().join(format!("zero-draft-cli-data-{}", std::process::id()));
    c.env("XDG_DATA_HOME", data);
    c
}
