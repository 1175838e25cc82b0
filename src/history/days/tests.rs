use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};

use super::*;
use crate::history::{Answer, Origin};

fn at(text: &str) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).unwrap().from_local_datetime(&text.parse().unwrap()).unwrap()
}

fn entries(list: &[(&str, Event)]) -> Vec<Entry> {
    list.iter()
        .enumerate()
        .map(|(i, (t, e))| Entry { id: i as i64 + 1, at: at(t), event: e.clone() })
        .collect()
}

fn session(routine: &str, reached: usize, duration_s: u64) -> Event {
    Event::Session {
        routine: routine.into(),
        short: false,
        place: "desk".into(),
        completed: reached,
        total: 6,
        reached,
        done: reached == 6,
        duration_s,
    }
}

fn answer(answer: Answer) -> Event {
    Event::Answer { answer, from: Origin::Notification, snooze_s: None, sat_for_s: None }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn sitting_runs_from_start_to_a_break_and_on_from_its_end() {
    let list = entries(&[
        ("2026-11-02T09:00:00", Event::Started { interval_s: 3600, off_hours: false }),
        ("2026-11-02T10:00:00", Event::Reminder { attempt: 0, sat_for_s: 3600 }),
        ("2026-11-02T10:02:00", answer(Answer::Start)),
        ("2026-11-02T10:07:00", session("anti-desk", 6, 300)),
        // A skip is not a break: the stretch from 10:07 goes on.
        ("2026-11-02T11:07:00", answer(Answer::Skip)),
        // Away from 11:30 to 11:45.
        ("2026-11-02T11:45:00", Event::NaturalBreak { away_s: 900 }),
        ("2026-11-02T12:00:00", Event::Paused { until: None }),
        ("2026-11-02T13:00:00", Event::Resumed),
        ("2026-11-02T13:30:00", Event::Quit),
    ]);
    let got = stretches(&list, None);
    let want = [
        ("2026-11-02T09:00:00", "2026-11-02T10:02:00"),
        ("2026-11-02T10:07:00", "2026-11-02T11:30:00"),
        ("2026-11-02T11:45:00", "2026-11-02T12:00:00"),
        ("2026-11-02T13:00:00", "2026-11-02T13:30:00"),
    ];
    assert_eq!(got, want.map(|(f, t)| Stretch { from: at(f), to: at(t) }));

    let days = days(&list, &got, day(2026, 11, 1), day(2026, 11, 2));
    assert_eq!(days.len(), 2);
    assert_eq!(days[0].sitting_s, 0);
    let d = &days[1];
    assert_eq!((d.date.as_str(), d.weekday.as_str()), ("2026-11-02", "Mon"));
    assert_eq!((d.taken, d.skipped, d.snoozed, d.natural, d.moved_s), (1, 1, 0, 1, 300));
    assert_eq!(d.longest_sitting_s, 83 * 60);
    assert_eq!(d.sitting_s, (62 + 83 + 15 + 30) * 60);
}

#[test]
fn a_stretch_over_midnight_counts_on_both_days_and_a_crash_ends_one_at_the_last_event() {
    let list = entries(&[
        ("2026-11-02T22:00:00", Event::Started { interval_s: 3600, off_hours: false }),
        ("2026-11-03T01:00:00", Event::Quit),
        ("2026-11-03T08:00:00", Event::Started { interval_s: 3600, off_hours: false }),
        ("2026-11-03T08:30:00", Event::Interval { interval_s: 5400 }),
        // No quit: the resident was killed; the next start ends the stretch at 08:30.
        ("2026-11-03T09:00:00", Event::Started { interval_s: 5400, off_hours: true }),
        ("2026-11-03T10:00:00", Event::Hours { working: true }),
        ("2026-11-03T17:00:00", Event::Hours { working: false }),
    ]);
    let got = stretches(&list, None);
    assert_eq!(got.len(), 3);
    assert_eq!(got[1], Stretch { from: at("2026-11-03T08:00:00"), to: at("2026-11-03T08:30:00") });
    let days = days(&list, &got, day(2026, 11, 2), day(2026, 11, 3));
    assert_eq!(days[0].sitting_s, 2 * 3600);
    assert_eq!(days[1].sitting_s, 3600 + 1800 + 7 * 3600);
    assert_eq!(days[1].longest_sitting_s, 7 * 3600);
}

#[test]
fn a_range_that_begins_mid_stretch_takes_its_start_from_the_reminder_and_ends_now() {
    let list = entries(&[
        ("2026-11-02T10:00:00", Event::Reminder { attempt: 0, sat_for_s: 7200 }),
        ("2026-11-02T10:05:00", answer(Answer::Snooze)),
    ]);
    let got = stretches(&list, Some(at("2026-11-02T10:20:00")));
    assert_eq!(got, [Stretch { from: at("2026-11-02T08:00:00"), to: at("2026-11-02T10:20:00") }]);
    // A window closed on its overview: sitting begins again then.
    let list = entries(&[
        ("2026-11-02T10:00:00", answer(Answer::Start)),
        ("2026-11-02T10:01:00", answer(Answer::Skip)),
    ]);
    assert_eq!(
        stretches(&list, Some(at("2026-11-02T10:31:00"))),
        [Stretch { from: at("2026-11-02T10:01:00"), to: at("2026-11-02T10:31:00") }]
    );
}

#[test]
fn a_session_never_started_is_no_break_taken() {
    let list = entries(&[
        ("2026-11-02T10:00:00", session("anti-desk", 0, 0)),
        ("2026-11-02T11:00:00", session("desk-hips", 2, 120)),
        ("2026-11-02T12:00:00", session("desk-hips", 6, 300)),
        ("2026-11-02T13:00:00", session("anti-desk", 6, 300)),
        ("2026-11-02T14:00:00", session("gone", 6, 200)),
    ]);
    let d = &days(&list, &[], day(2026, 11, 2), day(2026, 11, 2))[0];
    assert_eq!((d.taken, d.moved_s), (4, 920));
    let top = routines(&list, 2, |id| (id != "gone").then(|| id.to_uppercase()));
    assert_eq!(
        top,
        [
            Done { id: "desk-hips".into(), label: "DESK-HIPS".into(), count: 2, moved_s: 420 },
            Done { id: "anti-desk".into(), label: "ANTI-DESK".into(), count: 1, moved_s: 300 },
        ]
    );
    assert_eq!(routines(&list, 5, |_| None)[2].label, "gone");
}

#[test]
fn the_streak_counts_days_in_a_row_that_reached_the_goal() {
    let today = day(2026, 11, 29);
    let taken = [
        (day(2026, 11, 20), 5),
        (day(2026, 11, 21), 3),
        (day(2026, 11, 22), 4),
        (day(2026, 11, 23), 1),
        (day(2026, 11, 26), 3),
        (day(2026, 11, 27), 3),
        (day(2026, 11, 28), 6),
        (day(2026, 11, 29), 2),
    ];
    // Today has not reached the goal yet: the streak ends yesterday.
    assert_eq!(streak(&taken, today, 3), Streak { days: 3, goal: 3, best: 3, today: 2 });
    // With a goal of 2, today counts.
    assert_eq!(streak(&taken, today, 2).days, 4);
    assert_eq!(streak(&taken, today, 1).best, 4);
    // Yesterday missed: no streak.
    assert_eq!(streak(&taken, day(2026, 11, 25), 3).days, 0);
    assert_eq!(streak(&[], today, 3), Streak { days: 0, goal: 3, best: 0, today: 0 });
    assert_eq!(
        streak_words(&Streak { days: 4, goal: 3, best: 4, today: 3 }).unwrap(),
        "4 days in a row with 3 breaks or more"
    );
    assert_eq!(streak_words(&Streak { days: 1, goal: 1, best: 1, today: 1 }).unwrap(), "1 day with a break");
    assert_eq!(streak_words(&Streak::default()), None);
}

#[test]
fn ordinals() {
    let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal).into();
    assert_eq!(
        got,
        [
            "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
            "112th"
        ]
    );
}

#[test]
fn days_of_a_range() {
    assert_eq!(first_of(day(2026, 11, 29), 7), day(2026, 11, 23));
    assert_eq!(first_of(day(2026, 11, 29), 1), day(2026, 11, 29));
    assert_eq!(day_label(day(2026, 11, 29)), "Sun 29 Nov");
}
