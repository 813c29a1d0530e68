//! The corridor: soundings answer as the floor will, promises are kept by the engine's
//! delegations and cost the one who breaks them, what two delegations say stays between them,
//! and corridor moves are recorded and replayed like any other.

use std::sync::Arc;

use zero_draft_engine::Model;
use zero_draft_engine::Session;
use zero_draft_engine::corridor::{
    CorridorRefusal, OfferState, Pledge, PromiseState, Sounding, Withheld,
};
use zero_draft_engine::log::{Action, Event};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::preferences::Stance;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::{Command, Controller, Seat};
use zero_draft_engine::session::{ActionError, Stage};
use zero_draft_engine::view::Private;

use super::{model_from, tutorial};

pub(super) fn room(file: &str) -> Arc<Model> {
    let path = format!("{}/../../scenarios/{file}", env!("CARGO_MANIFEST_DIR"));
    model_from(&std::fs::read_to_string(path).expect("a shipped scenario"))
}

/// A session with `who` played from outside (by the test), the rest by the engine.
pub(super) fn with_seat(m: &Arc<Model>, who: DelegationId, seed: u64) -> Session {
    Session::open(
        m.clone(),
        seed,
        &[(Seat::Delegation(who), Controller::Script)],
    )
}

/// The seat's plain move when the test has nothing to say: pass, and join at the vote.
pub(super) fn plain(s: &Session) -> Action {
    if s.stage() == Stage::Adoption {
        Action::Join
    } else {
        Action::Pass
    }
}

/// The edit the engine's AI would table for `who` now, if any.
fn edit_to_table(s: &Session, m: &Model, who: DelegationId) -> Option<(Action, EditSpec)> {
    match s.ai_action(who) {
        Action::TableCard(card) => {
            let k = m.scenario.cards.iter().position(|c| c.id == card)?;
            Some((Action::TableCard(card), m.scenario.cards[k].edit.clone()))
        }
        Action::Table(edit) => Some((Action::Table(edit.clone()), edit)),
        _ => None,
    }
}

#[test]
fn a_sounding_answers_as_the_delegation_then_reacts_on_the_floor() {
    let m = room("oewg-2023-apr.ron");
    let me = m.delegation("au").unwrap();
    let (mut agree, mut disagree, mut withheld) = (0, 0, 0);
    for seed in 1..=200 {
        let mut s = with_seat(&m, me, seed);
        let mut guard = 0;
        while !s.is_finished() && guard < 500 {
            guard += 1;
            let speaking =
                s.stage() == Stage::Speaking && s.turn().is_some_and(|t| t.delegation == me);
            if speaking && let Some((action, edit)) = edit_to_table(&s, &m, me) {
                // Sound out the three delegations the edit costs most, then table it at once.
                let effect = s.document().effect(&m, &edit).unwrap();
                let mut asked: Vec<(f32, DelegationId)> = m
                    .delegation_ids()
                    .filter(|&d| d != me)
                    .map(|d| {
                        let loss = zero_draft_engine::preferences::delta(
                            &m,
                            &vec![1.0; m.tags.len()],
                            d,
                            &effect,
                        );
                        (loss, d)
                    })
                    .collect();
                asked.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                let before = s.corridor().0.len();
                for &(_, d) in asked.iter().take(3) {
                    let about = Sounding::Wording(edit.clone());
                    if s.input(Seat::Delegation(me), Command::Sound { to: d, about })
                        .is_err()
                    {
                        break;
                    }
                }
                let answers = s.corridor().0[before..].to_vec();
                let tabled_before = s.events().len();
                if s.act(me, action).is_ok() {
                    // The room's reactions to this amendment (others table after it).
                    let events = &s.events()[tabled_before..];
                    let id = events
                        .iter()
                        .find_map(|e| match e {
                            Event::Tabled {
                                amendment,
                                proposer,
                                ..
                            } if *proposer == me => Some(*amendment),
                            _ => None,
                        })
                        .unwrap();
                    let reactions = events
                        .iter()
                        .find_map(|e| match e {
                            Event::Reacted {
                                amendment,
                                reactions,
                            } if *amendment == id => Some(reactions.clone()),
                            _ => None,
                        })
                        .unwrap();
                    for a in answers {
                        let Some(said) = a.answer else {
                            withheld += 1;
                            continue;
                        };
                        // A delegation silenced in this phase does not react on the floor.
                        let Some(did) = reactions.iter().find(|r| r.delegation == a.asked) else {
                            continue;
                        };
                        if (said == Stance::Object) == (did.stance == Stance::Object) {
                            agree += 1;
                        } else {
                            disagree += 1;
                        }
                    }
                    continue;
                }
            }
            s.act(me, plain(&s)).ok();
        }
    }
    eprintln!("soundings: {agree} agreed with the floor, {disagree} did not, {withheld} withheld");
    assert!(agree > 200, "enough soundings were answered: {agree}");
    assert!(withheld > 0, "some delegations keep their counsel");
    // Asked and tabled in the same moment, nothing new can have come between: every answer
    // is what the delegation then does.
    assert_eq!(disagree, 0);
}

#[test]
fn the_engines_delegations_deal_and_keep_every_promise() {
    let mut deals = 0;
    let mut games = 0;
    for file in [
        "oewg-2020-predraft.ron",
        "oewg-2022-apr.ron",
        "oewg-2023-apr.ron",
    ] {
        let m = room(file);
        for seed in 1..=200 {
            let s = Session::new(m.clone(), seed, &[]).unwrap();
            games += 1;
            deals += s.deals();
            let (_, _, promises) = s.corridor();
            for c in promises {
                assert_ne!(c.state, PromiseState::Broken, "{file} seed {seed}: {c:?}");
                assert_ne!(c.state, PromiseState::Pending, "{file} seed {seed}: {c:?}");
            }
        }
    }
    eprintln!("{deals} deals in {games} AI-only games");
    assert!(
        deals > 50,
        "the engine's delegations deal among themselves: {deals}"
    );
}

/// The tutorial with the Netherlands played by the test, stopped at "any objection?" with an
/// amendment on the floor whose engine-played proposer accepts the Netherlands' offer to let
/// it pass in exchange for joining at the vote.
fn a_deal_with_the_netherlands() -> (
    Session,
    DelegationId,
    DelegationId,
    zero_draft_engine::log::AmendmentId,
) {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    for seed in 1..100 {
        let mut s = with_seat(&m, nl, seed);
        let mut guard = 0;
        while !s.is_finished() && guard < 300 {
            guard += 1;
            if s.stage() == Stage::Consensus {
                let candidates: Vec<_> = s
                    .floor()
                    .iter()
                    .filter(|a| a.proposer != nl && m.delegations[a.proposer.index()].may_block())
                    .map(|a| (a.id, a.proposer))
                    .collect();
                for (x, p) in candidates {
                    let offer = Command::Offer {
                        to: p,
                        give: vec![Pledge::NoObjection(x)],
                        want: vec![Pledge::Join],
                    };
                    if s.input(Seat::Delegation(nl), offer).is_ok()
                        && s.corridor().1.last().unwrap().state == OfferState::Accepted
                    {
                        return (s, nl, p, x);
                    }
                }
            }
            s.act(nl, plain(&s)).ok();
        }
    }
    panic!("no engine-played proposer took the Netherlands' offer in 99 seeds");
}

#[test]
fn a_broken_promise_costs_trust_releases_the_partner_and_is_remembered() {
    let (mut s, nl, p, x) = a_deal_with_the_netherlands();
    let (_, _, promises) = s.corridor();
    assert!(
        promises
            .iter()
            .any(|c| c.by == p && c.pledge == Pledge::Join && c.state == PromiseState::Pending)
    );
    let trust_before = s.trust(p, nl);
    // The Netherlands objects after all.
    s.act(nl, Action::Object(x)).unwrap();
    s.act(nl, Action::Pass).unwrap();
    let (_, _, promises) = s.corridor();
    let mine = promises.iter().find(|c| c.by == nl).unwrap();
    assert_eq!(mine.state, PromiseState::Broken);
    let theirs = promises.iter().find(|c| c.by == p && c.to == nl).unwrap();
    assert_eq!(theirs.state, PromiseState::Released, "the partner is free");
    assert!(
        s.trust(p, nl) <= trust_before - 0.3 + 1e-4,
        "trust {trust_before} -> {}",
        s.trust(p, nl)
    );
    // The partner remembers: it keeps its counsel, and takes no new deal.
    assert!(!s.is_finished());
    let clause = s.document().clauses().next().unwrap().2.id.clone();
    let about = Sounding::Wording(EditSpec::Delete { clause });
    s.input(Seat::Delegation(nl), Command::Sound { to: p, about })
        .unwrap();
    let asked = s.corridor().0.last().unwrap();
    assert_eq!(asked.withheld, Some(Withheld::BrokenPromise));
    assert_eq!(asked.answer, None);
}

#[test]
fn the_corridor_is_private_to_the_two_delegations() {
    let m = room("oewg-2023-apr.ron");
    let mut checked = 0;
    for seed in 1..=40 {
        let s = Session::new(m.clone(), seed, &[]).unwrap();
        if s.deals() == 0 {
            continue;
        }
        checked += 1;
        for d in m.delegation_ids() {
            let mine = Private::of(&s, d).corridor;
            assert!(mine.soundings.iter().all(|x| x.asker == d || x.asked == d));
            assert!(mine.offers.iter().all(|o| o.from == d || o.to == d));
            assert!(mine.commitments.iter().all(|c| c.by == d || c.to == d));
        }
        // The public room hears of a deal only by its consequences on the floor.
        let room = zero_draft_engine::view::RoomView::of(
            &s,
            Arc::new(zero_draft_engine::view::PublicScenario::of(&m)),
        );
        let json = serde_json::to_string(&room).unwrap();
        for word in ["NoObjection", "Sound", "Offer", "Pledge", "commitments"] {
            assert!(
                !json.contains(word),
                "seed {seed}: the room view holds {word}"
            );
        }
    }
    assert!(checked > 0, "some games had deals");
}

#[test]
fn corridor_moves_are_refused_with_a_reason_and_change_nothing() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let ru = m.delegation("ru").unwrap();
    let mut s = with_seat(&m, nl, 3);
    let sound = |to| Command::Sound {
        to,
        about: Sounding::Amendment(zero_draft_engine::log::AmendmentId(999)),
    };
    let inputs = s.inputs().len();
    assert_eq!(
        s.input(Seat::Delegation(nl), sound(nl)),
        Err(ActionError::Corridor(CorridorRefusal::ToItself))
    );
    assert_eq!(
        s.input(Seat::Delegation(nl), sound(ru)),
        Err(ActionError::NoSuchAmendment(
            zero_draft_engine::log::AmendmentId(999)
        ))
    );
    let offer = Command::Offer {
        to: ru,
        give: vec![],
        want: vec![Pledge::Join],
    };
    assert_eq!(
        s.input(Seat::Delegation(nl), offer),
        Err(ActionError::Corridor(CorridorRefusal::EmptySide))
    );
    let reply = Command::Reply {
        offer: zero_draft_engine::corridor::OfferId(7),
        accept: true,
    };
    assert_eq!(
        s.input(Seat::Delegation(nl), reply),
        Err(ActionError::Corridor(CorridorRefusal::NoSuchOffer(
            zero_draft_engine::corridor::OfferId(7)
        )))
    );
    assert_eq!(s.inputs().len(), inputs, "a refused move is not recorded");
    // Three moves a round, then no more.
    let zero = s.document().clone();
    let clause = zero.clauses().next().unwrap().2.id.clone();
    let wording = Sounding::Wording(EditSpec::Delete { clause });
    let others: Vec<DelegationId> = m.delegation_ids().filter(|&d| d != nl).take(4).collect();
    for (k, &d) in others.iter().enumerate() {
        let r = s.input(
            Seat::Delegation(nl),
            Command::Sound {
                to: d,
                about: wording.clone(),
            },
        );
        if k < 3 {
            r.unwrap();
        } else {
            assert_eq!(r, Err(ActionError::Corridor(CorridorRefusal::NoTimeLeft)));
        }
    }
}

#[test]
fn a_game_with_corridor_moves_replays_to_the_same_game() {
    let (mut s, nl, _, _) = a_deal_with_the_netherlands();
    let mut guard = 0;
    while !s.is_finished() && guard < 300 {
        guard += 1;
        s.act(nl, plain(&s)).ok();
    }
    let record = s.record("tutorial.ron", super::TUTORIAL);
    assert!(
        record
            .inputs
            .iter()
            .any(|i| matches!(i.command, Command::Offer { .. })),
        "the offer is in the record"
    );
    let again = Session::replay_verified(s.model_arc(), &record).unwrap();
    assert_eq!(again.events(), s.events());
    assert_eq!(again.corridor().1, s.corridor().1);
    assert_eq!(again.corridor().2, s.corridor().2);
}
