# unsit: the history window's words (English, the source).

window-history = unsit — History
window-sheet = unsit — Moves

## The history window: its page

history-page-title = History · unsit
history-loading = Loading…
history-close = Close
history-load-failed = Can't load the history
history-title = History
history-empty-title = Nothing here yet
history-empty-text = Your breaks will appear here once you take, skip or snooze one.
# The Today card. Taken, Skipped and Snoozed count breaks; they are also the legend and the
# table's columns.
history-today = Today
history-taken = Taken
history-skipped = Skipped
history-snoozed = Snoozed
history-moved = Moving in breaks
history-longest = Longest sitting stretch
history-sitting-now = Sitting now
history-natural = Away long enough to count
# Under the Today card when unsit does not answer.
history-not-running = unsit is not running, so nothing is being counted right now.
# A duration under a minute (durations are core.ftl's duration-*).
history-under-min = under 1 min

## The streak

history-streak = Streak
# The streak's run; $goal is the breaks a day needs: "4 days in a row with 3 breaks or more".
history-streak-days = { $days ->
    [1] { $days } day with { $goal ->
        [1] a break
       *[other] { $goal } breaks or more
    }
   *[other] { $days } days in a row with { $goal ->
        [1] a break
       *[other] { $goal } breaks or more
    }
}
history-streak-restart = No streak right now: take { $goal ->
    [one] { $goal } break
   *[other] { $goal } breaks
} in a day to start a new one
history-streak-none = No streak yet: take { $goal ->
    [one] { $goal } break
   *[other] { $goal } breaks
} in a day to start one
history-streak-best = Best: { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# Today's progress towards the goal: "2 of 3 breaks today: 1 more keeps the streak going".
history-today-counts = { $today ->
    [one] { $today } break
   *[other] { $today } breaks
} today: today counts
history-today-keep = { $today } of { $goal ->
    [one] { $goal } break
   *[other] { $goal } breaks
} today: { $more } more keeps the streak going
history-today-progress = { $today } of { $goal ->
    [one] { $goal } break
   *[other] { $goal } breaks
} today

## The charts

# The days shown, as a heading or a sentence's start ("Last 7 days"), and within a sentence.
history-range = { $n ->
    [1] Today
   *[other] Last { $n } days
}
history-range-inline = { $n ->
    [1] today
   *[other] last { $n } days
}
# The toggle between 7 and 30 days.
history-range-legend = Days to show
history-range-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
history-breaks-heading = Breaks taken and skipped
# A chart's title and its table's caption; $range is history-range-inline.
history-breaks-caption = Breaks taken and skipped, { $range }
history-sitting-caption = Longest sitting stretch, { $range }
history-show-table = Show as a table
history-on-time = Break on time
history-late = Over 15 min late
history-legend-interval = Break interval
history-legend-every = Break interval: every { $interval }
# The dashed line of the break interval: "every 2 h".
history-every = every { $interval }
# A date under the bars and in the tables: "29 Nov"; $month is 1 to 12.
history-date = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# A day with its date: "Sun 29 Nov" ($weekday is core.ftl's weekday).
history-day-date = { $weekday } { $date }
# An axis label of hours and minutes, short: "1 h 30".
history-tick-h-min = { $h } h { $min }
# A bar's tooltip: "Wed 25 Nov: 4 taken", "Wed 25 Nov: 2 h 30 min".
history-bar-taken = { $day }: { $n } taken
history-bar-skipped = { $day }: { $n } skipped
history-bar-sitting = { $day }: { $duration }
# The charts in words, for screen readers.
history-no-days = No days to show yet.
history-breaks-summary = { $range }: { $taken ->
    [one] { $taken } break
   *[other] { $taken } breaks
} taken, { $skipped } skipped.
history-breaks-most = Most on { $day }: { $n }.
history-sitting-none = { $range }: no sitting recorded.
history-sitting-summary = { $range }: the longest sitting stretch was { $longest }, on { $day }.
history-sitting-over = { $n ->
    [0] No day had a stretch longer than the break interval ({ $interval }).
    [one] { $n } day had a stretch longer than the break interval ({ $interval }).
   *[other] { $n } days had a stretch longer than the break interval ({ $interval }).
}
# The tables' columns ("Taken", "Skipped" and "Longest sitting stretch" are above).
history-day = Day
history-longer-than = Longer than { $duration }
history-yes = yes
history-no = no

## The routines done most, and where the history is kept

history-routines-title = Routines you do most
history-routines-none = None yet: the routines you do will be listed here.
# "12 breaks · 1 h".
history-routine-line = { $count ->
    [one] { $count } break
   *[other] { $count } breaks
} · { $moved }
# Followed by the history file's path.
history-kept-in = Kept in

## The sheet of moves (a window for checking the figures)

sheet-page-title = Moves · unsit
sheet-loading = Loading…
sheet-close = Close
sheet-failed = Can't show the moves
sheet-title = Moves
# A figure's label: "Cat-cow, keyframe 2", "Cat-cow, pose", "Cat-cow, right side".
sheet-keyframe = { $exercise }, keyframe { $n }
sheet-pose = { $exercise }, pose
sheet-right-side = { $exercise }, right side
