//! How each delegation regards each other one, -1..1: warmed by co-sponsoring, cooled by
//! objections and blocks. Every change is clamped, so trust never leaves its range.

use crate::ids::{BlocId, DelegationId};

/// `m[a * n + b]`: how `a` regards `b`.
#[derive(Debug, Clone, PartialEq)]
pub struct Trust {
    n: usize,
    m: Vec<f32>,
}

impl Trust {
    fn ids(&self) -> impl Iterator<Item = DelegationId> + use<> {
        (0..self.n).map(DelegationId::at)
    }

    /// Members of a bloc start at 0.5 toward each other, everyone else at 0.
    pub fn new(blocs: &[BlocId]) -> Trust {
        let n = blocs.len();
        let mut m = vec![0.0; n * n];
        for a in 0..n {
            for b in 0..n {
                if a != b && blocs[a] == blocs[b] {
                    m[a * n + b] = 0.5;
                }
            }
        }
        Trust { n, m }
    }

    #[inline]
    pub fn get(&self, from: DelegationId, to: DelegationId) -> f32 {
        self.m[from.index() * self.n + to.index()]
    }

    /// The row of how `from` regards everyone.
    pub fn row(&self, from: DelegationId) -> &[f32] {
        let from = from.index();
        &self.m[from * self.n..(from + 1) * self.n]
    }

    pub fn nudge(&mut self, from: DelegationId, to: DelegationId, by: f32) {
        let i = from.index() * self.n + to.index();
        self.m[i] = (self.m[i] + by).clamp(-1.0, 1.0);
    }

    /// A co-sponsor earns the proposer's gratitude, and a little of the proposer's trust.
    pub fn warm(&mut self, proposer: DelegationId, cosponsor: DelegationId) {
        self.nudge(proposer, cosponsor, 0.1);
        self.nudge(cosponsor, proposer, 0.05);
    }

    /// An objection cools the proposer toward the objector. Objecting to what hurts one's
    /// capital is expected; a delegation that objects to everything (`habitual`: beyond a
    /// few objections a phase) cools the whole room and is heard less.
    pub fn cool(&mut self, proposer: DelegationId, objector: DelegationId, habitual: bool) {
        self.nudge(proposer, objector, -0.05);
        if habitual {
            for a in self.ids() {
                if a != objector {
                    self.nudge(a, objector, -0.01);
                }
            }
        }
    }

    /// Everyone else's view of `d` moves by `by` (a block costs the blocker with the room).
    pub fn room_regards(&mut self, d: DelegationId, by: f32) {
        for a in self.ids() {
            if a != d {
                self.nudge(a, d, by);
            }
        }
    }

    /// How the room regards `d`: mean trust of the others.
    pub fn standing(&self, d: DelegationId) -> f32 {
        if self.n < 2 {
            return 0.0;
        }
        self.ids()
            .filter(|&a| a != d)
            .map(|a| self.get(a, d))
            .sum::<f32>()
            / (self.n - 1) as f32
    }
}
