//! Delegation strategies as Rhai scripts. A script defines
//! `fn decide(view, legal, suggestions)` and returns one command as a map, e.g.
//! `#{ kind: "table_card", card: "energy" }` or one of the `legal` entries as it is.
//!
//! The script sees only what its seat may: `view` is its `SeatView` (`view.room`, the public
//! room, and `view.me`, its own private data), `legal` lists the commands it may give now (each card with the room's
//! predicted reception), `suggestions` the engine's three best moves for it. It runs in a
//! sandbox: bounded operations, call depth, string, array and map sizes, no modules, no file
//! or network access, and for each decision a wall-clock and a memory budget (`budget.rs`).
//! An error or an overrun is reported with the script's line and the seat falls back to the
//! engine's AI for that turn; nothing a script does can stop the game.

mod budget;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

pub use budget::{DECISION_MEMORY, DECISION_OPERATIONS, DECISION_TIME, Metered, memory_metered};

use rhai::{AST, Array, Dynamic, Engine, Map, Scope};
use zero_draft_engine::ids::CardId;
use zero_draft_engine::ids::ParagraphId;
use zero_draft_engine::ids::{AmendmentId, DelegationId};
use zero_draft_engine::log::{Action, ActionKind};
use zero_draft_engine::policy::{Advisor, Delegate};
use zero_draft_engine::preferences::Stance;
use zero_draft_engine::seat::Command;
use zero_draft_engine::session::Suggestion;
use zero_draft_engine::view::SeatView;

/// Largest array (counting nested ones), map and string a script may build.
pub const MAX_ARRAY: usize = 100_000;
pub const MAX_MAP: usize = 100_000;
pub const MAX_STRING: usize = 1_000_000;
/// Largest script file read.
pub const MAX_SOURCE_BYTES: u64 = 1024 * 1024;
/// Errors kept word for word (all are counted).
const ERRORS_KEPT: usize = 100;

/// A compiled strategy script; cheap to clone (one per game).
#[derive(Clone)]
pub struct Script {
    name: String,
    engine: Arc<Engine>,
    ast: Arc<AST>,
    errors: Arc<Mutex<Vec<String>>>,
    error_count: Arc<AtomicUsize>,
    place: Place,
    /// Wall-clock time one decision may take (`DECISION_TIME` unless a test shortens it).
    time: std::time::Duration,
}

/// The line and column last executed (`line << 32 | column`): the limits rhai enforces
/// (operations, sizes) carry no position of their own.
type Place = Arc<std::sync::atomic::AtomicU64>;

fn sandbox(place: Place) -> Engine {
    use rhai::debugger::DebuggerCommand;
    let mut engine = Engine::new();
    engine.on_progress(|operations| {
        budget::check(operations).map(|o| Dynamic::from(o.token().to_string()))
    });
    // Stepping through every statement only to remember where the script is (the API is
    // marked volatile, not deprecated).
    #[allow(deprecated)]
    engine.register_debugger(
        |_, debugger| debugger,
        move |_, event, _, _, pos| {
            let step = matches!(event, rhai::debugger::DebuggerEvent::Step);
            if let (true, Some(l), Some(c)) = (step, pos.line(), pos.position()) {
                place.store(
                    ((l as u64) << 32) | c as u64,
                    std::sync::atomic::Ordering::Relaxed,
                );
            }
            Ok(DebuggerCommand::StepInto)
        },
    );
    engine
        // The budgets count operations (`budget::check`), so that an error a built-in swallows
        // still ends the decision; Rhai's own count is only a backstop.
        .set_max_operations(DECISION_OPERATIONS * 2)
        .set_max_call_levels(32)
        .set_max_expr_depths(64, 32)
        .set_max_string_size(MAX_STRING)
        .set_max_array_size(MAX_ARRAY)
        .set_max_map_size(MAX_MAP)
        .set_max_modules(0)
        .set_max_variables(10_000)
        .set_max_functions(1_000);
    engine.on_print(|_| {});
    engine.on_debug(|_, _, _| {});
    engine
}

impl Script {
    /// Compiles a script; a syntax error names `name:line:column`.
    pub fn compile(name: &str, source: &str) -> Result<Script, String> {
        let place: Place = Arc::default();
        let engine = sandbox(place.clone());
        let ast = engine.compile(source).map_err(|e| {
            let p = e.position();
            match (p.line(), p.position()) {
                (Some(l), Some(c)) => format!("{name}:{l}:{c}: {}", e.err_type()),
                (Some(l), None) => format!("{name}:{l}: {}", e.err_type()),
                _ => format!("{name}: {}", e.err_type()),
            }
        })?;
        if !ast
            .iter_functions()
            .any(|f| f.name == "decide" && f.params.len() == 3)
        {
            return Err(format!(
                "{name}: the script defines no `fn decide(view, legal, suggestions)`"
            ));
        }
        Ok(Script {
            name: name.to_string(),
            engine: Arc::new(engine),
            ast: Arc::new(ast),
            errors: Arc::new(Mutex::new(Vec::new())),
            error_count: Arc::default(),
            place,
            time: DECISION_TIME,
        })
    }

    /// Reads and compiles a script file (a regular file of at most 1 MiB).
    pub fn load(path: &std::path::Path) -> Result<Script, String> {
        let name = path.display().to_string();
        let source = zero_draft_engine::files::read_capped(path, MAX_SOURCE_BYTES)
            .map_err(|p| format!("{name}: {p}"))?;
        // Editors on some systems begin a UTF-8 file with a byte-order mark; it is not code.
        Script::compile(&name, source.strip_prefix('\u{feff}').unwrap_or(&source))
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The same script with another wall-clock budget per decision (tests use a short one).
    pub fn with_time_budget(mut self, time: std::time::Duration) -> Script {
        self.time = time;
        self
    }

    /// The first errors the script has raised so far (at most 100), with their lines, in
    /// order.
    pub fn errors(&self) -> Vec<String> {
        self.errors.lock().map(|e| e.clone()).unwrap_or_default()
    }

    /// How many errors the script has raised so far, all of them.
    pub fn error_count(&self) -> usize {
        self.error_count.load(Ordering::Relaxed)
    }

    /// Runs `decide` for one turn.
    fn run(&self, view: &SeatView, advisor: &Advisor) -> Result<Command, String> {
        let (view, legal, suggestions) = inputs(view, advisor)?;
        let mut scope = Scope::new();
        // The budgets cover the script's own work, not the building of what it is given.
        let meter = budget::Meter::start();
        budget::start(self.time);
        let called: Result<Dynamic, _> =
            self.engine
                .call_fn(&mut scope, &self.ast, "decide", (view, legal, suggestions));
        let tripped = budget::stop();
        drop(scope);
        drop(meter);
        if let Some(o) = tripped {
            let last = self.place.load(std::sync::atomic::Ordering::Relaxed);
            return Err(format!(
                "{}:{}:{}: {}",
                self.name,
                last >> 32,
                last & 0xffff_ffff,
                o.explain()
            ));
        }
        let out = called.map_err(|e| {
            let inner = e.unwrap_inner();
            let p = inner.position();
            let at = match (p.line(), p.position()) {
                (Some(l), Some(c)) => format!("{}:{l}:{c}", self.name),
                _ => {
                    let last = self.place.load(std::sync::atomic::Ordering::Relaxed);
                    format!("{}:{}:{}", self.name, last >> 32, last & 0xffff_ffff)
                }
            };
            if let rhai::EvalAltResult::ErrorTerminated(token, _) = inner
                && let Some(o) = token
                    .clone()
                    .into_string()
                    .ok()
                    .and_then(|t| budget::Overrun::from_token(&t))
            {
                return format!("{at}: {}", o.explain());
            }
            format!("{at}: {inner}")
        })?;
        command(&out).ok_or_else(|| {
            format!(
                "{}: `decide` returned {out}, which is not a command (see docs/strategies.md)",
                self.name
            )
        })
    }
}

impl Delegate for Script {
    fn decide(&mut self, view: &SeatView, advisor: &Advisor) -> Command {
        match self.run(view, advisor) {
            Ok(c) => c,
            Err(e) => {
                self.error_count.fetch_add(1, Ordering::Relaxed);
                if let Ok(mut errors) = self.errors.lock()
                    && errors.len() < ERRORS_KEPT
                {
                    errors.push(e);
                }
                advisor.ai_move()
            }
        }
    }
}

/// Everything a script is given for one decision: its seat's view, its legal commands and the
/// engine's suggestions for it. Nothing else of the session reaches a script.
pub fn inputs(view: &SeatView, advisor: &Advisor) -> Result<(Dynamic, Array, Array), String> {
    let mut view: Map = rhai::serde::to_dynamic(view)
        .map_err(|e| e.to_string())?
        .try_cast::<Map>()
        .ok_or("a seat view is a map")?;
    // `private` is a keyword in Rhai; the seat's own data is `view.me`.
    let me = view.remove("private").unwrap_or(Dynamic::UNIT);
    view.insert("me".into(), me);
    let view = Dynamic::from_map(view);
    let legal: Array = advisor
        .legal()
        .iter()
        .map(|c| describe(c, advisor))
        .collect();
    let suggestions: Array = advisor.suggest(3).iter().map(suggestion).collect();
    Ok((view, legal, suggestions))
}

fn map(pairs: &[(&str, Dynamic)]) -> Dynamic {
    let mut m = Map::new();
    for (k, v) in pairs {
        m.insert((*k).into(), v.clone());
    }
    Dynamic::from_map(m)
}

fn ids(ds: impl IntoIterator<Item = DelegationId>) -> Dynamic {
    Dynamic::from_array(
        ds.into_iter()
            .map(|d| Dynamic::from_int(d.0 as i64))
            .collect(),
    )
}

/// A command as a script sees it; cards carry the room's predicted reception.
fn describe(c: &Command, advisor: &Advisor) -> Dynamic {
    let Command::Act(action) = c else {
        return map(&[
            ("kind", Dynamic::from("other".to_string())),
            ("text", Dynamic::from(format!("{c:?}"))),
        ]);
    };
    let mut pairs = action_pairs(action);
    if let Action::TableCard(card) = action
        && let Some(reactions) = advisor.predict_card(card)
    {
        let objectors = reactions
            .iter()
            .filter(|r| r.stance == Stance::Object)
            .map(|r| r.delegation);
        let support = reactions
            .iter()
            .filter(|r| r.stance == Stance::Support)
            .count();
        pairs.push(("objectors", ids(objectors)));
        pairs.push(("support", Dynamic::from_int(support as i64)));
    }
    map(&pairs)
}

/// An action as a map: its kind by the one name `ActionKind` gives it, and its fields. The
/// inverse of `command`.
fn action_pairs(action: &Action) -> Vec<(&'static str, Dynamic)> {
    let mut pairs = vec![("kind", Dynamic::from(action.kind().as_str().to_string()))];
    match action {
        Action::Table(edit) => pairs.push((
            "edit",
            rhai::serde::to_dynamic(edit).unwrap_or(Dynamic::UNIT),
        )),
        Action::TableCard(card) => pairs.push(("card", Dynamic::from(card.to_string()))),
        Action::CoSponsor(a) | Action::Object(a) | Action::Threaten(a) | Action::Withdraw(a) => {
            pairs.push(("amendment", (a.0 as i64).into()))
        }
        Action::Lobby {
            amendment,
            delegation,
        } => {
            pairs.push(("amendment", (amendment.0 as i64).into()));
            pairs.push(("delegation", (delegation.0 as i64).into()));
        }
        Action::Dissociate(ps) => pairs.push((
            "paragraphs",
            Dynamic::from_array(ps.iter().map(|p| Dynamic::from(p.to_string())).collect()),
        )),
        Action::Pass | Action::Join | Action::Block => {}
    }
    pairs
}

fn suggestion(s: &Suggestion) -> Dynamic {
    let command = match &s.command {
        Command::Act(action) => map(&action_pairs(action)),
        _ => map(&action_pairs(&Action::Pass)),
    };
    map(&[
        ("command", command),
        ("value", Dynamic::from_float(s.value as f64)),
        ("objectors", ids(s.objectors.iter().copied())),
    ])
}

/// An action as a script writes it (`#{ kind: "object", amendment: 3 }`).
pub fn action_map(action: &Action) -> Dynamic {
    map(&action_pairs(action))
}

/// A corridor move a script's map stands for: `sound`, `offer`, `reply` or `consult`, with
/// pledges and the Chair's options written as the engine's records write them
/// (`#{ NoObjection: 3 }`, `"Join"`, `#{ BackCard: "energy" }`; `"Kept"`, `"Proposal"`).
fn corridor_command(kind: &str, m: &Map) -> Option<Command> {
    let int = |key: &str| m.get(key)?.as_int().ok();
    let to = || -> Option<DelegationId> { Some(DelegationId(u16::try_from(int("to")?).ok()?)) };
    let from = |key: &str| -> Option<Dynamic> { m.get(key).cloned() };
    Some(match kind {
        "sound" => {
            let about = match (int("amendment"), from("edit")) {
                (Some(a), _) => zero_draft_engine::corridor::Sounding::Amendment(AmendmentId(
                    u32::try_from(a).ok()?,
                )),
                (None, Some(edit)) => zero_draft_engine::corridor::Sounding::Wording(
                    rhai::serde::from_dynamic(&edit).ok()?,
                ),
                (None, None) => return None,
            };
            Command::Sound { to: to()?, about }
        }
        "offer" => Command::Offer {
            to: to()?,
            give: rhai::serde::from_dynamic(&from("give")?).ok()?,
            want: rhai::serde::from_dynamic(&from("want")?).ok()?,
        },
        "reply" => Command::Reply {
            offer: zero_draft_engine::corridor::OfferId(u32::try_from(int("offer")?).ok()?),
            accept: m.get("accept")?.as_bool().ok()?,
        },
        "consult" => Command::Consult {
            amendment: AmendmentId(u32::try_from(int("amendment")?).ok()?),
            acceptable: rhai::serde::from_dynamic(&from("acceptable")?).ok()?,
            wording: match m.get("wording") {
                Some(w) => Some(zero_draft_engine::ids::CardId::from(
                    w.clone().into_string().ok()?.as_str(),
                )),
                None => None,
            },
        },
        _ => return None,
    })
}

/// The command a script's map stands for, if it stands for one.
pub fn command(d: &Dynamic) -> Option<Command> {
    let m = d.read_lock::<Map>()?;
    let name = m.get("kind")?.clone().into_string().ok()?;
    if let Some(c) = corridor_command(&name, &m) {
        return Some(c);
    }
    let kind = ActionKind::parse(&name)?;
    let amendment = || {
        m.get("amendment")?
            .as_int()
            .ok()
            .and_then(|a| u32::try_from(a).ok())
            .map(AmendmentId)
    };
    let action = match kind {
        ActionKind::TableCard => {
            Action::TableCard(CardId::from(m.get("card")?.clone().into_string().ok()?))
        }
        ActionKind::Table => Action::Table(rhai::serde::from_dynamic(m.get("edit")?).ok()?),
        ActionKind::CoSponsor => Action::CoSponsor(amendment()?),
        ActionKind::Object => Action::Object(amendment()?),
        ActionKind::Threaten => Action::Threaten(amendment()?),
        ActionKind::Lobby => Action::Lobby {
            amendment: amendment()?,
            delegation: DelegationId(u16::try_from(m.get("delegation")?.as_int().ok()?).ok()?),
        },
        ActionKind::Withdraw => Action::Withdraw(amendment()?),
        ActionKind::Pass => Action::Pass,
        ActionKind::Join => Action::Join,
        ActionKind::Block => Action::Block,
        ActionKind::Dissociate => Action::Dissociate(
            m.get("paragraphs")?
                .clone()
                .into_array()
                .ok()?
                .into_iter()
                .map(|p| p.into_string().ok().map(ParagraphId::from))
                .collect::<Option<Vec<ParagraphId>>>()?,
        ),
    };
    Some(Command::Act(action))
}
