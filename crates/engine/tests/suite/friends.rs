//! The friends of the Chair bring wording: the delegations consulted on a bracket bring their
//! own cards for the paragraph, the Chair weighs them with its own options and sometimes takes
//! one; a player invited brings a card of its own, and nothing else.

use std::collections::BTreeMap;

use zero_draft_engine::corridor::CorridorRefusal;
use zero_draft_engine::log::{Action, ChairOutcome, Event};
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_engine::session::{ActionError, Session, Stage};
use zero_draft_engine::view::Private;

use super::corridor::{plain, room, with_seat};

#[test]
fn the_friends_of_the_chair_bring_their_own_cards_and_the_chair_takes_some() {
    let m = room("oewg-2022-apr.ron");
    let (mut brought, mut taken) = (0, 0);
    for seed in 1..=40 {
        let mut s = Session::open(m.clone(), seed, &[]);
        s.run_to_end();
        let mut offered: BTreeMap<_, Vec<(String, _)>> = BTreeMap::new();
        for (i, e) in s.events().iter().enumerate() {
            match e {
                Event::ChairConsulted {
                    amendment,
                    friends,
                    wordings,
                } => {
                    for (card, by) in wordings {
                        brought += 1;
                        let k = m
                            .scenario
                            .cards
                            .iter()
                            .position(|c| c.id == **card)
                            .unwrap();
                        assert!(
                            m.card_askers[k].contains(by),
                            "seed {seed}: {card} is {by:?}'s"
                        );
                        assert!(
                            friends.contains(by),
                            "seed {seed}: who brings it is consulted"
                        );
                    }
                    offered.insert(*amendment, wordings.clone());
                }
                Event::ChairDecision {
                    amendment,
                    outcome: ChairOutcome::FriendsWording { card, by },
                    ..
                } => {
                    taken += 1;
                    assert!(
                        offered
                            .get(amendment)
                            .is_some_and(|w| w.contains(&(card.clone(), *by))),
                        "seed {seed}: the Chair takes only wording brought to it"
                    );
                    // Taken into the text, the card is spent: nobody tables it again.
                    assert!(
                        !s.events()[i..].iter().any(|e| matches!(
                            e,
                            Event::Tabled { card: Some(c), .. } if c.as_str() == card.as_str()
                        )),
                        "seed {seed}: {card} is spent"
                    );
                }
                _ => {}
            }
        }
    }
    eprintln!("2022 room, 40 games: {brought} wordings brought, {taken} taken by the Chair");
    assert!(
        brought > taken && taken > 0,
        "{brought} brought, {taken} taken"
    );
}

#[test]
fn a_player_invited_brings_a_card_of_its_own_and_nothing_else() {
    let m = room("oewg-2022-apr.ron");
    for id in ["us", "ru", "in", "mx"] {
        let me = m.delegation(id).unwrap();
        for seed in 1..=20 {
            let mut s = with_seat(&m, me, seed);
            let mut guard = 0;
            while !s.is_finished() && guard < 400 {
                guard += 1;
                let invitation = Private::of(&s, me)
                    .corridor
                    .invitations
                    .into_iter()
                    .find(|i| !i.cards.is_empty());
                if let Some(i) = invitation {
                    let card = i.cards[0].clone();
                    // A card that is not its own, or not for this paragraph, is refused.
                    let stranger = m
                        .scenario
                        .cards
                        .iter()
                        .find(|c| !i.cards.contains(&c.id.to_string()))
                        .map(|c| c.id.clone())
                        .unwrap();
                    let refused = s.input(
                        Seat::Delegation(me),
                        Command::Consult {
                            amendment: i.amendment,
                            acceptable: vec![ChairOutcome::Kept],
                            wording: Some(stranger.clone()),
                        },
                    );
                    assert_eq!(
                        refused,
                        Err(ActionError::Corridor(CorridorRefusal::CannotBring(
                            i.amendment,
                            stranger.to_string()
                        )))
                    );
                    let still = Private::of(&s, me).corridor.invitations;
                    let still = still.iter().find(|x| x.amendment == i.amendment).unwrap();
                    assert_eq!(
                        (&still.said, &still.brought),
                        (&None, &None),
                        "nothing changed"
                    );
                    // Its own card is heard, and becomes one of the Chair's options.
                    s.input(
                        Seat::Delegation(me),
                        Command::Consult {
                            amendment: i.amendment,
                            acceptable: vec![ChairOutcome::Kept],
                            wording: Some(card.as_str().into()),
                        },
                    )
                    .unwrap();
                    let now = Private::of(&s, me).corridor.invitations;
                    let now = now.iter().find(|x| x.amendment == i.amendment).unwrap();
                    assert_eq!(now.brought.as_deref(), Some(card.as_str()));
                    let friends = ChairOutcome::FriendsWording { card, by: me };
                    assert!(now.options.contains(&friends), "{:?}", now.options);
                    let a = s.brackets().iter().find(|a| a.id == i.amendment).unwrap();
                    assert!(s.chair_options(a).iter().any(|o| o.outcome == friends));
                    return;
                }
                if s.stage() == Stage::Consensus
                    && let Some(a) = s.floor().iter().find(|a| a.proposer != me).map(|a| a.id)
                    && s.act(me, Action::Object(a)).is_ok()
                {
                    continue;
                }
                s.act(me, plain(&s)).ok();
            }
        }
    }
    panic!("no seat of the 2022 room was invited with a card of its own to bring");
}
