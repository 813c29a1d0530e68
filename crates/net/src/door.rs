//! The class's door. Before a client may speak to the class over UDP it knocks here, over TCP
//! on the same port, with the join code, and is handed a connection token the host signed
//! (netcode's secure mode). Nobody without the code can open a connection, the host chooses
//! every connection's timeout and how long a token may be used, and the door answers in words
//! the client can show: wrong code, class full, too busy.
//!
//! The door never blocks the host: it accepts and reads without waiting, answers within one
//! frame of a complete request, and lets go of anyone slow.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant, SystemTime};

use bevy::prelude::*;
use bevy_replicon_renet::netcode::{ConnectToken, NETCODE_KEY_BYTES, NetcodeServerTransport};
use zero_draft_engine::class::Farewell;

use crate::protocol::{NETCODE_PROTOCOL, PROTOCOL_VERSION};

/// Seconds a token may be used to open a connection.
pub const TOKEN_EXPIRY: u64 = 30;
/// Seconds of silence after which the host drops a connection (in every token it signs).
pub const TIMEOUT: i32 = 15;
/// Door connections open at once, in all and from one address.
const MAX_OPEN: usize = 64;
const MAX_OPEN_PER_ADDRESS: usize = 8;
/// Tokens handed out and not yet used, in all: past it the door says busy.
const MAX_WAITING: usize = 256;
/// The longest request line, and how long a visitor may take to send it.
const MAX_REQUEST: usize = 128;
const ANSWER_WITHIN: Duration = Duration::from_secs(3);
/// The token's size on the wire (netcode's connect token).
const TOKEN_BYTES: usize = 2048;

fn unix_now() -> Duration {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
}

/// The door's counts, for tests and the console.
#[derive(Debug, Clone, Default)]
pub struct DoorStats {
    pub issued: u64,
    pub wrong_code: u64,
    pub full: u64,
    pub busy: u64,
    /// Visitors let go unanswered (too slow, too many, not our protocol).
    pub turned_away: u64,
}

/// What one address may take at the door.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Tokens handed out to one address and not yet used: past it the door says busy.
    pub waiting_per_address: usize,
    /// Wrong codes one address may try per minute before the door says busy to it.
    pub wrong_per_minute: usize,
    /// The host's own machine is not limited: its bots may all join at once, and whoever
    /// runs there already holds the teacher's code.
    pub spare_loopback: bool,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            waiting_per_address: 16,
            wrong_per_minute: 20,
            spare_loopback: true,
        }
    }
}

struct Visitor {
    stream: TcpStream,
    from: SocketAddr,
    since: Instant,
    read: Vec<u8>,
}

/// The listening door of a class; `serve` opens it beside the UDP socket.
#[derive(Resource)]
pub struct Door {
    listener: TcpListener,
    key: [u8; NETCODE_KEY_BYTES],
    udp_port: u16,
    codes: Vec<String>,
    visitors: Vec<Visitor>,
    /// Tokens handed out and not yet used: client id, to whom, when.
    waiting: Vec<(u64, IpAddr, Instant)>,
    wrong: HashMap<IpAddr, Vec<Instant>>,
    pub limits: Limits,
    pub stats: DoorStats,
}

impl Door {
    /// A door on `listener` for the UDP port `udp_port`, letting in those who know one of
    /// `codes` (compared without case), signing with `key`.
    pub fn new(
        listener: TcpListener,
        key: [u8; NETCODE_KEY_BYTES],
        udp_port: u16,
        codes: &[&str],
    ) -> std::io::Result<Door> {
        listener.set_nonblocking(true)?;
        Ok(Door {
            listener,
            key,
            udp_port,
            codes: codes.iter().map(|c| c.to_uppercase()).collect(),
            visitors: Vec::new(),
            waiting: Vec::new(),
            wrong: HashMap::new(),
            limits: Limits::default(),
            stats: DoorStats::default(),
        })
    }

    fn open_from(&self, ip: IpAddr) -> usize {
        self.visitors.iter().filter(|v| v.from.ip() == ip).count()
    }

    /// One frame of the door: let visitors in, read what they sent, answer complete requests.
    fn tend(&mut self, full: bool, connected: &dyn Fn(u64) -> bool) {
        let now = Instant::now();
        self.waiting.retain(|(id, _, at)| {
            !connected(*id) && now.duration_since(*at) < Duration::from_secs(TOKEN_EXPIRY)
        });
        self.wrong.retain(|_, times| {
            times.retain(|t| now.duration_since(*t) < Duration::from_secs(60));
            !times.is_empty()
        });
        while let Ok((mut stream, from)) = self.listener.accept() {
            let spared = self.limits.spare_loopback && from.ip().is_loopback();
            let crowded = self.visitors.len() >= MAX_OPEN
                || (!spared && self.open_from(from.ip()) >= MAX_OPEN_PER_ADDRESS);
            if crowded || stream.set_nonblocking(true).is_err() {
                // Told to come back (a fresh socket takes a few bytes without waiting).
                let _ = stream.write(b"BUSY\n");
                self.stats.busy += 1;
                continue;
            }
            self.visitors.push(Visitor {
                stream,
                from,
                since: now,
                read: Vec::new(),
            });
        }
        let mut visitors = std::mem::take(&mut self.visitors);
        visitors.retain_mut(|v| {
            let mut chunk = [0u8; MAX_REQUEST];
            loop {
                match v.stream.read(&mut chunk) {
                    Ok(0) => return false,
                    Ok(n) => v.read.extend_from_slice(&chunk[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => return false,
                }
                if v.read.len() > MAX_REQUEST {
                    break;
                }
            }
            if let Some(end) = v.read.iter().position(|b| *b == b'\n') {
                let line = String::from_utf8_lossy(&v.read[..end]).into_owned();
                self.answer(v, &line, full, now);
                return false;
            }
            if v.read.len() > MAX_REQUEST || now.duration_since(v.since) > ANSWER_WITHIN {
                self.stats.turned_away += 1;
                return false;
            }
            true
        });
        self.visitors = visitors;
    }

    fn answer(&mut self, v: &mut Visitor, line: &str, full: bool, now: Instant) {
        let ip = v.from.ip();
        let mut words = line.trim_end_matches('\r').splitn(3, ' ');
        let (Some("ZERO-DRAFT"), Some(version), code) = (words.next(), words.next(), words.next())
        else {
            self.stats.turned_away += 1;
            return;
        };
        let limited = !(self.limits.spare_loopback && ip.is_loopback());
        let guessed = self.wrong.get(&ip).map_or(0, Vec::len);
        if limited && guessed >= self.limits.wrong_per_minute {
            self.stats.busy += 1;
            return reply(&mut v.stream, b"BUSY\n");
        }
        if version.parse::<u32>().ok() != Some(PROTOCOL_VERSION) {
            return reply(
                &mut v.stream,
                format!("VERSION {PROTOCOL_VERSION}\n").as_bytes(),
            );
        }
        let code = code.unwrap_or_default().trim().to_uppercase();
        if !self.codes.contains(&code) {
            self.stats.wrong_code += 1;
            self.wrong.entry(ip).or_default().push(now);
            return reply(&mut v.stream, b"WRONG-CODE\n");
        }
        if full {
            self.stats.full += 1;
            return reply(&mut v.stream, b"FULL\n");
        }
        let from_here = self.waiting.iter().filter(|(_, i, _)| *i == ip).count();
        if (limited && from_here >= self.limits.waiting_per_address)
            || self.waiting.len() >= MAX_WAITING
        {
            self.stats.busy += 1;
            return reply(&mut v.stream, b"BUSY\n");
        }
        // The address the client reached the door at is one the host listens on: the token
        // sends the client's UDP there.
        let Ok(local) = v.stream.local_addr() else {
            return;
        };
        let client_id = random_id();
        let token = ConnectToken::generate(
            unix_now(),
            NETCODE_PROTOCOL,
            TOKEN_EXPIRY,
            client_id,
            TIMEOUT,
            vec![SocketAddr::new(local.ip(), self.udp_port)],
            None,
            &self.key,
        );
        let mut bytes = b"TOKEN\n".to_vec();
        match token.map(|t| t.write(&mut bytes)) {
            Ok(Ok(())) => {
                self.stats.issued += 1;
                self.waiting.push((client_id, ip, now));
                reply(&mut v.stream, &bytes);
            }
            _ => error!("cannot sign a connection token for {}", v.from),
        }
    }
}

/// Sends the answer and lets the visitor go (a short wait: answers are small).
fn reply(stream: &mut TcpStream, bytes: &[u8]) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_write_timeout(Some(Duration::from_millis(500)));
    let _ = stream.write_all(bytes);
}

fn random_id() -> u64 {
    let mut b = [0u8; 8];
    if getrandom::fill(&mut b).is_ok() {
        return u64::from_le_bytes(b);
    }
    // Without the system's randomness, the process's random hasher keys and the clock.
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(unix_now().as_nanos());
    h.finish()
}

/// A fresh signing key from the system's randomness.
pub fn new_key() -> [u8; NETCODE_KEY_BYTES] {
    let mut key = [0u8; NETCODE_KEY_BYTES];
    for chunk in key.chunks_mut(8) {
        chunk.copy_from_slice(&random_id().to_le_bytes());
    }
    key
}

/// The door's system: answers knocks each frame. The class is full when the transport holds
/// as many connections as it takes.
pub(crate) fn tend_door(mut door: ResMut<Door>, transport: Option<Res<NetcodeServerTransport>>) {
    let (full, connected): (bool, Box<dyn Fn(u64) -> bool>) = match &transport {
        Some(t) => (
            t.connected_clients() >= t.max_clients(),
            Box::new(|id| t.client_addr(id).is_some()),
        ),
        None => (false, Box::new(|_| false)),
    };
    door.tend(full, &*connected);
}

/// Why the door did not hand out a token.
#[derive(Debug, Clone, PartialEq)]
pub enum Knocked {
    /// The class answered and said no.
    Refused(Farewell),
    /// Nobody answered (no class at this address, or the network is down).
    Unreachable(String),
}

impl std::fmt::Display for Knocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Knocked::Refused(why) => write!(f, "{why}"),
            Knocked::Unreachable(e) => f.write_str(e),
        }
    }
}

/// Asks the class at `server` for a connection token with `code`; waits while the door is
/// busy, at most `patience` in all.
pub fn knock(server: SocketAddr, code: &str, patience: Duration) -> Result<ConnectToken, Knocked> {
    let start = Instant::now();
    loop {
        match knock_once(server, code) {
            Err(Knocked::Refused(Farewell::Busy)) if start.elapsed() < patience => {
                std::thread::sleep(Duration::from_millis(250));
            }
            other => return other,
        }
    }
}

fn knock_once(server: SocketAddr, code: &str) -> Result<ConnectToken, Knocked> {
    // Reset once the door had let us in: it was crowded; anything else is no answer.
    let unreachable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe => {
            Knocked::Refused(Farewell::Busy)
        }
        _ => Knocked::Unreachable(e.to_string()),
    };
    let mut stream = TcpStream::connect_timeout(&server, ANSWER_WITHIN).map_err(unreachable)?;
    stream
        .set_read_timeout(Some(ANSWER_WITHIN))
        .map_err(unreachable)?;
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(64)
        .collect();
    stream
        .write_all(format!("ZERO-DRAFT {PROTOCOL_VERSION} {code}\n").as_bytes())
        .map_err(unreachable)?;
    let mut reader = BufReader::new(stream.take((MAX_REQUEST + TOKEN_BYTES) as u64));
    let mut status = String::new();
    reader.read_line(&mut status).map_err(unreachable)?;
    let garbled = || Knocked::Unreachable(format!("{server} is not a Zero Draft class"));
    match status.trim_end() {
        "TOKEN" => ConnectToken::read(&mut reader).map_err(|_| garbled()),
        "WRONG-CODE" => Err(Knocked::Refused(Farewell::WrongCode)),
        "FULL" => Err(Knocked::Refused(Farewell::ClassFull)),
        "BUSY" => Err(Knocked::Refused(Farewell::Busy)),
        s => match s.strip_prefix("VERSION ").and_then(|v| v.parse().ok()) {
            Some(class) => Err(Knocked::Refused(Farewell::WrongVersion {
                class,
                client: PROTOCOL_VERSION,
            })),
            None if s.is_empty() => Err(Knocked::Unreachable(format!(
                "{server} closed the door without an answer"
            ))),
            None => Err(garbled()),
        },
    }
}
