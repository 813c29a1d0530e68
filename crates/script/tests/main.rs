//! Strategy scripts: the shipped examples play whole games; errors, endless loops and huge
//! allocations are stopped with the script's line and the seat falls back to the AI; a script
//! is given nothing private to another delegation; the same seeds give the same games.

use std::sync::Arc;

use zero_draft_engine::Model;
use zero_draft_engine::ids::{AmendmentId, DelegationId};
use zero_draft_engine::league::play;
use zero_draft_engine::policy::Advisor;
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::seat::{Controller, Seat};
use zero_draft_engine::session::Session;
use zero_draft_engine::view::{PublicScenario, RoomView, SeatView};
use zero_draft_script::{Script, inputs};

const TUTORIAL: &str = include_str!("../../../scenarios/tutorial.ron");

fn tutorial() -> Arc<Model> {
    Arc::new(Model::new(parse_str("tutorial.ron", TUTORIAL).unwrap()))
}

fn example(name: &str) -> Script {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../strategies")
        .join(name);
    Script::load(&path).unwrap()
}

#[test]
fn the_example_scripts_play_whole_games_without_errors() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    for name in ["careful-cards.rhai", "hardliner.rhai"] {
        let script = example(name);
        for seed in 1..=3 {
            let game = play(&m, nl, Box::new(script.clone()), seed);
            assert!(game.score > 0.0, "{name}: the game was scored");
        }
        assert_eq!(script.errors(), Vec::<String>::new(), "{name}");
    }
}

fn failing(body: &str) -> (Script, zero_draft_engine::league::Game) {
    let source = format!("fn decide(view, legal, suggestions) {{\n{body}\n}}\n");
    let script = Script::compile("bad.rhai", &source).unwrap();
    let m = tutorial();
    let game = play(&m, m.delegation("nl").unwrap(), Box::new(script.clone()), 1);
    (script, game)
}

#[test]
fn an_endless_loop_is_stopped_and_the_ai_stands_in() {
    let (script, game) = failing("  loop { }");
    let errors = script.errors();
    assert!(!errors.is_empty());
    assert!(errors[0].starts_with("bad.rhai:2:"), "{}", errors[0]);
    assert!(
        errors[0].to_lowercase().contains("operations"),
        "{}",
        errors[0]
    );
    assert!(game.score > 0.0, "the game went on to the end");
}

#[test]
fn a_huge_allocation_is_stopped() {
    let (script, game) = failing("  let a = [];\n  a.pad(100000000, 0);\n  #{ kind: \"pass\" }");
    let errors = script.errors();
    assert!(!errors.is_empty());
    assert!(errors[0].contains("bad.rhai:3:"), "{}", errors[0]);
    assert!(errors[0].to_lowercase().contains("size"), "{}", errors[0]);
    assert!(game.score > 0.0);
    let (script, _) = failing("  let s = \"x\";\n  loop { s += s; }");
    assert!(
        script.errors()[0].to_lowercase().contains("length")
            || script.errors()[0].to_lowercase().contains("size"),
        "{:?}",
        script.errors()
    );
}

#[test]
fn a_wrong_answer_or_a_syntax_error_is_reported_with_its_place() {
    let (script, _) = failing("  42");
    assert!(
        script.errors()[0].contains("not a command"),
        "{:?}",
        script.errors()
    );
    let e = Script::compile(
        "broken.rhai",
        "fn decide(view, legal, suggestions) {\n  let = ;\n}",
    )
    .err()
    .unwrap();
    assert!(e.starts_with("broken.rhai:2:"), "{e}");
    let e = Script::compile("empty.rhai", "let x = 1;").err().unwrap();
    assert!(e.contains("no `fn decide"), "{e}");
}

#[test]
fn a_script_is_given_nothing_private_to_another_delegation() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let mut s = Session::open(m.clone(), 2, &[(Seat::Delegation(nl), Controller::Script)]);
    let public = Arc::new(PublicScenario::of(&m));
    let own: Vec<&str> = std::iter::once(m.delegations[nl.index()].briefing.as_str())
        .chain(
            m.delegations[nl.index()]
                .objectives
                .iter()
                .map(|o| o.description.as_str()),
        )
        .collect();
    let secrets: Vec<&str> = m
        .delegations
        .iter()
        .filter(|d| d.id != "nl")
        .flat_map(|d| {
            std::iter::once(d.briefing.as_str())
                .chain(d.objectives.iter().map(|o| o.description.as_str()))
        })
        .filter(|t| t.len() > 12 && !own.contains(t))
        .collect();
    let mut checked = 0;
    while !s.is_finished() && checked < 60 {
        let room = Arc::new(RoomView::of(&s, public.clone()));
        let view = SeatView::of(room, &s, Seat::Delegation(nl));
        let (v, legal, suggestions) =
            inputs(&view, &Advisor::new(&s, Seat::Delegation(nl))).unwrap();
        let text = format!("{v:?}{legal:?}{suggestions:?}");
        for secret in &secrets {
            assert!(!text.contains(secret), "a script would see \"{secret}\"");
        }
        checked += 1;
        let action = s.ai_action(nl);
        if s.act(nl, action).is_err() {
            let _ = s.act(nl, zero_draft_engine::log::Action::Pass);
        }
    }
    assert!(checked > 3);
}

#[test]
fn the_same_seeds_give_the_same_games() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let script = example("careful-cards.rhai");
    let a: Vec<_> = (1..=3)
        .map(|seed| play(&m, nl, Box::new(script.clone()), seed))
        .collect();
    let b: Vec<_> = (1..=3)
        .map(|seed| play(&m, nl, Box::new(script.clone()), seed))
        .collect();
    assert_eq!(a, b);
}

#[test]
fn every_action_reads_back_from_the_map_a_script_is_given_under_its_documented_name() {
    use zero_draft_engine::log::{Action, ActionKind};
    use zero_draft_engine::seat::Command;
    let edit = parse_str("tutorial.ron", TUTORIAL).unwrap().cards[0]
        .edit
        .clone();
    let actions = [
        Action::Table(edit),
        Action::TableCard("card".into()),
        Action::CoSponsor(AmendmentId(1)),
        Action::Object(AmendmentId(2)),
        Action::Threaten(AmendmentId(3)),
        Action::Lobby {
            amendment: AmendmentId(4),
            delegation: DelegationId(5),
        },
        Action::Withdraw(AmendmentId(6)),
        Action::Pass,
        Action::Join,
        Action::Dissociate(vec!["9".into(), "12".into()]),
        Action::Block,
    ];
    let docs = include_str!("../../../docs/strategies.md");
    for kind in ActionKind::ALL {
        let a = actions
            .iter()
            .find(|a| a.kind() == kind)
            .expect("an action of every kind");
        assert_eq!(
            zero_draft_script::command(&zero_draft_script::action_map(a)),
            Some(Command::Act(a.clone())),
            "{kind}"
        );
        assert!(
            docs.contains(&format!("`\"{kind}\"`")),
            "{kind} is not in docs/strategies.md"
        );
        assert_eq!(ActionKind::parse(kind.as_str()), Some(kind));
    }
    assert_eq!(ActionKind::parse("co-sponsor"), Some(ActionKind::CoSponsor));
    assert_eq!(ActionKind::parse("Table_Card"), Some(ActionKind::TableCard));
    assert_eq!(ActionKind::parse("sponsor"), None);
}

/// The allocator the binary uses, so that the memory budget is enforced here as there.
#[global_allocator]
static ALLOCATOR: zero_draft_script::Metered<std::alloc::System> =
    zero_draft_script::Metered(std::alloc::System);

/// One decision of a script for the Netherlands at the tutorial's opening, with a time budget:
/// its command, the engine AI's move for the same seat, and the script (with its errors).
fn decide_once(
    body: &str,
    time: std::time::Duration,
) -> (
    zero_draft_engine::seat::Command,
    zero_draft_engine::seat::Command,
    Script,
) {
    use zero_draft_engine::policy::Delegate;
    let source = format!("fn decide(view, legal, suggestions) {{\n{body}\n}}\n");
    let mut script = Script::compile("budget.rhai", &source)
        .unwrap()
        .with_time_budget(time);
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let s = Session::open(m.clone(), 2, &[(Seat::Delegation(nl), Controller::Script)]);
    let room = Arc::new(RoomView::of(&s, Arc::new(PublicScenario::of(&m))));
    let view = SeatView::of(room, &s, Seat::Delegation(nl));
    let advisor = Advisor::new(&s, Seat::Delegation(nl));
    let command = script.decide(&view, &advisor);
    (command, advisor.ai_move(), script)
}

#[test]
fn a_decision_over_its_time_or_memory_budget_is_stopped_and_the_ai_stands_in() {
    use zero_draft_engine::log::Action;
    use zero_draft_engine::seat::Command;
    assert!(zero_draft_script::memory_metered());
    let budget = zero_draft_script::DECISION_TIME;
    // The script would pass; whenever it is stopped, the AI's move is played instead.
    let ai = decide_once("#{ kind: \"pass\" }", budget).1;
    assert_ne!(
        ai,
        Command::Act(Action::Pass),
        "the AI's move tells itself apart"
    );
    // A comparator that never returns: `sort` swallows the error that stops it, so the
    // overrun itself must end the decision.
    let (command, _, script) = decide_once(
        "let a = []; for i in 0..40 { a.push(i) }\n\
         a.sort(|x, y| { loop { } });\n\
         #{ kind: \"pass\" }",
        budget,
    );
    let errors = script.errors();
    assert_eq!(script.error_count(), 1);
    assert!(errors[0].contains("Too many operations"), "{}", errors[0]);
    assert!(errors[0].starts_with("budget.rhai:"), "{}", errors[0]);
    assert_eq!(command, ai);
    // Few operations, each slower than the last (every push re-measures the array): far
    // more than a 50 ms budget on any machine.
    let (command, _, script) = decide_once(
        "let a = []; for i in 0..90000 { a.push(i) }\n\
         #{ kind: \"pass\" }",
        std::time::Duration::from_millis(50),
    );
    let errors = script.errors();
    assert!(
        !errors.is_empty() && errors[0].contains("time budget"),
        "{errors:?}"
    );
    assert_eq!(command, ai);
    // Six hundred half-megabyte strings, each in its own variable (Rhai bounds each value,
    // not their sum): more than a decision may hold.
    let held: String = (0..600).map(|k| format!("let v{k} = s + {k};\n")).collect();
    let (command, _, script) = decide_once(
        &format!("let s = \"x\"; for i in 0..19 {{ s += s; }}\n{held}#{{ kind: \"pass\" }}"),
        budget,
    );
    let errors = script.errors();
    assert!(
        !errors.is_empty() && errors[0].contains("memory budget"),
        "{errors:?}"
    );
    assert_eq!(command, ai);
    // Within every budget, the script's own move stands.
    let (command, _, script) = decide_once("#{ kind: \"pass\" }", budget);
    assert_eq!(script.error_count(), 0);
    assert_eq!(command, Command::Act(Action::Pass));
}

#[test]
fn a_script_file_may_begin_with_a_byte_order_mark() {
    let dir = std::env::temp_dir().join(format!("zero-draft-bom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bom.rhai");
    std::fs::write(
        &path,
        "\u{feff}fn decide(view, legal, suggestions) { #{ kind: \"pass\" } }\n",
    )
    .unwrap();
    let loaded = Script::load(&path);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(loaded.is_ok(), "{:?}", loaded.err());
}

#[test]
fn a_script_answers_offers_and_offers_in_the_corridor() {
    use std::collections::BTreeMap;
    use zero_draft_engine::corridor::OfferState;
    use zero_draft_engine::policy::{Players, drive};
    // Accept what is offered; before tabling the coach's card, offer its first objector our
    // vote for backing it.
    let source = r#"
fn decide(view, legal, suggestions) {
    for o in view.me.corridor.offers {
        if o.to == view.me.delegation && o.state == "Open" {
            return #{ kind: "reply", offer: o.id, accept: true };
        }
    }
    if suggestions.len() == 0 { return #{ kind: "pass" }; }
    let best = suggestions[0];
    if best.command.kind == "table_card" && best.objectors.len() > 0
        && view.me.corridor.moves_left > 0 && !this_round_asked(view) {
        return #{ kind: "offer", to: best.objectors[0], give: ["Join"],
                  want: [#{ BackCard: best.command.card }] };
    }
    best.command
}
fn this_round_asked(view) {
    for o in view.me.corridor.offers {
        if o.from == view.me.delegation && o.round == view.rounds_played { return true; }
    }
    false
}
"#;
    let script = Script::compile("corridor.rhai", source).unwrap();
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let (mut accepted, mut offered) = (0, 0);
    for seed in 1..=10 {
        let seat = Seat::Delegation(nl);
        let mut s = Session::open(m.clone(), seed, &[(seat, Controller::Script)]);
        let mut players = Players {
            delegates: BTreeMap::from([(seat, Box::new(script.clone()) as _)]),
            chair: None,
        };
        drive(&mut s, &mut players, 100_000);
        assert!(s.is_finished());
        let offers = s.corridor().1;
        accepted += offers
            .iter()
            .filter(|o| o.to == nl && o.state == OfferState::Accepted)
            .count();
        offered += offers.iter().filter(|o| o.from == nl).count();
    }
    assert_eq!(script.errors(), Vec::<String>::new());
    assert!(accepted > 0, "the script accepted offers made to it");
    assert!(offered > 0, "the script made offers");
}
