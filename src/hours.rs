//! Working hours: time ranges per weekday in local wall time. A range may cross midnight
//! (`22:00-06:00` on Monday runs into Tuesday morning).

use std::fmt;

use chrono::{Datelike, Duration as Span, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// One range of a day. `end <= start` means it ends the next day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Range {
    fn crosses_midnight(&self) -> bool {
        self.end <= self.start
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start.format("%H:%M"), self.end.format("%H:%M"))
    }
}

/// Why a range did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeError(pub String);

impl fmt::Display for RangeError {
    /// "`9-5` is not a time range; expected HH:MM-HH:MM, …", in the person's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("error-not-a-range", given = self.0.as_str()))
    }
}

impl std::error::Error for RangeError {}

impl std::str::FromStr for Range {
    type Err = RangeError;
    fn from_str(s: &str) -> Result<Range, RangeError> {
        let err = || RangeError(s.to_string());
        let (a, b) = s.split_once('-').ok_or_else(err)?;
        let time = |t: &str| {
            let t = t.trim();
            // "24:00" is the end of the day, which is midnight of the next one.
            if t == "24:00" {
                return Some(NaiveTime::MIN);
            }
            NaiveTime::parse_from_str(t, "%H:%M").ok()
        };
        let (start, end) = (time(a).ok_or_else(err)?, time(b).ok_or_else(err)?);
        if start == end && b.trim() != "24:00" {
            return Err(err());
        }
        Ok(Range { start, end })
    }
}

/// The weekdays as the settings file names them, Monday first.
pub const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A day's ranges as a person types them: `09:00-12:00, 13:00-17:30`; nothing is no range.
pub fn parse_day(text: &str) -> Result<Vec<Range>, RangeError> {
    text.split(',').map(str::trim).filter(|r| !r.is_empty()).map(str::parse).collect()
}

/// A day's ranges as [`parse_day`] reads them.
pub fn day_text(ranges: &[Range]) -> String {
    ranges.iter().map(Range::to_string).collect::<Vec<_>>().join(", ")
}

/// The weekdays as people read them, Monday first.
pub const DAY_NAMES: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Why a week of working hours was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeekError {
    /// A day's ranges did not read; the day is named.
    Day {
        day: &'static str,
        error: RangeError,
    },
    NoSuchDay(String),
    NotSevenDays(usize),
    NoHours,
}

impl fmt::Display for WeekError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            WeekError::Day { day, error } => {
                // The day by its name in the language: "Monday" is `mon` of `weekday-long`.
                let code = day.get(..3).unwrap_or(day).to_lowercase();
                crate::t!("error-day", day = crate::t!("weekday-long", day = code), error = error.to_string())
            }
            WeekError::NoSuchDay(given) => crate::t!("error-no-such-day", given = given.as_str()),
            WeekError::NotSevenDays(n) => crate::t!("error-not-seven-days", n = *n),
            WeekError::NoHours => crate::t!("error-no-hours"),
        })
    }
}

impl std::error::Error for WeekError {}

/// Working hours as one line of text, as the command line and the control API take them:
/// `off`, or days with their ranges, `mon 09:00-12:00, 13:00-17:30; fri 09:00-15:00`.
pub fn parse_week(text: &str) -> Result<Option<WorkingHours>, WeekError> {
    let text = text.trim();
    if text == "off" {
        return Ok(None);
    }
    let mut hours = WorkingHours::default();
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (day, ranges) = part.split_once(char::is_whitespace).unwrap_or((part, ""));
        let i = DAYS
            .iter()
            .position(|d| d.eq_ignore_ascii_case(day))
            .ok_or_else(|| WeekError::NoSuchDay(day.to_string()))?;
        let ranges = parse_day(ranges).map_err(|error| WeekError::Day { day: DAY_NAMES[i], error })?;
        hours.days[i].extend(ranges);
    }
    hours.checked().map(Some)
}

/// [`parse_week`]'s text for `hours` (`off` for none).
pub fn week_text(hours: Option<&WorkingHours>) -> String {
    let Some(hours) = hours else { return "off".into() };
    let days = DAYS.iter().zip(&hours.days).filter(|(_, r)| !r.is_empty());
    days.map(|(day, ranges)| format!("{day} {}", day_text(ranges))).collect::<Vec<_>>().join("; ")
}

/// Ranges for each weekday, Monday first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkingHours {
    pub days: [Vec<Range>; 7],
}

impl WorkingHours {
    /// Refuses a week with no hours at all, which would silence every reminder.
    fn checked(self) -> Result<WorkingHours, WeekError> {
        if self.days.iter().all(Vec::is_empty) {
            return Err(WeekError::NoHours);
        }
        Ok(self)
    }

    fn day(&self, date: NaiveDate) -> &[Range] {
        &self.days[date.weekday().num_days_from_monday() as usize]
    }

    /// Whether `t` (local wall time) is inside working hours.
    pub fn contains(&self, t: NaiveDateTime) -> bool {
        let (date, time) = (t.date(), t.time());
        let today = self.day(date).iter().any(|r| {
            if r.crosses_midnight() {
                time >= r.start
            } else {
                r.start <= time && time < r.end
            }
        });
        let from_yesterday =
            date.pred_opt().is_some_and(|y| self.day(y).iter().any(|r| r.crosses_midnight() && time < r.end));
        today || from_yesterday
    }

    /// Start and end of every range that touches the days around `date`, in order.
    fn boundaries(&self, date: NaiveDate, days: i64) -> Vec<NaiveDateTime> {
        let mut out = Vec::new();
        for k in -1..=days {
            let d = date + Span::days(k);
            for r in self.day(d) {
                out.push(d.and_time(r.start));
                let end_day = if r.crosses_midnight() { d + Span::days(1) } else { d };
                out.push(end_day.and_time(r.end));
            }
        }
        out.sort();
        out
    }

    /// The first moment after `t` at which `contains` changes, within the next eight days.
    pub fn next_change(&self, t: NaiveDateTime) -> Option<NaiveDateTime> {
        let inside = self.contains(t);
        self.boundaries(t.date(), 8).into_iter().filter(|&b| b > t).find(|&b| self.contains(b) != inside)
    }

    /// The first start of working hours on a day after `date`.
    pub fn first_start_after(&self, date: NaiveDate) -> Option<NaiveDateTime> {
        (1..=7)
            .map(|k| date + Span::days(k))
            .find_map(|d| self.day(d).iter().map(|r| d.and_time(r.start)).min())
    }
}

/// The instant a local wall time stands for in `tz`. In a DST gap (the clock jumps over the
/// time) it is the first instant after the gap; when the time happens twice, the first one.
pub fn resolve<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> chrono::DateTime<Utc> {
    use chrono::LocalResult::*;
    for minutes in 0..=180 {
        match tz.from_local_datetime(&(local + Span::minutes(minutes))) {
            Single(t) => return t.with_timezone(&Utc),
            Ambiguous(first, _) => return first.with_timezone(&Utc),
            None => continue,
        }
    }
    // No time zone has a gap of three hours; treat the wall time as UTC rather than fail.
    Utc.from_utc_datetime(&local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_typed_as_ranges_separated_by_commas() {
        let ranges = parse_day(" 09:00-12:00,13:00-17:30 , ").unwrap();
        assert_eq!(day_text(&ranges), "09:00-12:00, 13:00-17:30");
        assert_eq!(parse_day("").unwrap(), []);
        assert_eq!(parse_day("09:00-12:00, 9-5").unwrap_err(), RangeError("9-5".into()));
    }

    fn at(date: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M").unwrap()
    }

    fn weekdays(range: &str) -> WorkingHours {
        let r: Range = range.parse().unwrap();
        let mut days: [Vec<Range>; 7] = Default::default();
        for d in days.iter_mut().take(5) {
            d.push(r);
        }
        WorkingHours { days }
    }

    #[test]
    fn parses_ranges_and_refuses_nonsense() {
        assert_eq!("09:00-17:30".parse::<Range>().unwrap().to_string(), "09:00-17:30");
        assert!("22:00-06:00".parse::<Range>().unwrap().crosses_midnight());
        assert_eq!("18:00-24:00".parse::<Range>().unwrap().end, NaiveTime::MIN);
        for bad in ["", "9-5", "09:00", "09:00-09:00", "25:00-26:00", "09:00–17:00"] {
            assert!(bad.parse::<Range>().is_err(), "{bad}");
        }
    }

    #[test]
    fn office_hours_on_weekdays() {
        // 2026-11-23 is a Monday.
        let h = weekdays("09:00-17:00");
        assert!(!h.contains(at("2026-11-23", "08:59")));
        assert!(h.contains(at("2026-11-23", "09:00")));
        assert!(!h.contains(at("2026-11-23", "17:00")));
        assert!(!h.contains(at("2026-11-28", "10:00")), "Saturday");
        assert_eq!(h.next_change(at("2026-11-23", "08:00")), Some(at("2026-11-23", "09:00")));
        assert_eq!(h.next_change(at("2026-11-23", "10:00")), Some(at("2026-11-23", "17:00")));
        assert_eq!(h.next_change(at("2026-11-27", "18:00")), Some(at("2026-11-30", "09:00")));
        assert_eq!(
            h.first_start_after(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()),
            Some(at("2026-11-30", "09:00"))
        );
    }

    #[test]
    fn night_shift_crosses_midnight() {
        let h = weekdays("22:00-06:00");
        assert!(h.contains(at("2026-11-23", "23:00")));
        assert!(h.contains(at("2026-11-24", "05:59")), "Monday's shift runs into Tuesday");
        assert!(!h.contains(at("2026-11-24", "06:00")));
        assert!(h.contains(at("2026-11-28", "03:00")), "Friday's shift runs into Saturday");
        assert!(!h.contains(at("2026-11-29", "03:00")));
        assert_eq!(h.next_change(at("2026-11-24", "01:00")), Some(at("2026-11-24", "06:00")));
    }

    #[test]
    fn adjacent_ranges_do_not_count_as_a_change() {
        let mut h = weekdays("09:00-12:00");
        h.days[0].push("12:00-17:00".parse().unwrap());
        assert_eq!(h.next_change(at("2026-11-23", "10:00")), Some(at("2026-11-23", "17:00")));
    }

    #[test]
    fn resolve_handles_dst_gaps_and_repeats() {
        let berlin = chrono_tz::Europe::Berlin;
        // 2026-03-29 02:30 does not exist in Berlin: the clock goes from 02:00 to 03:00.
        let gap = resolve(&berlin, at("2026-03-29", "02:30"));
        assert_eq!(gap.to_rfc3339(), "2026-03-29T01:00:00+00:00");
        // 2026-10-25 02:30 happens twice; the first one is still summer time (UTC+2).
        let twice = resolve(&berlin, at("2026-10-25", "02:30"));
        assert_eq!(twice.to_rfc3339(), "2026-10-25T00:30:00+00:00");
    }

    #[test]
    fn a_week_as_one_line_of_text_reads_back_as_written() {
        let text = "mon 09:00-12:00, 13:00-17:30; fri 22:00-02:00";
        let hours = parse_week(text).unwrap().unwrap();
        assert_eq!(hours.days[0].len(), 2);
        assert_eq!(week_text(Some(&hours)), text);
        assert_eq!(parse_week("off"), Ok(None));
        assert_eq!(week_text(None), "off");
        assert_eq!(
            parse_week("Tue 9-5").unwrap_err().to_string(),
            format!("Tuesday: {}", RangeError("9-5".into()))
        );
        assert_eq!(parse_week("monday 09:00-10:00"), Err(WeekError::NoSuchDay("monday".into())));
        assert_eq!(parse_week(""), Err(WeekError::NoHours));
    }
}
