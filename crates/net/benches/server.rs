//! The classroom server under a full class: every seat a bot client in the same process (no
//! sockets), the game played to the end. Reports the server's tick (mean through criterion;
//! p50/p95/max printed), and the bytes the server sent per accepted command per client, for
//! 40 students in OEWG 2023 and a synthetic room of 193 delegations with a student on every
//! member state's seat, and four tables of the 2023 room with ten students each. A tick in
//! which the server applied a command is reported apart.

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

/// A class of `students` bots spread over `cfg.tables` tables (at most one per member state
/// at a table; stakeholders and free seats stay with the AI), each table started once its
/// students have claimed a seat. Returns the class and its number of students.
fn class(mut cfg: HostConfig, students: usize) -> (Class, usize) {
    let tables = cfg.tables.max(1);
    let per_table = cfg
        .model
        .delegations
        .iter()
        .filter(|d| d.may_block())
        .count()
        .min(students / tables);
    cfg.code = CODE.into();
    cfg.rate = 1_000.0;
    cfg.start_when = Some(per_table);
    let mut c = Class::new(cfg);
    for k in 0..per_table * tables {
        c.bot(&format!("student {k}"), None, Strategy::Ai);
    }
    (c, per_table * tables)
}

/// Commands applied so far at every table.
fn inputs(c: &Class) -> usize {
    c.tables()
        .tables
        .iter()
        .map(|t| t.session().map_or(0, |s| s.inputs().len()))
        .sum()
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

fn play(cfg: HostConfig, students: usize, max_ticks: usize) -> Played {
    let (mut c, students) = class(cfg, students);
    let mut ticks = Vec::new();
    let mut busy = Vec::new();
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

/// Plays one game (up to `max_ticks` server ticks; both rooms finish well within them).
fn report(name: &str, cfg: HostConfig, students: usize, max_ticks: usize) {
    let p = play(cfg, students, max_ticks);
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

fn four_tables() -> HostConfig {
    let mut cfg = oewg_2023();
    cfg.tables = 4;
    cfg
}

fn bench(c: &mut Criterion) {
    report("OEWG 2023, 40 students", oewg_2023(), 40, 100_000);
    report(
        "OEWG 2023, 4 tables of 10 students",
        four_tables(),
        40,
        200_000,
    );
    report("synthetic room of 193", synthetic_193(), 193, 3_000);
    let mut g = c.benchmark_group("server tick");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    for (name, cfg) in [
        ("OEWG 2023, 40 students", oewg_2023 as fn() -> HostConfig),
        ("OEWG 2023, 4 tables of 10 students", four_tables),
    ] {
        // Ticks of whole games, as many games as the iterations need.
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                let mut left = iters;
                while left > 0 {
                    let (mut c, _) = class(cfg(), 40);
                    while left > 0 && !c.finished() {
                        total += c.step();
                        left -= 1;
                    }
                }
                total
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
