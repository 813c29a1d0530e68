//! `corridor`: the coach's moves on the floor, and the corridor beneath them. A card of its
//! capital's that a few member states would object to, it tables only after buying their
//! support: to each, in private, an offer of what it can spare (co-sponsoring or letting pass
//! amendments the objector wants, joining at the vote) for a promise to back the card. Text
//! pending that would meet one of its objectives, it frees the same way: a price to each
//! objector (a group's leader first, whose word carries its members) for letting it pass. It
//! answers offers by its own brief, as the engine's delegations do, and tells the Chair what it
//! could live with when consulted. It sees only its seat's view and asks only the advisor.

use std::collections::BTreeSet;

use crate::corridor::{OfferState, Pledge, PromiseState};
use crate::ids::CardId;
use crate::log::{Action, AmendmentId, ChairOutcome};
use crate::model::DelegationId;
use crate::policy::{Advisor, Delegate};
use crate::seat::Command;
use crate::session::Stage;
use crate::view::SeatView;

/// Objectors it approaches for one card.
const APPROACHES: usize = 3;
/// The pledges it weighs when making up a price.
const CANDIDATES: usize = 8;
/// Objecting member states beyond which it does not try to lift the objections to text it
/// wants one by one.
const LIFTABLE: usize = 4;

#[derive(Debug, Default)]
pub struct CorridorPlay {
    /// The (card, delegation) pairs already approached, so no one is asked twice.
    asked: BTreeSet<(CardId, DelegationId)>,
    /// The brackets on which it has told the Chair what it can live with.
    consulted: BTreeSet<AmendmentId>,
    /// The (amendment, objector) pairs already offered a price to let the amendment pass.
    lifting: BTreeSet<(AmendmentId, DelegationId)>,
}

impl Delegate for CorridorPlay {
    fn decide(&mut self, view: &SeatView, advisor: &Advisor) -> Command {
        let fallback = Command::Act(if view.room.stage == Stage::Adoption {
            Action::Join
        } else {
            Action::Pass
        });
        let Some(me) = &view.private else {
            return fallback;
        };
        // An offer waiting is answered first, by the seat's own brief.
        if let Some(o) = me
            .corridor
            .offers
            .iter()
            .find(|o| o.to == me.delegation && o.state == OfferState::Open)
        {
            let accept = advisor
                .weigh_offer(o.from, &o.give, &o.want)
                .is_some_and(|(yes, _)| yes);
            return Command::Reply {
                offer: o.id,
                accept,
            };
        }
        // Invited to the Chair's consultations on a bracket: it says which options it could
        // live with, its objectives counted (the Chair reads only its brief): those that cost
        // it less than it tolerates and lose it no objective, and always the best of them.
        // It brings its own card for the paragraph where that would serve it best.
        if let Some(i) = me
            .corridor
            .invitations
            .iter()
            .find(|i| i.said.is_none() && !self.consulted.contains(&i.amendment))
        {
            self.consulted.insert(i.amendment);
            let (values, tolerance) = advisor.option_values(i.amendment);
            let best = values.iter().map(|v| v.1).fold(f32::MIN, f32::max);
            let wording = values.iter().find_map(|(o, v, _)| match o {
                ChairOutcome::FriendsWording { card, by }
                    if *by == me.delegation && *v >= best && i.cards.contains(card) =>
                {
                    Some(CardId::from(card.as_str()))
                }
                _ => None,
            });
            let acceptable: Vec<_> = values
                .into_iter()
                .filter(|(_, v, objectives)| (*v >= -tolerance && *objectives >= 0.0) || *v >= best)
                .map(|(o, _, _)| o)
                .collect();
            if !acceptable.is_empty() {
                return Command::Consult {
                    amendment: i.amendment,
                    acceptable,
                    wording,
                };
            }
        }
        let legal = advisor.legal();
        if view.room.stage == Stage::Speaking
            && me.corridor.moves_left > 0
            && let Some(offer) = self.lift_objections(view, advisor)
        {
            return offer;
        }
        if view.room.stage == Stage::Speaking && view.to_act {
            // A card of its capital's that only a few objectors stand against: buy their
            // support first, then table it.
            for &k in &me.asks {
                let card = view.room.scenario.cards[k].id.clone();
                let table = Command::Act(Action::TableCard(card.clone()));
                if !legal.contains(&table) {
                    continue;
                }
                let Some(reactions) = advisor.predict_card(&card) else {
                    continue;
                };
                let objectors: Vec<DelegationId> = reactions
                    .iter()
                    .filter(|r| r.stance == crate::preferences::Stance::Object)
                    .map(|r| r.delegation)
                    .filter(|&d| {
                        view.room
                            .scenario
                            .delegations
                            .get(d.index())
                            .is_some_and(|x| x.may_block)
                    })
                    .collect();
                let open: Vec<DelegationId> = objectors
                    .iter()
                    .copied()
                    .filter(|&d| !backs(me, d, &card))
                    .collect();
                if objectors.is_empty() || open.len() > APPROACHES {
                    continue;
                }
                if open.is_empty() {
                    return table;
                }
                if me.corridor.moves_left > 0
                    && let Some(offer) = self.buy_support(view, advisor, &card, &open)
                {
                    return offer;
                }
            }
        }
        advisor
            .suggest(1)
            .into_iter()
            .next()
            .map_or(fallback, |s| s.command)
    }
}

/// The coach's hints for the corridor: up to `k` offers this strategy would make now to free
/// text that would meet an objective or to buy support for the seat's cards, each with the
/// engine's prediction of the answer.
pub fn corridor_hints(view: &SeatView, advisor: &Advisor, k: usize) -> Vec<(Command, bool)> {
    let Some(me) = &view.private else {
        return Vec::new();
    };
    let legal = advisor.legal();
    let mut plan = CorridorPlay::default();
    let mut out = Vec::new();
    // Text on the floor that would meet an objective, freed for a price (only offers the
    // engine foretells will be taken are found).
    while out.len() < k && view.room.stage == Stage::Speaking {
        let Some(offer) = plan.lift_objections(view, advisor) else {
            break;
        };
        out.push((offer, true));
    }
    for &card_index in &me.asks {
        let card = view.room.scenario.cards[card_index].id.clone();
        if !legal.contains(&Command::Act(Action::TableCard(card.clone()))) {
            continue;
        }
        let Some(reactions) = advisor.predict_card(&card) else {
            continue;
        };
        let open: Vec<DelegationId> = reactions
            .iter()
            .filter(|r| r.stance == crate::preferences::Stance::Object)
            .map(|r| r.delegation)
            .filter(|&d| !backs(me, d, &card))
            .collect();
        if open.is_empty() || open.len() > APPROACHES {
            continue;
        }
        while out.len() < k {
            let Some(offer) = plan.buy_support(view, advisor, &card, &open) else {
                break;
            };
            if let Command::Offer { to, give, want } = &offer {
                let accept = advisor.predict_offer(*to, give, want);
                out.push((offer, accept));
            }
        }
        // No price would do: the cheapest package is still shown, with the refusal foretold,
        // so the player sees who stands in the way and what it would not take.
        if out.is_empty()
            && let Some(&o) = open.first()
        {
            let want = vec![Pledge::BackCard(card.clone())];
            let give: Vec<Pledge> = plan
                .candidates(view, advisor, o)
                .into_iter()
                .take(crate::corridor::PLEDGES_PER_SIDE)
                .map(|(_, p)| p)
                .collect();
            if !give.is_empty() {
                let accept = advisor.predict_offer(o, &give, &want);
                out.push((Command::Offer { to: o, give, want }, accept));
            }
        }
    }
    out.truncate(k);
    out
}

/// Whether `d` promised the seat to back `card`, and the promise still stands.
fn backs(me: &crate::view::Private, d: DelegationId, card: &CardId) -> bool {
    me.corridor.commitments.iter().any(|c| {
        c.by == d
            && c.to == me.delegation
            && c.state == PromiseState::Pending
            && c.pledge == Pledge::BackCard(card.clone())
    })
}

impl CorridorPlay {
    /// Text pending on the floor or in brackets that would meet one of the seat's objectives,
    /// held up by member states: to each objecting group's leader, and to each other objector
    /// when few stand in the way, in private, a price for its word to let the text pass (an
    /// objection lifted in the corridor saves the intervention lobbying would spend, and a
    /// price reaches further than asking). The text worth most to it first.
    fn lift_objections(&mut self, view: &SeatView, advisor: &Advisor) -> Option<Command> {
        let me = view.private.as_ref()?;
        let room = &view.room;
        let member = |d: DelegationId| {
            room.scenario
                .delegations
                .get(d.index())
                .is_some_and(|x| x.may_block)
        };
        let mut wanted: Vec<(f32, &crate::session::Amendment)> = room
            .floor
            .iter()
            .chain(&room.brackets)
            .filter_map(|a| {
                let (_, stake) = advisor.stake_in(a.id)?;
                (stake > 0.0).then_some((stake, a))
            })
            .collect();
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (_, a) in wanted {
            let objectors: Vec<DelegationId> = a
                .objections
                .iter()
                .copied()
                .filter(|&o| o != me.delegation && member(o))
                .collect();
            // A group's leader among them answers for its members: it is approached first,
            // and they are not counted apart.
            let leads = |o: DelegationId| {
                room.scenario
                    .blocs
                    .iter()
                    .any(|b| b.leader == o && b.members.len() > 1)
            };
            let led = |o: DelegationId| {
                let bloc = room.scenario.delegations[o.index()].bloc;
                room.scenario
                    .blocs
                    .get(bloc.index())
                    .is_some_and(|b| b.leader != o && objectors.contains(&b.leader))
            };
            let mut objectors: Vec<DelegationId> =
                objectors.iter().copied().filter(|&o| !led(o)).collect();
            objectors.sort_by_key(|&o| !leads(o));
            // Leaders are always worth asking (a group's objection weighs with the Chair);
            // members one by one only when few stand in the way.
            if objectors.len() > LIFTABLE {
                objectors.retain(|&o| leads(o));
            }
            for o in objectors {
                if !self.lifting.insert((a.id, o)) {
                    continue;
                }
                let want = vec![Pledge::NoObjection(a.id)];
                if let Some(give) = self.price(view, advisor, o, &want) {
                    return Some(Command::Offer { to: o, give, want });
                }
            }
        }
        None
    }

    /// The next offer for a promise to back `card`, to a predicted objector not yet asked.
    fn buy_support(
        &mut self,
        view: &SeatView,
        advisor: &Advisor,
        card: &CardId,
        objectors: &[DelegationId],
    ) -> Option<Command> {
        let me = view.private.as_ref()?;
        let scenario = &view.room.scenario;
        let asked_for_card = self.asked.iter().filter(|(c, _)| c == card).count();
        if asked_for_card >= APPROACHES {
            return None;
        }
        for &o in objectors {
            let member = scenario
                .delegations
                .get(o.index())
                .is_some_and(|d| d.may_block);
            if !member || backs(me, o, card) || self.asked.contains(&(card.clone(), o)) {
                continue;
            }
            self.asked.insert((card.clone(), o));
            let want = vec![Pledge::BackCard(card.clone())];
            if let Some(give) = self.price(view, advisor, o, &want) {
                return Some(Command::Offer { to: o, give, want });
            }
        }
        None
    }

    /// The cheapest package of what the seat can spare that the engine foretells `other`
    /// would take for `want`: every set of up to three of its candidate pledges, tried from
    /// the least costly to the seat.
    fn price(
        &self,
        view: &SeatView,
        advisor: &Advisor,
        other: DelegationId,
        want: &[Pledge],
    ) -> Option<Vec<Pledge>> {
        let candidates = self.candidates(view, advisor, other);
        let n = candidates.len();
        let mut packages: Vec<(f32, Vec<usize>)> = Vec::new();
        for i in 0..n {
            packages.push((candidates[i].0, vec![i]));
            for j in i + 1..n {
                packages.push((candidates[i].0 + candidates[j].0, vec![i, j]));
                for k in j + 1..n {
                    let cost = candidates[i].0 + candidates[j].0 + candidates[k].0;
                    packages.push((cost, vec![i, j, k]));
                }
            }
        }
        packages.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.len().cmp(&b.1.len())));
        packages.into_iter().find_map(|(_, picks)| {
            let give: Vec<Pledge> = picks.iter().map(|&i| candidates[i].1.clone()).collect();
            advisor.predict_offer(other, &give, want).then_some(give)
        })
    }

    /// What the seat can spare for `other`, with what each costs it by its own brief:
    /// co-sponsoring or letting pass `other`'s own amendments and those it supported, backing
    /// cards it would welcome, and joining at the vote; the cheapest eight.
    fn candidates(
        &self,
        view: &SeatView,
        advisor: &Advisor,
        other: DelegationId,
    ) -> Vec<(f32, Pledge)> {
        let room = &view.room;
        let theirs: Vec<AmendmentId> = room
            .floor
            .iter()
            .chain(&room.brackets)
            .filter(|a| a.proposer == other)
            .map(|a| a.id)
            .collect();
        let mut options: Vec<Pledge> = Vec::new();
        for &a in &theirs {
            let on_floor = room.floor.iter().any(|x| x.id == a);
            options.push(if on_floor {
                Pledge::CoSponsor(a)
            } else {
                Pledge::NoObjection(a)
            });
        }
        // Amendments the other said it supports when they were tabled: letting them pass is
        // worth something to it.
        for (a, reactions) in &room.reactions {
            let supports = reactions
                .iter()
                .any(|r| r.delegation == other && r.stance == crate::preferences::Stance::Support);
            if supports && !theirs.contains(a) {
                options.push(Pledge::NoObjection(*a));
            }
        }
        options.push(Pledge::Join);
        // Cards the room's reading says the other would welcome: backing them, should it
        // table them, is worth what they would bring it.
        let mut welcome: Vec<(f32, Pledge)> = Vec::new();
        for (k, card) in room.scenario.cards.iter().enumerate() {
            if room.cards_spent.get(k).copied().unwrap_or(true) {
                continue;
            }
            let Some(reactions) = advisor.predict_card(&card.id) else {
                continue;
            };
            if let Some(r) = reactions
                .iter()
                .find(|r| r.delegation == other && r.stance == crate::preferences::Stance::Support)
            {
                welcome.push((r.score, Pledge::BackCard(card.id.clone())));
            }
        }
        welcome.sort_by(|a, b| b.0.total_cmp(&a.0));
        options.extend(welcome.into_iter().take(6).map(|(_, p)| p));
        let mut priced: Vec<(f32, Pledge)> = options
            .into_iter()
            .filter_map(|p| advisor.pledge_cost(&p).map(|c| (c, p)))
            .filter(|(c, _)| *c < 1.0)
            // Never text that would cost it an objective.
            .filter(|(_, p)| match p {
                Pledge::NoObjection(a) | Pledge::CoSponsor(a) => {
                    advisor.stake_in(*a).is_none_or(|(_, stake)| stake >= 0.0)
                }
                _ => true,
            })
            .collect();
        priced.sort_by(|a, b| a.0.total_cmp(&b.0));
        priced.truncate(CANDIDATES);
        priced
    }
}
