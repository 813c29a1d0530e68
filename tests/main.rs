//! The one integration-test binary (each test binary links Bevy, so there is only one).

mod suite;
