# unsit: the settings window's words (English, the source).

window-settings = unsit — Settings
# The page's own title; the window's is window-settings.
settings-page-title = Settings · unsit
settings-title = Settings
settings-close = Close

## While the settings load, and when they cannot be

settings-loading = Loading settings…
settings-load-failed = Can't load the settings
settings-problems = Your settings file has a problem; unsit uses the defaults for what it could not read.

## Breaks

settings-breaks-title = Breaks
# The unit after a field of minutes.
settings-unit-min = min
settings-interval-label = Remind me after sitting for
settings-routine-label = Routine
# The last choice of the routine select: each routine in turn.
settings-routine-rotate = Each in turn (rotate)
# Where breaks happen: the choices are core.ftl's place-at-desk and place-at-home.
settings-place-legend = Where you are
settings-place-hint = At the desk, breaks need no floor and no equipment.
# Above the equipment's checkboxes (their words are core.ftl's equipment-*-long).
settings-equipment-legend = What you own (at home)
settings-desk_equipment-legend = At the desk you keep
settings-snooze-label = Snooze puts a break off by
settings-idle_reset-label = Away this long counts as a break
# "range" is the field's range in words, like "1 min to 1 h"; it may be empty.
settings-idle_reset-hint = Idle, locked or asleep · { $range }

## What was typed in a field of minutes, when it is not a number of them

settings-minutes-empty = Type a number of minutes.
# "typed" is what was typed, as it was typed.
settings-minutes-not-a-number = “{ $typed }” is not a number of minutes.
settings-minutes-not-above-zero = Type a number of minutes above zero.

## Working hours: one field a day, labelled with core.ftl's weekday

settings-hours-title = Working hours
settings-hours-on-label = Only remind me during working hours
settings-hours-hint = Times like 09:00-17:00; more than one with commas. Leave a day empty for no reminders that day.
# A day's field when it is empty.
settings-day-input =
    .placeholder = no reminders

## Quiet moments

settings-quiet-title = Quiet moments
settings-quiet-hint = A break that falls due during one of these waits, and comes within a minute of its end.
settings-hold_for_calls-label = Wait while I'm in a call
settings-hold_for_calls-hint = A camera or a microphone in use
settings-hold_for_full_screen-label = Wait while a window is full screen
settings-hold_for_full_screen-hint = A presentation, a film, a game
settings-hold_for_do_not_disturb-label = Wait while Do Not Disturb is on
settings-hold_for_inhibitors-label = Wait while an app keeps the screen on
settings-hold_for_inhibitors-hint = A slide show or a video call that stops the screen going dark
settings-hold_max-label = Wait at most

## Desktop

settings-desktop-title = Desktop
settings-sound-label = Play sounds during a break
settings-voice-label = Speak the cues aloud
# V is the key that turns the voice on and off in the break window.
settings-voice-hint = Through speech-dispatcher, in your desktop's voice · V in the break window
settings-voice_counts-label = Count reps aloud
settings-floor_view-label = Large view for exercises on the floor
# F is the key that switches to the large view in the break window.
settings-floor_view-hint = Readable from a mat · F in the break window
settings-autostart-label = Start unsit when I log in

## History

settings-history-title = History
# "A streak day needs [3] breaks": the label, then the unit after the number.
settings-streak_goal-label = A streak day needs
settings-streak_goal-unit = breaks
settings-streak_goal-hint = Days in a row with this many breaks taken make your streak
settings-streak_goal-not-whole = Enter a whole number of breaks
settings-keep_history-label = Keep history
# How long the history is kept: the choices.
settings-keep-forever = Forever
settings-keep-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
settings-keep-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
# A number of days set in the settings file, when it is none of the choices above.
settings-keep-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}

## Language: the choices other than this one are each language's own name, not translated

settings-language-title = Language
settings-language-label = unsit's language
settings-language-auto = Same as the desktop

## The footer: "Changes are saved as you make them, in ~/.config/unsit/settings.toml"

settings-saved-as-you-go = Changes are saved as you make them
# Comes before where the file is, when there is one.
settings-saved-in = , in
