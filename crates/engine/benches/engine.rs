//! Engine benchmarks: one AI-only tutorial game, and synthetic rooms of 40 × 40 and
//! 193 × 200 (20 rounds). The peak heap of one 193 × 200 game is measured with a counting
//! allocator and printed, and so is the number of reactions evaluated per second.
//! Run: `cargo bench --bench engine`.

use std::alloc::{GlobalAlloc, Layout};
use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

use criterion::{Criterion, criterion_group, criterion_main};
use zero_draft_engine::Model;
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::simulate::play;
use zero_draft_engine::synthetic;

/// Over mimalloc (the allocator the `zero-draft` binary uses), counts live heap bytes and
/// remembers the peak while `COUNTING` is on. Counting is off while games are timed, so the
/// timings are those of the binary's allocator, not of the instrument.
struct Counting;

static INNER: mimalloc::MiMalloc = mimalloc::MiMalloc;

static COUNTING: AtomicBool = AtomicBool::new(false);
/// Bytes allocated minus bytes freed since counting began (blocks older than that may
/// be freed meanwhile, hence signed).
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn count(change: isize) {
    let now = LIVE.fetch_add(change, Ordering::Relaxed) + change;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { INNER.alloc(layout) };
        if !p.is_null() && COUNTING.load(Ordering::Relaxed) {
            count(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { INNER.dealloc(ptr, layout) };
        if COUNTING.load(Ordering::Relaxed) {
            count(-(layout.size() as isize));
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { INNER.realloc(ptr, layout, new_size) };
        if !p.is_null() && COUNTING.load(Ordering::Relaxed) {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn room(delegations: usize, paragraphs: usize, rounds: u32) -> Arc<Model> {
    Arc::new(Model::new(synthetic::scenario(
        delegations,
        paragraphs,
        rounds,
    )))
}

fn benches(c: &mut Criterion) {
    let tutorial = parse_str(
        "tutorial.ron",
        include_str!("../../../scenarios/tutorial.ron"),
    )
    .expect("the tutorial is valid");
    let tutorial = Arc::new(Model::new(tutorial));
    let mut seed = 0u64;
    c.bench_function("tutorial game", |b| {
        b.iter(|| {
            seed += 1;
            black_box(play(&tutorial, seed))
        })
    });

    // The coach's suggestions for one turn of the 57-delegation room.
    let oewg = parse_str(
        "oewg-2023-apr.ron",
        include_str!("../../../scenarios/oewg-2023-apr.ron"),
    )
    .expect("the 2023 room is valid");
    let oewg = Arc::new(Model::new(oewg));
    let au = zero_draft_engine::seat::Seat::Delegation(oewg.delegation("au").expect("au"));
    let mut turn = zero_draft_engine::Session::open(
        oewg.clone(),
        1,
        &[(au, zero_draft_engine::seat::Controller::Script)],
    );
    while turn.stage() != zero_draft_engine::session::Stage::Speaking {
        let pass = zero_draft_engine::seat::Command::Act(zero_draft_engine::log::Action::Pass);
        turn.input(au, pass).expect("passing is legal");
    }
    c.bench_function("coach: 3 suggestions, 2023 room", |b| {
        b.iter(|| black_box(turn.suggest(au, 3)))
    });
    // What the player waits for after a move: the 56 other delegations of the 2023 room
    // speak, react and answer until the floor comes back to the player.
    c.bench_function("the room answers a pass, 2023 room", |b| {
        b.iter_batched(
            || turn.clone(),
            |mut s| {
                let pass =
                    zero_draft_engine::seat::Command::Act(zero_draft_engine::log::Action::Pass);
                s.input(au, pass).expect("passing is legal");
                black_box(s)
            },
            criterion::BatchSize::LargeInput,
        )
    });

    let small = room(40, 40, 20);
    c.bench_function("synthetic 40x40 game", |b| {
        b.iter(|| {
            seed += 1;
            black_box(play(&small, seed))
        })
    });

    let large = room(193, 200, 20);
    let mut group = c.benchmark_group("large");
    group.sample_size(10);
    group.bench_function("synthetic 193x200 game", |b| {
        b.iter(|| {
            seed += 1;
            black_box(play(&large, seed))
        })
    });
    group.finish();

    // Reactions evaluated per second: every reactor's reaction to every tabled amendment in
    // a run of 40 x 40 games, over the time the games took.
    let started = std::time::Instant::now();
    let mut reactions = 0usize;
    for k in 0..200 {
        let s = play(&small, 10_000 + k);
        reactions += s
            .events()
            .iter()
            .map(|e| match e {
                zero_draft_engine::log::Event::Reacted { reactions, .. } => reactions.len(),
                _ => 0,
            })
            .sum::<usize>();
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "reactions evaluated (40x40 games, tabled amendments): {:.2} million per second",
        reactions as f64 / secs / 1e6
    );

    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let session = play(&large, 1);
    COUNTING.store(false, Ordering::Relaxed);
    let peak = PEAK.load(Ordering::Relaxed);
    println!(
        "peak heap of one 193x200 game: {:.1} MB ({} events)",
        peak as f64 / 1e6,
        session.events().len()
    );
}

criterion_group!(engine, benches);
criterion_main!(engine);
