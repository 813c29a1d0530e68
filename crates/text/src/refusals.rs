//! Why the session refused a command, a setup or a replay, in words for the person who asked.
//! The engine's refusals are data; every one is phrased here, in the player's language.

use zero_draft_engine::class::{Farewell, Refusal, RequestKind};
use zero_draft_engine::document::EditError;
use zero_draft_engine::log::ActionKind;
use zero_draft_engine::session::{ActionError, ReplayError, SeatRule, SetupError, Stage};

use crate::Names;
use crate::t;

/// Why the session refused a command, in words for the player who gave it.
pub fn refusal<N: Names + ?Sized>(names: &N, e: &ActionError) -> String {
    use ActionError::*;
    match e {
        Finished => t!("words-refusal-finished"),
        UnknownDelegation(d) => t!("words-refusal-unknown-delegation", delegation = d),
        NotYourTurn {
            expected: Some(d), ..
        } => t!(
            "words-refusal-not-your-turn",
            expected = names.delegation_name(*d)
        ),
        NotYourTurn { expected: None, .. } => t!("words-refusal-nobody-speaks"),
        WrongStage(kind, stage) => t!(
            "words-refusal-wrong-stage",
            doing = doing_words(*kind),
            stage = stage_words(*stage)
        ),
        NoSuchAmendment(a) => t!("words-refusal-no-amendment", amendment = a),
        OwnAmendment => t!("words-refusal-own-amendment"),
        AlreadyResponded(a) => t!("words-refusal-already-responded", amendment = a),
        NotProposer(a) => t!("words-refusal-not-proposer", amendment = a),
        NoInterventions => t!("words-refusal-no-interventions"),
        ParagraphBusy(p) => t!("words-refusal-paragraph-busy", paragraph = p),
        Edit(e) => t!("words-refusal-edit", reason = edit_words(e)),
        Repeated => t!("words-refusal-repeated"),
        UnknownCard(c) => t!("words-refusal-unknown-card", card = c),
        CardOutOfPhase(c, phases) => t!(
            "words-refusal-card-out-of-phase",
            card = c,
            phases = phases.join(", ")
        ),
        CardSpent(c) => {
            let title: &str = names.card_title(c).unwrap_or(c);
            t!("words-refusal-card-spent", card = title)
        }
        CannotBlock => t!("words-refusal-cannot-block"),
        UnknownParagraph(p) => t!("words-refusal-unknown-paragraph", paragraph = p),
        NothingToDissociate => t!("words-refusal-nothing-to-dissociate"),
        NotThisSeat(rule) => t!("words-refusal-not-this-seat", why = seat_words(*rule)),
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
        AlreadyHappened(e) => t!("words-refusal-already-happened", event = e),
        Corridor(r) => crate::corridor::corridor_refusal(names, r),
    }
}

/// Why a session could not be opened with these players.
pub fn setup_refusal(e: &SetupError) -> String {
    match e {
        SetupError::UnknownDelegation(d) => t!("words-setup-unknown-delegation", delegation = d),
        SetupError::NotPlayable(d) => t!("words-setup-not-playable", delegation = d),
        SetupError::Duplicate(d) => t!("words-setup-duplicate", delegation = d),
    }
}

/// Why a record does not replay.
pub fn replay_refusal<N: Names + ?Sized>(names: &N, e: &ReplayError) -> String {
    match e {
        ReplayError::Setup(e) => t!("words-replay-setup", reason = setup_refusal(e)),
        ReplayError::Action(i, e) => {
            t!("words-replay-action", input = i, reason = refusal(names, e))
        }
        ReplayError::UnknownSeat(i) => t!("words-replay-unknown-seat", input = i),
        ReplayError::ScenarioChanged => t!("words-replay-scenario-changed"),
        ReplayError::BeyondEnd(inputs, at) => {
            t!("words-replay-beyond-end", inputs = inputs, at = at)
        }
        ReplayError::Diverged {
            index,
            recorded,
            replayed,
        } => {
            let agree = index.saturating_sub(1);
            if agree >= *recorded.min(replayed) {
                t!(
                    "words-replay-diverged-length",
                    recorded = recorded,
                    replayed = replayed,
                    agree = agree
                )
            } else {
                t!(
                    "words-replay-diverged-at",
                    index = index,
                    recorded = recorded,
                    agree = agree
                )
            }
        }
    }
}

/// What the player tried, for a refusal at the wrong stage.
fn doing_words(kind: ActionKind) -> String {
    match kind {
        ActionKind::Table | ActionKind::TableCard => t!("words-doing-table"),
        ActionKind::CoSponsor => t!("words-doing-co-sponsor"),
        ActionKind::Object => t!("words-doing-object"),
        ActionKind::Threaten => t!("words-doing-threaten"),
        ActionKind::Lobby => t!("words-doing-lobby"),
        ActionKind::Withdraw => t!("words-doing-withdraw"),
        ActionKind::Pass => t!("words-doing-pass"),
        ActionKind::Join | ActionKind::Dissociate | ActionKind::Block => {
            t!("words-doing-position")
        }
    }
}

/// Where the session stands, for a refusal at the wrong stage.
fn stage_words(stage: Stage) -> String {
    match stage {
        Stage::Speaking => t!("words-stage-speaking"),
        Stage::Consensus => t!("words-stage-consensus"),
        Stage::Adoption => t!("words-stage-adoption"),
        Stage::Ruling => t!("words-stage-ruling"),
        Stage::Finished => t!("words-stage-finished"),
    }
}

/// Why the seat may not give the command.
fn seat_words(rule: SeatRule) -> String {
    match rule {
        SeatRule::DelegationActs => t!("words-why-delegation-acts"),
        SeatRule::DelegationTables => t!("words-why-delegation-tables"),
        SeatRule::ChairRules => t!("words-why-chair-rules"),
        SeatRule::FacilitatorRuns => t!("words-why-facilitator-runs"),
        SeatRule::FacilitatorNegotiates => t!("words-why-facilitator-negotiates"),
        SeatRule::FacilitatorSeat => t!("words-why-facilitator-seat"),
    }
}

/// Why an edit cannot apply.
pub(crate) fn edit_words(e: &EditError) -> String {
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
        EditError::ParagraphDeleted(p) => {
            t!("words-edit-error-paragraph-deleted", paragraph = p)
        }
    }
}

/// Why a class's host refused a request, in words for the student or teacher who sent it.
pub fn class_refusal<N: Names + ?Sized>(names: &N, e: &Refusal) -> String {
    match e {
        Refusal::Session(e) => refusal(names, e),
        Refusal::HelloFirst => t!("class-refusal-hello-first"),
        Refusal::FacilitatorClaims => t!("class-refusal-facilitator-claims"),
        Refusal::AlreadySeated => t!("class-refusal-already-seated"),
        Refusal::Taken(d) => t!("class-refusal-taken", delegation = d),
        Refusal::NoWaitingStudent(s) => t!("class-refusal-no-waiting-student", student = s),
        Refusal::NoSeat => t!("class-refusal-no-seat"),
        Refusal::TakenOver => t!("class-refusal-taken-over"),
        Refusal::TooLong => t!("class-refusal-too-long"),
        Refusal::NotStarted => t!("class-refusal-not-started"),
        Refusal::FacilitatorOnly => t!("class-refusal-facilitator-only"),
        Refusal::NoSuchDelegation(d) => t!("class-refusal-no-delegation", delegation = d),
        Refusal::Observer(d) => t!("class-refusal-observer", delegation = d),
        Refusal::TakeOverFirst(d) => t!("class-refusal-take-over-first", delegation = d),
        Refusal::NobodySeated => t!("class-refusal-nobody-seated"),
        Refusal::NotHeld(d) => t!("class-refusal-not-held", delegation = d),
        Refusal::NoSuchTable(n) => t!("class-refusal-no-such-table", table = n),
        Refusal::Watching => t!("class-refusal-watching"),
        Refusal::Reserved {
            delegation,
            student,
        } => t!(
            "class-refusal-reserved",
            delegation = delegation,
            student = student
        ),
    }
}

/// The request a refusal answers, as the facilitator's console names it.
pub fn request_words(kind: RequestKind) -> String {
    match kind {
        RequestKind::Claim => t!("class-request-claim"),
        RequestKind::Assign => t!("class-request-assign"),
        RequestKind::Free => t!("class-request-free"),
        RequestKind::Table => t!("class-request-table"),
        RequestKind::Command => t!("class-request-command"),
        RequestKind::Announce => t!("class-request-announce"),
        RequestKind::TakeOver => t!("class-request-take-over"),
        RequestKind::ActAs => t!("class-request-act-as"),
        RequestKind::Start => t!("class-request-start"),
        RequestKind::End => t!("class-request-end"),
        RequestKind::Reasons => t!("class-request-reasons"),
        RequestKind::Advice => t!("class-request-advice"),
        RequestKind::Predict => t!("class-request-predict"),
        RequestKind::Suggest => t!("class-request-suggest"),
        RequestKind::Debrief => t!("class-request-debrief"),
        RequestKind::Seat => t!("class-request-seat"),
        RequestKind::Any => t!("class-request-any"),
    }
}

/// Why the class's host closed the connection.
pub fn farewell(e: &Farewell) -> String {
    match e {
        Farewell::WrongVersion { class, client } => {
            t!(
                "class-farewell-wrong-version",
                class = class,
                client = client
            )
        }
        Farewell::WrongCode => t!("class-farewell-wrong-code"),
        Farewell::TooManyMessages => t!("class-farewell-too-many-messages"),
        Farewell::OtherBuild => t!("class-farewell-other-build"),
        Farewell::ClassFull => t!("class-farewell-full"),
        Farewell::Busy => t!("class-farewell-busy"),
    }
}
