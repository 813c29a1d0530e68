//! The room travels as text patches. The server serialises the public room (without the log,
//! and without the reasons behind each stance) as pretty JSON and sends each client the line
//! diff from the version it has; the client applies it, checks the SHA-256 and reads the room.
//! One format for every field means a new field in `RoomView` needs no new message, and a
//! change of one paragraph costs a few lines, not the whole text.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use similar::{DiffOp, TextDiff};
use zero_draft_engine::log::Event;
use zero_draft_engine::view::RoomView;

/// Lines of the old text to keep, or new lines to insert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PatchOp {
    Keep { from: u32, len: u32 },
    Insert(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomPatch {
    /// The version the patch applies to (0: none, the patch is the whole text).
    pub base: u64,
    pub version: u64,
    pub ops: Vec<PatchOp>,
    /// SHA-256 (hex) of the patched text.
    pub sha256: String,
}

/// The room as it travels: the log goes separately, and the stances on the pending
/// amendments are not repeated (they are the log's last `Reacted` event for each, which the
/// client has; `with_reactions` puts them back).
pub fn wire_room(room: &RoomView) -> RoomView {
    let mut r = room.clone();
    r.log = Vec::new();
    r.reactions = Vec::new();
    r
}

/// Puts back the stances on each pending amendment from the public log, as the server's
/// `RoomView` has them (the last reactions heard to each; reasons travel on request).
pub fn with_reactions(room: &mut RoomView, log: &[Event]) {
    room.reactions = room
        .floor
        .iter()
        .chain(&room.brackets)
        .map(|a| {
            let heard = log
                .iter()
                .rev()
                .find_map(|e| match e {
                    Event::Reacted {
                        amendment,
                        reactions,
                    } if *amendment == a.id => Some(reactions.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            (a.id, heard)
        })
        .collect();
}

/// A public event as it travels: a reaction's reasons are sent on request only.
pub fn wire_event(e: &Event) -> Event {
    match e {
        Event::Reacted {
            amendment,
            reactions,
        } => Event::Reacted {
            amendment: *amendment,
            reactions: reactions
                .iter()
                .map(|r| {
                    let mut r = r.clone();
                    r.reasons.clear();
                    r
                })
                .collect(),
        },
        e => e.clone(),
    }
}

/// The public log of a session's events as clients receive it.
pub fn public_log(events: &[Event]) -> Vec<Event> {
    events
        .iter()
        .filter(|e| !matches!(e, Event::Scored { .. }))
        .map(wire_event)
        .collect()
}

/// SHA-256 (hex) of a public log: the same on the server, on every client and for the
/// offline replay of the game's record.
pub fn log_sha256(public: &[Event]) -> String {
    let mut h = Sha256::new();
    for e in public {
        h.update(serde_json::to_vec(e).unwrap_or_default());
        h.update(b"\n");
    }
    hex(&h.finalize())
}

pub fn text_sha256(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The room as text, for patching.
pub fn room_text(room: &RoomView) -> String {
    serde_json::to_string_pretty(&wire_room(room)).unwrap_or_default()
}

/// The patch from `old` (at `base`) to `new`.
pub fn diff(base: u64, old: &str, version: u64, new: &str) -> RoomPatch {
    let mut ops = Vec::new();
    if base == 0 {
        ops.push(PatchOp::Insert(new.to_string()));
    } else {
        let d = TextDiff::from_lines(old, new);
        let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
        for op in d.ops() {
            match *op {
                DiffOp::Equal { old_index, len, .. } => ops.push(PatchOp::Keep {
                    from: old_index as u32,
                    len: len as u32,
                }),
                DiffOp::Delete { .. } => {}
                DiffOp::Insert {
                    new_index, new_len, ..
                }
                | DiffOp::Replace {
                    new_index, new_len, ..
                } => ops.push(PatchOp::Insert(
                    new_lines[new_index..new_index + new_len].concat(),
                )),
            }
        }
    }
    RoomPatch {
        base,
        version,
        ops,
        sha256: text_sha256(new),
    }
}

/// Applies a patch to `old`; `None` when it does not fit or the result's hash differs.
pub fn apply(old: &str, patch: &RoomPatch) -> Option<String> {
    let lines: Vec<&str> = old.split_inclusive('\n').collect();
    let mut out = String::with_capacity(old.len());
    for op in &patch.ops {
        match op {
            PatchOp::Keep { from, len } => {
                let (a, n) = (*from as usize, *len as usize);
                out.extend(lines.get(a..a.checked_add(n)?)?.iter().copied());
            }
            PatchOp::Insert(text) => out.push_str(text),
        }
    }
    (text_sha256(&out) == patch.sha256).then_some(out)
}

/// Reads a room text back.
pub fn read_room(text: &str) -> Option<RoomView> {
    serde_json::from_str(text).ok()
}
