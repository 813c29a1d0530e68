//! Scheduled events: the scenario's procedure (a session postponed, NGOs excluded, an issue
//! gaining salience) firing at their round, or when the facilitator injects them.

use super::Session;
use crate::log::Event;
use crate::scenario::{Effect, ScheduledEvent};

impl Session {
    /// Fires the events the scenario schedules for the round that is starting.
    pub(super) fn fire_scheduled_events(&mut self) {
        let model = self.model.clone();
        let phase_id = &model.scenario.schedule.phases[self.clock.phase].id;
        let round = self.clock.round + 1;
        for e in model
            .scenario
            .schedule
            .events
            .iter()
            .filter(|e| &e.phase == phase_id && e.round == round)
        {
            // An event the facilitator already set off is not set off again on schedule.
            if !self.has_happened(&e.id) {
                self.fire(e);
            }
        }
    }

    /// Whether a scheduled event has already happened in this session.
    pub(super) fn has_happened(&self, id: &str) -> bool {
        self.journal
            .events
            .iter()
            .any(|x| matches!(x, Event::Happened { id: done, .. } if done == id))
    }

    pub(super) fn fire(&mut self, e: &ScheduledEvent) {
        self.journal.events.push(Event::Happened {
            id: e.id.clone(),
            description: e.description.to_string(),
        });
        for effect in &e.effects {
            self.apply_effect(effect);
        }
    }

    fn apply_effect(&mut self, effect: &Effect) {
        let model = self.model.clone();
        match effect {
            Effect::Salience { tag, factor } => {
                if let Some(t) = model.tag(tag) {
                    self.mood.salience[t.index()] *= *factor as f32;
                }
                self.recompute_utilities();
            }
            Effect::Rounds { phase, change } => {
                if let Some(p) = model
                    .scenario
                    .schedule
                    .phases
                    .iter()
                    .position(|x| &x.id == phase)
                {
                    self.clock.change_rounds(p, *change as i64);
                }
            }
            Effect::Silence(who) | Effect::Restore(who) => {
                let silence = matches!(effect, Effect::Silence(_));
                for w in who {
                    for d in model.parties(w) {
                        self.conduct.silenced[d] = silence;
                    }
                }
            }
        }
    }
}
