//! The engine's one integration-test binary. It builds without Bevy.

mod suite;
