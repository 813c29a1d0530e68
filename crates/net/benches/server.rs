//! The classroom server under a full class: every seat a bot client in the same process (no
//! sockets), the game played to the end. Reports the server's tick (mean through criterion;
//! p50/p95/max printed), and the bytes the server sent per accepted command per client, for
//! 40 seats in OEWG 2023 and 193 seats in a synthetic room.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use zero_draft_engine::model::Model;
use zero_draft_engine::scenario::load_file;
use zero_draft_engine::synthetic;
use zero_draft_net::bot::Strategy;
use zero_draft_net::loopback::{CODE, Class};
use zero_draft_net::server::HostConfig;

fn oewg_2023() -> HostConfig {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/oewg-2023-apr.ron");
    let (s, source) = load_file(&path).expect("the shipped scenario loads");
    HostConfig::new(Arc::new(Model::new(s)), "oewg-2023-apr.ron", &source)
}

fn synthetic_193() -> HostConfig {
    let s = synthetic::scenario(193, 40, 3);
    let source = ron::to_string(&s).unwrap_or_default();
    HostConfig::new(Arc::new(Model::new(s)), "synthetic-193.ron", &source)
}

/// A class with a bot on every member state's seat (observers and stakeholders stay with the
/// AI), started once all have claimed one. Returns the class and its number of students.
fn class(mut cfg: HostConfig) -> (Class, usize) {
    let seats = cfg
        .model
        .delegations
        .iter()
        .filter(|d| d.may_block())
        .count();
    cfg.code = CODE.into();
    cfg.rate = 1_000.0;
    cfg.start_when = Some(seats);
    let mut c = Class::new(cfg);
    for k in 0..seats {
        c.bot(&format!("student {k}"), None, Strategy::Ai);
    }
    (c, seats)
}

/// What one game (or its first `max_ticks` ticks) cost the server.
struct Played {
    /// Every server tick.
    ticks: Vec<Duration>,
    /// The ticks in which the server applied at least one command.
    busy: Vec<Duration>,
    commands: usize,
    students: usize,
    /// Bytes sent to each client, divided by the commands applied.
    per_command_per_client: f64,
}

fn play(cfg: HostConfig, max_ticks: usize) -> Played {
    let (mut c, students) = class(cfg);
    let mut ticks = Vec::new();
    let mut busy = Vec::new();
    let inputs = |c: &Class| c.room().session().map_or(0, |s| s.inputs().len());
    for _ in 0..max_ticks {
        if c.finished() {
            break;
        }
        let before = inputs(&c);
        let t = c.step();
        ticks.push(t);
        if inputs(&c) > before {
            busy.push(t);
        }
    }
    let commands = inputs(&c);
    let bytes: usize = c.bytes.iter().sum();
    Played {
        ticks,
        busy,
        commands,
        students,
        per_command_per_client: bytes as f64 / commands.max(1) as f64 / c.clients.len() as f64,
    }
}

fn quantiles(mut d: Vec<Duration>) -> String {
    if d.is_empty() {
        return "none".into();
    }
    d.sort();
    let at = |q: f64| d[((d.len() - 1) as f64 * q) as usize];
    format!("p50 {:?}, p95 {:?}, max {:?}", at(0.5), at(0.95), at(1.0))
}

/// Plays up to `max_ticks` server ticks (a whole game at 40 seats; the first rounds at 193,
/// where every client app in the process makes a tick slow to simulate).
fn report(name: &str, cfg: HostConfig, max_ticks: usize) {
    let p = play(cfg, max_ticks);
    println!(
        "{name}: {} students, {} ticks, {} commands; server tick {}; ticks applying a command {}; {:.0} bytes per command per client",
        p.students,
        p.ticks.len(),
        p.commands,
        quantiles(p.ticks),
        quantiles(p.busy),
        p.per_command_per_client
    );
}

fn bench(c: &mut Criterion) {
    if std::env::var_os("ZERO_DRAFT_BENCH_193_ONLY").is_none() {
        report("40 seats, OEWG 2023", oewg_2023(), 100_000);
    }
    report("193 seats, synthetic room", synthetic_193(), 1_500);
    let mut g = c.benchmark_group("server tick");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("40 seats, OEWG 2023", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            let mut left = iters;
            while left > 0 {
                let (mut c, _) = class(oewg_2023());
                while left > 0 && !c.finished() {
                    total += c.step();
                    left -= 1;
                }
            }
            total
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
