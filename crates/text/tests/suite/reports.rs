//! Reports written from what a class's client holds: its public view and the public log.

use std::sync::Arc;

use zero_draft_engine::Model;
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::simulate::play;
use zero_draft_engine::view::{PublicScenario, RoomView};
use zero_draft_text::lang::on_this_thread;
use zero_draft_text::{Format, Lang, Report, export, export_report, transcript};

fn model(source: &str) -> Arc<Model> {
    Arc::new(Model::new(parse_str("room.ron", source).unwrap()))
}

/// A student's report of their table, written by their own client from the public room, is
/// the host's report of the same game, in every language and format.
#[test]
fn the_report_from_the_public_room_is_the_hosts_report() {
    for source in [
        include_str!("../../../../scenarios/tutorial.ron"),
        include_str!("../../../../scenarios/oewg-2023-apr.ron"),
    ] {
        let m = model(source);
        for seed in [1, 4] {
            let s = play(&m, seed);
            let room = RoomView::of(&s, Arc::new(PublicScenario::of(&m)));
            assert!(room.log.len() < s.events().len(), "the scores stay private");
            for lang in Lang::ALL {
                on_this_thread(Some(lang));
                for format in [Format::Markdown, Format::Html] {
                    let public = Report::public(&room, &room.log, s.seed()).unwrap();
                    assert_eq!(export_report(&public, format), export(&s, format));
                }
            }
            on_this_thread(None);
        }
    }
}

/// The table's log reads under its phases and rounds, every public event in words.
#[test]
fn the_transcript_heads_each_phase_and_round() {
    let m = model(include_str!("../../../../scenarios/tutorial.ron"));
    let s = play(&m, 2);
    let room = RoomView::of(&s, Arc::new(PublicScenario::of(&m)));
    on_this_thread(Some(Lang::En));
    let md = transcript(
        &*room.scenario,
        &room.scenario.title,
        &room.log,
        Format::Markdown,
    );
    on_this_thread(None);
    let phases = m.scenario.schedule.phases.len();
    let rounds = s.rounds_played() as usize;
    assert_eq!(md.lines().filter(|l| l.starts_with("## ")).count(), phases);
    assert!(md.lines().filter(|l| l.starts_with("### Round ")).count() >= rounds);
    assert!(md.lines().filter(|l| l.starts_with("- ")).count() > rounds);
    assert!(md.starts_with(&format!("# {}", room.scenario.title)));
}

/// A missed objective whose moment offered nothing but passing says so, rather than naming
/// "passes" as the course the coach advised.
#[test]
fn a_missed_objective_with_nothing_open_says_so() {
    use zero_draft_engine::hindsight::Missed;
    use zero_draft_engine::log::Action;
    use zero_draft_text::missed_text;
    let m = model(include_str!("../../../../scenarios/tutorial.ron"));
    let names = PublicScenario::of(&m);
    let missed = |action: Action, met: bool| Missed {
        objective: 0,
        objective_id: "x".into(),
        input: 4,
        action,
        met,
    };
    on_this_thread(Some(Lang::En));
    let idle = missed_text(
        &names,
        "Brazil",
        "See it adopted",
        &missed(Action::Pass, false),
    );
    assert!(
        idle.contains("nothing to suggest but passing") && idle.contains("move 5"),
        "{idle}"
    );
    let tried = missed_text(
        &names,
        "Brazil",
        "See it adopted",
        &missed(
            Action::CoSponsor(zero_draft_engine::log::AmendmentId(2)),
            false,
        ),
    );
    assert!(
        tried.contains("none of the coach's five best moves"),
        "{tried}"
    );
    on_this_thread(None);
}
