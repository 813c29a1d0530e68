//! The corridor in words: pledges, soundings and their answers, offers and the reasons for
//! accepting or declining them, promises kept and broken, and the corridor's refusals.

use zero_draft_engine::corridor::{
    Commitment, CorridorRefusal, DealReason, Offer, OfferState, Pledge, PromiseState, Sounding,
    SoundingRecord, Withheld,
};
use zero_draft_engine::model::DelegationId;

use crate::Names;
use crate::lang::decimal;
use crate::t;
use crate::words::{edit_summary, reason_text};
use zero_draft_engine::preferences::Stance;

/// One pledge, as a move of the one who makes it ("lets #4 pass").
pub fn pledge_words<N: Names + ?Sized>(names: &N, p: &Pledge) -> String {
    match p {
        Pledge::BackCard(card) => t!(
            "corridor-pledge-back-card",
            card = quoted(names.card_title(card).unwrap_or(card.as_str()))
        ),
        Pledge::NoObjection(a) => t!("corridor-pledge-no-objection", amendment = *a),
        Pledge::CoSponsor(a) => t!("corridor-pledge-co-sponsor", amendment = *a),
        Pledge::Withdraw(a) => t!("corridor-pledge-withdraw", amendment = *a),
        Pledge::Join => t!("corridor-pledge-join"),
    }
}

/// A title in the language's quotation marks, unless it opens with a quotation of its own
/// (a card named for the word it puts in: "obligations" instead of "norms").
fn quoted(title: &str) -> String {
    if title.starts_with(['"', '“', '«', '\'']) {
        title.to_string()
    } else {
        t!("corridor-quoted", text = title)
    }
}

/// Several pledges, joined.
pub(crate) fn pledges_words<N: Names + ?Sized>(names: &N, ps: &[Pledge]) -> String {
    ps.iter()
        .map(|p| pledge_words(names, p))
        .collect::<Vec<_>>()
        .join(t!("corridor-and").as_str())
}

/// A sounding's answer: what the delegation would do on the floor.
fn stance_words(stance: Stance) -> String {
    match stance {
        Stance::Support => t!("corridor-would-support"),
        Stance::Accept => t!("corridor-would-accept"),
        Stance::Reservation => t!("corridor-would-reserve"),
        Stance::Object => t!("corridor-would-object"),
    }
}

/// What a delegation did on the floor, in a word ("objected", "co-sponsored"…).
pub fn stance_label(stance: Stance) -> String {
    match stance {
        Stance::Support => t!("corridor-did-support"),
        Stance::Accept => t!("corridor-did-accept"),
        Stance::Reservation => t!("corridor-did-reserve"),
        Stance::Object => t!("corridor-did-object"),
    }
}

/// What a sounding asks about.
fn about_words(about: &Sounding) -> String {
    match about {
        Sounding::Amendment(a) => t!("corridor-about-amendment", amendment = *a),
        Sounding::Wording(edit) => t!("corridor-about-wording", edit = edit_summary(edit)),
    }
}

/// A sounding as a command in a list of moves.
pub(crate) fn sound_summary<N: Names + ?Sized>(
    names: &N,
    to: DelegationId,
    about: &Sounding,
) -> String {
    t!(
        "corridor-command-sound",
        delegation = names.delegation_name(to),
        about = about_words(about)
    )
}

/// A sounding and its answer, for the one who asked: "Brazil on #4: could live with it
/// (reservations) — human rights …".
pub fn sounding_words<N: Names + ?Sized>(names: &N, s: &SoundingRecord) -> String {
    let who = names.delegation_name(s.asked);
    let about = about_words(&s.about);
    match (s.answer, s.withheld) {
        (Some(stance), _) => {
            let reasons: Vec<String> = s.reasons.iter().map(|r| reason_text(names, r)).collect();
            t!(
                "corridor-sounding-answer",
                delegation = who,
                about = about,
                stance = stance_words(stance),
                reasons = if reasons.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", reasons.join("; "))
                }
            )
        }
        (None, why) => {
            let why = match why {
                Some(Withheld::Distrust) => t!("corridor-withheld-distrust"),
                Some(Withheld::BrokenPromise) => t!("corridor-withheld-broken"),
                Some(Withheld::Guarded) | None => t!("corridor-withheld-guarded"),
            };
            t!(
                "corridor-sounding-withheld",
                delegation = who,
                about = about,
                why = why
            )
        }
    }
}

/// An offer as either side reads it, with where it stands.
pub fn offer_words<N: Names + ?Sized>(names: &N, o: &Offer) -> String {
    let state = match o.state {
        OfferState::Open => t!("corridor-offer-open"),
        OfferState::Accepted => t!("corridor-offer-accepted"),
        OfferState::Declined => t!("corridor-offer-declined"),
        OfferState::Lapsed => t!("corridor-offer-lapsed"),
    };
    t!(
        "corridor-offer",
        number = o.id.0 + 1,
        from = names.delegation_name(o.from),
        to = names.delegation_name(o.to),
        give = pledges_words(names, &o.give),
        want = pledges_words(names, &o.want),
        state = state
    )
}

/// One reason an engine-played delegation gave for its answer to an offer.
pub fn deal_reason_words<N: Names + ?Sized>(names: &N, r: &DealReason) -> String {
    match r {
        DealReason::Gain(x) => t!("corridor-reason-gain", value = decimal(*x, 1)),
        DealReason::Cost(x) => t!("corridor-reason-cost", value = decimal(*x, 1)),
        DealReason::Trust(x) => t!("corridor-reason-trust", value = decimal(*x, 2)),
        DealReason::CannotLive(p) => {
            t!(
                "corridor-reason-cannot-live",
                pledge = pledge_words(names, p)
            )
        }
        DealReason::BrokenBefore => t!("corridor-reason-broken-before"),
    }
}

/// One reason of the coach's reading of an offer to the player, in the player's terms.
pub fn advice_reason_words<N: Names + ?Sized>(names: &N, r: &DealReason) -> String {
    match r {
        DealReason::Gain(x) => t!("corridor-advice-gain", value = decimal(*x, 1)),
        DealReason::Cost(x) => t!("corridor-advice-cost", value = decimal(*x, 1)),
        DealReason::Trust(x) => t!("corridor-advice-trust", value = decimal(*x, 2)),
        DealReason::CannotLive(p) => {
            t!(
                "corridor-advice-cannot-live",
                pledge = pledge_words(names, p)
            )
        }
        DealReason::BrokenBefore => t!("corridor-advice-broken-before"),
    }
}

/// A promise and where it stands.
pub fn commitment_words<N: Names + ?Sized>(names: &N, c: &Commitment) -> String {
    let state = match c.state {
        PromiseState::Pending => t!("corridor-promise-pending"),
        PromiseState::Kept => t!("corridor-promise-kept"),
        PromiseState::Broken => t!("corridor-promise-broken"),
        PromiseState::Released => t!("corridor-promise-released"),
    };
    t!(
        "corridor-promise",
        by = names.delegation_name(c.by),
        to = names.delegation_name(c.to),
        pledge = pledge_words(names, &c.pledge),
        state = state
    )
}

/// Why a corridor move was refused.
pub fn corridor_refusal<N: Names + ?Sized>(names: &N, r: &CorridorRefusal) -> String {
    match r {
        CorridorRefusal::NoTimeLeft => t!("corridor-refusal-no-time"),
        CorridorRefusal::ToItself => t!("corridor-refusal-itself"),
        CorridorRefusal::EmptySide => t!("corridor-refusal-empty-side"),
        CorridorRefusal::TooManyPledges => t!(
            "corridor-refusal-too-many",
            count = zero_draft_engine::corridor::PLEDGES_PER_SIDE
        ),
        CorridorRefusal::Unfit(p) => {
            t!("corridor-refusal-unfit", pledge = pledge_words(names, p))
        }
        CorridorRefusal::NoSuchOffer(o) => t!("corridor-refusal-no-offer", offer = o.0 + 1),
        CorridorRefusal::EnginePlayed(d) => t!(
            "corridor-refusal-engine-played",
            delegation = names.delegation_name(*d)
        ),
        CorridorRefusal::NotInvited(a) => t!("corridor-refusal-not-invited", amendment = *a),
        CorridorRefusal::CannotBring(a, card) => t!(
            "corridor-refusal-cannot-bring",
            amendment = *a,
            card = names.card_title(card).unwrap_or(card)
        ),
        CorridorRefusal::PlayedFromOutside(d) => t!(
            "corridor-refusal-person",
            delegation = names.delegation_name(*d)
        ),
    }
}
