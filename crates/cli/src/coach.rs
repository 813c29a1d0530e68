//! `zero-draft coach` and `zero-draft fork`: the engine's advice for one seat at the end of a
//! record, and a record cut at any moment to play on from (what-if).

use std::path::Path;

use zero_draft_engine::Session;
use zero_draft_engine::files::atomic_write;
use zero_draft_engine::record::{Parent, inputs_digest};
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_engine::signing::sealed_text;
use zero_draft_text::{action_summary, reason_text};

use crate::cli::{emit, emit_json, writable};
use crate::records::open_record;

/// Prints the `top` moves the coach suggests for a delegation at the end of the record: the
/// human seat by default, else the first playable delegation.
pub fn coach(log: &Path, delegation: Option<&str>, top: usize, json: bool) -> Result<(), String> {
    let (record, model) = open_record(log)?;
    let (session, _) = Session::resume(model.clone(), &record)
        .map_err(|e| crate::records::replay_failed(log, &model, &e))?;
    let d = match delegation {
        Some(id) => model
            .delegation(id)
            .ok_or_else(|| format!("{}: no delegation \"{id}\" in this game", log.display()))?,
        None => session
            .humans()
            .first()
            .copied()
            .or_else(|| {
                model
                    .delegation_ids()
                    .find(|&d| model.delegations[d.index()].playable)
            })
            .ok_or_else(|| format!("{}: no delegation to coach", log.display()))?,
    };
    let suggestions = session.suggest(Seat::Delegation(d), top);
    if json {
        let list: Vec<serde_json::Value> = suggestions
            .iter()
            .map(|s| {
                serde_json::json!({
                    "command": s.command,
                    "words": words(&model, &s.command),
                    "value": s.value,
                    "objectors": s.objectors.iter().map(|&o| model.delegations[o.index()].id.clone()).collect::<Vec<_>>(),
                    "reactions": s.reactions,
                })
            })
            .collect();
        let doc = serde_json::json!({
            "delegation": model.delegations[d.index()].id,
            "suggestions": list,
        });
        return emit_json(&serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?);
    }
    let mut out = format!(
        "The coach, for {} ({}):\n",
        model.name(d),
        if session.is_finished() {
            "the game is over; nothing is left to do".to_string()
        } else {
            format!("{} event(s) into the game", session.events().len())
        }
    );
    if suggestions.is_empty() {
        out.push_str("  no move: this seat is not asked to act now\n");
    }
    for (i, s) in suggestions.iter().enumerate() {
        out.push_str(&format!(
            "{}. {} (worth {:+.1})\n",
            i + 1,
            words(&model, &s.command),
            s.value
        ));
        if !s.objectors.is_empty() {
            let names: Vec<&str> = s.objectors.iter().map(|&o| model.name(o)).collect();
            out.push_str(&format!("   predicted objections: {}\n", names.join(", ")));
            // Why the first objector objects, in the room's own reasons.
            if let Some(r) = s.reactions.iter().find(|r| r.delegation == s.objectors[0]) {
                let why: Vec<String> = r
                    .reasons
                    .iter()
                    .take(3)
                    .map(|x| reason_text(&*model, x))
                    .collect();
                out.push_str(&format!(
                    "   {}: {}\n",
                    model.name(r.delegation),
                    why.join("; ")
                ));
            }
        }
    }
    emit(&out)
}

fn words(model: &zero_draft_engine::Model, c: &Command) -> String {
    match c {
        Command::Act(a) => action_summary(model, a),
        other => format!("{other:?}"),
    }
}

/// Writes the record cut after its first `at` inputs, linked to its parent, to play on from.
pub fn fork(log: &Path, at: usize, out: &Path) -> Result<(), String> {
    writable(out)?;
    // Writing the branch over its own record would lose the moves after `at`.
    if crate::cli::same_file(log, out) {
        return Err(format!(
            "{}: --out names the record being forked; the branch would replace it (choose another file)",
            out.display()
        ));
    }
    let (record, model) = open_record(log)?;
    if at > record.inputs.len() {
        return Err(format!(
            "{}: the record has {} input(s); --at may be 0 to {}",
            log.display(),
            record.inputs.len(),
            record.inputs.len()
        ));
    }
    let session = if record.rules < zero_draft_engine::record::RULES {
        // A record of earlier rules: its moves are played again under today's, as far as
        // they stay legal (as the game resumes such a save).
        let (s, applied) = Session::replay_as_far_as(model.clone(), &record, at)
            .map_err(|e| crate::records::replay_failed(log, &model, &e))?;
        if applied < at.min(record.inputs.len()) {
            crate::cli::note(&format!(
                "{}: a record of earlier rules; {applied} of its first {at} moves still apply under today's",
                log.display()
            ));
        }
        s
    } else {
        // The whole record must hold before any part of it is kept (as `replay` checks it).
        Session::replay_verified(model.clone(), &record)
            .map_err(|e| crate::records::replay_failed(log, &model, &e))?;
        Session::fork(model.clone(), &record, at)
            .map_err(|e| crate::records::replay_failed(log, &model, &e))?
    };
    let mut branch = session.record(&record.scenario_file, &record.scenario_source);
    branch.parent = Some(Parent {
        file: log.display().to_string(),
        digest: inputs_digest(&record.inputs[..at]),
        at,
    });
    atomic_write(out, sealed_text(&branch).as_bytes())
        .map_err(|e| format!("{}: {e}", out.display()))?;
    crate::cli::note(&format!(
        "{}: the game after {at} of {} inputs, ready to play on (its parent: {})",
        out.display(),
        record.inputs.len(),
        log.display()
    ));
    Ok(())
}
