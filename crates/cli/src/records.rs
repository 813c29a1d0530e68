//! Reading game records (their seal and scenario), `replay` and `export`: a record re-run and
//! checked against what it recorded, and its
//! final report.

use std::path::Path;
use std::sync::Arc;

use zero_draft_engine::files::{atomic_write, read_record};
use zero_draft_engine::log::Event;
use zero_draft_engine::model::Model;
use zero_draft_engine::record::{GameRecord, RULES};
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::session::Session;
use zero_draft_engine::signing::Provenance;
use zero_draft_text::{Format, Report, describe, export, export_report};

use crate::cli::{ExportFormat, emit, note, writable};

/// What a replay established.
#[allow(
    clippy::large_enum_variant,
    reason = "one value per command run, returned once"
)]
pub enum Replayed {
    /// The rules reproduced every recorded event.
    Verified(Session),
    /// A record from an earlier version whose rules have since changed: its events stand as
    /// recorded.
    AsRecorded(GameRecord, Arc<Model>),
}

/// Replays a record and checks the events are identical to those it recorded. A record that
/// today's rules do not reproduce is refused, unless `unverified` asks to read it as it was
/// recorded (records of earlier versions, whose room answered differently).
pub fn replay(path: &Path, quiet: bool, unverified: bool) -> Result<Replayed, String> {
    let (record, model, provenance) = open_record_as(path, unverified)?;
    let replayed = match Session::replay_verified(model.clone(), &record) {
        Ok(session) => {
            note(&format!(
                "replay verified: {} events identical to the record; {}",
                session.events().len(),
                provenance_words(provenance)
            ));
            Replayed::Verified(session)
        }
        Err(e) if record.rules < RULES && unverified => {
            let e = zero_draft_text::replay_refusal(&*model, &e);
            note(&format!(
                "{}: UNVERIFIED: a record of an earlier version of Zero Draft (rules {}) that today's room does not reproduce ({e}); its {} events are shown as recorded, unchecked",
                path.display(),
                record.rules,
                record.events.len()
            ));
            Replayed::AsRecorded(record, model)
        }
        Err(e) if record.rules < RULES => {
            let e = zero_draft_text::replay_refusal(&*model, &e);
            return Err(format!(
                "{}: cannot be verified: a record of an earlier version of Zero Draft (rules {}) that today's room does not reproduce ({e}), or one edited since; --unverified shows it as recorded, unchecked",
                path.display(),
                record.rules
            ));
        }
        Err(e) => return Err(replay_failed(path, &model, &e)),
    };
    if !quiet {
        let (events, model): (&[Event], &Model) = match &replayed {
            Replayed::Verified(s) => (s.events(), s.model()),
            Replayed::AsRecorded(r, m) => (&r.events, m),
        };
        let mut text = String::new();
        for e in events {
            text.push_str(&zero_draft_engine::error::printable(&describe(model, e)));
            text.push('\n');
        }
        emit(&text)?;
    }
    Ok(replayed)
}

/// `export`: the final report of a record, to a file or standard output.
pub(crate) fn export_cmd(
    path: &Path,
    format: ExportFormat,
    out: Option<&Path>,
    unverified: bool,
) -> Result<(), String> {
    if let Some(out) = out {
        writable(out)?;
        if crate::cli::same_file(out, path) {
            return Err(format!(
                "{}: --out names the record being exported; the report would overwrite it",
                out.display()
            ));
        }
    }
    let format = match format {
        ExportFormat::Md => Format::Markdown,
        ExportFormat::Html => Format::Html,
    };
    let text = match replay(path, true, unverified)? {
        Replayed::Verified(session) => export(&session, format),
        // A record from an earlier version: its final text is rebuilt from its own events.
        Replayed::AsRecorded(record, model) => {
            let rebuilt = zero_draft_engine::rebuild::rebuild(&model, &record.events);
            let report = Report::rebuilt(&model, &rebuilt, record.seed, &record.events);
            export_report(&report, format)
        }
    };
    match out {
        Some(out) => {
            atomic_write(out, text.as_bytes())
                .map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
            note(&format!("report written to {}", out.display()));
        }
        None => emit(&text)?,
    }
    Ok(())
}

/// Reads a record and rebuilds its model from the embedded scenario.
pub(crate) fn open_record(path: &Path) -> Result<(GameRecord, Arc<Model>), String> {
    let (record, model, _) = open_record_as(path, false)?;
    Ok((record, model))
}

/// Reads a record and its scenario, and where it comes from. A record sealed here and edited
/// since is refused unless `unverified` asks to read it anyway.
pub(crate) fn open_record_as(
    path: &Path,
    unverified: bool,
) -> Result<(GameRecord, Arc<Model>, Provenance), String> {
    let record = read_record(path).map_err(|e| e.to_string())?;
    let provenance = check_seal(path, &record, unverified)?;
    let scenario = parse_str(
        &format!(
            "{} (scenario embedded in {})",
            record.scenario_file,
            path.display()
        ),
        &record.scenario_source,
    )
    .map_err(|e| e.to_string())?;
    Ok((record, Arc::new(Model::new(scenario)), provenance))
}

/// Refuses a record this installation sealed and someone changed since, unless `unverified`.
pub(crate) fn check_seal(
    path: &Path,
    record: &GameRecord,
    unverified: bool,
) -> Result<Provenance, String> {
    let provenance = zero_draft_engine::signing::provenance(record);
    if provenance.refused() && !unverified {
        return Err(format!(
            "{}: signature does not match: this record was changed after this installation wrote it, so it is not trusted (`replay --unverified` or `export --unverified` read it anyway)",
            path.display()
        ));
    }
    Ok(provenance)
}

/// Where a record comes from, in the words `replay` prints after "replay verified".
pub(crate) fn provenance_words(provenance: Provenance) -> &'static str {
    match provenance {
        Provenance::SignedHere => "signed by this installation",
        Provenance::SignedElsewhere => {
            "not signed here (written by another installation, or before this one's key was made)"
        }
        Provenance::Tampered => "UNVERIFIED signature: changed after this installation wrote it",
        Provenance::Unsigned => {
            "not signed (written by an earlier version of Zero Draft, or by hand)"
        }
    }
}

/// Why a record does not replay, after its path.
pub(crate) fn replay_failed(
    path: &Path,
    model: &Model,
    e: &zero_draft_engine::session::ReplayError,
) -> String {
    format!(
        "{}: {}",
        path.display(),
        zero_draft_text::replay_refusal(model, e)
    )
}
