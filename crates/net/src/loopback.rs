//! A class in one process: a server app and client apps joined with replicon's test helpers,
//! no sockets. Every byte the server sends a client passes through `Class::step`, so tests can
//! read it and benchmarks can count it.

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use bevy_replicon::test_app::{ServerTestAppExt, TestClientEntity};
use zero_draft_engine::session::Session;

/// The students' code of an in-process class.
pub const CODE: &str = "ROOM";

use crate::bot::{Bot, BotPlugin, Strategy};
use crate::client::{Identity, RemoteRoom};
use crate::run::{client_app, server_app};
use crate::server::{Classroom, HostConfig, Tables};
use crate::sync::{log_sha256, public_log};

pub struct Class {
    pub server: App,
    pub clients: Vec<App>,
    /// Bytes the server sent to each client, and (when kept) the bytes themselves.
    pub bytes: Vec<usize>,
    pub keep: bool,
    pub sent: Vec<Vec<u8>>,
}

impl Class {
    pub fn new(cfg: HostConfig) -> Class {
        let mut server = server_app(cfg, None);
        server.finish();
        Class {
            server,
            clients: Vec::new(),
            bytes: Vec::new(),
            keep: false,
            sent: Vec::new(),
        }
    }

    /// A client joins with a code; with `bot`, it plays a seat by itself.
    pub fn join(&mut self, name: &str, code: &str, bot: Option<Bot>) -> usize {
        self.join_as(
            Identity {
                code: code.into(),
                name: name.into(),
                token: None,
                watching: false,
                table: None,
            },
            bot,
        )
    }

    /// A projector (or observer) joins with the students' code, at `table` (from 1) if given.
    pub fn projector(&mut self, name: &str, table: Option<usize>) -> usize {
        let code = self.room().code().to_string();
        self.join_as(
            Identity {
                code,
                name: name.into(),
                token: None,
                watching: true,
                table,
            },
            None,
        )
    }

    pub fn join_as(&mut self, me: Identity, bot: Option<Bot>) -> usize {
        let mut c = client_app(me, None);
        if let Some(b) = bot {
            c.insert_resource(b).add_plugins(BotPlugin);
        }
        c.finish();
        self.server.connect_client(&mut c);
        self.clients.push(c);
        self.bytes.push(0);
        self.sent.push(Vec::new());
        self.clients.len() - 1
    }

    pub fn bot(&mut self, name: &str, delegation: Option<&str>, strategy: Strategy) -> usize {
        let code = self.room().code().to_string();
        self.join(
            name,
            &code,
            Some(Bot::named(delegation.map(str::to_string), strategy, name)),
        )
    }

    /// One round trip: clients send, the server answers, clients read. Returns how long the
    /// server's own update took.
    pub fn step(&mut self) -> std::time::Duration {
        for c in &mut self.clients {
            c.update();
        }
        for c in &mut self.clients {
            if c.world().get_resource::<TestClientEntity>().is_some() {
                self.server.exchange_with_client(c);
            }
        }
        let started = std::time::Instant::now();
        self.server.update();
        let tick = started.elapsed();
        let sent = self.server.world().resource::<ServerMessages>();
        for (k, c) in self.clients.iter().enumerate() {
            let Some(e) = c.world().get_resource::<TestClientEntity>() else {
                continue;
            };
            for (to, _, bytes) in sent.iter_sent() {
                if to == **e {
                    self.bytes[k] += bytes.len();
                    if self.keep {
                        self.sent[k].extend_from_slice(bytes);
                    }
                }
            }
        }
        for c in &mut self.clients {
            if c.world().get_resource::<TestClientEntity>().is_some() {
                self.server.exchange_with_client(c);
            }
        }
        tick
    }

    /// Steps until `done` holds (true) or `max` steps pass (false).
    pub fn run_until(&mut self, max: usize, mut done: impl FnMut(&Class) -> bool) -> bool {
        for _ in 0..max {
            if done(self) {
                return true;
            }
            self.step();
        }
        done(self)
    }

    /// Plays to the end, then lets the last posts reach the clients.
    pub fn play_out(&mut self, max: usize) -> bool {
        let done = self.run_until(max, Class::finished);
        for _ in 0..3 {
            self.step();
        }
        done
    }

    /// The first table (with one table, the class).
    pub fn room(&self) -> &Classroom {
        self.server.world().resource::<Tables>().first()
    }

    /// Every table of the class.
    pub fn tables(&self) -> &Tables {
        self.server.world().resource::<Tables>()
    }

    pub fn remote(&self, k: usize) -> &RemoteRoom {
        self.clients[k].world().resource::<RemoteRoom>()
    }

    pub fn send(&mut self, k: usize, r: crate::Request) {
        self.clients[k]
            .world_mut()
            .write_message(r)
            .expect("request message registered");
    }

    pub fn finished(&self) -> bool {
        self.tables().ended_told()
    }

    /// The server's public log hash, and the hash of an offline replay of its record.
    pub fn hashes(&self) -> (String, String) {
        let room = self.room();
        let server = log_sha256(room.public_log());
        let record = room.record().expect("a started game has a record");
        let s = Session::replay_verified(room.session().unwrap().model_arc(), &record)
            .expect("the record replays");
        let offline = public_log(s.events());
        (server, log_sha256(&offline))
    }
}
