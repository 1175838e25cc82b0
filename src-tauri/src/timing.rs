//! Where a window's start-up time goes. With `UNSIT_UI_TIMING` set, unsit-ui says on stderr, as
//! milliseconds since its `main` began, when each stage was reached: its own (`mark`, `Span`)
//! as they happen, and the page's (the navigation, each file fetched, every call and its answer,
//! `ready`) when the page reports them with `painted`. The last line is always
//! "first screen painted N ms after start", which `scripts/bench-first-paint` reads.
//!
//! Off, it costs one check of a flag read once.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde::Deserialize;

/// When this process's `main` began, on both clocks: the page's times are wall-clock based.
struct Start {
    at: Instant,
    epoch_ms: f64,
}

static START: OnceLock<Start> = OnceLock::new();
static ON: OnceLock<bool> = OnceLock::new();

/// Takes the origin of every figure; the first thing `main` does.
pub fn start() {
    START.get_or_init(|| Start {
        at: Instant::now(),
        epoch_ms: SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0),
    });
}

/// Whether the timings are asked for.
pub fn on() -> bool {
    *ON.get_or_init(|| std::env::var_os("UNSIT_UI_TIMING").is_some())
}

fn elapsed_ms() -> f64 {
    START.get().map_or(0.0, |s| s.at.elapsed().as_secs_f64() * 1000.0)
}

fn say(ms: f64, what: &str) {
    eprintln!("unsit-ui: timing {ms:7.1} ms  {what}");
}

/// Says that unsit-ui reached this stage now.
pub fn mark(what: &str) {
    if on() {
        say(elapsed_ms(), what);
    }
}

/// A stretch of work (a command's): marked when it begins and when it ends (dropped).
pub struct Span(Option<&'static str>);

impl Span {
    pub fn new(what: &'static str) -> Span {
        if !on() {
            return Span(None);
        }
        say(elapsed_ms(), &format!("{what}: begun"));
        Span(Some(what))
    }
}

impl Drop for Span {
    fn drop(&mut self) {
        if let Some(what) = self.0 {
            say(elapsed_ms(), &format!("{what}: done"));
        }
    }
}

/// What the page measured: `performance.timeOrigin` (ms since the epoch) and its entries, each
/// a name and a time in ms since that origin.
#[derive(Debug, Deserialize)]
pub struct PageTimes {
    pub origin: f64,
    pub marks: Vec<(String, f64)>,
}

/// The page's entries, in order, on this process's clock.
pub fn page(times: &PageTimes) {
    let Some(start) = START.get() else { return };
    let offset = times.origin - start.epoch_ms;
    let mut marks: Vec<_> = times.marks.iter().filter(|(_, ms)| ms.is_finite()).collect();
    marks.sort_by(|a, b| a.1.total_cmp(&b.1));
    for (what, ms) in marks {
        say(offset + ms, &format!("page: {what}"));
    }
}

/// The last line: the first screen is on the glass.
pub fn painted() {
    if on() {
        eprintln!("unsit-ui: first screen painted {} ms after start", elapsed_ms().round() as u64);
    }
}
