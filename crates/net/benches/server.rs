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

/// A class with `seats` bots, started once all have claimed a seat.
fn class(mut cfg: HostConfig, seats: usize) -> Class {
    cfg.code = CODE.into();
    cfg.rate = 1_000.0;
    cfg.start_when = Some(seats);
    let mut c = Class::new(cfg);
    for k in 0..seats {
        c.bot(&format!("student {k}"), None, Strategy::Ai);
    }
    c
}

/// Plays one whole game and returns each server tick's duration, the bytes per accepted
/// command per client, and the number of commands.
fn play(cfg: HostConfig, seats: usize, max_ticks: usize) -> (Vec<Duration>, f64, usize) {
    let mut c = class(cfg, seats);
    let mut ticks = Vec::new();
    for _ in 0..max_ticks {
        if c.finished() {
            break;
        }
        ticks.push(c.step());
    }
    let inputs = c.room().session().map_or(0, |s| s.inputs().len());
    let bytes: usize = c.bytes.iter().sum();
    (
        ticks,
        bytes as f64 / inputs.max(1) as f64 / seats as f64,
        inputs,
    )
}

/// Plays up to `max_ticks` server ticks (a whole game at 40 seats; the first rounds at 193,
/// where every client app in the process makes a tick slow to simulate).
fn report(name: &str, cfg: HostConfig, seats: usize, max_ticks: usize) {
    let (mut ticks, per, inputs) = play(cfg, seats, max_ticks);
    ticks.sort();
    let at = |q: f64| ticks[((ticks.len() - 1) as f64 * q) as usize];
    println!(
        "{name}: {} ticks, {inputs} commands; server tick p50 {:?}, p95 {:?}, max {:?}; {per:.0} bytes per command per client",
        ticks.len(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}

fn bench(c: &mut Criterion) {
    report("40 seats, OEWG 2023", oewg_2023(), 40, 100_000);
    report("193 seats, synthetic room", synthetic_193(), 193, 600);
    let mut g = c.benchmark_group("server tick");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("40 seats, OEWG 2023", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            let mut left = iters;
            while left > 0 {
                let mut c = class(oewg_2023(), 40);
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
