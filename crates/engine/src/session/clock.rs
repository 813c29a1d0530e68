//! The session's clock: phases of rounds, which round we are in, and the share of the session
//! already begun (the "pressure" that makes delegations flexible and the Chair bold).

use crate::scenario::LIMITS;

#[derive(Debug, Clone, PartialEq)]
pub struct Clock {
    /// Rounds in each phase (scheduled events and the facilitator may change them).
    pub phase_rounds: Vec<u32>,
    pub phase: usize,
    /// Round within the phase, 0-based.
    pub round: u32,
    pub rounds_played: u32,
    /// The facilitator lengthened the phase under way: it runs its rounds even when one passes
    /// with nothing tabled (the teacher asked for the time).
    pub held_open: bool,
}

impl Clock {
    pub fn new(phase_rounds: Vec<u32>) -> Clock {
        Clock {
            phase_rounds,
            phase: 0,
            round: 0,
            rounds_played: 0,
            held_open: false,
        }
    }

    /// Share of the session's rounds already begun, 0 at the opening and 1 at the deadline.
    pub fn time(&self) -> f32 {
        let total: u32 = self.phase_rounds.iter().sum();
        if total <= 1 {
            return 1.0;
        }
        let elapsed: u32 = self.phase_rounds[..self.phase.min(self.phase_rounds.len())]
            .iter()
            .sum::<u32>()
            + self.round;
        (elapsed as f32 / (total - 1) as f32).min(1.0)
    }

    /// Changes a phase's length by `change` rounds. A phase never shrinks below the round it
    /// is in (nor a finished one at all), and never grows past the scenario limit.
    pub fn change_rounds(&mut self, phase: usize, change: i64) {
        let floor = if phase == self.phase {
            self.round + 1
        } else if phase < self.phase {
            self.phase_rounds[phase]
        } else {
            1
        };
        let r = (self.phase_rounds[phase] as i64 + change).max(floor as i64);
        self.phase_rounds[phase] = r.min(LIMITS.rounds as i64) as u32;
    }
}
