//! One line per event of the record, in the player's language.

use zero_draft_engine::log::{ChairOutcome, ChairReason, Event, LapseReason, Position};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::{Controller, Seat};

use crate::Names;
use crate::lang::decimal;
use crate::t;
use crate::words::*;

/// One line per event, for `replay` and the game's record panel.
pub fn describe<N: Names + ?Sized>(model: &N, e: &Event) -> String {
    let name = |d: &DelegationId| model.delegation_name(*d).to_string();
    let names = |ds: &[DelegationId]| ds.iter().map(name).collect::<Vec<_>>().join(", ");
    match e {
        Event::SessionOpened {
            scenario,
            seed,
            humans,
        } => {
            // Seeds are full 64-bit numbers: as text, so no digit is lost.
            let seed = seed.to_string();
            if humans.is_empty() {
                t!("words-session-opened-ai", scenario = scenario, seed = seed)
            } else {
                t!(
                    "words-session-opened-players",
                    scenario = scenario,
                    seed = seed,
                    players = names(humans)
                )
            }
        }
        Event::PhaseStarted { name, rounds, .. } => {
            format!(
                "== {} ==",
                t!("words-phase-started", name = name, rounds = rounds)
            )
        }
        Event::RoundStarted { round, .. } => {
            format!("-- {} --", t!("words-round-started", round = round))
        }
        Event::Happened { description, .. } => t!("words-happened", description = description),
        Event::Tabled {
            amendment,
            proposer,
            card,
            edit,
        } => match card {
            Some(c) => t!(
                "words-tabled-card",
                amendment = amendment,
                proposer = name(proposer),
                card = c,
                edit = edit_summary(edit)
            ),
            None => t!(
                "words-tabled",
                amendment = amendment,
                proposer = name(proposer),
                edit = edit_summary(edit)
            ),
        },
        Event::Reacted {
            amendment,
            reactions,
        } => {
            let count = |s| reactions.iter().filter(|r| r.stance == s).count();
            use zero_draft_engine::preferences::Stance::*;
            t!(
                "words-reacted",
                amendment = amendment,
                support = count(Support),
                accept = count(Accept),
                reservation = count(Reservation),
                object = count(Object)
            )
        }
        Event::CoSponsored {
            amendment,
            delegation,
        } => t!(
            "words-co-sponsored",
            amendment = amendment,
            delegation = name(delegation)
        ),
        Event::Objected {
            amendment,
            delegation,
        } => t!(
            "words-objected",
            amendment = amendment,
            delegation = name(delegation)
        ),
        Event::Threatened {
            amendment,
            delegation,
            credible,
        } => {
            if *credible {
                t!(
                    "words-threatened",
                    amendment = amendment,
                    delegation = name(delegation)
                )
            } else {
                t!(
                    "words-threatened-again",
                    amendment = amendment,
                    delegation = name(delegation)
                )
            }
        }
        Event::Lobbied {
            amendment,
            by,
            target,
            persuaded,
        } => {
            if persuaded.is_empty() {
                t!(
                    "words-lobbied-firm",
                    amendment = amendment,
                    by = name(by),
                    target = name(target)
                )
            } else {
                t!(
                    "words-lobbied",
                    amendment = amendment,
                    by = name(by),
                    persuaded = names(persuaded),
                    count = persuaded.len()
                )
            }
        }
        Event::ChairScored { score } => t!(
            "words-chair-scored",
            total = decimal(score.total, 1),
            consensus = decimal(score.consensus, 0),
            retained = decimal(score.retained, 0),
            balance = decimal(score.balance, 0)
        ),
        Event::EmptyThreat {
            delegation,
            amendments,
        } => t!(
            "words-empty-threat",
            delegation = name(delegation),
            amendments = amendments
                .iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join(", #")
        ),
        Event::Withdrawn { amendment } => t!("words-withdrawn", amendment = amendment),
        Event::EndedEarly => t!("words-ended-early"),
        Event::ChairConsulted {
            amendment,
            friends,
            wordings,
        } => {
            let who: Vec<String> = friends.iter().map(name).collect();
            let met = t!(
                "corridor-chair-consulted",
                amendment = amendment,
                delegations = who.join(", ")
            );
            if wordings.is_empty() {
                return met;
            }
            let brought: Vec<String> = wordings
                .iter()
                .map(|(card, by)| {
                    t!(
                        "corridor-wording-brought",
                        delegation = name(by),
                        wording = model.card_title(card).unwrap_or(card)
                    )
                })
                .collect();
            t!(
                "corridor-chair-consulted-wordings",
                consulted = met,
                wordings = brought.join("; ")
            )
        }
        Event::Relented {
            amendment,
            delegation,
        } => t!(
            "corridor-relented",
            amendment = amendment,
            delegation = name(delegation)
        ),
        Event::Passed { delegation } => t!("words-passed", delegation = name(delegation)),
        Event::AmendmentAdopted { amendment } => {
            t!("words-amendment-adopted", amendment = amendment)
        }
        Event::Bracketed {
            amendment,
            objections,
        } => t!(
            "words-bracketed",
            amendment = amendment,
            delegations = names(objections)
        ),
        Event::Lapsed { amendment, reason } => {
            t!(
                "words-lapsed",
                amendment = amendment,
                reason = lapse_reason(reason)
            )
        }
        Event::RoundEnded {
            round,
            satisfaction,
            ..
        } => {
            let s: Vec<String> = model
                .bloc_names()
                .into_iter()
                .zip(satisfaction)
                .map(|(b, s)| format!("{b} {s:+.1}"))
                .collect();
            t!(
                "words-round-ended",
                round = round,
                satisfaction = s.join(", ")
            )
        }
        Event::ChairDecision {
            amendment,
            outcome,
            objections,
            ..
        } => {
            let decision = match outcome {
                ChairOutcome::Proposal => t!("words-chair-proposal"),
                ChairOutcome::Kept => t!("words-chair-kept"),
                ChairOutcome::Compromise(id) => t!(
                    "words-chair-compromise",
                    wording = model.chair_wording(id).unwrap_or(id)
                ),
                ChairOutcome::AgreedLanguage(id) => t!(
                    "words-chair-agreed-language",
                    wording = model.chair_wording(id).unwrap_or(id)
                ),
                ChairOutcome::Deleted => t!("words-chair-deleted"),
                ChairOutcome::FriendsWording { card, by } => t!(
                    "words-chair-friends-wording",
                    delegation = name(by),
                    wording = model.card_title(card).unwrap_or(card)
                ),
            };
            if objections.is_empty() {
                return t!(
                    "words-chair-decision",
                    amendment = amendment,
                    decision = decision
                );
            }
            let opposed = if *outcome == ChairOutcome::Kept {
                // Keeping the text leaves unsatisfied those who wanted one change or another.
                t!(
                    "words-chair-still-unsatisfied",
                    delegations = names(objections)
                )
            } else {
                t!("words-chair-still-opposed", delegations = names(objections))
            };
            t!(
                "words-chair-decision-opposed",
                amendment = amendment,
                decision = decision,
                opposed = opposed
            )
        }
        Event::MovedToSummary { amendment } => t!("words-moved-to-summary", amendment = amendment),
        Event::DraftToSummary { entry } => t!(
            "words-draft-to-summary",
            paragraph = entry.paragraph.as_str(),
            delegations = names(&entry.supporters),
            text = opening_words(&entry.text, 90)
        ),
        Event::RevisionIssued { name } => {
            t!("words-revision-issued", name = crate::revision_name(name))
        }
        Event::AdoptionCalled { attempt } => t!("words-adoption-called", attempt = attempt),
        Event::PositionTaken {
            delegation,
            position,
            ..
        } => match position {
            Position::Join => t!("words-position-join", delegation = name(delegation)),
            Position::Dissociate(p) => t!(
                "words-position-dissociate",
                delegation = name(delegation),
                paragraphs = p.join(", ")
            ),
            Position::Block => t!("words-position-block", delegation = name(delegation)),
        },
        Event::Stripped {
            clause,
            paragraph,
            blockers,
        } => {
            // An author's clause id says nothing of its paragraph: name both.
            let what = match clause_id(clause) {
                ClauseId::Authored => {
                    t!(
                        "words-clause-of-para",
                        clause = clause,
                        paragraph = paragraph
                    )
                }
                _ => clause_words(clause),
            };
            t!(
                "words-stripped",
                clause = what,
                delegations = names(blockers)
            )
        }
        Event::ChairEdited {
            edit,
            paragraph,
            reason,
            answers,
        } => {
            let who = names(answers);
            let cut = matches!(edit, EditSpec::Delete { .. });
            match (cut, reason) {
                (true, ChairReason::Contested) => {
                    t!(
                        "words-chair-cuts-contested",
                        paragraph = paragraph,
                        delegations = who
                    )
                }
                (true, ChairReason::Package) => {
                    t!(
                        "words-chair-cuts-package",
                        paragraph = paragraph,
                        delegations = who
                    )
                }
                (true, ChairReason::AfterBlock) => {
                    t!(
                        "words-chair-cuts-after-block",
                        paragraph = paragraph,
                        delegations = who
                    )
                }
                (false, ChairReason::Contested) => {
                    t!(
                        "words-chair-restores-contested",
                        paragraph = paragraph,
                        delegations = who
                    )
                }
                (false, ChairReason::Package) => {
                    t!(
                        "words-chair-restores-package",
                        paragraph = paragraph,
                        delegations = who
                    )
                }
                (false, ChairReason::AfterBlock) => t!(
                    "words-chair-restores-after-block",
                    paragraph = paragraph,
                    delegations = who
                ),
            }
        }
        Event::ReportAdopted => t!("words-report-adopted"),
        Event::ReportFailed => t!("words-report-failed"),
        Event::ControlChanged { seat, controller } => {
            let seat = match seat {
                Seat::Delegation(d) => name(d),
                Seat::Chair => t!("words-seat-chair"),
                Seat::Facilitator => t!("words-seat-facilitator"),
            };
            match controller {
                Controller::Ai => t!("words-control-ai", seat = seat),
                Controller::Person => t!("words-control-person", seat = seat),
                Controller::Remote => t!("words-control-remote", seat = seat),
                Controller::Script => t!("words-control-script", seat = seat),
            }
        }
        Event::Paused => t!("words-paused"),
        Event::Resumed => t!("words-resumed"),
        Event::Announced { text } => t!("words-announced", text = text),
        Event::RoundsChanged { phase, rounds } => {
            t!("words-rounds-changed", phase = phase + 1, rounds = rounds)
        }
        Event::Reseeded { seed } => t!("words-reseeded", seed = seed.to_string()),
        Event::Scored { delegation, score } => t!(
            "words-scored",
            delegation = name(delegation),
            total = decimal(score.total, 1),
            objectives = decimal(score.objective_points, 0),
            consensus = decimal(score.consensus_points, 0),
            relationships = decimal(score.relationship_points, 0)
        ),
    }
}

/// Why an amendment lapsed; a reason of a later version is shown as recorded.
fn lapse_reason(reason: &LapseReason) -> String {
    match reason {
        LapseReason::TextChanged => t!("words-lapsed-text-changed"),
        LapseReason::Edit(e) => crate::refusals::edit_words(e),
        LapseReason::Other(other) => other.clone(),
    }
}

/// The first `chars` characters of a text, ending at a word, with an ellipsis when cut: a
/// line of the log quotes, the report gives the whole.
fn opening_words(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        None => text.to_string(),
        Some((end, _)) => {
            let head = &text[..end];
            let head = head.rsplit_once(' ').map_or(head, |(words, _)| words);
            format!("{}…", head.trim_end_matches([',', ';', ':']))
        }
    }
}
