use std::sync::Arc;

use zero_draft_net::bot::Strategy;

use super::*;

/// A phrase of a briefing long enough to be its own.
pub(super) fn marker(briefing: &str) -> String {
    let words: Vec<&str> = briefing.split_whitespace().collect();
    let start = words.len() / 3;
    words[start..(start + 8).min(words.len())].join(" ")
}

/// The tutorial played out by two bots, the Netherlands (`a`) and Brazil (`b`), with a teacher
/// watching (`t`); the class keeps every byte it sent each client.
fn played_tutorial() -> (Class, Arc<Model>, usize, usize, usize) {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(2);
    let model = cfg.model.clone();
    let mut class = Class::new(cfg);
    class.keep = true;
    let t = class.join("teacher", TEACHER, None);
    let a = class.bot("ana", Some("nl"), Strategy::Ai);
    let b = class.bot("ben", Some("br"), Strategy::Ai);
    assert!(class.play_out(5_000));
    (class, model, a, b, t)
}

#[test]
fn another_delegations_briefing_never_reaches_a_client() {
    let (class, model, a, b, _) = played_tutorial();
    let briefing = |id: &str| {
        model.delegations[model.delegation(id).unwrap().index()]
            .briefing
            .clone()
    };
    let (nl, br) = (marker(&briefing("nl")), marker(&briefing("br")));
    assert!(nl.len() > 30 && br.len() > 30 && nl != br);
    let seen = |k: usize, text: &str| {
        class.sent[k]
            .windows(text.len())
            .any(|w| w == text.as_bytes())
    };
    assert!(seen(a, &nl), "a client receives its own briefing");
    assert!(!seen(a, &br), "but never another's");
    assert!(seen(b, &br) && !seen(b, &nl));
    // Nor another's objectives.
    let objective = |id: &str| {
        model.delegations[model.delegation(id).unwrap().index()].objectives[0]
            .description
            .clone()
    };
    assert!(seen(a, &objective("nl")) && !seen(a, &objective("br")));
    // Nor another's briefing in any language: each seat receives its own translations only.
    let translated = |id: &str, language: &str| {
        let d = model
            .scenario
            .blocs
            .iter()
            .flat_map(|b| &b.delegations)
            .find(|d| d.id == id)
            .unwrap();
        marker(d.briefing.translation(language).unwrap())
    };
    for language in ["fr", "es"] {
        let (nl, br) = (translated("nl", language), translated("br", language));
        assert!(seen(a, &nl) && !seen(a, &br), "{language}");
        assert!(seen(b, &br) && !seen(b, &nl), "{language}");
    }
}

#[test]
fn a_member_state_without_a_briefing_gets_one_written_from_its_instructions() {
    let mut cfg = config("oewg-2023-apr.ron");
    cfg.start_when = Some(1);
    let model = cfg.model.clone();
    let plain = model
        .delegations
        .iter()
        .find(|d| d.briefing.trim().is_empty() && d.may_block())
        .expect("the 2023 room has member states without an authored briefing");
    let id = plain.id.clone();
    let mut class = Class::new(cfg);
    let a = class.join("ana", CODE, None);
    class.step();
    class.send(
        a,
        zero_draft_net::Request::Claim {
            delegation: id.clone(),
        },
    );
    class.run_until(50, |c| c.remote(a).private.is_some());
    let p = class
        .remote(a)
        .private
        .as_ref()
        .expect("private data arrives");
    assert!(p.briefing.contains(&plain.name), "{}", p.briefing);
    assert!(p.briefing.len() > 100);
}

#[test]
fn a_students_corridor_reaches_that_student_alone_and_the_teacher_sees_it_all() {
    let (class, model, a, b, t) = played_tutorial();
    let s = class.room().session().expect("the class played");
    let (nl, br) = (
        model.delegation("nl").unwrap(),
        model.delegation("br").unwrap(),
    );
    let offers = s.corridor().1;
    assert!(
        offers.iter().any(|o| o.to == nl || o.from == nl),
        "the room made the Netherlands offers in the corridor"
    );
    for (k, me) in [(a, nl), (b, br)] {
        let private = class.remote(k).private.as_ref().expect("a private view");
        let c = &private.corridor;
        assert!(c.offers.iter().all(|o| o.from == me || o.to == me));
        assert!(c.soundings.iter().all(|x| x.asker == me || x.asked == me));
        assert!(c.commitments.iter().all(|x| x.by == me || x.to == me));
        // What the student was told matches the room's record of its own corridor.
        let theirs = offers.iter().filter(|o| o.from == me || o.to == me).count();
        assert_eq!(c.offers.len(), theirs, "client {k} has its whole corridor");
        assert!(
            class.remote(k).corridor.is_none(),
            "a student is not sent the whole"
        );
    }
    // The facilitator is sent every seat's corridor.
    let whole = class
        .remote(t)
        .corridor
        .as_ref()
        .expect("the corridor was sent");
    assert_eq!(whole.offers.as_slice(), offers);
    assert_eq!(whole.soundings.len(), s.corridor().0.len());
}

/// The coach's corridor offers reach a student over the network too: at each of its turns
/// the student asks, and the answer is what the coach on one machine would say at that
/// moment, sent to that student alone.
#[test]
fn a_student_asks_the_coach_for_corridor_offers_and_alone_receives_them() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(1);
    cfg.grace = None;
    let mut class = Class::new(cfg);
    let a = class.join("ana", CODE, None);
    let b = class.join("ben", CODE, None);
    class.step();
    class.send(
        a,
        zero_draft_net::Request::Claim {
            delegation: "nl".into(),
        },
    );
    let over = |c: &Class| c.room().session().is_some_and(|s| s.is_finished());
    let mut offers = 0;
    for _ in 0..12 {
        if !class.run_until(500, |c| {
            (c.remote(a).private.is_some() && c.remote(a).to_act()) || over(c)
        }) || over(&class)
        {
            break;
        }
        class.clients[a]
            .world_mut()
            .resource_mut::<zero_draft_net::client::RemoteRoom>()
            .corridor_hints = None;
        class.send(a, zero_draft_net::Request::CorridorHints);
        assert!(class.run_until(50, |c| c.remote(a).corridor_hints.is_some()));
        let hints = class.remote(a).corridor_hints.clone().unwrap();
        let s = class.room().session().unwrap();
        let seat = zero_draft_engine::seat::Seat::Delegation(s.model().delegation("nl").unwrap());
        let view = zero_draft_engine::view::SeatView::of(
            Arc::new(zero_draft_engine::view::RoomView::of(
                s,
                Arc::new(zero_draft_engine::view::PublicScenario::of(s.model())),
            )),
            s,
            seat,
        );
        let local = zero_draft_engine::league::corridor_hints(
            &view,
            &zero_draft_engine::policy::Advisor::new(s, seat),
            3,
        );
        assert_eq!(hints, local);
        for (command, _) in &hints {
            assert!(
                matches!(command, zero_draft_engine::seat::Command::Offer { .. }),
                "{command:?}"
            );
        }
        offers += hints.len();
        class.send(
            a,
            zero_draft_net::Request::Command(zero_draft_engine::seat::Command::Act(
                zero_draft_engine::log::Action::Pass,
            )),
        );
        class.step();
    }
    assert!(offers > 0, "the coach offered something in the corridor");
    assert!(
        class.remote(b).corridor_hints.is_none(),
        "another client hears nothing of it"
    );
    // A client without a seat is refused.
    class.send(b, zero_draft_net::Request::CorridorHints);
    assert!(class.run_until(50, |c| !c.remote(b).refusals.is_empty()));
}

/// The class's projector joins with the students' code and takes no seat: it receives the
/// public room and log to the end, and not one byte of any delegation's private data.
#[test]
fn the_projector_receives_the_public_room_and_nothing_private() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(1);
    let model = cfg.model.clone();
    let mut class = Class::new(cfg);
    class.keep = true;
    let projector = class.projector("projector", None);
    class.bot("ana", Some("nl"), Strategy::Ai);
    assert!(class.play_out(5_000));
    let p = class.remote(projector);
    assert!(p.seat.is_none() && p.private.is_none());
    assert!(p.room.is_some() && p.ended.is_some());
    assert_eq!(p.log_sha256(), class.hashes().0, "the whole public log");
    assert_nothing_private_reached(&class, &model, projector);
}

/// No delegation's briefing or objective (a long enough run of its words) is in any byte the
/// class sent client `k`.
pub(super) fn assert_nothing_private_reached(class: &Class, model: &Model, k: usize) {
    for d in &model.delegations {
        for text in std::iter::once(d.briefing.as_str())
            .chain(d.objectives.iter().map(|o| o.description.as_str()))
            .filter(|t| t.split_whitespace().count() >= 6)
        {
            let m = marker(text);
            assert!(
                !class.sent[k].windows(m.len()).any(|w| w == m.as_bytes()),
                "{} reached client {k}",
                d.id
            );
        }
    }
}
