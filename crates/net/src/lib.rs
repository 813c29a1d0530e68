//! The classroom over the network. A teacher's machine hosts the one authoritative session
//! (`server`); students' clients (`client`) claim delegations and send commands; bots (`bot`)
//! play seats headless. Messages (`protocol`) travel over bevy_replicon with renet's netcode
//! on UDP (`transport`), opened with tokens the class's door hands to those who know the code
//! (`door`); the room travels as checked text patches (`sync`).

pub mod bot;
pub mod client;
pub mod door;
pub mod loopback;
pub mod protocol;
pub mod rejoin;
pub mod run;
pub mod server;
pub mod sync;
pub mod transport;

pub use protocol::{PROTOCOL_VERSION, Post, Request};
