//! Who drives each seat, and whether the facilitator has paused the room.

use crate::ids::{DelegationId, PerDelegation};
use crate::seat::{Controller, Seat, SeatName};

#[derive(Debug, Clone)]
pub(super) struct Control {
    /// Who drives each delegation.
    pub controllers: PerDelegation<Controller>,
    pub chair: Controller,
    /// The seats played from outside when the session opened (for the record).
    pub opening: Vec<(SeatName, Controller)>,
    pub paused: bool,
}

impl Control {
    /// Every seat the engine's; `seats` are played from outside instead (a delegation id
    /// beyond the room is ignored, the facilitator has no controller).
    pub fn new(n: usize, seats: &[(Seat, Controller)]) -> Control {
        let mut controllers = PerDelegation::filled(n, Controller::Ai);
        let mut chair = Controller::Ai;
        for &(seat, c) in seats {
            match seat {
                Seat::Delegation(d) if d.index() < n => controllers[d] = c,
                Seat::Chair => chair = c,
                _ => {}
            }
        }
        Control {
            controllers,
            chair,
            opening: Vec::new(),
            paused: false,
        }
    }

    pub fn of(&self, seat: Seat) -> Controller {
        match seat {
            Seat::Delegation(d) => self.controllers.get(d).copied().unwrap_or_default(),
            Seat::Chair => self.chair,
            Seat::Facilitator => Controller::Person,
        }
    }

    /// The delegations played from outside, in the scenario's order.
    pub fn external_delegations(&self) -> Vec<DelegationId> {
        self.controllers
            .enumerate()
            .filter(|(_, c)| c.is_external())
            .map(|(d, _)| d)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_outside_the_room_are_ignored_and_the_rest_are_the_engines() {
        let seats = [
            (Seat::Delegation(DelegationId(1)), Controller::Person),
            (Seat::Delegation(DelegationId(9)), Controller::Person),
            (Seat::Chair, Controller::Script),
            (Seat::Facilitator, Controller::Remote),
        ];
        let c = Control::new(3, &seats);
        assert_eq!(c.external_delegations(), vec![DelegationId(1)]);
        assert_eq!(c.of(Seat::Delegation(DelegationId(0))), Controller::Ai);
        assert_eq!(c.of(Seat::Delegation(DelegationId(9))), Controller::Ai);
        assert_eq!(c.of(Seat::Chair), Controller::Script);
        assert!(!c.paused);
    }
}
