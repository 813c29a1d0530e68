//! What each delegation has done and may still do: its interventions this phase, threats and
//! objections, whether an event silenced it, its answer at "any objection?" and its position
//! at adoption, and the clauses it defended or let pass.

use crate::ids::{ClauseId, DelegationId, PerDelegation};
use crate::log::{Action, Position};

/// How many threats to block the Chair believes from one delegation.
pub const CREDIBLE_THREATS: u32 = 2;

#[derive(Debug, Clone)]
pub(super) struct Conduct {
    /// An event has kept the delegation from speaking.
    pub silenced: PerDelegation<bool>,
    /// Interventions left in this phase.
    pub budget: PerDelegation<u32>,
    /// Threats to block made this session, and whether one has proved empty.
    pub threats_made: PerDelegation<u32>,
    pub empty_threat: PerDelegation<bool>,
    /// Objections made in this phase.
    pub objections_this_phase: PerDelegation<u32>,
    /// Positions declared at adoption by delegations played from outside.
    pub positions: PerDelegation<Option<Position>>,
    /// At "any objection?": who must still answer, and the answers given so far. Answers
    /// take effect together, in delegation order, when the last one is in.
    pub awaiting: PerDelegation<bool>,
    pub answers: Vec<(DelegationId, Action)>,
    /// Clauses that entered the text because these delegations were lobbied into letting
    /// them pass: the Chair does not cut them on their behalf.
    pub acquiesced: Vec<(ClauseId, DelegationId)>,
    /// Clauses delegations credibly warned they could not live without.
    pub defended: Vec<(ClauseId, DelegationId)>,
}

impl Conduct {
    pub fn new(n: usize) -> Conduct {
        Conduct {
            silenced: PerDelegation::filled(n, false),
            budget: PerDelegation::filled(n, 0),
            threats_made: PerDelegation::filled(n, 0),
            empty_threat: PerDelegation::filled(n, false),
            objections_this_phase: PerDelegation::filled(n, 0),
            positions: PerDelegation::filled(n, None),
            awaiting: PerDelegation::filled(n, false),
            answers: Vec::new(),
            acquiesced: Vec::new(),
            defended: Vec::new(),
        }
    }

    /// A new phase: everyone gets its interventions, and objections are counted afresh.
    pub fn open_phase(&mut self, interventions: u32) {
        self.budget.fill(interventions);
        self.objections_this_phase.fill(0);
    }

    /// Uses one of `d`'s interventions; false (and nothing spent) when it has none left.
    pub fn spend(&mut self, d: DelegationId) -> bool {
        match self.budget[d] {
            0 => false,
            _ => {
                self.budget[d] -= 1;
                true
            }
        }
    }

    /// How many more of `d`'s threats to block the Chair would believe (none once one proved
    /// empty, and none from a delegation that may not block).
    pub fn credible_threats_left(&self, d: DelegationId, may_block: bool) -> u32 {
        if self.empty_threat[d] || !may_block {
            0
        } else {
            CREDIBLE_THREATS.saturating_sub(self.threats_made[d])
        }
    }

    /// Whether the threat `d` has just made is believed: it may block, none of its threats
    /// proved empty, and it has not threatened more than the Chair believes.
    pub fn threat_believed(&self, d: DelegationId, may_block: bool) -> bool {
        may_block && !self.empty_threat[d] && self.threats_made[d] <= CREDIBLE_THREATS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interventions_are_spent_one_at_a_time_and_never_below_zero() {
        let mut c = Conduct::new(2);
        let d = DelegationId(1);
        assert!(!c.spend(d), "nothing to spend before the phase opens");
        c.open_phase(2);
        assert!(c.spend(d) && c.spend(d));
        assert!(!c.spend(d));
        assert_eq!(c.budget[d], 0);
        assert_eq!(
            c.budget[DelegationId(0)],
            2,
            "another delegation's are its own"
        );
    }

    #[test]
    fn threats_are_believed_twice_and_never_after_an_empty_one() {
        let mut c = Conduct::new(1);
        let d = DelegationId(0);
        assert_eq!(c.credible_threats_left(d, true), CREDIBLE_THREATS);
        assert_eq!(c.credible_threats_left(d, false), 0);
        for made in 1..=CREDIBLE_THREATS {
            c.threats_made[d] = made;
            assert!(c.threat_believed(d, true));
        }
        c.threats_made[d] += 1;
        assert!(!c.threat_believed(d, true));
        assert_eq!(c.credible_threats_left(d, true), 0);
        c.threats_made[d] = 0;
        c.empty_threat[d] = true;
        assert!(!c.threat_believed(d, true));
        assert_eq!(c.credible_threats_left(d, true), 0);
    }
}
