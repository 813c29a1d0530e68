//! What each seat may see. `RoomView` is public to everyone in the room: the text and its
//! revisions, the floor with the stances and reasons the room has heard, the clock, the
//! Chair's summary, the public log. `SeatView` adds one seat's private data: its briefing,
//! objectives and their live state, its own rules and red lines, the cards its capital asks
//! for, and its score. Front ends draw from views only; the network sends views, so nothing
//! private to one delegation may enter another seat's view.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::document::{Document, Revision};
use crate::ids::ParagraphId;
use crate::log::{AmendmentId, Event, Score};
use crate::model::{DelegationId, Model, SectionId, TagId};
use crate::preferences::Reaction;
use crate::scenario::Condition;
use crate::seat::{Controller, Seat};
use crate::session::{Amendment, Outcome, ParagraphStatus, Session, Stage, SummaryEntry};

mod scenario;
mod translated;
pub use scenario::{PublicBloc, PublicCard, PublicDelegation, PublicScenario};

/// What everyone in the room may see.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomView {
    pub scenario: Arc<PublicScenario>,
    pub stage: Stage,
    pub paused: bool,
    pub phase: usize,
    /// Round within the phase, 1-based.
    pub round: u32,
    pub phase_rounds: Vec<u32>,
    pub rounds_played: u32,
    /// The facilitator lengthened this phase: an idle round does not close it early.
    #[serde(default)]
    pub phase_held_open: bool,
    /// Share of the session already begun, 0..1.
    pub time: f32,
    pub document: Document,
    pub revisions: Vec<Revision>,
    /// Every paragraph of the current text with its status.
    pub statuses: Vec<(ParagraphId, ParagraphStatus)>,
    pub floor: Vec<Amendment>,
    pub brackets: Vec<Amendment>,
    /// The reactions (stances and reasons) the room heard to each pending amendment.
    pub reactions: Vec<(AmendmentId, Vec<Reaction>)>,
    pub summary: Vec<SummaryEntry>,
    /// Zero-draft wording the Chair cut that went to its summary.
    #[serde(default)]
    pub draft_summary: Vec<crate::session::DraftInSummary>,
    pub cards_spent: Vec<bool>,
    /// Each delegation's interventions left this phase, and who drives it.
    pub budgets: Vec<u32>,
    pub controllers: Vec<Controller>,
    pub silenced: Vec<bool>,
    /// The seats the session waits for.
    pub pending: Vec<Seat>,
    /// Share of member states' influence predicted to join the text as it stands.
    pub joining: f32,
    pub outcome: Option<Outcome>,
    /// The public log: every event except the delegations' scores (which reveal objectives).
    pub log: Vec<Event>,
    /// Length of the session's full log when the view was taken.
    pub log_len: usize,
    /// Once the session is over: each outcome of the historical record, and whether this
    /// game reproduced it.
    pub history: Vec<(String, bool)>,
}

impl RoomView {
    pub fn of(s: &Session, scenario: Arc<PublicScenario>) -> RoomView {
        let mut room = RoomView::without_log(s, scenario);
        room.log = s
            .events()
            .iter()
            .filter(|e| !matches!(e, Event::Scored { .. }))
            .cloned()
            .collect();
        room
    }

    /// The room without its log (the network server sends the log separately, as it grows).
    pub fn without_log(s: &Session, scenario: Arc<PublicScenario>) -> RoomView {
        let reactions = s
            .floor()
            .iter()
            .chain(s.brackets())
            .map(|a| (a.id, s.reactions_to(a.id).to_vec()))
            .collect();
        RoomView {
            scenario,
            stage: s.stage(),
            paused: s.is_paused(),
            phase: s.phase(),
            round: s.round(),
            phase_rounds: (0..s.model().scenario.schedule.phases.len())
                .map(|p| s.phase_rounds(p))
                .collect(),
            rounds_played: s.rounds_played(),
            phase_held_open: s.phase_held_open(),
            time: s.time(),
            document: s.document().clone(),
            revisions: s.revisions().to_vec(),
            statuses: s
                .document()
                .paragraphs()
                .map(|(_, p)| (p.id.clone(), s.paragraph_status(&p.id)))
                .collect(),
            floor: s.floor().to_vec(),
            brackets: s.brackets().to_vec(),
            reactions,
            summary: s.summary().to_vec(),
            draft_summary: s.draft_summary().to_vec(),
            cards_spent: s.cards_spent().to_vec(),
            budgets: s.model().delegation_ids().map(|d| s.budget(d)).collect(),
            controllers: s
                .model()
                .delegation_ids()
                .map(|d| s.controller(Seat::Delegation(d)))
                .collect(),
            silenced: s
                .model()
                .delegation_ids()
                .map(|d| s.is_silenced(d))
                .collect(),
            pending: s.pending(),
            joining: s.joining_share(),
            outcome: s.outcome().cloned(),
            log: Vec::new(),
            log_len: s.events().len(),
            history: if s.is_finished() {
                s.model()
                    .scenario
                    .history
                    .iter()
                    .map(|h| (h.description.to_string(), s.holds_in_report(&h.check)))
                    .collect()
            } else {
                Vec::new()
            },
        }
    }

    pub fn name(&self, d: DelegationId) -> &str {
        self.scenario.name(d)
    }

    pub fn status(&self, paragraph: &str) -> ParagraphStatus {
        self.statuses
            .iter()
            .find(|(p, _)| p == paragraph)
            .map_or(ParagraphStatus::Deleted, |x| x.1)
    }

    /// An amendment on the floor or in brackets.
    pub fn amendment(&self, id: AmendmentId) -> Option<&Amendment> {
        self.floor.iter().chain(&self.brackets).find(|a| a.id == id)
    }

    /// The reactions the room heard to a pending amendment.
    pub fn reactions_to(&self, id: AmendmentId) -> &[Reaction] {
        self.reactions
            .iter()
            .find(|(a, _)| *a == id)
            .map_or(&[], |x| x.1.as_slice())
    }
}

/// One of the seat's objectives, with its live state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveView {
    pub id: String,
    pub description: String,
    pub weight: f32,
    pub met: bool,
    /// Index in the full log of the event that last decided it.
    pub decided_at: Option<usize>,
    /// The idea the objective turns on, when it is about one (an `Includes`/`Excludes`).
    pub idea: Option<TagId>,
    /// Whether it is judged on the text (else only the vote at adoption decides it).
    pub about_text: bool,
    /// The zero draft adopted as drafted already meets it: it counts half in the score.
    #[serde(default)]
    pub held_by_draft: bool,
    /// The seat worked for it on the floor; text the room met without it earns half.
    #[serde(default)]
    pub worked: bool,
}

impl ObjectiveView {
    /// What it counts for in the score: what the draft already gave weighs half.
    pub fn counted_weight(&self) -> f32 {
        crate::log::counted_weight(self.weight, self.held_by_draft)
    }

    /// What it earns as things stand: nothing unless met; half of its counted weight when the
    /// text came out right without the seat working for it.
    pub fn earned(&self) -> f32 {
        if self.met {
            crate::log::credit(self.counted_weight(), self.worked, self.about_text)
        } else {
            0.0
        }
    }

    /// Met on the text without the seat's work: it earns half.
    pub fn handed_over(&self) -> bool {
        self.met && self.about_text && !self.worked
    }
}

/// A rule of the seat's own preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleView {
    pub tag: TagId,
    pub section: Option<SectionId>,
    pub weight: f32,
    pub red_line: bool,
}

/// What only one delegation's seat may see.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Private {
    pub delegation: DelegationId,
    pub briefing: String,
    pub objectives: Vec<ObjectiveView>,
    pub rules: Vec<RuleView>,
    /// Indices of the amendment cards its capital asks for.
    pub asks: Vec<usize>,
    /// Utility of the current text relative to the zero draft, and its reservation value.
    pub satisfaction: f32,
    pub reservation: f32,
    /// Its answers so far at "any objection?" (they take effect when every answer is in).
    pub answers: Vec<crate::log::Action>,
    pub score: Option<Score>,
    /// Threats to block it has made, and how many more the Chair will believe.
    #[serde(default)]
    pub threats_made: u32,
    #[serde(default)]
    pub credible_threats_left: u32,
    /// What it said and agreed in the corridor: its soundings, offers and promises, and
    /// nobody else's.
    #[serde(default)]
    pub corridor: crate::corridor::CorridorView,
    /// Translations of its briefing and objectives (nobody else's).
    #[serde(default)]
    pub translations: crate::scenario::translate::ByLanguage,
}

/// The room plus one seat's private data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeatView {
    pub room: Arc<RoomView>,
    pub seat: Seat,
    pub private: Option<Private>,
    /// Whether the session waits for this seat.
    pub to_act: bool,
}

impl SeatView {
    pub fn of(room: Arc<RoomView>, s: &Session, seat: Seat) -> SeatView {
        let private = seat.delegation().map(|d| private(s, d));
        SeatView {
            to_act: room.pending.contains(&seat),
            room,
            seat,
            private,
        }
    }
}

impl Private {
    /// One delegation's private data as the session stands.
    pub fn of(s: &Session, d: DelegationId) -> Private {
        private(s, d)
    }
}

/// A briefing for a delegation the scenario wrote none for (any member state may be played in
/// a classroom): its rules, red lines and objectives in plain words.
pub fn generated_briefing(model: &Model, d: DelegationId) -> String {
    let info = &model.delegations[d.index()];
    let label = |t: TagId| {
        model
            .scenario
            .tags
            .get(t.index())
            .map_or("?", |x| x.label.as_str())
    };
    let mut wants = Vec::new();
    let mut against = Vec::new();
    let mut red = Vec::new();
    let mut rules: Vec<_> = info.rules.iter().chain(&info.red_lines).collect();
    rules.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    for r in rules {
        let l = label(r.tag).to_string();
        if r.red_line {
            if !red.contains(&l) {
                red.push(l);
            }
        } else if r.weight > 0.0 {
            wants.push(l);
        } else {
            against.push(l);
        }
    }
    let mut out = format!(
        "You represent {}. Your capital wrote no briefing for this meeting; these are its instructions as your preferences record them.",
        info.name
    );
    if !wants.is_empty() {
        out += &format!(
            "\n\nSeek language on: {}.",
            wants[..wants.len().min(6)].join(", ")
        );
    }
    if !against.is_empty() {
        out += &format!(
            "\n\nResist language on: {}.",
            against[..against.len().min(6)].join(", ")
        );
    }
    if !red.is_empty() {
        out += &format!(
            "\n\nRed lines (you cannot join a text that crosses them): {}.",
            red.join(", ")
        );
    }
    if !info.objectives.is_empty() {
        out += "\n\nYour objectives:";
        for o in &info.objectives {
            out += &format!("\n- {}", o.description);
        }
    }
    out
}

fn private(s: &Session, d: DelegationId) -> Private {
    let model = s.model();
    let info = &model.delegations[d.index()];
    let objectives = s
        .objective_states(d)
        .map(|o| {
            let def = &info.objectives[o.index];
            ObjectiveView {
                id: def.id.clone(),
                description: def.description.to_string(),
                weight: def.weight as f32,
                met: o.met,
                decided_at: o.decided_at,
                about_text: def.condition.reads_text(),
                held_by_draft: o.held_by_draft,
                worked: o.worked,
                idea: match &def.condition {
                    Condition::Includes { tag, .. } | Condition::Excludes { tag, .. } => {
                        model.tag(tag)
                    }
                    _ => None,
                },
            }
        })
        .collect();
    let score = s.events().iter().rev().find_map(|e| match e {
        Event::Scored { delegation, score } if *delegation == d => Some(score.clone()),
        _ => None,
    });
    Private {
        delegation: d,
        briefing: if info.briefing.trim().is_empty() {
            generated_briefing(model, d)
        } else {
            info.briefing.clone()
        },
        objectives,
        rules: info
            .rules
            .iter()
            .map(|r| RuleView {
                tag: r.tag,
                section: r.section,
                weight: r.weight,
                red_line: r.red_line,
            })
            .collect(),
        asks: (0..model.scenario.cards.len())
            .filter(|&k| model.card_askers[k].contains(&d))
            .collect(),
        satisfaction: s.satisfaction(d),
        reservation: info.reservation,
        answers: s.answers_of(d),
        score,
        threats_made: s.threats_made(d),
        credible_threats_left: s.credible_threats_left(d),
        corridor: s.corridor_of(d),
        translations: model
            .translations
            .own
            .get(d.index())
            .cloned()
            .unwrap_or_default(),
    }
}
