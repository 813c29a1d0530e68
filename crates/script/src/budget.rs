//! What one decision of a script may spend: wall-clock time and memory. Rhai bounds
//! operations and the size of each value, not time (an operation can be slow: each push to an
//! array re-measures it) nor the total a script holds. The progress callback checks both
//! every few operations and stops the script cleanly; the memory held is read from a
//! per-thread meter that the binary's allocator (`Metered`) keeps.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Wall-clock time one decision may take.
pub const DECISION_TIME: Duration = Duration::from_secs(2);
/// Memory a script may hold during one decision (all its values together).
pub const DECISION_MEMORY: usize = 256 * 1024 * 1024;
/// Operations one decision may take (a loop that never ends stops here).
pub const DECISION_OPERATIONS: u64 = 2_000_000;
/// Operations between two checks of the budgets.
const CHECK_EVERY: u64 = 64;

thread_local! {
    /// Bytes allocated minus bytes freed on this thread while a decision is metered.
    static HELD: Cell<Option<isize>> = const { Cell::new(None) };
}

/// A global allocator that meters what a script's decision holds on its thread; everything
/// else passes straight through to `A`. The binary installs it (`#[global_allocator]`).
pub struct Metered<A>(pub A);

#[inline]
fn count(bytes: isize) {
    // `try_with`: the thread may be tearing down; its allocations are not a script's.
    let _ = HELD.try_with(|h| {
        if let Some(v) = h.get() {
            // Never below zero: freeing what was built before the decision (its inputs)
            // gives the script no headroom.
            h.set(Some(v.saturating_add(bytes).max(0)));
        }
    });
}

// SAFETY: every call is forwarded unchanged to `A`; the meter only adds to a counter.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Metered<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: the caller's contract is passed on as is.
        unsafe { self.0.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: as above.
        unsafe { self.0.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        // SAFETY: as above.
        unsafe { self.0.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        // SAFETY: as above.
        unsafe { self.0.realloc(ptr, layout, new_size) }
    }
}

/// Meters this thread from now until dropped.
pub(crate) struct Meter;

impl Meter {
    pub fn start() -> Meter {
        HELD.set(Some(0));
        Meter
    }
}

impl Drop for Meter {
    fn drop(&mut self) {
        HELD.set(None);
    }
}

/// Bytes held on this thread since the meter started (0 when not metered).
fn held() -> usize {
    HELD.get().unwrap_or(0).max(0) as usize
}

/// Whether the running binary meters memory (its allocator is `Metered`): without it only
/// time and Rhai's own limits bound a script.
pub fn memory_metered() -> bool {
    static METERED: OnceLock<bool> = OnceLock::new();
    *METERED.get_or_init(|| {
        // Probe on this thread without disturbing a decision being metered here.
        let outer = HELD.get();
        HELD.set(Some(0));
        let probe = std::hint::black_box(vec![0u8; 4096]);
        let seen = held() >= 4096;
        drop(probe);
        HELD.set(outer);
        seen
    })
}

thread_local! {
    /// The deadline of the decision running on this thread, and the overrun that stopped it.
    /// Per thread: clones of a script (one per game) may decide on several threads at once,
    /// and the progress callback runs on the thread of the call it watches.
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
    static TRIPPED: Cell<Option<Overrun>> = const { Cell::new(None) };
}

/// The budget of the decision about to run on this thread.
pub(crate) fn start(time: Duration) {
    TRIPPED.set(None);
    DEADLINE.set(Instant::now().checked_add(time));
}

/// The decision on this thread is over; what stopped it, if anything did.
pub(crate) fn stop() -> Option<Overrun> {
    DEADLINE.set(None);
    TRIPPED.take()
}

/// What stopped a decision, as the progress callback reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Overrun {
    Operations,
    Time,
    Memory,
}

impl Overrun {
    const ALL: [Overrun; 3] = [Overrun::Operations, Overrun::Time, Overrun::Memory];

    pub fn token(self) -> &'static str {
        match self {
            Overrun::Operations => "operations",
            Overrun::Time => "time budget",
            Overrun::Memory => "memory budget",
        }
    }

    /// What the script's author reads.
    pub fn explain(self) -> String {
        match self {
            Overrun::Operations => format!(
                "Too many operations: the decision took more than {DECISION_OPERATIONS} and was stopped"
            ),
            Overrun::Time => format!(
                "the decision took longer than its time budget ({} s) and was stopped",
                DECISION_TIME.as_secs()
            ),
            Overrun::Memory => format!(
                "the decision held more than its memory budget ({} MiB) and was stopped",
                DECISION_MEMORY / (1024 * 1024)
            ),
        }
    }

    pub fn from_token(token: &str) -> Option<Overrun> {
        Overrun::ALL.into_iter().find(|o| o.token() == token)
    }
}

/// Checked every `CHECK_EVERY` operations: whether the decision must stop. Once stopped it
/// stays stopped, at every later operation (a built-in may swallow the first error).
pub(crate) fn check(operations: u64) -> Option<Overrun> {
    if let Some(o) = TRIPPED.get() {
        return Some(o);
    }
    if !operations.is_multiple_of(CHECK_EVERY) {
        return None;
    }
    let o = if operations > DECISION_OPERATIONS {
        Overrun::Operations
    } else if held() > DECISION_MEMORY {
        Overrun::Memory
    } else if DEADLINE.get().is_some_and(|end| Instant::now() > end) {
        Overrun::Time
    } else {
        return None;
    };
    TRIPPED.set(Some(o));
    Some(o)
}
