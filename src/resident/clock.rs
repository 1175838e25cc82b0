//! Measuring suspend: `CLOCK_BOOTTIME` counts time asleep, `CLOCK_MONOTONIC` does not, and neither
//! moves when the wall clock is set (NTP, a time-zone change). Their difference is sleep, exactly.

use std::time::Duration;

use rustix::time::{clock_gettime, ClockId, Timespec};

fn read(id: ClockId) -> Duration {
    let Timespec { tv_sec, tv_nsec } = clock_gettime(id);
    Duration::new(tv_sec.max(0) as u64, tv_nsec.clamp(0, 999_999_999) as u32)
}

/// Tells how long the machine slept between two calls to [`SleepClock::slept`].
pub struct SleepClock {
    boot: Duration,
    mono: Duration,
}

impl SleepClock {
    pub fn new() -> SleepClock {
        SleepClock { boot: read(ClockId::Boottime), mono: read(ClockId::Monotonic) }
    }

    /// Time spent suspended since the previous call (or since `new`).
    pub fn slept(&mut self) -> Duration {
        let (boot, mono) = (read(ClockId::Boottime), read(ClockId::Monotonic));
        let asleep = boot.saturating_sub(self.boot).saturating_sub(mono.saturating_sub(self.mono));
        (self.boot, self.mono) = (boot, mono);
        asleep
    }
}

impl Default for SleepClock {
    fn default() -> Self {
        SleepClock::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_awake_machine_has_not_slept() {
        let mut clock = SleepClock::new();
        std::hint::black_box((0..10_000).sum::<u64>());
        // Reading two clocks one after the other can differ by a few microseconds.
        assert!(clock.slept() < Duration::from_millis(5));
    }
}
