//! Human durations for the command line and settings: `90s`, `10m`, `1h30m`, and their display.

use std::fmt;
use std::time::Duration;

/// Why a duration did not parse. The message says what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DurationError {
    Empty,
    Malformed(String),
    MissingUnit(String),
    TooLong(String),
}

impl fmt::Display for DurationError {
    /// "`5` has no unit; write 5m for minutes or 5s for seconds", in the person's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            DurationError::Empty => crate::t!("error-duration-empty"),
            DurationError::Malformed(given) => crate::t!("error-duration-malformed", given = given.as_str()),
            DurationError::MissingUnit(given) => crate::t!("error-duration-no-unit", given = given.as_str()),
            DurationError::TooLong(given) => crate::t!("error-duration-too-long", given = given.as_str()),
        })
    }
}

impl std::error::Error for DurationError {}

/// The range a duration a person gives must fall in, and what it is called in a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The message that says what the duration is, as a sentence begins with it
    /// (`limit-interval`: "the interval").
    pub what: &'static str,
    pub min: Duration,
    pub max: Duration,
}

impl Limits {
    /// The range in words: "10 min to 8 h".
    pub fn range(self) -> String {
        crate::t!("duration-range", min = Human(self.min).to_string(), max = Human(self.max).to_string())
    }

    /// `value` if it is within the limits; otherwise the refusal, with the range.
    pub fn check(self, value: Duration) -> Result<Duration, OutOfRange> {
        if (self.min..=self.max).contains(&value) {
            Ok(value)
        } else {
            Err(OutOfRange { limits: self, value })
        }
    }
}

/// A duration outside its [`Limits`]. Every refusal of a duration is worded by this one message,
/// wherever the value came from: the settings file, the command line, D-Bus or a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfRange {
    pub limits: Limits,
    pub value: Duration,
}

impl fmt::Display for OutOfRange {
    /// "the interval must be between 10 min and 8 h, not 5 min".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (limits, human) = (self.limits, |d| Human(d).to_string());
        f.write_str(&crate::t!(
            "out-of-range",
            what = crate::lang::say(limits.what, None),
            min = human(limits.min),
            max = human(limits.max),
            value = human(self.value)
        ))
    }
}

impl std::error::Error for OutOfRange {}

/// Parses `90s`, `10m`, `2h`, `1h30m`, `1h30m15s` (units in that order, each at most once).
pub fn parse(text: &str) -> Result<Duration, DurationError> {
    let s = text.trim();
    if s.is_empty() {
        return Err(DurationError::Empty);
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DurationError::MissingUnit(s.to_string()));
    }
    let malformed = || DurationError::Malformed(s.to_string());
    let mut total: u64 = 0;
    let mut number = String::new();
    // Units must come in decreasing order (h, m, s), each at most once.
    let mut last_rank = 0;
    for c in s.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let (rank, scale) = match c {
            'h' => (1, 3600),
            'm' => (2, 60),
            's' => (3, 1),
            _ => return Err(malformed()),
        };
        if number.is_empty() || rank <= last_rank {
            return Err(malformed());
        }
        last_rank = rank;
        let n: u64 = number.parse().map_err(|_| DurationError::TooLong(s.to_string()))?;
        total = n
            .checked_mul(scale)
            .and_then(|v| total.checked_add(v))
            .filter(|&v| v <= 366 * 24 * 3600)
            .ok_or_else(|| DurationError::TooLong(s.to_string()))?;
        number.clear();
    }
    if !number.is_empty() {
        return Err(malformed());
    }
    Ok(Duration::from_secs(total))
}

/// A duration for people, in their language: "45 s", "12 min", "1 h 12 min", "2 h".
pub struct Human(pub Duration);

impl fmt::Display for Human {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.0.as_secs();
        if secs < 60 {
            return f.write_str(&crate::t!("duration-s", s = secs));
        }
        let minutes = secs / 60;
        let (h, m) = (minutes / 60, minutes % 60);
        f.write_str(&match (h, m) {
            (0, m) => crate::t!("duration-min", min = m),
            (h, 0) => crate::t!("duration-h", h = h),
            (h, m) => crate::t!("duration-h-min", h = h, min = m),
        })
    }
}

/// `d` as a chrono span, for wall-clock arithmetic (saturating: no panic on absurd values).
pub fn span(d: Duration) -> chrono::Duration {
    chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX)
}

/// The compact form that [`parse`] reads back: "90s" → "1m30s", "7200s" → "2h".
pub fn compact(d: Duration) -> String {
    let secs = d.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    if h > 0 {
        out += &format!("{h}h");
    }
    if m > 0 {
        out += &format!("{m}m");
    }
    if s > 0 || out.is_empty() {
        out += &format!("{s}s");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_documented_form() {
        assert_eq!(parse("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse("10m"), Ok(Duration::from_secs(600)));
        assert_eq!(parse("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse(" 2h "), Ok(Duration::from_secs(7200)));
        assert_eq!(parse("1h0m5s"), Ok(Duration::from_secs(3605)));
    }

    #[test]
    fn refuses_what_it_cannot_read_and_says_why() {
        assert_eq!(parse(""), Err(DurationError::Empty));
        assert_eq!(parse("10"), Err(DurationError::MissingUnit("10".into())));
        assert!(matches!(parse("m10"), Err(DurationError::Malformed(_))));
        assert!(matches!(parse("10x"), Err(DurationError::Malformed(_))));
        assert!(matches!(parse("-5m"), Err(DurationError::Malformed(_))));
        assert!(matches!(parse("5m1h"), Err(DurationError::Malformed(_))));
        assert!(matches!(parse("5m5m"), Err(DurationError::Malformed(_))));
        assert!(matches!(parse("99999999999999999999h"), Err(DurationError::TooLong(_))));
        assert_eq!(
            parse("10").unwrap_err().to_string(),
            "`10` has no unit; write 10m for minutes or 10s for seconds"
        );
    }

    #[test]
    fn human_and_compact_forms() {
        assert_eq!(Human(Duration::from_secs(42)).to_string(), "42 s");
        assert_eq!(Human(Duration::from_secs(12 * 60 + 59)).to_string(), "12 min");
        assert_eq!(Human(Duration::from_secs(72 * 60)).to_string(), "1 h 12 min");
        assert_eq!(Human(Duration::from_secs(7200)).to_string(), "2 h");
        for s in [1, 59, 60, 90, 3600, 5400, 3605] {
            let d = Duration::from_secs(s);
            assert_eq!(parse(&compact(d)), Ok(d), "{s}");
        }
    }
}
