//! The session's memory: the event log, every input in order (what a record keeps), and when
//! each seat last gave one.

use crate::log::Event;
use crate::seat::RecordedInput;

#[derive(Debug, Clone)]
pub(super) struct Journal {
    pub events: Vec<Event>,
    pub inputs: Vec<RecordedInput>,
    /// For each seat (delegations, then the Chair, then the facilitator): the length of the
    /// log when it last gave an input.
    pub last_input: Vec<usize>,
}

impl Journal {
    pub fn new(seats: usize) -> Journal {
        Journal {
            events: Vec::with_capacity(1024),
            inputs: Vec::new(),
            last_input: vec![0; seats],
        }
    }

    /// Keeps an input given by seat number `seat`, as of the log's current length.
    pub fn record(&mut self, seat: usize, input: RecordedInput) {
        self.inputs.push(input);
        if let Some(at) = self.last_input.get_mut(seat) {
            *at = self.events.len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seat::{Command, SeatName};

    #[test]
    fn an_input_is_kept_in_order_with_the_log_length_it_was_given_at() {
        let mut j = Journal::new(3);
        j.events.push(Event::Paused);
        let input = |c| RecordedInput {
            seat: SeatName::Facilitator,
            command: c,
        };
        j.record(2, input(Command::Resume));
        j.events.push(Event::Resumed);
        j.record(2, input(Command::Pause));
        j.record(7, input(Command::Resume));
        assert_eq!(j.inputs.len(), 3);
        assert_eq!(j.inputs[1].command, Command::Pause);
        assert_eq!(j.last_input, vec![0, 0, 2]);
    }
}
