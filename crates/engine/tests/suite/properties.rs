//! Random games with random actions, legal and illegal, from random playable delegations.
//! Run more cases with `PROPTEST_CASES=10000 cargo test --release properties`.

use proptest::prelude::*;
use zero_draft_engine::Session;
use zero_draft_engine::log::{Action, Event, Position};
use zero_draft_engine::scenario::EditSpec;

use super::{TUTORIAL, tutorial};
use zero_draft_engine::ids::AmendmentId;
use zero_draft_engine::ids::ClauseId;
use zero_draft_engine::ids::ParagraphId;

/// One step of a player, as raw choices the test turns into an action.
#[derive(Debug, Clone)]
enum Step {
    Pass,
    Card(usize),
    DeleteClause(usize),
    Replace(usize, String),
    Insert(usize, String),
    CoSponsor(u32),
    Object(u32),
    Withdraw(u32),
    Join,
    Block,
    Dissociate(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => Just(Step::Pass),
        2 => (0usize..10).prop_map(Step::Card),
        2 => (0usize..20).prop_map(Step::DeleteClause),
        1 => (0usize..20, "[a-z ]{0,40}").prop_map(|(c, t)| Step::Replace(c, t)),
        1 => (0usize..12, "(human rights|data security|energy|[a-z ]{0,20})").prop_map(|(p, t)| Step::Insert(p, t)),
        2 => (0u32..30).prop_map(Step::CoSponsor),
        2 => (0u32..30).prop_map(Step::Object),
        1 => (0u32..30).prop_map(Step::Withdraw),
        2 => Just(Step::Join),
        1 => Just(Step::Block),
        1 => (0usize..12).prop_map(Step::Dissociate),
    ]
}

fn action(s: &Session, st: &Step) -> Action {
    let clauses: Vec<String> = s
        .document()
        .clauses()
        .map(|(_, _, c)| c.id.to_string())
        .collect();
    let paragraphs: Vec<String> = s.revisions()[0]
        .document
        .paragraphs()
        .map(|(_, p)| p.id.to_string())
        .collect();
    let pick = |v: &[String], i: usize| v.get(i % v.len().max(1)).cloned().unwrap_or_default();
    match st {
        Step::Pass => Action::Pass,
        Step::Card(k) => Action::TableCard(
            s.model()
                .scenario
                .cards
                .get(*k)
                .map_or("no-such-card".into(), |c| c.id.clone()),
        ),
        Step::DeleteClause(i) => Action::Table(EditSpec::Delete {
            clause: ClauseId::from(pick(&clauses, *i)),
        }),
        Step::Replace(i, t) => Action::Table(EditSpec::Replace {
            clause: ClauseId::from(pick(&clauses, *i)),
            text: t.clone().into(),
            tags: vec![],
        }),
        Step::Insert(p, t) => Action::Table(EditSpec::Insert {
            paragraph: ParagraphId::from(pick(&paragraphs, *p)),
            after: None,
            text: t.clone().into(),
            tags: vec![],
        }),
        Step::CoSponsor(a) => Action::CoSponsor(AmendmentId(*a)),
        Step::Object(a) => Action::Object(AmendmentId(*a)),
        Step::Withdraw(a) => Action::Withdraw(AmendmentId(*a)),
        Step::Join => Action::Join,
        Step::Block => Action::Block,
        Step::Dissociate(p) => Action::Dissociate(vec![ParagraphId::from(pick(&paragraphs, *p))]),
    }
}

fn fingerprint(s: &Session) -> String {
    format!(
        "{}|{:?}|{:?}|{:?}|{:?}",
        ron::ser::to_string(s.events()).unwrap(),
        s.document(),
        s.floor(),
        s.brackets(),
        s.turn()
    )
}

fn check_invariants(s: &Session) {
    for e in s.events() {
        if let Event::Scored { score, .. } = e {
            assert!(score.total.is_finite() && (0.0..=100.0).contains(&score.total));
        }
    }
    if s.outcome().is_some_and(|o| o.adopted) {
        let last = s
            .events()
            .iter()
            .rposition(|e| matches!(e, Event::AdoptionCalled { .. }))
            .unwrap();
        assert!(!s.events()[last..].iter().any(
            |e| matches!(e, Event::PositionTaken { delegation, position: Position::Block, .. }
            if s.model().delegations[(*delegation).index()].may_block())
        ));
    }
    // The text never names a clause that is gone: amendments pending apply to the current text
    // or are about paragraphs that still exist (or that they create).
    for a in s.floor().iter().chain(s.brackets()) {
        if let EditSpec::Delete { clause } | EditSpec::Replace { clause, .. } = &a.edit {
            assert!(
                s.document().clause(clause).is_some(),
                "amendment {} names deleted clause {clause}",
                a.id
            );
        }
    }
}

proptest! {
    #[test]
    fn random_players_never_break_the_session(seed in 0u64..1000, humans in 1usize..=3, steps in prop::collection::vec(step(), 1..120)) {
        let m = tutorial();
        let playable: Vec<&str> = m.delegations.iter().filter(|d| d.playable).map(|d| d.id.as_str()).take(humans).collect();
        let mut s = Session::new(m.clone(), seed, &playable).unwrap();
        for st in &steps {
            let Some(turn) = s.turn() else { break };
            let a = action(&s, st);
            let before = fingerprint(&s);
            if s.act(turn.delegation, a.clone()).is_err() {
                prop_assert_eq!(fingerprint(&s), before, "refused {:?} changed the session", a);
            }
            check_invariants(&s);
        }
        // Finish the game by passing and joining.
        while let Some(turn) = s.turn() {
            s.act(turn.delegation, Action::Pass).unwrap();
        }
        check_invariants(&s);
        let record = s.record("tutorial.ron", TUTORIAL);
        let again = Session::replay(m.clone(), &record).unwrap();
        prop_assert_eq!(ron::ser::to_string(again.events()).unwrap(), ron::ser::to_string(s.events()).unwrap());
    }
}

/// Lines a draft may hold: headings, numbers, sub-paragraphs, prose, quotes, control and
/// invisible characters, nothing.
fn draft_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[#]{1,3} ?[A-Za-z \u{200B}\"]{0,12}",
        "[A-Z]\\. [A-Za-z ]{0,20}",
        "[0-9]{1,5}( bis)?[.)] [A-Za-z ,.;\"\\\\]{0,60}",
        "\\(?[a-z]\\) [a-z .]{0,30}",
        "[A-Z ]{0,12}",
        "\\PC{0,80}",
        "[\u{0}-\u{1f}\u{200B}\u{FEFF}\u{202E} .]{0,10}",
    ]
}

proptest! {
    /// `new` on any draft either says why it cannot, or writes a skeleton that validates.
    #[test]
    fn any_draft_gives_a_valid_skeleton_or_a_reason(lines in prop::collection::vec(draft_line(), 0..40), states in 0usize..=4, language in 0usize..3) {
        let draft = lines.join("\n");
        let options = zero_draft_engine::skeleton::Options {
            id: "fuzzed".into(),
            title: None,
            states: Some(["fr", "cn", "br", "fr"][..states].iter().map(|s| s.to_string()).collect()),
            language: ["en", "fr", "es"][language].into(),
        };
        if let Ok(source) = zero_draft_engine::skeleton::skeleton(&draft, &options) {
            let parsed = zero_draft_engine::scenario::parse_str("fuzzed.ron", &source);
            prop_assert!(parsed.is_ok(), "{draft:?}\n{}", parsed.unwrap_err());
        }
    }
}
