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
                    wording: None,
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
                wording: None,
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

/// Watches the `corridor` strategy: each time it tells the Chair what it can live with, what
/// each option was worth to it then.
struct Watch {
    inner: Box<dyn zero_draft_engine::policy::Delegate>,
    said: std::rc::Rc<std::cell::RefCell<Vec<Said>>>,
}

/// One consultation: each option with its worth, its objective weight and whether the strategy
/// said it could live with it; the bracket; and the seat's tolerance then.
type Said = (
    zero_draft_engine::log::AmendmentId,
    Vec<(zero_draft_engine::log::ChairOutcome, f32, f32, bool)>,
    f32,
);

impl zero_draft_engine::policy::Delegate for Watch {
    fn decide(
        &mut self,
        view: &zero_draft_engine::view::SeatView,
        advisor: &zero_draft_engine::policy::Advisor,
    ) -> Command {
        let c = self.inner.decide(view, advisor);
        if let Command::Consult {
            amendment,
            acceptable,
            ..
        } = &c
        {
            let (values, tolerance) = advisor.option_values(*amendment);
            let options = values
                .into_iter()
                .map(|(o, v, stake)| {
                    let ok = acceptable.contains(&o);
                    (o, v, stake, ok)
                })
                .collect();
            self.said
                .borrow_mut()
                .push((*amendment, options, tolerance));
        }
        c
    }
}

#[test]
fn the_corridor_strategy_tells_the_chair_it_cannot_live_with_losing_an_objective() {
    use std::collections::BTreeMap;
    use zero_draft_engine::league::built_in;
    use zero_draft_engine::log::ChairOutcome;
    use zero_draft_engine::policy::{Players, drive};
    let (mut consults, mut narrowed, mut ruled, mut heeded) = (0, 0, 0, 0);
    for (file, id) in [
        ("oewg-2023-apr.ron", "us"),
        ("oewg-2022-apr.ron", "us"),
        ("tutorial.ron", "nl"),
    ] {
        let m = room(file);
        let me = m.delegation(id).unwrap();
        for seed in 1..=8 {
            let said = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
            let seat = Seat::Delegation(me);
            let mut s = with_seat(&m, me, seed);
            let watch = Watch {
                inner: built_in("corridor", seed).unwrap(),
                said: said.clone(),
            };
            let mut players = Players {
                delegates: BTreeMap::from([(
                    seat,
                    Box::new(watch) as Box<dyn zero_draft_engine::policy::Delegate>,
                )]),
                chair: None,
            };
            let report = drive(&mut s, &mut players, 100_000);
            assert!(s.is_finished(), "{file} {id} seed {seed}: the game ends");
            assert!(
                !report
                    .refused
                    .iter()
                    .any(|(_, c, _)| matches!(c, Command::Consult { .. })),
                "{file} {id} seed {seed}: the Chair hears every consultation"
            );
            let rulings: BTreeMap<_, ChairOutcome> = s
                .events()
                .iter()
                .filter_map(|e| match e {
                    Event::ChairDecision {
                        amendment, outcome, ..
                    } => Some((*amendment, outcome.clone())),
                    _ => None,
                })
                .collect();
            for (amendment, options, tolerance) in said.borrow().iter() {
                consults += 1;
                let best = options.iter().map(|o| o.1).fold(f32::MIN, f32::max);
                assert!(options.iter().any(|o| o.3), "it leaves the Chair an option");
                for (outcome, worth, stake, ok) in options {
                    // What loses an objective, it cannot live with, unless nothing is better.
                    if *stake < 0.0 && *worth < best {
                        assert!(
                            !ok,
                            "{file} {id} seed {seed}: {outcome:?} loses an objective"
                        );
                    }
                    // What serves it within its tolerance, it says it can live with.
                    if *stake >= 0.0 && *worth >= -tolerance {
                        assert!(ok, "{file} {id} seed {seed}: {outcome:?} is worth {worth}");
                    }
                }
                narrowed += usize::from(options.iter().any(|o| !o.3));
                if let Some(outcome) = rulings.get(amendment)
                    && options.iter().any(|o| !o.3)
                {
                    ruled += 1;
                    heeded += usize::from(options.iter().any(|o| o.3 && o.0 == *outcome));
                }
            }
        }
    }
    eprintln!(
        "{consults} consultations, {narrowed} ruling something out; the Chair ruled on {ruled} of those and took an option the seat could live with in {heeded}"
    );
    assert!(narrowed > 0, "the strategy rules options out");
    assert!(
        heeded * 2 > ruled,
        "the Chair mostly takes its word: {heeded} of {ruled}"
    );
}
