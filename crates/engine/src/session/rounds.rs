//! A round's flow: opening a phase and a round (the speakers' list, tolerances), taking the
//! room's answers to "any objection?", closing the round (unopposed amendments enter the text,
//! contested ones are bracketed), and what follows the Chair's revision.

use rand::Rng;

use super::{Session, Stage};
use crate::log::{Action, Event, LapseReason};
use crate::model::DelegationId;
use crate::preferences::text_utility;

impl Session {
    pub(super) fn start_phase(&mut self) {
        let phase = &self.model.scenario.schedule.phases[self.clock.phase];
        self.conduct.open_phase(phase.interventions);
        self.floor.phase_first_amendment = self.floor.next_amendment;
        self.clock.round = 0;
        self.clock.held_open = false;
        self.journal.events.push(Event::PhaseStarted {
            phase: self.clock.phase as u16,
            name: phase.name.to_string(),
            rounds: self.clock.phase_rounds[self.clock.phase],
        });
        self.start_round();
    }

    pub(super) fn start_round(&mut self) {
        self.fire_scheduled_events();
        self.journal.events.push(Event::RoundStarted {
            phase: self.clock.phase as u16,
            round: self.clock.round + 1,
        });
        let mut speakers: Vec<DelegationId> = self
            .model
            .delegation_ids()
            .filter(|&d| !self.conduct.silenced[d])
            .collect();
        // The speakers' list is drawn anew each round (Fisher–Yates on the session's RNG).
        for i in (1..speakers.len()).rev() {
            let j = self.rng.random_range(0..=i);
            speakers.swap(i, j);
        }
        self.turns.open_list(speakers);
        let t = self.time();
        let everyone: Vec<DelegationId> = self.model.delegation_ids().collect();
        self.mood.tolerance_now = self.tolerances_at(&everyone, t).into();
        self.refresh_card_effects();
        self.turns.stage = Stage::Speaking;
        self.floor.tabled_this_round = 0;
        self.corridor.new_round();
    }

    pub(super) fn recompute_utilities(&mut self) {
        let zero = &self.text.revisions[0].document;
        for d in self.model.delegation_ids() {
            self.mood.utility[d] =
                text_utility(&self.model, &self.mood.salience, d, &self.text.doc);
            self.mood.zero_utility[d] = text_utility(&self.model, &self.mood.salience, d, zero);
        }
    }

    /// After the speakers' list: ask the delegations played from outside "any objection?"
    /// when the floor concerns them, else close the round.
    pub(super) fn after_speaking(&mut self) {
        let mut someone = false;
        for d in self.model.delegation_ids() {
            let concerned = self.floor.open.iter().any(|a| a.proposer != d);
            let ask = self.is_human(d) && !self.conduct.silenced[d] && concerned;
            self.conduct.awaiting[d] = ask;
            someone |= ask;
        }
        self.conduct.answers.clear();
        if someone {
            self.turns.stage = Stage::Consensus;
        } else {
            self.close_round();
        }
    }

    /// Applies the consensus stage's answers together, delegation by delegation (each in the
    /// order it gave them), so the result never depends on who answered first.
    pub(super) fn take_answers(&mut self) {
        let mut answers = std::mem::take(&mut self.conduct.answers);
        answers.sort_by_key(|(d, _)| *d);
        for (d, a) in answers {
            match a {
                Action::CoSponsor(id) | Action::Object(id) | Action::Threaten(id) => {
                    if let Ok(i) = self.respondable(d, id) {
                        match a {
                            Action::CoSponsor(_) => self.cosponsor(i, d),
                            Action::Object(_) => self.object(i, d),
                            _ => self.threaten(i, d),
                        }
                        if !matches!(a, Action::CoSponsor(_)) {
                            self.corridor_after_objection(id, d);
                        }
                    }
                }
                Action::Withdraw(id) => {
                    if let Some(i) = self.floor.open.iter().position(|x| x.id == id) {
                        self.withdraw(i);
                    }
                }
                Action::Pass => self.journal.events.push(Event::Passed { delegation: d }),
                _ => {}
            }
        }
        self.conduct.awaiting.fill(false);
    }

    /// "Is there any objection? Seeing none, it is so decided." Unopposed amendments enter the
    /// text; contested ones are bracketed until the Chair's next revision.
    pub(super) fn close_round(&mut self) {
        for a in std::mem::take(&mut self.floor.open) {
            let blockers: Vec<DelegationId> = a
                .objections
                .iter()
                .copied()
                .filter(|&d| self.model.delegations[d.index()].may_block())
                .collect();
            if blockers.is_empty() {
                match self.change_text(&a.edit) {
                    Ok(effect) => {
                        self.note_acquiescence(&effect, &a.persuaded);
                        self.mark_card_adopted(&a);
                        // What enters the text no longer belongs in the Chair's summary.
                        self.floor.summary.retain(|e| e.edit != a.edit);
                        self.journal
                            .events
                            .push(Event::AmendmentAdopted { amendment: a.id });
                        self.track_objectives();
                    }
                    Err(e) => self.journal.events.push(Event::Lapsed {
                        amendment: a.id,
                        reason: LapseReason::Edit(e),
                    }),
                }
            } else {
                self.journal.events.push(Event::Bracketed {
                    amendment: a.id,
                    objections: blockers,
                });
                self.floor.brackets.push(a);
            }
        }
        let satisfaction = self.bloc_satisfaction();
        self.journal.events.push(Event::RoundEnded {
            phase: self.clock.phase as u16,
            round: self.clock.round + 1,
            satisfaction,
        });
        self.clock.rounds_played += 1;
        self.clock.round += 1;
        // When a whole round passes with nothing tabled, the Chair closes the phase early.
        let idle = self.floor.tabled_this_round == 0 && !self.clock.held_open;
        if self.clock.round >= self.clock.phase_rounds[self.clock.phase] || idle {
            // The Chair rules on the brackets (the AI Chair at once), then issues the revision.
            self.turns.stage = Stage::Ruling;
        } else {
            self.start_round();
        }
    }

    pub(super) fn after_revision(&mut self) {
        self.clock.phase += 1;
        let phases = self.model.scenario.schedule.phases.len();
        if self.clock.phase >= phases {
            self.clock.phase = phases - 1;
            self.clock.round = self.clock.phase_rounds[self.clock.phase];
            self.call_adoption();
        } else {
            self.start_phase();
        }
    }
}
