//! Words for the record: clauses, edits, actions and reasons, in the player's language (one
//! line per event is in `events.rs`, refusals in `refusals.rs`).

use zero_draft_engine::log::Action;
use zero_draft_engine::model::{SectionId, TagId};
use zero_draft_engine::preferences::Reason;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::Command;

use crate::Names;
use crate::lang::decimal;
use crate::t;

/// What a clause id says of its clause (see [`clause_words`]).
pub(crate) enum ClauseId<'a> {
    Drafted { paragraph: &'a str, n: &'a str },
    Added { paragraph: &'a str },
    Authored,
}

pub(crate) fn clause_id(clause: &str) -> ClauseId<'_> {
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
    edit_summary_titled(edit, |_| None)
}

/// The edit in words, naming a section by its title in `document` (as the reader sees it).
pub fn edit_summary_in(
    edit: &EditSpec,
    document: &zero_draft_engine::document::Document,
) -> String {
    edit_summary_titled(edit, |id| {
        document
            .sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.as_str())
    })
}

/// The edit in words; `title` names a section by its id where it can.
pub fn edit_summary_titled<'a>(edit: &EditSpec, title: impl Fn(&str) -> Option<&'a str>) -> String {
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
            section = title(to_section).unwrap_or(to_section)
        ),
        EditSpec::NewParagraph {
            section, id, text, ..
        } => t!(
            "words-edit-new-paragraph",
            paragraph = id,
            section = title(section).unwrap_or(section),
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

/// A revision's name in the reader's language. The engine names revisions "Zero draft",
/// "Rev.N" and "Final text" in the records it writes; they are translated when shown.
pub fn revision_name(name: &str) -> String {
    match name {
        "Zero draft" => t!("revision-zero-draft"),
        "Final text" => t!("revision-final-text"),
        other => match other
            .strip_prefix("Rev.")
            .and_then(|n| n.parse::<u32>().ok())
        {
            Some(n) => t!("revision-number", number = n),
            None => other.to_string(),
        },
    }
}

/// Any seat's command in words, as a list of moves shows it: a delegation's action, the
/// Chair's rulings and revisions, the facilitator's interventions.
pub fn command_summary<N: Names + ?Sized>(model: &N, c: &Command) -> String {
    match c {
        Command::Act(a) => action_summary(model, a),
        Command::Rule { amendment, .. } => t!("words-command-rule", amendment = amendment),
        Command::Cut { clause } => t!("words-command-cut", clause = clause_words(clause)),
        Command::Restore { clause } => {
            t!("words-command-restore", clause = clause_words(clause))
        }
        Command::IssueRevision => t!("words-command-issue-revision"),
        Command::Inject { event } => t!("words-command-inject", event = event),
        Command::Announce(text) => t!("words-command-announce", text = text),
        Command::ChangeRounds(n) => t!("words-command-change-rounds", rounds = *n),
        Command::Pause => t!("words-command-pause"),
        Command::EndSession => t!("words-command-end-session"),
        Command::Resume => t!("words-command-resume"),
        Command::Control { .. } => t!("words-command-control"),
        Command::Reseed(_) => t!("words-command-reseed"),
        Command::Sound { to, about } => crate::corridor::sound_summary(model, *to, about),
        Command::Offer { to, give, want } => t!(
            "corridor-command-offer",
            delegation = model.delegation_name(*to),
            give = crate::corridor::pledges_words(model, give),
            want = crate::corridor::pledges_words(model, want)
        ),
        Command::Consult { amendment, .. } => {
            t!("corridor-command-consult", amendment = amendment)
        }
        Command::Reply { offer, accept } => {
            if *accept {
                t!("corridor-command-accept", offer = offer.0 + 1)
            } else {
                t!("corridor-command-decline", offer = offer.0 + 1)
            }
        }
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
        Reason::Tolerance(x) => t!("words-reason-tolerance", value = decimal(*x, 1)),
    }
}

/// How a delegation's score is made, in plain words for the tutorial and the debrief.
pub fn scoring_in_words() -> String {
    t!("words-scoring")
}
