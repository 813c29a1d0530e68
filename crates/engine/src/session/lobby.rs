//! Lobbying: between formal statements, a delegation asks an objector to let an amendment
//! pass. A delegation that could not live with it (a red line, or a loss far beyond what it
//! tolerates now) is not moved; any other withdraws its objection, and a bloc leader brings
//! along the members who objected only to follow it. A favour asked of a delegation that does
//! not already trust the lobbyist costs a little of its trust.
//!
//! A leader's word carries its bloc: every member that objected and could live with the
//! amendment follows it.

use super::weigh::DETERMINED;
use super::{ActionError, Session};
use crate::log::{AmendmentId, Event};
use crate::model::DelegationId;
use crate::preferences::{delta, red_line_changes};

/// Trust a target loses in a lobbyist it does not already trust, per favour asked.
const FAVOUR_COST: f32 = 0.03;
/// Trust at or above which a favour costs nothing.
const FRIENDS: f32 = 0.3;
/// How much further than lobbying a trade can move a delegation.
const TRADE_REACH: f32 = 2.0;

impl Session {
    /// Whether `d` could be lobbied into letting this edit pass: no red line crossed, and a
    /// loss within what it could live with.
    pub(super) fn can_be_lobbied(
        &self,
        d: DelegationId,
        effect: &crate::document::EditEffect,
    ) -> bool {
        self.within_reach(d, effect, DETERMINED)
    }

    /// Whether `d` could be brought by a trade to let this edit pass: no red line crossed, and
    /// a loss within `TRADE_REACH` times what lobbying alone could move it to (what it is
    /// given in return must then make up for the loss).
    pub(super) fn could_trade_on(
        &self,
        d: DelegationId,
        effect: &crate::document::EditEffect,
    ) -> bool {
        self.within_reach(d, effect, TRADE_REACH * DETERMINED)
    }

    /// No red line of `d`'s crossed by the edit, and a loss within `reach` times its
    /// tolerance now.
    fn within_reach(
        &self,
        d: DelegationId,
        effect: &crate::document::EditEffect,
        reach: f32,
    ) -> bool {
        let loss = -delta(&self.model, &self.mood.salience, d, effect);
        !red_line_changes(&self.model, d, &self.text.presence, effect)
            .iter()
            .any(|c| c.2)
            && loss <= reach * self.mood.tolerance_now[d]
    }

    /// Checks the lobbying and carries it out (the intervention is spent by the caller).
    pub(super) fn lobby(
        &mut self,
        who: DelegationId,
        amendment: AmendmentId,
        target: DelegationId,
    ) -> Result<(), ActionError> {
        if self.conduct.budget[who] == 0 {
            return Err(ActionError::NoInterventions);
        }
        let Some(a) = self.floor.pending().find(|a| a.id == amendment) else {
            return Err(ActionError::NoSuchAmendment(amendment));
        };
        if target.index() >= self.n() || !a.objections.contains(&target) || target == who {
            return Err(ActionError::NotAnObjector(amendment));
        }
        let edit = a.edit.clone();
        let effect = self.text.doc.effect(&self.model, &edit)?;
        self.conduct.spend(who);
        let mut persuaded = Vec::new();
        if self.can_be_lobbied(target, &effect) {
            persuaded.push(target);
            let bloc = &self.model.blocs[self.model.delegations[target.index()].bloc.index()];
            if bloc.leader == target {
                let objectors = a_objectors(self, amendment);
                for &m in &bloc.members {
                    if m != target && objectors.contains(&m) && self.can_be_lobbied(m, &effect) {
                        persuaded.push(m);
                    }
                }
            }
            if self.trust.get(target, who) < FRIENDS {
                self.trust.nudge(target, who, -FAVOUR_COST);
            }
        }
        if let Some(a) = self
            .floor
            .open
            .iter_mut()
            .chain(self.floor.brackets.iter_mut())
            .find(|a| a.id == amendment)
        {
            a.objections.retain(|d| !persuaded.contains(d));
            a.threats.retain(|d| !persuaded.contains(d));
            a.persuaded.extend(&persuaded);
        }
        self.journal.events.push(Event::Lobbied {
            amendment,
            by: who,
            target,
            persuaded,
        });
        Ok(())
    }
}

impl Session {
    /// Remembers that `persuaded` let the clauses an effect added enter the text.
    pub(super) fn note_acquiescence(
        &mut self,
        effect: &crate::document::EditEffect,
        persuaded: &[DelegationId],
    ) {
        for c in &effect.added {
            for &d in persuaded {
                self.conduct.acquiesced.push((c.clause.clone(), d));
            }
        }
    }

    /// Whether `d` let this clause in when lobbied.
    pub(super) fn acquiesced_in(&self, clause: &str, d: DelegationId) -> bool {
        self.conduct
            .acquiesced
            .iter()
            .any(|(c, x)| *x == d && &**c == clause)
    }
}

fn a_objectors(s: &Session, amendment: AmendmentId) -> Vec<DelegationId> {
    s.floor
        .pending()
        .find(|a| a.id == amendment)
        .map(|a| a.objections.clone())
        .unwrap_or_default()
}
