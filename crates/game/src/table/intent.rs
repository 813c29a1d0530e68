//! What the player asks of the table in one frame, and the one place it is carried out, the
//! same at this machine and over the network.

use zero_draft_engine::log::Action;
use zero_draft_engine::seat::Command;

use super::{Composer, TableSource};

/// What the player asked of the table in one frame: the panels return one of these.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// A move for the viewer's delegation.
    Act(Action),
    /// A corridor move for the viewer's delegation (a sounding, an offer, an answer).
    Corridor(Command),
    /// Leave the table (every move is already saved).
    Leave,
    /// Quit the game.
    Quit,
}

/// The ways out of the table, for the screen that holds it to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Leave,
    Quit,
}

/// Carries out one frame's intent, the same at this machine and over the network: a move goes
/// to the game, and a tabled amendment clears the composer (keeping its kind of edit).
pub fn settle(
    intent: Option<Intent>,
    game: &mut dyn TableSource,
    composer: &mut Composer,
) -> Option<Exit> {
    match intent? {
        Intent::Leave => Some(Exit::Leave),
        Intent::Quit => Some(Exit::Quit),
        Intent::Corridor(c) => {
            game.command(c);
            None
        }
        Intent::Act(a) => {
            let tabled = matches!(a, Action::Table(_) | Action::TableCard(_));
            if game.act(a) && tabled {
                *composer = Composer {
                    op: composer.op,
                    ..Default::default()
                };
            }
            None
        }
    }
}
