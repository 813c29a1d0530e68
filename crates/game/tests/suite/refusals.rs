//! A refused command reaches each player in their own language: a student playing in French
//! over the class's protocol, and a player in French at this machine.

use zero_draft_engine::class::Refusal;
use zero_draft_engine::log::Action;
use zero_draft_engine::seat::Command;
use zero_draft_engine::session::{ActionError, SeatRule};
use zero_draft_game::play::Difficulty;
use zero_draft_net::Request;
use zero_draft_net::loopback::Class;
use zero_draft_net::server::HostConfig;
use zero_draft_text::Lang;
use zero_draft_text::lang::{on_this_thread, phrase_in};

use super::{TUTORIAL, tutorial};
use zero_draft_engine::ids::AmendmentId;

#[test]
fn a_student_playing_in_french_reads_a_refused_command_in_french() {
    let mut cfg = HostConfig::new(tutorial(), "tutorial.ron", TUTORIAL);
    cfg.code = "ROOM".into();
    cfg.facilitator_code = "ROOM-TEACH".into();
    cfg.seed = 7;
    cfg.rate = 1_000.0;
    cfg.start_when = Some(1);
    let mut class = Class::new(cfg);
    let ana = class.join("Ana", "ROOM", None);
    class.step();
    class.send(
        ana,
        Request::Claim {
            delegation: "nl".into(),
        },
    );
    assert!(class.run_until(50, |c| c.room().session().is_some()));
    // A delegation cannot issue the Chair's revision.
    class.send(ana, Request::Command(Command::IssueRevision));
    assert!(class.run_until(50, |c| !c.remote(ana).refusals.is_empty()));
    let (_, why) = class.remote(ana).refusals.last().unwrap().clone();
    assert_eq!(
        why,
        Refusal::Session(ActionError::NotThisSeat(SeatRule::ChairRules)),
        "the refusal crosses the network as data"
    );
    on_this_thread(Some(Lang::Fr));
    let shown = zero_draft_game::remote::refusal_words(class.remote(ana), &why);
    on_this_thread(None);
    let chair_rules = phrase_in(Lang::Fr, "words-why-chair-rules", None);
    assert!(
        shown.starts_with("Votre siège") && shown.contains(&chair_rules),
        "{shown}"
    );

    // A client that has not received the room yet still phrases what it is refused.
    let late = class.join("Ben", "ROOM", None);
    class.send(
        late,
        Request::Claim {
            delegation: "nl".into(),
        },
    );
    assert!(class.run_until(50, |c| !c.remote(late).refusals.is_empty()));
    let (_, why) = class.remote(late).refusals.last().unwrap().clone();
    assert_eq!(why, Refusal::Taken("nl".into()));
    on_this_thread(Some(Lang::Es));
    let shown = zero_draft_game::remote::refusal_words(class.remote(late), &why);
    on_this_thread(None);
    assert_eq!(shown, "nl ya está ocupada.");
}

#[test]
fn a_player_in_french_reads_a_refused_command_in_french() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-refusals-{}", std::process::id()));
    let mut game = super::tutorial_match(m, &[nl], 7, Difficulty::Normal, false, &dir);
    on_this_thread(Some(Lang::Fr));
    let taken = game.act(Action::Withdraw(AmendmentId(999)));
    on_this_thread(None);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!taken);
    let notice = game.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("999") && notice.contains("amendement"),
        "{notice}"
    );
}
