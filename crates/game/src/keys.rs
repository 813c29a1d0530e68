//! The keyboard shortcuts of every screen as one table: each `Shortcut` has its key, the words
//! of its button and the name of its key, and `shortcut_button` draws a button that answers to
//! both the click and the key.

use bevy_egui::egui;

use crate::theme::pressed;
use zero_draft_text::t;

/// Everything a key does in the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shortcut {
    /// Title: start setting up a new game.
    NewGame,
    /// Title: resume the n-th saved game (0 to 4, keys 1 to 5).
    Resume(u8),
    /// Title: leave the game.
    Quit,
    /// Move a selection down a list.
    Next,
    /// Move a selection up a list.
    Previous,
    /// Pick or drop the delegation under the cursor.
    Toggle,
    /// Open, start, take the seat, accept the hand-over.
    Confirm,
    /// Go back a screen.
    Back,
    /// Table the amendment in the composer (works from inside its text field).
    Table,
    Pass,
    CoSponsor,
    Object,
    /// Object and warn that one cannot live with the amendment (a threat to block).
    Threaten,
    /// Lobby the picked delegation to drop its objection to the selected amendment.
    Lobby,
    /// Reopen one's briefing at the table.
    Briefing,
    /// Show or hide the coach's suggestions.
    Coach,
    /// Show or hide the list of keys.
    Help,
    /// Read the next (previous) delegation's reasons in the room panel.
    NextSeat,
    PreviousSeat,
    Withdraw,
    Join,
    Dissociate,
    Block,
    Export,
    /// Make the coach's n-th suggestion (0 to 2, keys 1 to 3), while the coach is open.
    Suggestion(u8),
    /// Setting up: take the Chair (or give it back).
    ChooseChair,
    /// Setting up: the next difficulty.
    NextDifficulty,
    /// Setting up: draw a new seed.
    NewSeed,
    /// The right-hand column: the floor and the room's stances.
    FloorTab,
    /// Move the keyboard's focus to the next amendment card that can be tabled (Enter then
    /// tables it).
    NextCard,
    /// The Chair: rule on the first bracket with its n-th option (0 to 8, keys 1 to 9).
    Rule(u8),
    /// The right-hand column: the corridor (soundings, offers, promises).
    CorridorTab,
    /// Sound out the delegation picked in the room on the selected amendment.
    Sound,
    /// Make the offer set up in the corridor.
    MakeOffer,
    /// Accept (decline) the first offer waiting for an answer.
    AcceptOffer,
    DeclineOffer,
    /// The right-hand column: the Chair's feed.
    FeedTab,
}

impl Shortcut {
    /// The table's shortcuts, for the key list (`?`).
    pub const AT_THE_TABLE: [Shortcut; 26] = [
        Shortcut::Table,
        Shortcut::NextCard,
        Shortcut::Pass,
        Shortcut::CoSponsor,
        Shortcut::Object,
        Shortcut::Threaten,
        Shortcut::Withdraw,
        Shortcut::Lobby,
        Shortcut::Next,
        Shortcut::Previous,
        Shortcut::NextSeat,
        Shortcut::PreviousSeat,
        Shortcut::Briefing,
        Shortcut::Coach,
        Shortcut::Suggestion(0),
        Shortcut::FloorTab,
        Shortcut::FeedTab,
        Shortcut::CorridorTab,
        Shortcut::Sound,
        Shortcut::MakeOffer,
        Shortcut::AcceptOffer,
        Shortcut::DeclineOffer,
        Shortcut::Join,
        Shortcut::Dissociate,
        Shortcut::Block,
        Shortcut::Back,
    ];

    /// The key that triggers it.
    pub fn key(self) -> egui::Key {
        use egui::Key;
        match self {
            Shortcut::NewGame => Key::N,
            Shortcut::Resume(n) => match n {
                0 => Key::Num1,
                1 => Key::Num2,
                2 => Key::Num3,
                3 => Key::Num4,
                _ => Key::Num5,
            },
            Shortcut::Quit => Key::Q,
            Shortcut::Next => Key::ArrowDown,
            Shortcut::Previous => Key::ArrowUp,
            Shortcut::Toggle => Key::Space,
            Shortcut::Confirm | Shortcut::Table => Key::Enter,
            Shortcut::Back => Key::Escape,
            Shortcut::Pass => Key::P,
            Shortcut::CoSponsor => Key::C,
            Shortcut::Object => Key::O,
            Shortcut::Threaten => Key::T,
            Shortcut::Briefing => Key::I,
            Shortcut::Coach => Key::H,
            Shortcut::Help => Key::Questionmark,
            Shortcut::Lobby => Key::L,
            Shortcut::NextSeat => Key::Period,
            Shortcut::PreviousSeat => Key::Comma,
            Shortcut::Withdraw => Key::W,
            Shortcut::Join => Key::J,
            Shortcut::Dissociate => Key::D,
            Shortcut::Block => Key::B,
            Shortcut::Export => Key::E,
            Shortcut::ChooseChair => Key::C,
            Shortcut::NextDifficulty => Key::D,
            Shortcut::NewSeed => Key::S,
            Shortcut::FloorTab => Key::F1,
            Shortcut::FeedTab => Key::F2,
            Shortcut::Suggestion(n) => match n {
                0 => Key::Num1,
                1 => Key::Num2,
                _ => Key::Num3,
            },
            Shortcut::NextCard => Key::K,
            Shortcut::CorridorTab => Key::F3,
            Shortcut::Sound => Key::S,
            Shortcut::MakeOffer => Key::G,
            Shortcut::AcceptOffer => Key::Y,
            Shortcut::DeclineOffer => Key::N,
            Shortcut::Rule(n) => match n {
                0 => Key::Num1,
                1 => Key::Num2,
                2 => Key::Num3,
                3 => Key::Num4,
                4 => Key::Num5,
                5 => Key::Num6,
                6 => Key::Num7,
                7 => Key::Num8,
                _ => Key::Num9,
            },
        }
    }

    /// Whether the key is pressed with Ctrl (Cmd on a Mac). Such a shortcut fires even while a
    /// text field has the keyboard.
    pub fn with_command(self) -> bool {
        self == Shortcut::Table
    }

    /// The key as the player reads it in a button: `P`, `Enter`, `Ctrl+Enter`.
    pub fn key_name(self) -> String {
        // Named keys in the player's language (a French keyboard says "Entrée", "Échap").
        let key = match self.key() {
            egui::Key::Escape => t!("key-esc"),
            egui::Key::ArrowDown => t!("key-down"),
            egui::Key::ArrowUp => t!("key-up"),
            egui::Key::Enter => t!("key-enter"),
            egui::Key::Space => t!("key-space"),
            egui::Key::Questionmark => "?".to_string(),
            egui::Key::Period => ".".to_string(),
            egui::Key::Comma => ",".to_string(),
            k => k.name().to_string(),
        };
        if self.with_command() {
            format!("{}+{key}", t!("key-ctrl"))
        } else {
            key
        }
    }

    /// The usual words of its button; a screen may say something more specific.
    pub fn label(self) -> String {
        match self {
            Shortcut::NewGame => t!("keys-new-game"),
            Shortcut::Resume(_) => t!("keys-resume"),
            Shortcut::Quit => t!("keys-quit"),
            Shortcut::Next => t!("keys-next"),
            Shortcut::Previous => t!("keys-previous"),
            Shortcut::Toggle => t!("keys-pick"),
            Shortcut::Confirm => t!("keys-continue"),
            Shortcut::Back => t!("keys-back"),
            Shortcut::Table => t!("keys-table"),
            Shortcut::Pass => t!("keys-pass"),
            Shortcut::CoSponsor => t!("keys-co-sponsor"),
            Shortcut::Object => t!("keys-object"),
            Shortcut::Threaten => t!("keys-threaten"),
            Shortcut::Briefing => t!("keys-briefing"),
            Shortcut::Coach => t!("keys-coach"),
            Shortcut::Help => t!("keys-help"),
            Shortcut::Lobby => t!("keys-lobby"),
            Shortcut::NextSeat => t!("keys-next-seat"),
            Shortcut::PreviousSeat => t!("keys-previous-seat"),
            Shortcut::Withdraw => t!("keys-withdraw"),
            Shortcut::Join => t!("keys-join"),
            Shortcut::Dissociate => t!("keys-dissociate"),
            Shortcut::Block => t!("keys-block"),
            Shortcut::Export => t!("keys-export"),
            Shortcut::Suggestion(_) => t!("keys-suggestion"),
            Shortcut::ChooseChair => t!("choose-chair"),
            Shortcut::NextDifficulty => t!("choose-difficulty"),
            Shortcut::NewSeed => t!("keys-new-seed"),
            Shortcut::FloorTab => t!("keys-floor-tab"),
            Shortcut::FeedTab => t!("keys-feed-tab"),
            Shortcut::NextCard => t!("keys-next-card"),
            Shortcut::CorridorTab => t!("keys-corridor-tab"),
            Shortcut::Sound => t!("keys-sound"),
            Shortcut::MakeOffer => t!("keys-make-offer"),
            Shortcut::AcceptOffer => t!("keys-accept-offer"),
            Shortcut::DeclineOffer => t!("keys-decline-offer"),
            Shortcut::Rule(_) => t!("chair-rule"),
        }
    }

    /// Pressed this frame. A plain key stands aside while a text field has the keyboard.
    pub fn pressed(self, ctx: &egui::Context) -> bool {
        if self.with_command() {
            ctx.input(|i| i.key_pressed(self.key()) && i.modifiers.command)
        } else {
            pressed(ctx, self.key())
        }
    }

    /// `text` followed by the key, as every button with a shortcut is captioned.
    pub fn caption(self, text: &str) -> String {
        format!("{text}  [{}]", self.key_name())
    }
}

/// A button captioned "`text`  [key]": true when clicked, or when enabled and its key is
/// pressed. The text may be borrowed or a freshly phrased message.
pub(crate) fn shortcut_button(
    ui: &mut egui::Ui,
    enabled: bool,
    s: Shortcut,
    text: impl AsRef<str>,
) -> bool {
    shortcut_button_sized(ui, enabled, s, text, None)
}

/// `shortcut_button` with the caption at `size` points (the large buttons of the title,
/// briefing and hand-over screens).
pub(crate) fn shortcut_button_sized(
    ui: &mut egui::Ui,
    enabled: bool,
    s: Shortcut,
    text: impl AsRef<str>,
    size: Option<f32>,
) -> bool {
    let mut caption = egui::RichText::new(s.caption(text.as_ref()));
    if let Some(size) = size {
        caption = caption.size(size);
    }
    let clicked = ui
        .add_enabled(enabled, egui::Button::new(caption))
        .clicked();
    clicked || (enabled && s.pressed(ui.ctx()))
}
