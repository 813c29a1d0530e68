//! Why the session refused a command, in words for the player who gave it.

use zero_draft_engine::document::EditError;
use zero_draft_engine::session::ActionError;

use crate::Names;
use crate::t;

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
