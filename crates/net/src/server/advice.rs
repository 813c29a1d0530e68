//! The requests that ask the host's engine for advice on a seat's play: the room's reasons,
//! the AI's or the coach's move, the preview of an edit, the corridor's offers, and the
//! debrief at the end. Each answer goes to the asking connection only.

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use zero_draft_engine::class::{Refusal, RequestKind};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_engine::session::ActionError;

use super::requests::Refused;
use super::{Classroom, post};
use crate::protocol::{MAX_TEXT, Post, Request};

/// Answers one of the advice requests (any other request is the caller's).
pub(super) fn answer(
    room: &mut Classroom,
    from: Entity,
    request: Request,
    out: &mut MessageWriter<ToClients<Post>>,
) -> Result<(), Refused> {
    match request {
        Request::Reasons(amendment) => {
            let s = room
                .session
                .as_ref()
                .ok_or((RequestKind::Reasons, Refusal::NotStarted))?;
            let reactions = s.reactions_to(amendment).to_vec();
            post(
                out,
                from,
                Post::Reasons {
                    amendment,
                    reactions,
                },
            );
            Ok(())
        }
        Request::Advise { coach } => {
            let (d, s) = seated(room, from, RequestKind::Advice)?;
            let seat = Seat::Delegation(d);
            let command = if coach {
                s.suggest(seat, 1)
                    .into_iter()
                    .next()
                    .map(|x| x.command)
                    .or_else(|| s.default_command(seat))
                    .unwrap_or(Command::Act(zero_draft_engine::log::Action::Pass))
            } else {
                Command::Act(s.ai_action(d))
            };
            post(out, from, Post::Advice(command));
            Ok(())
        }
        Request::Predict(edit) => {
            let d = room.clients[&from]
                .seat
                .ok_or((RequestKind::Predict, Refusal::NoSeat))?;
            if serde_json::to_string(&edit).map_or(true, |t| t.len() > MAX_TEXT * 4) {
                return Err((RequestKind::Predict, Refusal::TooLong));
            }
            let s = room
                .session
                .as_ref()
                .ok_or((RequestKind::Predict, Refusal::NotStarted))?;
            let result = s.predict(d, &edit).map_err(ActionError::Edit);
            post(out, from, Post::Predicted { edit, result });
            Ok(())
        }
        Request::Suggest(k) => {
            let (d, s) = seated(room, from, RequestKind::Suggest)?;
            let list = s.suggest(Seat::Delegation(d), (k as usize).clamp(1, 5));
            post(out, from, Post::Suggestions(list));
            Ok(())
        }
        Request::Debrief => {
            room.clients[&from]
                .seat
                .ok_or((RequestKind::Debrief, Refusal::NoSeat))?;
            room.ask_debrief(from, out);
            Ok(())
        }
        Request::CorridorHints => {
            let (d, s) = seated(room, from, RequestKind::Suggest)?;
            // The seat's own view and the engine's reading of the others, as the coach at a
            // table on one machine gives them.
            let seat = Seat::Delegation(d);
            let view = zero_draft_engine::view::SeatView::of(
                std::sync::Arc::new(zero_draft_engine::view::RoomView::of(
                    s,
                    room.public.clone(),
                )),
                s,
                seat,
            );
            let advisor = zero_draft_engine::policy::Advisor::new(s, seat);
            let hints = zero_draft_engine::league::corridor_hints(&view, &advisor, 3);
            post(out, from, Post::CorridorHints(hints));
            Ok(())
        }
        // The caller hands over only the requests above.
        _ => Ok(()),
    }
}

/// The seat this connection holds and the session under way, or why a request needing both
/// is refused.
fn seated(
    room: &Classroom,
    from: Entity,
    kind: RequestKind,
) -> Result<(DelegationId, &zero_draft_engine::session::Session), Refused> {
    let d = room.clients[&from].seat.ok_or((kind, Refusal::NoSeat))?;
    let s = room.session.as_ref().ok_or((kind, Refusal::NotStarted))?;
    Ok((d, s))
}
