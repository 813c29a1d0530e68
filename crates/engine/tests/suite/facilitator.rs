//! The facilitator's levers: an event set off early does not happen again on schedule, and
//! rounds added to a phase are played even when nothing is tabled.

use zero_draft_engine::log::{Action, Event};
use zero_draft_engine::seat::{Command, Controller, Seat};
use zero_draft_engine::session::{ActionError, Session};

use super::tutorial;

/// Plays every seat that waits with the engine's AI choice.
fn play_out(s: &mut Session) {
    for _ in 0..5_000 {
        let Some(&seat) = s.pending().first() else {
            return;
        };
        let command = zero_draft_engine::policy::Advisor::new(s, seat).ai_move();
        if s.input(seat, command).is_err() {
            return;
        }
    }
}

#[test]
fn an_event_set_off_early_does_not_happen_again_on_schedule() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let mut s = Session::open(m.clone(), 5, &[(Seat::Delegation(nl), Controller::Script)]);
    let inject = || Command::Inject {
        event: "hospital-attack".into(),
    };
    s.input(Seat::Facilitator, inject()).unwrap();
    assert_eq!(
        s.input(Seat::Facilitator, inject()),
        Err(ActionError::AlreadyHappened("hospital-attack".into())),
        "set off twice"
    );
    play_out(&mut s);
    assert!(s.is_finished());
    let happened = s
        .events()
        .iter()
        .filter(|e| matches!(e, Event::Happened { id, .. } if id == "hospital-attack"))
        .count();
    assert_eq!(happened, 1, "its effects were applied once");
}

#[test]
fn rounds_the_facilitator_adds_are_played_even_when_nothing_is_tabled() {
    let m = super::model_from(&super::tiny(
        r#"(tag: "x", weight: 1.0)"#,
        r#"(tag: "x", weight: -1.0)"#,
        "",
    ));
    let a1 = m.delegation("a1").unwrap();
    let rounds_in = |extra: i32| {
        let mut s = Session::open(m.clone(), 1, &[(Seat::Delegation(a1), Controller::Script)]);
        if extra != 0 {
            s.input(Seat::Facilitator, Command::ChangeRounds(extra))
                .unwrap();
        }
        for _ in 0..100 {
            if s.is_finished() || s.act(a1, Action::Pass).is_err() {
                break;
            }
        }
        s.events()
            .iter()
            .filter(|e| matches!(e, Event::RoundStarted { phase: 0, .. }))
            .count()
    };
    assert_eq!(rounds_in(0), 1, "an idle round closes the phase early");
    assert_eq!(rounds_in(3), 5, "the teacher's extra rounds are played");
}
