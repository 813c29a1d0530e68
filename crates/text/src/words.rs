//! Words for the record: one line per event, reasons, actions and edits in plain English.

use zero_draft_engine::log::{Action, ChairOutcome, ChairReason, Event, Position};
use zero_draft_engine::model::DelegationId;

use crate::Names;
use zero_draft_engine::preferences::Reason;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::{Controller, Seat};
use zero_draft_engine::session::ActionError;

/// A clause as a reader names it: "sentence 2 of para 14", "a sentence added to para 8".
/// Clause ids are "<paragraph>.<n>" in the zero draft and "<paragraph>.n<k>" when added
/// in play; an id an author chose is shown as it is.
pub fn clause_words(clause: &str) -> String {
    match clause.rsplit_once('.') {
        Some((p, n)) if !p.is_empty() && n.parse::<u32>().is_ok() => {
            format!("sentence {n} of para {p}")
        }
        Some((p, n))
            if !p.is_empty()
                && n.len() > 1
                && n.starts_with('n')
                && n[1..].parse::<u32>().is_ok() =>
        {
            format!("a sentence added to para {p}")
        }
        _ => format!("clause {clause}"),
    }
}

pub fn edit_summary(edit: &EditSpec) -> String {
    match edit {
        EditSpec::Insert {
            paragraph, text, ..
        } => format!("insert in para {paragraph}: \"{text}\""),
        EditSpec::Delete { clause } => format!("delete {}", clause_words(clause)),
        EditSpec::Replace { clause, text, .. } => {
            format!("replace {} with \"{text}\"", clause_words(clause))
        }
        EditSpec::Move {
            paragraph,
            to_section,
        } => format!("move para {paragraph} to section {to_section}"),
        EditSpec::NewParagraph {
            section, id, text, ..
        } => format!("new para {id} in section {section}: \"{text}\""),
    }
}

pub fn action_summary<N: Names + ?Sized>(model: &N, a: &Action) -> String {
    match a {
        Action::Table(e) => format!("tables: {}", edit_summary(e)),
        Action::TableCard(c) => {
            let title = model.card_title(c).unwrap_or(c.as_str());
            format!("tables card \"{title}\"")
        }
        Action::CoSponsor(a) => format!("co-sponsors amendment {a}"),
        Action::Object(a) => format!("objects to amendment {a}"),
        Action::Threaten(a) => format!("warns it cannot live with amendment {a}"),
        Action::Lobby {
            amendment,
            delegation,
        } => format!(
            "lobbies {} on amendment {amendment}",
            model.delegation_name(*delegation)
        ),
        Action::Withdraw(a) => format!("withdraws amendment {a}"),
        Action::Pass => "passes".into(),
        Action::Join => "joins consensus".into(),
        Action::Dissociate(p) => format!("dissociates from para {}", p.join(", ")),
        Action::Block => "blocks consensus".into(),
    }
}

/// One reason in words, e.g. "human rights — sentence 1 of para 12 added: +3.0".
pub fn reason_text<N: Names + ?Sized>(model: &N, r: &Reason) -> String {
    let scope = |s: &Option<u16>| {
        s.map(|s| format!(" in section {}", model.section_id(s)))
            .unwrap_or_default()
    };
    match r {
        Reason::Rule {
            tag,
            section,
            clause,
            added,
            contribution,
            ..
        } => format!(
            "{}{} — {} {}: {contribution:+.1}",
            model.tag_label(*tag),
            scope(section),
            clause_words(clause),
            if *added { "added" } else { "removed" }
        ),
        Reason::RedLine {
            tag,
            section,
            crossed: true,
        } => format!(
            "red line on {}{} crossed",
            model.tag_label(*tag),
            scope(section)
        ),
        Reason::RedLine {
            tag,
            section,
            crossed: false,
        } => format!(
            "red line on {}{} restored",
            model.tag_label(*tag),
            scope(section)
        ),
        Reason::Trust {
            proposer,
            trust,
            effect,
        } => format!(
            "trust in {} ({trust:+.2}): {effect:+.1}",
            model.delegation_name(*proposer)
        ),
        Reason::Cohesion {
            leader,
            leader_change,
            effect,
        } => {
            format!(
                "follows bloc leader {} ({leader_change:+.1}): {effect:+.1}",
                model.delegation_name(*leader)
            )
        }
        Reason::Noise(x) => format!("mood of the room: {x:+.2}"),
        Reason::Tolerance(t) => format!("tolerates losses up to {t:.1}"),
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
            let who = if humans.is_empty() {
                "AI only".to_string()
            } else {
                format!("players: {}", names(humans))
            };
            format!("Session opened: {scenario}, seed {seed} ({who})")
        }
        Event::PhaseStarted { name, rounds, .. } => format!("== {name} ({rounds} rounds) =="),
        Event::RoundStarted { round, .. } => format!("-- round {round} --"),
        Event::Happened { description, .. } => format!("Event: {description}"),
        Event::Tabled {
            amendment,
            proposer,
            card,
            edit,
        } => {
            let card = card
                .as_ref()
                .map(|c| format!(" [card {c}]"))
                .unwrap_or_default();
            format!(
                "#{amendment} {} tables{card}: {}",
                name(proposer),
                edit_summary(edit)
            )
        }
        Event::Reacted {
            amendment,
            reactions,
        } => {
            let count = |s| reactions.iter().filter(|r| r.stance == s).count();
            use zero_draft_engine::preferences::Stance::*;
            format!(
                "#{amendment} room: {} support, {} accept, {} reservation, {} object",
                count(Support),
                count(Accept),
                count(Reservation),
                count(Object)
            )
        }
        Event::CoSponsored {
            amendment,
            delegation,
        } => format!("#{amendment} co-sponsored by {}", name(delegation)),
        Event::Objected {
            amendment,
            delegation,
        } => format!("#{amendment} objection from {}", name(delegation)),
        Event::Threatened {
            amendment,
            delegation,
            credible,
        } => {
            if *credible {
                format!(
                    "#{amendment}: {} warns it cannot live with this and may block",
                    name(delegation)
                )
            } else {
                format!(
                    "#{amendment}: {} threatens to block again; the room no longer believes it",
                    name(delegation)
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
                format!(
                    "#{amendment}: {} lobbies {}, who cannot live with it and holds firm",
                    name(by),
                    name(target)
                )
            } else {
                format!(
                    "#{amendment}: lobbied by {}, {} no longer object",
                    name(by),
                    names(persuaded)
                )
            }
        }
        Event::ChairScored { score } => format!(
            "The Chair's score: {:.1} (consensus {:.0}, text retained {:.0}, balance {:.0})",
            score.total, score.consensus, score.retained, score.balance
        ),
        Event::EmptyThreat {
            delegation,
            amendments,
        } => format!(
            "{} joins although it threatened to block over #{}: the room takes note",
            name(delegation),
            amendments
                .iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join(", #")
        ),
        Event::Withdrawn { amendment } => format!("#{amendment} withdrawn"),
        Event::Passed { delegation } => format!("{} passes", name(delegation)),
        Event::AmendmentAdopted { amendment } => format!("#{amendment} adopted without objection"),
        Event::Bracketed {
            amendment,
            objections,
        } => format!("#{amendment} bracketed (objections: {})", names(objections)),
        Event::Lapsed { amendment, reason } => format!("#{amendment} lapsed: {reason}"),
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
            format!("round {round} closed; satisfaction: {}", s.join(", "))
        }
        Event::ChairDecision {
            amendment,
            outcome,
            objections,
            ..
        } => {
            let what = match outcome {
                ChairOutcome::Proposal => "takes the proposal into the text".to_string(),
                ChairOutcome::Kept => "keeps the existing text".to_string(),
                ChairOutcome::Compromise(id) => format!("offers compromise wording \"{id}\""),
                ChairOutcome::AgreedLanguage(id) => format!("reverts to agreed language \"{id}\""),
                ChairOutcome::Deleted => "deletes the contested text".to_string(),
            };
            let left = if objections.is_empty() {
                String::new()
            } else if *outcome == ChairOutcome::Kept {
                // Keeping the text leaves unsatisfied those who wanted one change or another.
                format!(
                    " (no change found consensus; still unsatisfied: {})",
                    names(objections)
                )
            } else {
                format!(" (still opposed: {})", names(objections))
            };
            format!("Chair on #{amendment}: {what}{left}")
        }
        Event::MovedToSummary { amendment } => format!("#{amendment} moved to the Chair's summary"),
        Event::RevisionIssued { name } => format!("The Chair issues {name}"),
        Event::AdoptionCalled { attempt } => {
            format!("The Chair calls for adoption (attempt {attempt})")
        }
        Event::PositionTaken {
            delegation,
            position,
            ..
        } => match position {
            Position::Join => format!("{} joins consensus", name(delegation)),
            Position::Dissociate(p) => format!(
                "{} joins, dissociating from para {}",
                name(delegation),
                p.join(", ")
            ),
            Position::Block => format!("{} blocks consensus", name(delegation)),
        },
        Event::Stripped {
            clause,
            paragraph,
            blockers,
        } => {
            let what = clause_words(clause);
            let what = if what.starts_with("clause ") {
                format!("{what} of para {paragraph}")
            } else {
                what
            };
            format!("Chair strips {what} to meet {}", names(blockers))
        }
        Event::ChairEdited {
            edit,
            paragraph,
            reason,
            answers,
        } => {
            let what = match edit {
                EditSpec::Delete { .. } => format!("cuts a clause of para {paragraph}"),
                _ => format!("restores the earlier wording of para {paragraph}"),
            };
            let why = match reason {
                ChairReason::Contested => format!(
                    "as the deadline nears: still opposed by {}, and everyone can do without it",
                    names(answers)
                ),
                ChairReason::Package => format!(
                    "to keep the package acceptable to {}, who would otherwise block",
                    names(answers)
                ),
                ChairReason::AfterBlock => format!("to win back {}", names(answers)),
            };
            format!("Chair {what} {why}")
        }
        Event::ReportAdopted => "The report is adopted.".into(),
        Event::ReportFailed => "The report fails: no consensus.".into(),
        Event::ControlChanged { seat, controller } => {
            let who = match seat {
                Seat::Delegation(d) => name(d),
                Seat::Chair => "The Chair".into(),
                Seat::Facilitator => "The facilitator".into(),
            };
            let by = match controller {
                Controller::Ai => "the AI",
                Controller::Person => "a player",
                Controller::Remote => "a player over the network",
                Controller::Script => "a script",
            };
            format!("{who} is now played by {by}")
        }
        Event::Paused => "The facilitator pauses the session.".into(),
        Event::Resumed => "The facilitator resumes the session.".into(),
        Event::Announced { text } => format!("Facilitator: {text}"),
        Event::RoundsChanged { phase, rounds } => {
            format!(
                "The facilitator sets phase {} to {rounds} rounds",
                phase + 1
            )
        }
        Event::Reseeded { seed } => format!("A new course of events begins here (seed {seed})"),
        Event::Scored { delegation, score } => format!(
            "{}: score {:.1} (objectives {:.0}, consensus {:.0}, relationships {:.0})",
            name(delegation),
            score.total,
            score.objective_points,
            score.consensus_points,
            score.relationship_points
        ),
    }
}

/// Why the session refused a command, in words for the player who gave it.
pub fn refusal<N: Names + ?Sized>(names: &N, e: &ActionError) -> String {
    use ActionError::*;
    match e {
        Finished => "The session is over.".into(),
        UnknownDelegation(d) => format!("There is no delegation \"{d}\" in this room."),
        NotYourTurn { expected, .. } => format!("It is {expected}'s turn to speak."),
        WrongStage(what, when) => format!("You cannot be {what} now: {when}."),
        NoSuchAmendment(a) => format!("Amendment #{a} is not on the floor."),
        OwnAmendment => "You cannot co-sponsor or object to your own amendment.".into(),
        AlreadyResponded(a) => format!("You have already responded to amendment #{a}."),
        NotProposer(a) => format!("Only the proposer may withdraw amendment #{a}."),
        NoInterventions => "You have no interventions left in this phase.".into(),
        ParagraphBusy(p) => {
            format!("Paragraph {p} already has an amendment pending; wait for the Chair's ruling.")
        }
        Edit(e) => format!("This edit cannot be tabled: {e}."),
        Repeated => "You have already tabled this edit.".into(),
        UnknownCard(c) => format!("There is no amendment card \"{c}\"."),
        CardSpent(c) => format!(
            "The card \"{}\" has already been used.",
            names.card_title(c).unwrap_or(c)
        ),
        CannotBlock => "Stakeholders cannot block consensus.".into(),
        UnknownParagraph(p) => format!("There is no paragraph {p} in the final text."),
        NothingToDissociate => "Tick at least one paragraph to dissociate from.".into(),
        NotThisSeat(why) => format!("Your seat cannot do that ({why})."),
        Paused => "The facilitator has paused the session.".into(),
        AlreadyAnswered => "You have already answered; the others are still deciding.".into(),
        NotRuling => "The Chair is not ruling on amendments now.".into(),
        NoSuchOption(a, k) => format!("Amendment #{a} has no ruling option {k}."),
        UnknownEvent(id) => format!("The scenario schedules no event \"{id}\"."),
        BadAnnouncement(n) => {
            format!("A message to the room must have between 1 and {n} characters.")
        }
        NotPaused => "The session is not paused.".into(),
        BracketsLeft => "Rule on every bracketed amendment before issuing the revision.".into(),
        NothingToRestore(c) => format!(
            "Clause {c} of the zero draft is in the text as drafted, or cannot be put back."
        ),
        NotAnObjector(a) => format!(
            "Pick a delegation that objects to amendment {a}: only an objection can be lobbied away."
        ),
    }
}

/// How a delegation's score is made, in plain words for the tutorial and the debrief.
pub const SCORING_IN_WORDS: &str = "Your score out of 100: 60% for your capital's objectives met in the adopted text (what the zero draft already gives you counts, but most objectives need you to table, trade or defend); 25% for the consensus reached (100 if you join an adopted report, 70 if you dissociate, nothing if it fails or you block); 15% for the relationships you built (50 if the room regards you as it did at the opening, more for co-sponsoring and brokering, less for objecting to everything, empty threats and blocks). Doing nothing keeps the draft's objectives and the room's regard, and wins nothing more.";
