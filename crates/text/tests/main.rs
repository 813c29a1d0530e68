//! The text crate's tests: one binary, a module per concern.

mod suite;
