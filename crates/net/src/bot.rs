//! A headless student: it claims a seat and plays it with a built-in strategy, for tests, load
//! and demonstrations. It sees only what any student's client sees.

use bevy::prelude::*;
use zero_draft_engine::class::Refusal;
use zero_draft_engine::log::Action;
use zero_draft_engine::seat::Command;
use zero_draft_engine::session::Stage;

use crate::client::RemoteRoom;
use crate::protocol::Request;

/// How a bot plays its seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// The engine's own AI for this seat (asked of the server, which alone runs the engine).
    Ai,
    /// The coach's best move for this seat.
    Coach,
    /// Passes every turn and joins the consensus.
    Passive,
}

impl Strategy {
    pub fn parse(s: &str) -> Option<Strategy> {
        match s {
            "ai" => Some(Strategy::Ai),
            "coach" => Some(Strategy::Coach),
            "passive" | "pass" => Some(Strategy::Passive),
            _ => None,
        }
    }
}

#[derive(Resource, Debug, Clone)]
pub struct Bot {
    /// The delegation to claim; the first free one when absent.
    pub delegation: Option<String>,
    pub strategy: Strategy,
    claimed: bool,
    /// The connection and the posts received on it when the bot last sent something; it
    /// waits for the answer (a new connection answers everything afresh).
    waiting_since: Option<(u32, u64)>,
    asked: bool,
    /// Refusals already answered.
    seen_refusals: usize,
    /// Picks among free seats (from the bot's name).
    pick: usize,
    /// Commands sent.
    pub sent: u32,
    /// The host refused the delegation this bot was told to claim: it gives up.
    pub refused: Option<Refusal>,
    /// Every seat was held when the bot last looked for a free one.
    pub no_free_seat: bool,
}

impl Bot {
    pub fn new(delegation: Option<String>, strategy: Strategy) -> Bot {
        Bot::named(delegation, strategy, "")
    }

    /// A bot whose choice among free seats follows from `name`.
    pub fn named(delegation: Option<String>, strategy: Strategy, name: &str) -> Bot {
        let pick = name
            .bytes()
            .fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
        Bot {
            pick,
            delegation,
            strategy,
            claimed: false,
            waiting_since: None,
            asked: false,
            seen_refusals: 0,
            sent: 0,
            refused: None,
            no_free_seat: false,
        }
    }
}

pub struct BotPlugin;

impl Plugin for BotPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(Update, play);
    }
}

fn play(mut bot: ResMut<Bot>, mut room: ResMut<RemoteRoom>, mut out: MessageWriter<Request>) {
    let bot = &mut *bot;
    if room.ended.is_some() || room.goodbye.is_some() {
        return;
    }
    if let Some(since) = bot.waiting_since {
        if (room.connections, room.received) == since {
            return;
        }
        bot.waiting_since = None;
    }
    let Some(lobby) = &room.lobby else {
        return;
    };
    if room.seat.is_none() {
        // Claim again after a refusal ("taken"): the lobby will have changed by then.
        if bot.claimed && room.refusals.len() == bot.seen_refusals {
            return;
        }
        // A seat named on the command line is that seat or none: asking again would loop.
        if bot.claimed
            && bot.delegation.is_some()
            && let Some((_, why)) = room.refusals.last()
        {
            bot.refused = Some(why.clone());
            return;
        }
        bot.seen_refusals = room.refusals.len();
        let wanted = match &bot.delegation {
            Some(d) => Some(d.clone()),
            None => {
                // A free member state picked by this bot's own number, so a class of bots
                // joining at once does not race for the same seat.
                let scenario = room.scenario.as_ref();
                let free: Vec<&str> = lobby
                    .seats
                    .iter()
                    .enumerate()
                    .filter(|(k, s)| {
                        s.student.is_none()
                            && scenario.is_some_and(|sc| sc.delegations[*k].may_block)
                    })
                    .map(|(_, s)| s.delegation.as_str())
                    .collect();
                bot.no_free_seat = free.is_empty();
                (!free.is_empty()).then(|| free[bot.pick % free.len()].to_string())
            }
        };
        if let Some(d) = wanted {
            bot.pick = bot.pick.wrapping_mul(6364136223846793005).wrapping_add(1);
            out.write(Request::Claim { delegation: d });
            bot.claimed = true;
            bot.waiting_since = Some((room.connections, room.received));
        }
        return;
    }
    let Some(view) = room.view() else {
        return;
    };
    // The lobby lists seats in delegation order.
    if let Some(d) = view.seat.delegation()
        && lobby.seats.get(d.index()).is_some_and(|s| s.taken_over)
    {
        return;
    }
    if !view.to_act || view.room.paused {
        bot.asked = false;
        return;
    }
    let fallback = Command::Act(match view.room.stage {
        Stage::Adoption => Action::Join,
        _ => Action::Pass,
    });
    // The advised move was refused (the room moved on meanwhile): pass this turn instead.
    if room.refusals.len() > bot.seen_refusals {
        bot.seen_refusals = room.refusals.len();
        out.write(Request::Command(fallback));
        bot.sent += 1;
        bot.asked = false;
        bot.waiting_since = Some((room.connections, room.received));
        return;
    }
    let command = match bot.strategy {
        Strategy::Passive => Some(fallback),
        Strategy::Ai | Strategy::Coach => {
            if !bot.asked {
                room.advice = None;
                out.write(Request::Advise {
                    coach: bot.strategy == Strategy::Coach,
                });
                bot.asked = true;
                bot.waiting_since = Some((room.connections, room.received));
                None
            } else {
                room.advice.take()
            }
        }
    };
    if let Some(c) = command {
        out.write(Request::Command(c));
        bot.sent += 1;
        bot.asked = false;
        bot.waiting_since = Some((room.connections, room.received));
    }
}
