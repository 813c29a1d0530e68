//! Any bytes as a seed, a choice of players and a sequence of actions on the tutorial: no
//! panic, a refused action changes nothing, and the record replays to the same log.
#![no_main]

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use zero_draft_engine::ids::AmendmentId;
use zero_draft_engine::log::Action;
use zero_draft_engine::scenario::{EditSpec, parse_str};
use zero_draft_engine::{Model, Session};

const TUTORIAL: &str = include_str!("../../scenarios/tutorial.ron");

fn model() -> Arc<Model> {
    static MODEL: OnceLock<Arc<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            Arc::new(Model::new(
                parse_str("tutorial.ron", TUTORIAL).expect("the tutorial is valid"),
            ))
        })
        .clone()
}

fn action(s: &Session, op: u8, arg: u8, text: &str) -> Action {
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
    let pick = |v: &[String]| {
        v.get(arg as usize % v.len().max(1))
            .cloned()
            .unwrap_or_default()
    };
    match op % 11 {
        0 => Action::Pass,
        1 => Action::TableCard(
            s.model()
                .scenario
                .cards
                .get(arg as usize % 9)
                .map_or("none".into(), |c| c.id.clone()),
        ),
        2 => Action::Table(EditSpec::Delete {
            clause: pick(&clauses).into(),
        }),
        3 => Action::Table(EditSpec::Replace {
            clause: pick(&clauses).into(),
            text: text.into(),
            tags: vec![],
        }),
        4 => Action::Table(EditSpec::Insert {
            paragraph: pick(&paragraphs).into(),
            after: None,
            text: text.into(),
            tags: vec![],
        }),
        5 => Action::Table(EditSpec::NewParagraph {
            section: "norms".into(),
            id: text.chars().take(8).collect::<String>().into(),
            after: None,
            text: text.into(),
            tags: vec![],
        }),
        6 => Action::CoSponsor(AmendmentId(arg as u32)),
        7 => Action::Object(AmendmentId(arg as u32)),
        8 => Action::Withdraw(AmendmentId(arg as u32)),
        9 => Action::Dissociate(vec![pick(&paragraphs).into()]),
        _ => {
            if arg % 2 == 0 {
                Action::Join
            } else {
                Action::Block
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let m = model();
    let seed = u64::from(data[0]);
    let playable: Vec<&str> = m
        .delegations
        .iter()
        .filter(|d| d.playable)
        .map(|d| d.id.as_str())
        .collect();
    let humans: Vec<&str> = playable
        .iter()
        .copied()
        .take(1 + data[1] as usize % playable.len())
        .collect();
    let mut s = Session::new(m.clone(), seed, &humans).unwrap();
    let text = String::from_utf8_lossy(&data[2..data.len().min(40)]).into_owned();
    for pair in data[2..].chunks(2) {
        let Some(turn) = s.turn() else { break };
        let a = action(&s, pair[0], *pair.get(1).unwrap_or(&0), &text);
        let before = s.events().len();
        let doc = s.document().clone();
        if s.act(turn.delegation, a).is_err() {
            assert_eq!(s.events().len(), before);
            assert!(s.document() == &doc);
        }
    }
    while let Some(turn) = s.turn() {
        s.act(turn.delegation, Action::Pass).unwrap();
    }
    let record = s.record("tutorial.ron", TUTORIAL);
    let again = Session::replay(m, &record).unwrap();
    assert_eq!(
        ron::ser::to_string(again.events()).unwrap(),
        ron::ser::to_string(s.events()).unwrap()
    );
});
