//! Benchmark: `Scheduler::step` throughput over a simulated year of a desk worker's inputs.
//! Run by `scripts/bench-scheduler` (release build). Prints one line of results.

use std::time::{Duration, Instant};

use chrono::{Local, TimeZone};
use unsit::scheduler::{Config, Input, Mono, PauseLength, Scheduler};

fn main() {
    let start_wall = Local.with_ymd_and_hms(2026, 1, 5, 8, 0, 0).unwrap();
    let mut sched = Scheduler::new(Config::default(), Mono::default(), &start_wall);
    let mut now = Mono::default();
    let minute = Duration::from_secs(60);
    let year = Duration::from_secs(365 * 24 * 3600);
    // A cheap deterministic generator (xorshift), so every run steps the same inputs.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut steps, mut reminders) = (0u64, 0u64);
    let began = Instant::now();
    while now.0 < year {
        // The driver's rhythm: a housekeeping wake (idle sample) every minute, plus deadlines.
        let wall_now = start_wall + chrono::Duration::from_std(now.0).unwrap();
        let next = sched.next_deadline(now, &wall_now).map_or(now + minute, |d| d.min(now + minute));
        now = next.max(now + Duration::from_millis(1));
        let wall = start_wall + chrono::Duration::from_std(now.0).unwrap();
        let hour_of_day = (now.0.as_secs() / 3600) % 24;
        let idle = if (9..18).contains(&hour_of_day) { rand() % 120 } else { 3600 };
        let mut inputs = vec![Input::Idle(Duration::from_secs(idle)), Input::Tick];
        match rand() % 400 {
            0 => inputs.push(Input::Snooze(Duration::from_secs(600))),
            1 => inputs.push(Input::Skip),
            2 => inputs.push(Input::StartBreak),
            3 => inputs.push(Input::SessionClosed),
            4 => inputs.push(Input::Pause(PauseLength::For(Duration::from_secs(1800)))),
            5 => inputs.push(Input::Resume),
            _ => {}
        }
        for input in inputs {
            if let Ok(fx) = sched.step(input, now, &wall) {
                reminders +=
                    fx.iter().filter(|e| matches!(e, unsit::scheduler::Effect::Notify { .. })).count() as u64;
            }
            steps += 1;
        }
    }
    let took = began.elapsed();
    println!(
        "step: {steps} steps over a simulated year in {:.1} ms: {:.1} M steps/s, {:.0} ns/step ({reminders} reminders)",
        took.as_secs_f64() * 1e3,
        steps as f64 / took.as_secs_f64() / 1e6,
        took.as_nanos() as f64 / steps as f64
    );
}
