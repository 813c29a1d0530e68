//! The game crate's one integration-test binary (it links Bevy, so there is only one).

mod suite;
