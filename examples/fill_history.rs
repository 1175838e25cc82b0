//! Writes a made-up history: `cargo run --example fill_history -- FILE DAYS [INTERVAL_MIN]`.
//! The benchmark (`scripts/bench-history`) fills five years with it; it is also a way to look at
//! the History window with something in it.

use chrono::Local;
use unsit::history::{sample, Store};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(file), Some(days)) = (args.first(), args.get(1).and_then(|d| d.parse().ok())) else {
        eprintln!("usage: fill_history FILE DAYS [INTERVAL_MIN]");
        std::process::exit(2);
    };
    let interval = args.get(2).and_then(|m| m.parse().ok()).unwrap_or(60);
    let events = sample::days(Local::now().date_naive(), days, interval, 42);
    let mut store = Store::open(std::path::Path::new(file), Local::now());
    if let Some(problem) = store.problems().first() {
        eprintln!("fill_history: {problem}");
        std::process::exit(1);
    }
    if let Err(e) = store.record_all(&events) {
        eprintln!("fill_history: {e}");
        std::process::exit(1);
    }
    println!("{} events over {days} days in {file}", events.len());
}
