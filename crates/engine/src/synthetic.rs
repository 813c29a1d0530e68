//! Synthetic rooms of any size, for benchmarks and stress tests: N delegations in blocs with
//! opposed preferences over M paragraphs, with cards, compromises and a schedule.

use crate::scenario::*;

/// Builds a valid scenario with `delegations` delegations and `paragraphs` paragraphs,
/// spread over 6 sections and 8 blocs, played over `rounds` rounds in two phases.
pub fn scenario(delegations: usize, paragraphs: usize, rounds: u32) -> Scenario {
    let tags: Vec<String> = (0..24).map(|i| format!("idea{i}")).collect();
    let sections = 6.min(paragraphs.max(1));
    let blocs = 8.min(delegations.max(2));
    // A cheap deterministic mix so the room is varied but the same every time.
    let mix = |a: usize, b: usize| ((a * 2654435761 + b * 40503 + 7) % 1000) as f64 / 1000.0;
    let draft: Vec<Section> = (0..sections)
        .map(|s| Section {
            id: format!("s{s}"),
            title: format!("Section {}", s + 1).into(),
            paragraphs: (0..paragraphs)
                .filter(|p| p % sections == s)
                .map(|p| Paragraph {
                    id: format!("{}", p + 1).into(),
                    clauses: (0..2)
                        .map(|c| ClauseDef {
                            id: None,
                            text: format!(
                                "States note the importance of idea {} for paragraph {}.",
                                (p * 3 + c) % tags.len(),
                                p + 1
                            )
                            .into(),
                            tags: vec![tags[(p * 3 + c) % tags.len()].clone()],
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let bloc_list: Vec<Bloc> = (0..blocs)
        .map(|b| Bloc {
            id: format!("bloc{b}"),
            name: format!("Bloc {}", b + 1).into(),
            leader: None,
            cohesion: 0.2 + 0.6 * mix(b, 1),
            tactic: match b % 3 {
                0 => Tactic::Boulware,
                1 => Tactic::Linear,
                _ => Tactic::Conceder,
            },
            rules: tags
                .iter()
                .enumerate()
                .filter(|(t, _)| mix(b, *t) < 0.5)
                .map(|(t, tag)| Rule {
                    tag: tag.clone(),
                    weight: ((mix(t, b + 11) - 0.5) * 8.0 * 10.0).round() / 10.0,
                    section: None,
                    red_line: false,
                })
                .collect(),
            delegations: (0..delegations)
                .filter(|d| d % blocs == b)
                .map(|d| Delegation {
                    id: format!("d{d}"),
                    name: format!("Delegation {}", d + 1).into(),
                    role: if d % 25 == 24 {
                        Role::Stakeholder
                    } else {
                        Role::State
                    },
                    influence: 1.0 + (mix(d, 3) * 4.0).round(),
                    playable: d < 4,
                    reservation: -6.0,
                    rules: vec![Rule {
                        tag: tags[d % tags.len()].clone(),
                        weight: ((mix(d, 5) - 0.5) * 10.0 * 10.0).round() / 10.0,
                        section: None,
                        red_line: d % 37 == 5,
                    }],
                    objectives: vec![Objective {
                        id: "keep".into(),
                        description: "Keep the first paragraph".into(),
                        condition: Condition::ParagraphKept("1".into()),
                        weight: 1.0,
                    }],
                    briefing: "Synthetic delegation.".into(),
                })
                .collect(),
        })
        .collect();
    let cards = (0..paragraphs.min(40))
        .map(|p| Card {
            id: format!("card{p}").into(),
            title: format!("Add idea {} to paragraph {}", (p * 7) % tags.len(), p + 1).into(),
            by: vec![format!("bloc{}", p % blocs)],
            edit: EditSpec::Insert {
                paragraph: format!("{}", p + 1).into(),
                after: None,
                text: format!("States further stress idea {}.", (p * 7) % tags.len()).into(),
                tags: vec![tags[(p * 7) % tags.len()].clone()],
            },
            phases: Vec::new(),
        })
        .collect();
    let first = rounds / 2;
    Scenario {
        meta: Meta {
            id: format!("synthetic-{delegations}x{paragraphs}"),
            title: format!("Synthetic room, {delegations} delegations × {paragraphs} paragraphs")
                .into(),
            year: None,
            body: "Synthetic".into(),
            briefing: "A generated room for benchmarks.".into(),
            language: None,
        },
        tags: tags
            .iter()
            .map(|t| TagDef {
                id: t.clone(),
                label: t.clone().into(),
                description: String::new().into(),
            })
            .collect(),
        lexicon: Vec::new(),
        draft,
        blocs: bloc_list,
        chair: Chair {
            name: "Synthetic Chair".into(),
            persona: Persona::BalancedPackage,
            compromises: (0..tags.len())
                .step_by(3)
                .map(|t| Compromise {
                    id: format!("bridge{t}"),
                    paragraph: None,
                    applies_to: vec![tags[t].clone()],
                    text: format!("States take note of views on idea {t}.").into(),
                    tags: vec![tags[(t + 1) % tags.len()].clone()],
                })
                .collect(),
            agreed_language: Vec::new(),
        },
        schedule: Schedule {
            phases: vec![
                Phase {
                    id: "first".into(),
                    name: "First reading".into(),
                    rounds: first.max(1),
                    interventions: 2,
                    description: String::new().into(),
                },
                Phase {
                    id: "final".into(),
                    name: "Final day".into(),
                    rounds: (rounds - first).max(1),
                    interventions: 1,
                    description: String::new().into(),
                },
            ],
            events: Vec::new(),
            adoption_attempts: 2,
        },
        cards,
        history: Vec::new(),
        model: ModelParams::default(),
    }
}
