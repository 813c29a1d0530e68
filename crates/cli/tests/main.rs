//! The command line's one integration-test binary: the `zero-draft` binary run as a user runs it.

mod suite;
