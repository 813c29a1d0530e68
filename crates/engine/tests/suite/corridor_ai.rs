//! The corridor's initiative: the engine's delegations bring offers to a player who only
//! passes, the Chair consults a player on a bracket and takes its word, and the coach's
//! corridor offers are answered as it foretells.

use std::sync::Arc;

use zero_draft_engine::corridor::{CorridorRefusal, OfferState};
use zero_draft_engine::log::{Action, Event};
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_engine::session::{ActionError, Stage};
use zero_draft_engine::view::Private;

use super::corridor::{plain, room, with_seat};
use super::tutorial;

#[test]
fn the_engines_delegations_bring_offers_to_a_player_who_only_passes() {
    let (mut reached, mut games) = (0, 0);
    for file in [
        "oewg-2020-predraft.ron",
        "oewg-2022-apr.ron",
        "oewg-2023-apr.ron",
    ] {
        let m = room(file);
        for me in m
            .delegation_ids()
            .filter(|&d| m.delegations[d.index()].playable)
        {
            let mut here = 0;
            for seed in 1..=40 {
                let mut s = with_seat(&m, me, seed);
                let mut guard = 0;
                while !s.is_finished() && guard < 400 {
                    guard += 1;
                    s.act(me, plain(&s)).unwrap();
                }
                here += usize::from(s.corridor().1.iter().any(|o| o.to == me));
            }
            eprintln!(
                "{file} {}: offers in {here} of 40 games",
                m.delegations[me.index()].id
            );
            reached += here;
            games += 40;
        }
    }
    eprintln!("offers reached the player in {reached} of {games} games");
    assert!(reached * 100 >= games * 80, "{reached} of {games}");
}

#[test]
fn the_chair_consults_a_player_on_a_bracket_and_takes_its_word() {
    use zero_draft_engine::log::ChairOutcome;
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let ru = m.delegation("ru").unwrap();
    for seed in 1..60 {
        let mut s = with_seat(&m, nl, seed);
        let mut guard = 0;
        // Object to the first engine-played amendment on the floor, so that it is bracketed.
        let mut objected = None;
        while !s.is_finished() && guard < 300 && objected.is_none() {
            guard += 1;
            if s.stage() == Stage::Consensus
                && let Some(a) = s.floor().iter().find(|a| a.proposer != nl).map(|a| a.id)
            {
                s.act(nl, Action::Object(a)).unwrap();
                s.act(nl, Action::Pass).unwrap();
                objected = Some(a);
                break;
            }
            s.act(nl, plain(&s)).ok();
        }
        let Some(x) = objected else { continue };
        let Some(a) = s.brackets().iter().find(|a| a.id == x).cloned() else {
            continue;
        };
        // The invitation is in the player's corridor, with the Chair's options.
        let invitation = Private::of(&s, nl)
            .corridor
            .invitations
            .into_iter()
            .find(|i| i.amendment == x)
            .expect("the objector is invited");
        assert!(invitation.options.contains(&ChairOutcome::Proposal));
        // Delegations the engine plays are not spoken for from outside.
        assert_eq!(
            s.input(
                Seat::Delegation(ru),
                Command::Consult {
                    amendment: x,
                    acceptable: vec![],
                },
            ),
            Err(ActionError::Corridor(CorridorRefusal::EnginePlayed(ru)))
        );
        // "We could live only with keeping the text": the Chair counts it against the rest.
        s.input(
            Seat::Delegation(nl),
            Command::Consult {
                amendment: x,
                acceptable: vec![ChairOutcome::Kept],
            },
        )
        .unwrap();
        let options = s.chair_options(&a);
        let proposal = options
            .iter()
            .find(|o| o.outcome == ChairOutcome::Proposal)
            .unwrap();
        assert!(proposal.objectors.contains(&nl), "{options:?}");
        // At the revision the room hears that the Chair consulted.
        let mut guard = 0;
        while !s.is_finished() && guard < 300 {
            guard += 1;
            if s.events()
                .iter()
                .any(|e| matches!(e, Event::ChairConsulted { amendment, .. } if *amendment == x))
            {
                return;
            }
            s.act(nl, plain(&s)).ok();
        }
        panic!("seed {seed}: the revision did not say the Chair consulted");
    }
    panic!("no seed bracketed an amendment the Netherlands objected to");
}

#[test]
fn the_coachs_corridor_offers_are_answered_as_it_predicts() {
    use zero_draft_engine::league::corridor_hints;
    use zero_draft_engine::policy::Advisor;
    let m = room("oewg-2023-apr.ron");
    let (mut hinted, mut right) = (0, 0);
    for id in ["au", "ru", "mx"] {
        let me = m.delegation(id).unwrap();
        for seed in 1..=20 {
            let mut s = with_seat(&m, me, seed);
            let mut guard = 0;
            while !s.is_finished() && guard < 400 {
                guard += 1;
                if s.stage() == Stage::Speaking && s.turn().is_some_and(|t| t.delegation == me) {
                    let scenario = Arc::new(zero_draft_engine::view::PublicScenario::of(&m));
                    let room = Arc::new(zero_draft_engine::view::RoomView::of(&s, scenario));
                    let view =
                        zero_draft_engine::view::SeatView::of(room, &s, Seat::Delegation(me));
                    let hints = {
                        let advisor = Advisor::new(&s, Seat::Delegation(me));
                        corridor_hints(&view, &advisor, 1)
                    };
                    if let Some((offer, predicted)) = hints.into_iter().next()
                        && s.input(Seat::Delegation(me), offer).is_ok()
                    {
                        hinted += 1;
                        let accepted = s.corridor().1.last().unwrap().state == OfferState::Accepted;
                        right += usize::from(accepted == predicted);
                    }
                }
                s.act(me, plain(&s)).ok();
            }
        }
    }
    eprintln!("coach's corridor offers: {right} of {hinted} answered as predicted");
    assert!(hinted > 0, "the coach had offers to suggest");
    assert_eq!(right, hinted, "every answer is the one foretold");
}
