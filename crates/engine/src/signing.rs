//! Records this installation wrote carry a seal: an HMAC-SHA-256 of the record's text under a
//! key kept in the user's data folder. A replay proves a record is a game the rules produce;
//! the seal proves this installation wrote it as it is, so a record whose inputs were edited
//! elsewhere (a forged lesson, a doctored exam game) reads as "not signed here" or "signature
//! does not match" even when it replays.
//!
//! The key never leaves the data folder; its id (a digest of the key, not the key) travels
//! in the seal so another installation's records are told apart from edited ones.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::files::{atomic_write, read_capped, record_to_string};
use crate::record::GameRecord;

/// A record's seal: which key made it, and the MAC of the record's text without the seal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seal {
    /// The first 16 hex digits of the key's SHA-256: names the key, reveals nothing of it.
    pub key: String,
    /// HMAC-SHA-256 of the record (seal removed), lower-case hex.
    pub mac: String,
}

/// What a record's seal says about where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance {
    /// Sealed with this installation's key, and unchanged since.
    SignedHere,
    /// Sealed by another installation (or a key since replaced): this one cannot check it.
    SignedElsewhere,
    /// Sealed with this installation's key, but changed since it was written.
    Tampered,
    /// No seal: written by an earlier version, converted from format 1, or written by hand.
    Unsigned,
}

impl Provenance {
    /// Whether the record may be trusted as written by this installation without asking.
    pub fn refused(self) -> bool {
        self == Provenance::Tampered
    }
}

/// An installation's key for sealing records.
#[derive(Clone)]
pub struct RecordKey {
    secret: [u8; 32],
    id: String,
}

impl std::fmt::Debug for RecordKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RecordKey({})", self.id)
    }
}

const KEY_FILE: &str = "record-key";

impl RecordKey {
    /// A key from its secret (tests, and the key file's contents).
    pub fn from_secret(secret: [u8; 32]) -> RecordKey {
        let id = digest_bytes(&secret)[..16].to_string();
        RecordKey { secret, id }
    }

    /// The key's public name, as written in seals.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Reads the key in `dir`, or makes one there (random, readable by the owner only) when
    /// there is none. A key file that is not 64 hex digits is an error, never replaced: it
    /// would orphan every record sealed with it.
    pub fn load_or_create(dir: &Path) -> Result<RecordKey, String> {
        let path = dir.join(KEY_FILE);
        if path.exists() {
            return Self::load(&path);
        }
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(|e| format!("no randomness for a record key: {e}"))?;
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
        let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
        // Written whole under a temporary name, then linked into place, which fails when
        // another process made the key meanwhile: then that key is the installation's.
        let tmp = dir.join(format!(".{KEY_FILE}.{}", std::process::id()));
        atomic_write(&tmp, format!("{hex}\n").as_bytes())
            .map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
        restrict(&tmp);
        let linked = std::fs::hard_link(&tmp, &path);
        let _ = std::fs::remove_file(&tmp);
        match linked {
            Ok(()) => Ok(Self::from_secret(secret)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Self::load(&path),
            Err(e) => Err(format!("{}: cannot write: {e}", path.display())),
        }
    }

    /// Reads the key in `dir` without making one.
    pub fn load_existing(dir: &Path) -> Option<RecordKey> {
        let path = dir.join(KEY_FILE);
        path.exists().then(|| Self::load(&path).ok()).flatten()
    }

    fn load(path: &Path) -> Result<RecordKey, String> {
        let text = read_capped(path, 1024).map_err(|p| format!("{}: {p}", path.display()))?;
        let text = text.trim();
        let bad = || {
            format!(
                "{}: a record key is 64 hexadecimal digits; this file is not one (move it aside and a new key is made, but records sealed with the old one will read as signed elsewhere)",
                path.display()
            )
        };
        if text.len() != 64 || !text.is_ascii() {
            return Err(bad());
        }
        let mut secret = [0u8; 32];
        for (i, byte) in secret.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
        }
        Ok(Self::from_secret(secret))
    }

    /// The MAC of a record's text with its seal left out.
    fn mac(&self, record: &GameRecord) -> Hmac<Sha256> {
        let mut unsealed = record.clone();
        unsealed.seal = None;
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret)
            .expect("HMAC takes keys of any length");
        mac.update(record_to_string(&unsealed).as_bytes());
        mac
    }

    /// Seals a record with this key (replacing any seal it had).
    pub fn seal(&self, record: &mut GameRecord) {
        let mac = hex(&self.mac(record).finalize().into_bytes());
        record.seal = Some(Seal {
            key: self.id.clone(),
            mac,
        });
    }

    /// Where a record comes from, as far as this key can tell.
    pub fn provenance(&self, record: &GameRecord) -> Provenance {
        match &record.seal {
            None => Provenance::Unsigned,
            Some(seal) if seal.key != self.id => Provenance::SignedElsewhere,
            Some(seal) => {
                // Compared in constant time: the MAC is a secret's witness.
                match unhex(&seal.mac) {
                    Some(bytes) if self.mac(record).verify_slice(&bytes).is_ok() => {
                        Provenance::SignedHere
                    }
                    _ => Provenance::Tampered,
                }
            }
        }
    }
}

/// The folder for the user's data: `$XDG_DATA_HOME/zero-draft` or `~/.local/share/zero-draft`
/// (saves, exports, scenarios, the record key).
pub fn data_dir() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("zero-draft")
}

/// This installation's key, made on first use; `Err` says why there is none (a read-only
/// home, a damaged key file). Read once per process.
pub fn installation_key() -> Result<&'static RecordKey, &'static str> {
    static KEY: OnceLock<Result<RecordKey, String>> = OnceLock::new();
    KEY.get_or_init(|| RecordKey::load_or_create(&data_dir()))
        .as_ref()
        .map_err(|e| e.as_str())
}

/// A record's text, sealed with this installation's key when there is one. A record is never
/// lost for want of a key: without one (`installation_key` says why) it is written unsealed.
pub fn sealed_text(record: &GameRecord) -> String {
    let mut record = record.clone();
    record.seal = None;
    if let Ok(key) = installation_key() {
        key.seal(&mut record);
    }
    record_to_string(&record)
}

/// Where a record comes from, for this installation (a record is never sealed on reading).
pub fn provenance(record: &GameRecord) -> Provenance {
    match (&record.seal, RecordKey::load_existing(&data_dir())) {
        (None, _) => Provenance::Unsigned,
        (Some(_), None) => Provenance::SignedElsewhere,
        (Some(_), Some(key)) => key.provenance(record),
    }
}

fn restrict(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn digest_bytes(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len() / 2)
        .map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::digest;
    use crate::seat::{Command, RecordedInput, SeatName};

    fn record() -> GameRecord {
        GameRecord {
            format: crate::record::RECORD_FORMAT,
            rules: crate::record::RULES,
            scenario_file: "s.ron".into(),
            scenario_digest: digest("x"),
            scenario_source: "x".into(),
            seed: 7,
            seats: vec![],
            inputs: vec![RecordedInput {
                seat: SeatName::Delegation("ru".into()),
                command: Command::Act(crate::log::Action::Pass),
            }],
            events: vec![],
            parent: None,
            settings: Default::default(),
            seal: None,
        }
    }

    #[test]
    fn a_seal_tells_here_elsewhere_tampered_and_unsigned_apart() {
        let here = RecordKey::from_secret([1; 32]);
        let there = RecordKey::from_secret([2; 32]);
        let mut r = record();
        assert_eq!(here.provenance(&r), Provenance::Unsigned);
        here.seal(&mut r);
        assert_eq!(here.provenance(&r), Provenance::SignedHere);
        assert_eq!(there.provenance(&r), Provenance::SignedElsewhere);
        let mut forged = r.clone();
        forged.seed = 8;
        assert_eq!(here.provenance(&forged), Provenance::Tampered);
        let mut garbled = r.clone();
        garbled.seal.as_mut().unwrap().mac = "zz".into();
        assert_eq!(here.provenance(&garbled), Provenance::Tampered);
    }

    #[test]
    fn a_seal_survives_writing_and_reading_the_record() {
        let key = RecordKey::from_secret([3; 32]);
        let mut r = record();
        key.seal(&mut r);
        let back = crate::files::parse_record("r.ron", &record_to_string(&r)).unwrap();
        assert_eq!(key.provenance(&back), Provenance::SignedHere);
    }

    #[test]
    fn a_key_is_made_once_and_read_back_and_a_damaged_one_is_not_replaced() {
        let dir = std::env::temp_dir().join(format!("zd-key-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let made = RecordKey::load_or_create(&dir).unwrap();
        let again = RecordKey::load_or_create(&dir).unwrap();
        assert_eq!(made.id(), again.id());
        std::fs::write(dir.join(KEY_FILE), "not a key").unwrap();
        assert!(RecordKey::load_or_create(&dir).is_err());
        assert_eq!(
            std::fs::read_to_string(dir.join(KEY_FILE)).unwrap(),
            "not a key"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
