//! What a class's host tells a connection besides the room itself: why it refused a request
//! and why it closed the connection. Like the session's refusals these are data, sent over the
//! network as they are; each client phrases them (the `text` crate) in its student's language.

use serde::{Deserialize, Serialize};

use crate::session::ActionError;

/// The kind of request a refusal answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestKind {
    Claim,
    Assign,
    /// The facilitator frees a seat.
    Free,
    /// Moving to another table of the class.
    Table,
    Command,
    Announce,
    TakeOver,
    ActAs,
    Start,
    End,
    Reasons,
    Advice,
    Predict,
    Suggest,
    /// A student's debrief at the end.
    Debrief,
    /// A request naming a seat (claim, assign, take over, release, act as).
    Seat,
    /// Any request sent before the hello.
    Any,
}

/// Why the host refused a request; nothing changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Refusal {
    /// The session refused the command.
    Session(ActionError),
    /// A request came before the hello with the join code.
    HelloFirst,
    /// The facilitator claims no seat; it takes seats over.
    FacilitatorClaims,
    AlreadySeated,
    /// This delegation is held by a student.
    Taken(String),
    /// No student of this name waits for a seat.
    NoWaitingStudent(String),
    /// The connection holds no seat.
    NoSeat,
    /// The facilitator is playing this connection's seat.
    TakenOver,
    /// The text is longer than the class accepts.
    TooLong,
    NotStarted,
    /// Only the facilitator may do this.
    FacilitatorOnly,
    /// No delegation of this id in the room.
    NoSuchDelegation(String),
    /// This delegation observes and holds no seat.
    Observer(String),
    /// The facilitator must take this delegation over first.
    TakeOverFirst(String),
    /// Nobody holds a seat yet: a class started now would be the AI playing alone.
    NobodySeated,
    /// No student holds this delegation's seat.
    NotHeld(String),
    /// The class has no table of this number (counted from 1).
    NoSuchTable(usize),
    /// A projector or observer holds no seat.
    Watching,
    /// The class roster keeps this seat for a student.
    Reserved {
        delegation: String,
        student: String,
    },
}

/// Why the host closed a connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Farewell {
    /// The client speaks another protocol version than the class.
    WrongVersion {
        class: u32,
        client: u32,
    },
    WrongCode,
    TooManyMessages,
    /// The client and the host are different builds (found by the transport's own check).
    OtherBuild,
    /// Every place in the class is taken.
    ClassFull,
    /// Too many joins from this address at once, or too many wrong codes: try again later.
    Busy,
}

macro_rules! display_as_data {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self, f)
            }
        }
    )*};
}
display_as_data!(Refusal, Farewell);
