//! What a trade in the corridor can do that a word on the floor cannot: it moves an objector
//! further than lobbying would (never across a red line), and a group's leader who gives its
//! word carries the members who follow it.

use std::sync::Arc;

use zero_draft_engine::Model;
use zero_draft_engine::Session;
use zero_draft_engine::corridor::{OfferState, Pledge};
use zero_draft_engine::log::{Action, AmendmentId, Event};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::policy::Advisor;
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_engine::session::Stage;

use super::corridor::{plain, room, with_seat};

/// Plays `me` by passing over `seeds`, and at each of its turns in the speaking stage asks
/// `probe` about the session as it stands; stops at the first answer.
fn first_turn_where<T>(
    m: &Arc<Model>,
    me: DelegationId,
    seeds: std::ops::RangeInclusive<u64>,
    mut probe: impl FnMut(&Session) -> Option<T>,
) -> Option<T> {
    for seed in seeds {
        let mut s = with_seat(m, me, seed);
        let mut guard = 0;
        while !s.is_finished() && guard < 400 {
            guard += 1;
            if s.stage() == Stage::Speaking
                && s.pending().contains(&Seat::Delegation(me))
                && let Some(found) = probe(&s)
            {
                return Some(found);
            }
            s.act(me, plain(&s)).unwrap();
        }
    }
    None
}

/// The member states objecting to pending amendments, other than `me`.
fn objections(s: &Session, m: &Model, me: DelegationId) -> Vec<(AmendmentId, DelegationId)> {
    s.floor()
        .iter()
        .chain(s.brackets())
        .flat_map(|a| a.objections.iter().map(move |&o| (a.id, o)))
        .filter(|&(_, o)| o != me && m.delegations[o.index()].may_block())
        .collect()
}

/// A price `me` could offer `o` that the engine foretells it would take for letting `a`
/// pass: backing cards `o`'s capital asks for, co-sponsoring its amendments on the floor and
/// joining at the vote, as many as a package holds.
fn a_price(
    s: &Session,
    m: &Model,
    me: DelegationId,
    o: DelegationId,
    a: AmendmentId,
) -> Option<Vec<Pledge>> {
    let advisor = Advisor::new(s, Seat::Delegation(me));
    let mut pledges: Vec<Pledge> = m
        .scenario
        .cards
        .iter()
        .enumerate()
        .filter(|(k, _)| m.card_askers[*k].contains(&o))
        .map(|(_, c)| Pledge::BackCard(c.id.clone()))
        .chain(
            s.floor()
                .iter()
                .filter(|x| x.proposer == o)
                .map(|x| Pledge::CoSponsor(x.id)),
        )
        .filter(|p| advisor.pledge_cost(p).is_some())
        .collect();
    pledges.push(Pledge::Join);
    pledges.truncate(zero_draft_engine::corridor::PLEDGES_PER_SIDE);
    let want = [Pledge::NoObjection(a)];
    advisor.predict_offer(o, &pledges, &want).then_some(pledges)
}

#[test]
fn a_trade_moves_an_objector_that_lobbying_could_not() {
    let m = room("oewg-2022-apr.ron");
    let found = ["za", "br", "mx", "us"].iter().find_map(|id| {
        let me = m.delegation(id).unwrap();
        first_turn_where(&m, me, 1..=30, |s| {
            if s.budget(me) == 0 {
                return None;
            }
            for (a, o) in objections(s, &m, me) {
                // Lobbying does not move it...
                let mut lobbied = s.clone();
                if lobbied
                    .act(
                        me,
                        Action::Lobby {
                            amendment: a,
                            delegation: o,
                        },
                    )
                    .is_err()
                {
                    continue;
                }
                let moved = lobbied.events().iter().rev().find_map(|e| match e {
                    Event::Lobbied { persuaded, .. } => Some(persuaded.contains(&o)),
                    _ => None,
                });
                if moved != Some(false) {
                    continue;
                }
                // ...a price it values does.
                let Some(give) = a_price(s, &m, me, o, a) else {
                    continue;
                };
                let mut traded = s.clone();
                let offer = Command::Offer {
                    to: o,
                    give,
                    want: vec![Pledge::NoObjection(a)],
                };
                traded.input(Seat::Delegation(me), offer).unwrap();
                assert_eq!(
                    traded.corridor().1.last().unwrap().state,
                    OfferState::Accepted
                );
                let still = traded
                    .floor()
                    .iter()
                    .chain(traded.brackets())
                    .any(|x| x.id == a && x.objections.contains(&o));
                assert!(
                    !still,
                    "{id}: the objection to #{} stands after the deal",
                    a.0
                );
                return Some((id.to_string(), a, o));
            }
            None
        })
    });
    let (id, a, o) =
        found.expect("no objector in 30 games that a trade moved and lobbying did not");
    eprintln!(
        "{id}: {} let #{} pass for a price, not for the asking",
        m.delegations[o.index()].id,
        a.0
    );
}

#[test]
fn a_group_leaders_word_carries_the_members_who_follow_it() {
    let m = room("oewg-2022-apr.ron");
    let leaders: Vec<DelegationId> = m
        .blocs
        .iter()
        .filter(|b| b.members.len() > 1)
        .map(|b| b.leader)
        .collect();
    let mut carried = 0;
    for id in ["za", "br", "mx", "us", "ru"] {
        let me = m.delegation(id).unwrap();
        let found = first_turn_where(&m, me, 1..=30, |s| {
            for (a, o) in objections(s, &m, me) {
                let bloc = &m.blocs[m.delegations[o.index()].bloc.index()];
                if !leaders.contains(&o) || bloc.leader == me {
                    continue;
                }
                let objecting: Vec<DelegationId> = objections(s, &m, me)
                    .into_iter()
                    .filter(|&(x, d)| x == a && d != o && bloc.members.contains(&d))
                    .map(|(_, d)| d)
                    .collect();
                if objecting.is_empty() {
                    continue;
                }
                let Some(give) = a_price(s, &m, me, o, a) else {
                    continue;
                };
                let mut traded = s.clone();
                let before = traded.events().len();
                let offer = Command::Offer {
                    to: o,
                    give,
                    want: vec![Pledge::NoObjection(a)],
                };
                traded.input(Seat::Delegation(me), offer).unwrap();
                let relented: Vec<DelegationId> = traded.events()[before..]
                    .iter()
                    .filter_map(|e| match e {
                        Event::Relented {
                            amendment,
                            delegation,
                        } if *amendment == a => Some(*delegation),
                        _ => None,
                    })
                    .collect();
                return Some((o, objecting, relented));
            }
            None
        });
        let Some((leader, objecting, relented)) = found else {
            continue;
        };
        assert!(relented.contains(&leader), "{id}: the leader gave its word");
        for d in &relented {
            assert!(
                *d == leader || objecting.contains(d),
                "{id}: only the leader and members of its group who objected relent: {relented:?}"
            );
        }
        carried += usize::from(relented.len() > 1);
    }
    assert!(
        carried > 0,
        "no leader's word carried a member in 5 seats × 30 games"
    );
}
