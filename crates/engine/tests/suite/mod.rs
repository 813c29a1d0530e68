mod chair;
mod coach;
mod conditions;
mod corridor;
mod corridor_ai;
mod corridor_trades;
mod document;
mod facilitator;
mod friends;
mod golden;
mod hindsight;
mod history;
mod hostile;
mod invariants;
mod levers;
mod malformed;
mod positions;
mod properties;
mod records;
mod rules;
mod seats;
mod session;
mod stakes;
mod translations;

use std::sync::Arc;

use zero_draft_engine::Model;
use zero_draft_engine::scenario::parse_str;

pub const TUTORIAL: &str = include_str!("../../../../scenarios/tutorial.ron");

pub fn model_from(source: &str) -> Arc<Model> {
    match parse_str("test.ron", source) {
        Ok(s) => Arc::new(Model::new(s)),
        Err(e) => panic!("test scenario is invalid:\n{e}"),
    }
}

pub fn tutorial() -> Arc<Model> {
    model_from(TUTORIAL)
}

/// A two-bloc room over one section with two paragraphs; `rules_a` and `rules_b` are the RON
/// rule lists of bloc A (delegations a1, a2) and bloc B (b1), `extra_a1` extra fields of a1.
pub fn tiny(rules_a: &str, rules_b: &str, extra_a1: &str) -> String {
    format!(
        r#"(
    meta: (id: "tiny", title: "Tiny room"),
    tags: [(id: "x", label: "X"), (id: "y", label: "Y"), (id: "z", label: "Z"), (id: "w", label: "W")],
    lexicon: [(phrase: "ex", tags: ["x"]), (phrase: "why", tags: ["y"]), (phrase: "double-u", tags: ["w"])],
    draft: [
        (id: "one", title: "One", paragraphs: [
            (id: "1", clauses: [(text: "About ex.", tags: ["x"]), (text: "About why.", tags: ["y"])]),
            (id: "2", clauses: [(text: "About zed.", tags: ["z"])]),
        ]),
        (id: "two", title: "Two", paragraphs: [
            (id: "3", clauses: [(text: "About ex again.", tags: ["x"])]),
        ]),
    ],
    blocs: [
        (id: "A", name: "Bloc A", cohesion: 0.0, rules: [{rules_a}], delegations: [
            (id: "a1", name: "A One", playable: true, briefing: "Play A.",
             objectives: [(id: "o", description: "Keep 1", condition: ParagraphKept("1"))]{extra_a1}),
            (id: "a2", name: "A Two", playable: true, briefing: "Play A.",
             objectives: [(id: "o", description: "Adopt", condition: Adopted)]),
        ]),
        (id: "B", name: "Bloc B", cohesion: 0.0, rules: [{rules_b}], delegations: [
            (id: "b1", name: "B One", playable: true, briefing: "Play B.",
             objectives: [(id: "o", description: "Drop 2", condition: ParagraphDeleted("2"))]),
        ]),
    ],
    chair: (name: "Chair", persona: Surgical),
    // No interventions: AI delegations cannot change the text before a test looks at it.
    schedule: (phases: [(id: "p", name: "Phase", rounds: 2, interventions: 0)]),
    model: (noise: 0.0),
)"#
    )
}
