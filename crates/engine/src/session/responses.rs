//! Answers to an amendment on the floor: co-sponsoring it, objecting to it, warning that one
//! cannot live with it, and withdrawing one's own; each with its cost in the room's regard
//! and the work it counts for (`note_work`).

use super::Session;
use crate::log::Event;
use crate::model::DelegationId;
use crate::scenario::EditSpec;

/// Trust a delegation loses with each bloc-mate by co-sponsoring what its capital opposes.
const COSPONSOR_AGAINST_CAPITAL: f32 = 0.05;
/// Objections a phase beyond which a delegation objecting to most of what is tabled is seen
/// to object to everything.
pub(super) const HABITUAL_OBJECTIONS: u32 = 3;
/// Trust a delegation loses with the whole room each time it threatens to block.
const THREAT_COST: f32 = 0.01;

impl Session {
    pub(super) fn cosponsor(&mut self, i: usize, who: DelegationId) {
        let a = &mut self.floor.open[i];
        a.cosponsors.push(who);
        let (id, proposer) = (a.id, a.proposer);
        let edit = a.edit.clone();
        self.journal.events.push(Event::CoSponsored {
            amendment: id,
            delegation: who,
        });
        let effect = self.text.doc.effect(&self.model, &edit);
        if let Ok(effect) = &effect {
            self.note_work(&[who], &edit, Some(effect), true);
        }
        self.trust.warm(proposer, who);
        // Putting one's name to text one's capital opposes costs one's standing in one's
        // own bloc: the text becomes partly one's own.
        if let Ok(effect) = effect {
            let own = crate::preferences::delta(&self.model, &self.mood.salience, who, &effect);
            if own < -0.25 * self.mood.tolerance_now[who] {
                let bloc = self.model.delegations[who.index()].bloc;
                for &m in &self.model.blocs[bloc.index()].members {
                    if m != who {
                        self.trust.nudge(m, who, -COSPONSOR_AGAINST_CAPITAL);
                    }
                }
            }
        }
    }

    /// An objection with a warning that one cannot live with the amendment. The room cools a
    /// little more toward a delegation that threatens; the Chair believes a delegation's
    /// first `CREDIBLE_THREATS` threats unless one has proved empty.
    pub(super) fn threaten(&mut self, i: usize, who: DelegationId) {
        self.object(i, who);
        self.conduct.threats_made[who] += 1;
        let credible = self.threat_credible(who);
        let a = &mut self.floor.open[i];
        if credible {
            a.threats.push(who);
        }
        let id = a.id;
        // A credible warning against cutting or rewording a clause tells the Chair this
        // delegation is determined to keep it: it will not cut it unasked later.
        if credible && let EditSpec::Delete { clause } | EditSpec::Replace { clause, .. } = &a.edit
        {
            let clause = clause.clone();
            self.conduct.defended.push((clause, who));
        }
        self.journal.events.push(Event::Threatened {
            amendment: id,
            delegation: who,
            credible,
        });
        self.trust.room_regards(who, -THREAT_COST);
    }

    /// Counts an objection by `who` this phase; true once it objects habitually: to more
    /// than a few amendments, and to more than half of those tabled this phase.
    pub(super) fn count_objection(&mut self, who: DelegationId) -> bool {
        self.conduct.objections_this_phase[who] += 1;
        let made = self.conduct.objections_this_phase[who];
        let tabled = self.floor.next_amendment.0 - self.floor.phase_first_amendment.0;
        made > HABITUAL_OBJECTIONS && 2 * made > tabled
    }

    fn threat_credible(&self, who: DelegationId) -> bool {
        let may_block = self.model.delegations[who.index()].may_block();
        self.conduct.threat_believed(who, may_block)
    }

    pub(super) fn object(&mut self, i: usize, who: DelegationId) {
        let a = &mut self.floor.open[i];
        a.objections.push(who);
        // An objection after all: whoever let it pass no longer does.
        a.persuaded.retain(|&d| d != who);
        let (id, proposer) = (a.id, a.proposer);
        let edit = a.edit.clone();
        self.journal.events.push(Event::Objected {
            amendment: id,
            delegation: who,
        });
        self.note_work(&[who], &edit, None, false);
        let habitual = self.count_objection(who);
        self.trust.cool(proposer, who, habitual);
        self.note_objection(who, id);
    }

    pub(super) fn withdraw(&mut self, i: usize) {
        let a = self.floor.open.remove(i);
        self.rebuild_busy();
        // Withdrawing in the face of objections is a courtesy the objectors remember.
        for &o in &a.objections {
            self.trust.nudge(o, a.proposer, 0.03);
        }
        self.journal
            .events
            .push(Event::Withdrawn { amendment: a.id });
    }
}
