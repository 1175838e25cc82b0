# unsit's words for the resident, the tray, notifications and the command line.
# English is the source: every message is here first. Translations live in ../LANG/core.ftl.
# Variables ({ $name }) are filled in by the program; keep them, reorder them freely.

## Durations and times

# A duration under a minute, in minutes, in hours, in hours and minutes ("1 h 5 min").
duration-s = { $s } s
duration-min = { $min } min
duration-h = { $h } h
duration-h-min = { $h } h { $min } min
# A duration out of its range: "the interval must be between 10 min and 8 h, not 5 min".
duration-range = { $min } to { $max }
out-of-range = { $what } must be between { $min } and { $max }, not { $value }
limit-snooze = a snooze
limit-idle-reset = the idle time that counts as a break
limit-interval = the interval
limit-pause = a pause
limit-hold-max = the longest wait for a quiet moment to end

# A time on a 12-hour clock; "time" is already "2:30".
time-am = { $time } AM
time-pm = { $time } PM
# A time on another day than today: "Tue 08:00".
time-on-day = { $day } { $time }
weekday = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}

## The status line (tray and `unsit status`)

status-due = Break due
status-in-session = Break in progress
status-paused = Paused
status-paused-until = Paused until { $time }
status-off-hours = Outside working hours
status-away = Away · taking a break
status-snoozed = Snoozed · break in { $until }
status-counting = Sitting { $sitting } · break in { $until }
status-sitting = Sitting { $sitting }
# `unsit status`: the lines under the status line.
status-away-time = away time: { $how }
status-settings-problem = settings: { $problem }
status-history-problem = history: { $problem }
# How unsit knows you are away, in `unsit status`.
idle-source-wayland = from the Wayland compositor (ext-idle-notify)
idle-source-mutter = from GNOME's idle monitor
idle-source-x11 = from the X server (MIT-SCREEN-SAVER)
idle-source-none = cannot tell when you are away: every minute counts as sitting
held-call = Break due after your call
held-full-screen = Break due when you leave full screen
held-do-not-disturb = Break due when Do Not Disturb is off
held-inhibitor = Break due when { $by } stops keeping the screen on

## The reminder

reminder-summary = Time to get up
# "You've been sitting for 2 h. Anti-desk reset · 5 min: release, stretch, activate."
reminder-body = You've been sitting for { $sat_for }. { $label }: { $phases }.
reminder-start = Start
reminder-skip = Skip
reminder-snooze = Snooze { $snooze }

## Routines, phases, places and equipment

# A routine's length and its label in menus: "Anti-desk reset · 5 min".
routine-length-s = { $s } s
routine-length-min = { $min } min
routine-label = { $title } · { $length }
routine-label-long = { $title } · { $length } (long)
routine-rotate = Rotate
phase-release = Release
    .inline = release
phase-stretch = Stretch
    .inline = stretch
phase-activate = Activate
    .inline = activate
# The side badge when the routine does not say what left means.
side-left = Left
side-right = Right
# What "left" and "right" are in a routine's own side text ("left leg back"), word by word,
# separated by spaces: the right side swaps each word for the one at the same place.
side-words-left = left Left
side-words-right = right Right
# A dose: "20 s", "8 reps".
dose-hold = { $s } s
dose-reps = { $n ->
    [one] { $n } rep
   *[other] { $n } reps
}
place-desk = Desk
place-home = Home
place-at-desk = At the desk
place-at-home = At home
# Why the break plays another routine than the one chosen: "At the desk: Desk reset instead of Anti-desk reset".
place-instead = { $at }: { $routine } instead of { $chosen }
# "At the desk · no equipment", "At home · a ball, a cushion".
place-line = { $place } · { $have }
place-no-equipment = no equipment
equipment-ball = a ball
equipment-peanut = a peanut
equipment-foam-roller = a foam roller
equipment-band = a band
equipment-cushion = a cushion
equipment-ball-long = a massage ball, such as a tennis or lacrosse ball
equipment-peanut-long = two balls taped together (a peanut)
equipment-foam-roller-long = a foam roller
equipment-band-long = a resistance band and an anchor
equipment-cushion-long = a cushion or folded towel
# Why a routine does not fit where you are: "needs the floor and a ball".
misfit-floor = the floor
misfit-needs = needs { $what }
misfit-little = too little of it fits here
# Joining words in a list: "a, b and c".
list-and = { $rest } and { $last }
list-comma = { $rest }, { $next }
# Why an exercise was left out of a plan.
left-out-floor = it is done on the floor
left-out-equipment = it needs { $what }
left-out-optional = it is optional and time is short
left-out-time = time is short
step-switch = Switch sides
step-rest = Rest

## Safety advice: one line on the overview, the full advice behind its link

safety = Move gently. Stretches pull and ball work can feel tender, but nothing should feel sharp: stop if it does. See a professional for pain that stays, or after a fall.
safety-full-1 = Move slowly and breathe. A stretch should pull, never hurt.
safety-full-2 = Ball and roller work can feel tender, like pressing on a bruise: aim for about 5 on a scale of 0 to 10. Sharp, burning or shooting pain means ease off or move the ball.
safety-full-3 = Stop, and see a doctor or physiotherapist, for pain that stays or gets worse, pain after an injury or a fall, or tingling or numbness in a leg.
safety-full-4 = Get medical help straight away if back pain comes with any of these: trouble passing water or controlling the bladder or bowels, numbness around the groin or bottom, weakness in a leg, a fever, or pain that is worse at night and does not ease with rest.
safety-full-5 = Pregnant, recently operated on, or living with osteoporosis or a hernia? Read each exercise's caution and ask your doctor which moves suit you.

## History: today's tally, the streak, dates

# "3rd break today": $ordinal is the English ordinal of $n ("3rd"); other languages use $n.
tally-today = { $n ->
   *[other] { $ordinal } break today
}
# "4 days in a row with 3 breaks or more", "1 day with a break".
streak = { $days ->
    [one] 1 day
   *[other] { $days } days in a row
} with { $goal ->
    [one] a break
   *[other] { $goal } breaks or more
}
# A date in the history table: "Sun 29 Nov".
date-short = { $weekday } { $day } { $month }
month = { $month ->
    [jan] Jan
    [feb] Feb
    [mar] Mar
    [apr] Apr
    [may] May
    [jun] Jun
    [jul] Jul
    [aug] Aug
    [sep] Sep
    [oct] Oct
    [nov] Nov
   *[dec] Dec
}
# A count in a setting's answer: "3 breaks", "30 days", or no limit.
count-breaks = { $n ->
    [one] 1 break
   *[other] { $n } breaks
}
count-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
count-forever = forever

## How a break ended

outcome-completed = completed in { $took }
outcome-skipped = closed before it started: break skipped
outcome-stopped = stopped at step { $reached } of { $total }, { $done } done ({ $took })
result-completed = Completed
result-skipped = Skipped (closed before it started)
result-stopped = Stopped at step { $reached } of { $total }, { $done } done

## The tray menu

tray-start = Start break now
tray-snooze = Snooze
tray-skip = Skip this break
tray-pause = Pause
tray-resume = Resume
tray-at = I'm at
tray-every = Remind me every
tray-routine = Routine
tray-settings = Settings…
tray-history = History…
tray-quit = Quit
tray-minutes = { $min } min
tray-pause-30-min = 30 min
tray-pause-1-hour = 1 hour
tray-pause-2-hours = 2 hours
tray-pause-tomorrow = Until tomorrow
tray-pause-resume = Until I resume

## Answers to commands (`unsit snooze`, the tray, the settings window)

answer-break-started = Break started: { $label }
answer-not-started = { $error }; the break was not started
answer-snoozed = Snoozed for { $by }; the next reminder comes at { $at }
answer-skipped = Break skipped; sitting time starts again now
answer-paused-until = Reminders paused until { $until }
answer-paused = Reminders paused until you resume them (`unsit resume`)
answer-resumed = Reminders resumed; sitting time starts again now
answer-quitting = unsit is quitting
answer-forgot = { $n ->
    [one] Forgot 1 event from before { $day }
   *[other] Forgot { $n } events from before { $day }
}
answer-interval = A break every { $interval }; { $next }
answer-next-due-now = a break is due now
answer-next-at = the next one at { $at }
answer-next-held = reminders are held back for now
answer-idle-reset = Away for { $idle } counts as a break
answer-snooze = Snooze puts a break off by { $snooze }
answer-hold-max = A due break waits at most { $hold } for a quiet moment to end
answer-waits-for = A due break waits for { $what }
answer-no-longer-waits-for = A due break no longer waits for { $what }
quiet-call-long = a call (a camera or a microphone in use)
quiet-full-screen = a full-screen window
quiet-do-not-disturb = Do Not Disturb
quiet-inhibitors = an application that keeps the screen on
answer-working-hours = Reminders only within working hours
answer-any-hour = Reminders at any hour
answer-rotate = Routines in turn; the next break: { $label }
answer-sound-on = Sounds on
answer-sound-off = Sounds off
answer-voice-on = Spoken cues on
answer-voice-off = Spoken cues off
answer-counts-on = Reps counted aloud
answer-counts-off = Reps not counted aloud
answer-floor-view-on = Exercises on the floor start in the large view
answer-floor-view-off = Every exercise starts in the usual view
answer-autostart-on = unsit starts with the desktop
answer-autostart-off = unsit no longer starts with the desktop
answer-streak = A day with { $goal } counts towards your streak
answer-keep-history = History kept for { $days }; older events are deleted as new ones come in
answer-keep-forever = History kept forever
answer-language = Language: { $language }
language-auto = the desktop's language
answer-breaks-use = Breaks use { $label }
# "At the desk, Anti-desk reset needs the floor and a ball, so breaks use Desk reset · 3 min".
answer-instead = { $title } { $needs }, so breaks use { $label }
answer-instead-at = { $at }, { $title } { $needs }, so breaks use { $label }
answer-place = { $place }. { $next }
answer-for-now = for now only: { $error }

## The command line: `unsit --help` and each command's help. English is in the program itself; a
## translation here replaces it. "cli-CMD" is a command's line, "cli-CMD--ARG" an argument's.

cli-usage = Usage:
cli-commands = Commands:
cli-arguments = Arguments:
cli-options = Options:
cli-help = Print help
cli-version = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli = A break reminder that walks you through a short hips and lower-back routine.
cli-long =
    A break reminder that walks you through a short hips and lower-back routine.

    `unsit run` starts the resident: it counts the time you sit, reminds you when a break is due (a notification, or a small window where there is no notification service) and opens the break window, which coaches you through a routine that fits where you are. Time away from the computer counts as a break; a reminder due during a call or a full-screen video waits for its end. The other commands ask the running resident, except `routines` and `history`, which read the files themselves.
cli-run = Start the resident (also what `unsit` alone does)
cli-run--interval = Sitting time between breaks, e.g. 90m or 2h (default 2h)
cli-run--idle_reset = Idle time that counts as a break, e.g. 5m (default 5m)
cli-run--renotify_every = How long an unanswered reminder waits before it comes again (default 15m)
cli-status = Show sitting time and when the next break is
cli-status--json = Print the status as JSON
cli-break = Start a break now, with the chosen routine or ROUTINE
cli-snooze = Put off the due break (default 10m; 1m to 2h)
cli-skip = Skip the due break; sitting time starts again
cli-pause = Pause reminders for DURATION, until `tomorrow`, or until `unsit resume`
cli-resume = Resume paused reminders; sitting time starts again
cli-interval = Set the sitting time between breaks (10m to 8h)
cli-routine = Choose the routine breaks use, or `rotate` to take them in turn
cli-place = Say where you are, desk or home: at the desk, breaks need no floor and no equipment
cli-equipment = Say what equipment you own (used at home), like ball,cushion, or none
cli-equipment--desk = What you keep at the desk instead
cli-set = Change a setting; it is checked, applied at once and saved
cli-set--key = The setting (see below)
cli-set--value = Its new value
cli-open = Open the settings or the history window, starting unsit first if it is not running (what the applications menu does)
cli-open--window = The window: settings or history
cli-quit = Stop the resident
cli-routines = The routines: list, show or check them (no resident needed)
cli-routines-list = List the routines: id, title, length, equipment and source
cli-routines-list--have = Only what needs the equipment you have: a list like ball,foam-roller, or none
cli-routines-list--no_floor = Leave out exercises done on the floor or kneeling
cli-routines-list--max_minutes = Shorten to at most this many minutes (1 to 60)
cli-routines-list--place = Only the routines that fit this place, desk or home, with the equipment the settings say you have there (or `--have`), made for it
cli-routines-list--ids = Print only the ids, one a line (for scripts and shell completion)
cli-routines-show = Show a routine's plan step by step, with the time each step starts
cli-routines-show--have = Only what needs the equipment you have: a list like ball,foam-roller, or none
cli-routines-show--no_floor = Leave out exercises done on the floor or kneeling
cli-routines-show--max_minutes = Shorten to at most this many minutes (1 to 60)
cli-routines-show--place = Only the routines that fit this place, desk or home, with the equipment the settings say you have there (or `--have`), made for it
cli-routines-show--json = Print the plan as JSON, as the session window receives it
cli-routines-check = Check routine files: exit 0 when every one is valid, 1 with every error otherwise
cli-history = Your breaks day by day, or every event as JSON or CSV (no resident needed)
cli-history--days = The last N days, today included (the table: 7; the export: every event)
cli-history--json = Print the events as JSON, one object per line in an array, for export
cli-history--csv = Print the events as CSV, one row per event, for export
cli-history--forget_before = Delete every event from before DATE (YYYY-MM-DD), after asking; unsit must be running
cli-history--yes = Forget without asking

## What each setting does (`unsit set --help`).

setting-heading = Settings:
setting-interval = sitting time between breaks
setting-idle_reset = time away from the computer that counts as a break
setting-snooze = how long Snooze puts a break off
setting-routine = the routine breaks use: its id, or `rotate`
setting-place = where you are, `desk` or `home`: at the desk, breaks need no floor and no equipment
setting-equipment = what you own, for breaks at home: a list like `ball,cushion`, or `none`
setting-desk_equipment = what you keep at the desk: a list like `ball`, or `none`
setting-working_hours = remind only within these hours: `off`, or `mon 09:00-17:00; tue 09:00-12:00, 13:00-17:30`
setting-hold_for_calls = whether a due break waits while a camera or a microphone is in use
setting-hold_for_full_screen = whether a due break waits while a full-screen window has the focus
setting-hold_for_do_not_disturb = whether a due break waits while the desktop is set not to disturb
setting-hold_for_inhibitors = whether a due break waits while an application keeps the screen on (a presentation, a call)
setting-hold_max = the longest a due break waits for a call, a full-screen window or Do Not Disturb to end
setting-sound = whether the break window plays its sounds
setting-voice = whether the break window speaks its cues, through speech-dispatcher
setting-voice_counts = whether the voice counts reps aloud
setting-floor_view = whether exercises on the floor or kneeling start in the large view
setting-autostart = whether unsit starts with the desktop session
setting-streak_goal = breaks a day needs to count towards your streak (1 to 20)
setting-keep_history = how many days of history to keep, or `forever`
setting-language = the language unsit speaks: `auto` (from LC_ALL, LC_MESSAGES or LANG), or `en`, `de`, `es`

## `unsit routines list`, `show` and `check`

routines-column-id = ID
routines-column-title = TITLE
routines-column-length = LENGTH
routines-column-equipment = EQUIPMENT
routines-column-source = SOURCE
routines-column-from = FROM
routines-no-equipment = none
routines-none-fits = no routine fits these filters
routines-built-in = built-in
routines-overrides = { $path } (overrides the built-in)
routines-shortened = , shortened
routines-from = From "{ $title }" by { $author }; { $from }
routines-needs = Needs: { $needs }
routines-needs-nothing = nothing
routines-done = Done
routines-left-out = Left out: { $exercise }, because { $why }
routines-left = left
routines-right = right
routines-set = set { $set } of { $sets }
routines-optional = (optional)
# A step of `unsit routines show`: "Glute bridge, set 2 of 3: hold 30 s".
routines-step-hold = { $what }: hold { $s } s
routines-step-reps = { $what }: { $n } reps, { $s } s each
routines-step-switch = switch sides: { $s } s
routines-step-rest = rest: { $s } s
routines-ok = { $path }: ok: { $id } "{ $title }", { $length }
routines-errors = { $n ->
    [one] 1 error
   *[other] { $n } errors
} in { $bad } of { $files ->
    [one] 1 file
   *[other] { $files } files
}
routines-left-out-warning = warning: { $error }; that routine is left out
# $hint is error-did-you-mean-id, or nothing.
routines-no-such = there is no routine `{ $id }`{ $hint } (`unsit routines list` shows them)
error-did-you-mean-id = ; did you mean `{ $id }`?
routines-unknown-equipment = unknown equipment `{ $word }`{ $hint }; expected { $words } or none

## `unsit history`: the table of days

days-column-day = Day
days-column-taken = Taken
days-column-skipped = Skipped
days-column-snoozed = Snoozed
days-column-moved = Moved
days-column-longest = Longest sitting
days-column-sitting = Sitting
days-streak = Streak: { $streak }
days-no-streak = No streak yet: a day with { $goal } starts one
days-best = (best: { $days } days)
days-from = From { $path }
days-none-yet = No history yet: breaks, skips and snoozes are kept in { $path } once unsit runs.
days-no-data-folder = no data folder: neither XDG_DATA_HOME nor HOME is set, so there is no history
days-nothing-to-forget = Nothing to forget: no event is older than { $day }.
# The answer that says yes is one of days-forget-yes's words; anything else keeps the events.
days-forget-ask = Forget { $count ->
    [one] 1 event
   *[other] { $count } events
} from before { $day }? They cannot be brought back. [y/N]
days-forget-yes = y yes
days-nothing-forgotten = Nothing forgotten.
days-only-resident = { $error } (only the running unsit changes the history)
days-no-history-kept = no history is kept (there is no data folder)

## Refusals and failures the command line prints

refused-nothing-to-snooze = no break is due, so there is nothing to snooze
refused-nothing-to-skip = no break is due, so there is nothing to skip
refused-in-session = a break session is already open
refused-not-paused = reminders are not paused
refused-pause-range = { $error }; use `tomorrow`, or no duration to pause until you resume
client-no-bus = cannot reach the D-Bus session bus ({ $error }); unsit runs inside a desktop session
client-not-running = unsit is not running; start it with `unsit run`
client-failed = talking to unsit failed: { $error }
client-cannot-start = cannot start: { $error }
client-cannot-start-unsit = cannot start unsit: { $error }
client-start-failed = unsit could not start ({ $status }); see its log
client-start-silent = unsit did not answer within { $seconds } s of starting
client-already-running = unsit is already running ({ $owner }); `unsit status` asks it, `unsit quit` stops it
client-name-taken = the bus name { $name } is taken by { $owner }, which is not unsit; stop it, then start unsit again
# clap's usage errors: $word, $arg, $value and $command come quoted ('x'). usage-error starts each.
usage-error = error: { $message }
usage-unknown-command = unrecognized subcommand { $word }
usage-unknown-argument = unexpected argument { $word } found
usage-unexpected = unexpected value { $word }
usage-invalid-value = invalid value { $value } for { $arg }
usage-value-missing = a value is required for { $arg } but none was supplied
usage-valid = possible values: { $values }
usage-missing-argument = the following required arguments were not provided: { $args }
usage-missing-command = { $command } requires a subcommand but one was not provided
usage-conflict = the argument { $arg } cannot be used with { $prior }
usage-tip = tip: a similar one exists: { $word }
usage-more = For more information, try { $help }.

## Values that are refused: typed on the command line, in the settings window, or in the file.
## Keys and the words people type (`desk`, `rotate`, `mon`) stay as they are.

list-or = { $rest } or { $last }
error-not-a-range = `{ $given }` is not a time range; expected HH:MM-HH:MM, like 09:00-17:30 (or 22:00-06:00 across midnight)
error-day = { $day }: { $error }
weekday-long = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
error-no-such-day = `{ $given }` is not a weekday; expected one of mon, tue, wed, thu, fri, sat, sun
error-not-seven-days = working hours need seven days, Monday first, not { $n }
error-no-hours = with no hours on any day there would be no reminders at all; give a day some hours, or turn working hours off
error-duration-empty = empty duration; expected something like 90s, 10m or 1h30m
error-duration-malformed = `{ $given }` is not a duration; expected a number followed by h, m or s, like 90s, 10m or 1h30m
error-duration-no-unit = `{ $given }` has no unit; write { $given }m for minutes or { $given }s for seconds
error-duration-too-long = `{ $given }` is too long
error-not-bool = { $key } is true or false, not { $given }
error-no-such-routine = there is no routine `{ $id }`; `unsit routines list` shows them
error-wrong-type = { $key } is { $expected }, not { $given }
error-no-such-setting = there is no setting `{ $key }`; the settings are { $list }
error-not-one-of = { $key } is { $words }, not `{ $given }`
error-no-such-equipment = there is no equipment `{ $given }`{ $hint }; { $key } is a list of { $words }, or none
# After a word that is not one unsit knows, the nearest that is.
error-did-you-mean = (did you mean { $word }?)
error-count = { $key } must be { $range }, not { $given }
count-range = { $min } to { $max }
count-range-or = { $min } to { $max }, or { $none }

## The man page's closing sections (`man unsit`): words in backticks are set in bold.

# The headings the pages of each command share.
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-extra = EXTRA
man-version = VERSION
man-exit-status = EXIT STATUS
man-exit-0 = Done.
man-exit-1 = The command failed; the message says why.
man-exit-2 = A usage error: a word, a duration or a value that is not understood.
man-exit-3 = No resident is running (for the commands that ask it), or there is no session bus.
man-files = FILES
man-file-settings = The settings (`unsit set`, the Settings window). A file that cannot be read is kept aside and reported.
man-file-routines = Your own routines, next to the built-in ones (`unsit routines check` checks them), and their translations, ID.LANG.toml.
man-file-history = The history of every reminder, answer and break (`unsit history`).
man-file-autostart = Present while the `autostart` setting is on.
man-environment = ENVIRONMENT
man-env-lang = The language unsit speaks: the first of them that is set, unless the `language` setting names one. With LC_TIME, whether times are on a 12- or a 24-hour clock.
man-env-rust-log = How much the resident logs, e.g. `unsit=debug`.
man-see-also = SEE ALSO
man-see-also-text = { $ui }, and a page for each command, such as { $break_page } or { $history_page }.
