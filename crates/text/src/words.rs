//! Words for the record: one line per event, reasons, actions and edits, in the player's
//! language.

use zero_draft_engine::document::EditError;
use zero_draft_engine::log::{Action, ChairOutcome, ChairReason, Event, Position};
use zero_draft_engine::model::{DelegationId, SectionId, TagId};

use crate::Names;
use crate::t;
use zero_draft_engine::preferences::Reason;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::{Controller, Seat};
use zero_draft_engine::session::ActionError;

/// What a clause id says of its clause (see [`clause_words`]).
enum ClauseId<'a> {
    Drafted { paragraph: &'a str, n: &'a str },
    Added { paragraph: &'a str },
    Authored,
}

fn clause_id(clause: &str) -> ClauseId<'_> {
    match clause.rsplit_once('.') {
        Some((p, n)) if !p.is_empty() && n.parse::<u32>().is_ok() => {
            ClauseId::Drafted { paragraph: p, n }
        }
        Some((p, n))
            if !p.is_empty()
                && n.len() > 1
                && n.starts_with('n')
                && n[1..].parse::<u32>().is_ok() =>
        {
            ClauseId::Added { paragraph: p }
        }
        _ => ClauseId::Authored,
    }
}

/// A clause as a reader names it: "sentence 2 of para 14", "a sentence added to para 8".
/// Clause ids are "<paragraph>.<n>" in the zero draft and "<paragraph>.n<k>" when added
/// in play; an id an author chose is shown as it is.
pub fn clause_words(clause: &str) -> String {
    match clause_id(clause) {
        ClauseId::Drafted { paragraph, n } => {
            t!("words-clause-sentence", n = n, paragraph = paragraph)
        }
        ClauseId::Added { paragraph } => t!("words-clause-added", paragraph = paragraph),
        ClauseId::Authored => t!("words-clause", clause = clause),
    }
}

pub fn edit_summary(edit: &EditSpec) -> String {
    match edit {
        EditSpec::Insert {
            paragraph, text, ..
        } => t!("words-edit-insert", paragraph = paragraph, text = text),
        EditSpec::Delete { clause } => t!("words-edit-delete", clause = clause_words(clause)),
        EditSpec::Replace { clause, text, .. } => {
            t!(
                "words-edit-replace",
                clause = clause_words(clause),
                text = text
            )
        }
        EditSpec::Move {
            paragraph,
            to_section,
        } => t!(
            "words-edit-move",
            paragraph = paragraph,
            section = to_section
        ),
        EditSpec::NewParagraph {
            section, id, text, ..
        } => t!(
            "words-edit-new-paragraph",
            paragraph = id,
            section = section,
            text = text
        ),
    }
}

pub fn action_summary<N: Names + ?Sized>(model: &N, a: &Action) -> String {
    match a {
        Action::Table(e) => t!("words-action-table", edit = edit_summary(e)),
        Action::TableCard(c) => {
            let title = model.card_title(c).unwrap_or(c.as_str());
            t!("words-action-card", title = title)
        }
        Action::CoSponsor(a) => t!("words-action-co-sponsor", amendment = a),
        Action::Object(a) => t!("words-action-object", amendment = a),
        Action::Threaten(a) => t!("words-action-threaten", amendment = a),
        Action::Lobby {
            amendment,
            delegation,
        } => t!(
            "words-action-lobby",
            delegation = model.delegation_name(*delegation),
            amendment = amendment
        ),
        Action::Withdraw(a) => t!("words-action-withdraw", amendment = a),
        Action::Pass => t!("words-action-pass"),
        Action::Join => t!("words-action-join"),
        Action::Dissociate(p) => t!("words-action-dissociate", paragraphs = p.join(", ")),
        Action::Block => t!("words-action-block"),
    }
}

/// One reason in words, e.g. "human rights — sentence 1 of para 12 added: +3.0".
pub fn reason_text<N: Names + ?Sized>(model: &N, r: &Reason) -> String {
    // What a rule is about: its tag, in a section when the rule is scoped to one.
    let subject = |tag: TagId, s: &Option<SectionId>| match s {
        Some(s) => t!(
            "words-reason-scope",
            tag = model.tag_label(tag),
            section = model.section_id(*s)
        ),
        None => model.tag_label(tag).to_string(),
    };
    match r {
        Reason::Rule {
            tag,
            section,
            clause,
            added,
            contribution,
            ..
        } => {
            let subject = subject(*tag, section);
            let clause = clause_words(clause);
            let value = format!("{contribution:+.1}");
            if *added {
                t!(
                    "words-reason-added",
                    subject = subject,
                    clause = clause,
                    value = value
                )
            } else {
                t!(
                    "words-reason-removed",
                    subject = subject,
                    clause = clause,
                    value = value
                )
            }
        }
        Reason::RedLine {
            tag,
            section,
            crossed: true,
        } => t!(
            "words-reason-red-line-crossed",
            subject = subject(*tag, section)
        ),
        Reason::RedLine {
            tag,
            section,
            crossed: false,
        } => t!(
            "words-reason-red-line-restored",
            subject = subject(*tag, section)
        ),
        Reason::Trust {
            proposer,
            trust,
            effect,
        } => t!(
            "words-reason-trust",
            delegation = model.delegation_name(*proposer),
            trust = format!("{trust:+.2}"),
            effect = format!("{effect:+.1}")
        ),
        Reason::Cohesion {
            leader,
            leader_change,
            effect,
        } => t!(
            "words-reason-cohesion",
            leader = model.delegation_name(*leader),
            change = format!("{leader_change:+.1}"),
            effect = format!("{effect:+.1}")
        ),
        Reason::Noise(x) => t!("words-reason-noise", value = format!("{x:+.2}")),
        Reason::Tolerance(x) => t!("words-reason-tolerance", value = format!("{x:.1}")),
    }
}

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
                    persuaded = names(persuaded)
                )
            }
        }
        Event::ChairScored { score } => t!(
            "words-chair-scored",
            total = format!("{:.1}", score.total),
            consensus = format!("{:.0}", score.consensus),
            retained = format!("{:.0}", score.retained),
            balance = format!("{:.0}", score.balance)
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
                ChairOutcome::Compromise(id) => t!("words-chair-compromise", id = id),
                ChairOutcome::AgreedLanguage(id) => t!("words-chair-agreed-language", id = id),
                ChairOutcome::Deleted => t!("words-chair-deleted"),
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
        Event::RevisionIssued { name } => t!("words-revision-issued", name = name),
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
            total = format!("{:.1}", score.total),
            objectives = format!("{:.0}", score.objective_points),
            consensus = format!("{:.0}", score.consensus_points),
            relationships = format!("{:.0}", score.relationship_points)
        ),
    }
}

/// Why an amendment lapsed. The reason is recorded as the engine phrased it; the one the
/// Chair gives is known and phrased here, any other is shown as recorded.
fn lapse_reason(reason: &str) -> String {
    match reason {
        "the text it amends has changed" => t!("words-lapsed-text-changed"),
        other => other.to_string(),
    }
}

/// Why the session refused a command, in words for the player who gave it.
pub fn refusal<N: Names + ?Sized>(names: &N, e: &ActionError) -> String {
    use ActionError::*;
    match e {
        Finished => t!("words-refusal-finished"),
        UnknownDelegation(d) => t!("words-refusal-unknown-delegation", delegation = d),
        NotYourTurn { expected, .. } => t!("words-refusal-not-your-turn", expected = expected),
        WrongStage(what, when) => t!(
            "words-refusal-wrong-stage",
            doing = doing_words(what),
            stage = stage_words(when)
        ),
        NoSuchAmendment(a) => t!("words-refusal-no-amendment", amendment = a),
        OwnAmendment => t!("words-refusal-own-amendment"),
        AlreadyResponded(a) => t!("words-refusal-already-responded", amendment = a),
        NotProposer(a) => t!("words-refusal-not-proposer", amendment = a),
        NoInterventions => t!("words-refusal-no-interventions"),
        ParagraphBusy(p) => t!("words-refusal-paragraph-busy", paragraph = p),
        Edit(e) => t!("words-refusal-edit", reason = edit_error_words(e)),
        Repeated => t!("words-refusal-repeated"),
        UnknownCard(c) => t!("words-refusal-unknown-card", card = c),
        CardSpent(c) => {
            let title: &str = names.card_title(c).unwrap_or(c);
            t!("words-refusal-card-spent", card = title)
        }
        CannotBlock => t!("words-refusal-cannot-block"),
        UnknownParagraph(p) => t!("words-refusal-unknown-paragraph", paragraph = p),
        NothingToDissociate => t!("words-refusal-nothing-to-dissociate"),
        NotThisSeat(why) => t!("words-refusal-not-this-seat", why = seat_words(why)),
        Paused => t!("words-refusal-paused"),
        AlreadyAnswered => t!("words-refusal-already-answered"),
        NotRuling => t!("words-refusal-not-ruling"),
        NoSuchOption(a, k) => t!("words-refusal-no-option", amendment = a, option = k),
        UnknownEvent(id) => t!("words-refusal-unknown-event", event = id),
        BadAnnouncement(n) => t!("words-refusal-bad-announcement", limit = n),
        NotPaused => t!("words-refusal-not-paused"),
        BracketsLeft => t!("words-refusal-brackets-left"),
        NothingToRestore(c) => t!("words-refusal-nothing-to-restore", clause = c),
        NotAnObjector(a) => t!("words-refusal-not-an-objector", amendment = a),
    }
}

// The engine names what was refused in fixed English phrases; those it uses are phrased
// here, and a phrase it adds later shows as it is until it has a message.

/// What the player tried, as the engine's `WrongStage` names it.
fn doing_words(what: &str) -> String {
    match what {
        "tabling an edit" => t!("words-doing-table"),
        "co-sponsoring" => t!("words-doing-co-sponsor"),
        "objecting" => t!("words-doing-object"),
        "threatening to block" => t!("words-doing-threaten"),
        "lobbying" => t!("words-doing-lobby"),
        "withdrawing" => t!("words-doing-withdraw"),
        "passing" => t!("words-doing-pass"),
        "declaring a position" => t!("words-doing-position"),
        other => other.to_string(),
    }
}

/// Where the session stands, as the engine's `WrongStage` names it.
fn stage_words(when: &str) -> String {
    match when {
        "the floor is open for proposals" => t!("words-stage-speaking"),
        "the Chair is asking for objections" => t!("words-stage-consensus"),
        "the Chair has called for adoption" => t!("words-stage-adoption"),
        "the Chair is preparing the revision" => t!("words-stage-ruling"),
        "the session is over" => t!("words-stage-finished"),
        other => other.to_string(),
    }
}

/// Why the seat may not give the command, as the engine's `NotThisSeat` says it.
fn seat_words(why: &str) -> String {
    match why {
        "only a delegation acts" => t!("words-why-delegation-acts"),
        "only a delegation tables edits" => t!("words-why-delegation-tables"),
        "only the Chair rules" => t!("words-why-chair-rules"),
        "only the facilitator runs the room" => t!("words-why-facilitator-runs"),
        "the facilitator does not negotiate" => t!("words-why-facilitator-negotiates"),
        "the facilitator's seat has no controller" => t!("words-why-facilitator-seat"),
        other => other.to_string(),
    }
}

/// Why an edit cannot apply (the engine's `EditError`, which reads the same in English).
fn edit_error_words(e: &EditError) -> String {
    match e {
        EditError::NoParagraph(p) => t!("words-edit-error-no-paragraph", paragraph = p),
        EditError::NoClause(c) => t!("words-edit-error-no-clause", clause = c),
        EditError::NoSection(s) => t!("words-edit-error-no-section", section = s),
        EditError::ParagraphExists(p) => t!("words-edit-error-paragraph-exists", paragraph = p),
        EditError::AlreadyThere(p, s) => {
            t!("words-edit-error-already-there", paragraph = p, section = s)
        }
        EditError::EmptyText => t!("words-edit-error-empty"),
        EditError::TooLong(n) => t!("words-edit-error-too-long", limit = n),
        EditError::NoChange => t!("words-edit-error-no-change"),
    }
}

/// How a delegation's score is made, in plain words for the tutorial and the debrief.
pub fn scoring_in_words() -> String {
    t!("words-scoring")
}
