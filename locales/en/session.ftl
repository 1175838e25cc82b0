# unsit: the session window's words (English, the source).

## The window's title, and what it says when there is nothing to show

window-title = unsit — { $title }
ui-launch-failed = Couldn't start the break
ui-nothing-title = Nothing to do right now
ui-nothing-text = There is no break session to show.

## Overview

ui-eyebrow = Time for a break
ui-voice-toggle =
    .title = Spoken cues (V)
ui-sound-toggle =
    .title = Sound (M)
ui-phases =
    .aria-label = Phases
ui-moves =
    .aria-label = The moves
ui-you-need = You'll need
ui-routine-label = Routine
ui-safety-label = Before you start:
ui-safety-ok = Got it
ui-safety-link = Safety advice
ui-source-from = From
ui-start = Start
ui-hint-to-start = to start
ui-hint-to-skip = to skip this break
ui-break = Break
# The routine picker: the group of routines that do not fit here, the short-version toggle.
ui-picker-others =
    .label = Need more than you have here
ui-short = Short
ui-short-length = Short · { $length }
ui-short-version =
    .aria-label = Short version
ui-short-instead =
    .aria-label = Short version, { $short } instead of { $length }
# Under the picker: what this place, or the short version, leaves out.
ui-left-out-here = Left out here: { $list }.
ui-short-leaves-out = The short version leaves out: { $list }.
ui-short-shorter = Shorter holds and fewer reps.
ui-safety-title = Safety
ui-close = Close
ui-mute =
    .aria-label = Mute sounds (M)
ui-unmute =
    .aria-label = Turn sounds on (M)
ui-voice-off =
    .aria-label = Turn spoken cues off (V)
ui-voice-on =
    .aria-label = Turn spoken cues on (V)

## A step

ui-optional = Optional
ui-large-view =
    .aria-label = Large view (F)
    .title = Large view (F)
ui-usual-view =
    .aria-label = Usual view (F)
ui-full-screen =
    .aria-label = Full screen (F11)
    .title = Full screen (F11)
ui-rep-tap = tap
# Under the rep count: the rep the pace is on.
ui-pace = pace { $rep }
ui-take-care = Take care:
ui-easier = Easier:
ui-harder = Harder:
ui-watch-out = Watch out:
ui-next-up = Next:
ui-controls =
    .aria-label = Session controls
ui-back = Back
ui-back-button =
    .aria-label = Back (Left arrow)
ui-pause = Pause
ui-pause-button =
    .aria-label = Pause (Space)
ui-resume = Resume
ui-resume-button =
    .aria-label = Resume (Space)
ui-more = 10 s
ui-more-button =
    .aria-label = Add 10 seconds (+)
ui-next = Next
ui-next-button =
    .aria-label = Next (Right arrow)
ui-finish = Finish
ui-finish-button =
    .aria-label = Finish (Right arrow)
ui-stop = Stop
ui-stop-button =
    .aria-label = Stop and close (Escape)
ui-progress =
    .aria-label = Routine progress
# The small word under the countdown.
ui-caption-hold = hold
ui-caption-rest = rest
ui-caption-switch = get ready
# Under the countdown before a hold starts, and while paused.
ui-caption-ready = get ready
ui-caption-paused = paused
ui-set-of = Set { $set } of { $sets }
# "10 reps at 3 s each".
ui-reps-at = { $n ->
    [one] { $n } rep at { $tempo } s each
   *[other] { $n } reps at { $tempo } s each
}
ui-count-rep =
    .aria-label = Count a rep: { $done } of { $target } done (Space)
ui-count-paused =
    .aria-label = Paused, { $done } of { $target } reps
# For screen readers: "left side".
ui-side-spoken = { $side } side
ui-get-ready = Get ready: it starts in { $s ->
    [one] { $s } second
   *[other] { $s } seconds
}
ui-take-care-spoken = Take care: { $caution }
# Durations: "5 min 12 s" on screen; "5 minutes 12 seconds" for screen readers and the voice.
ui-duration-min-s = { $min } min { $s } s
ui-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
ui-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
ui-minutes-seconds = { $minutes } { $seconds }

## What the voice says

voice-switch = Switch sides.
voice-rest = Rest.
voice-rest-for = Rest, { $time }.
voice-reps = { $n ->
    [one] { $n } rep.
   *[other] { $n } reps.
}
voice-go = Go.
voice-go-reps = Go: { $reps }
voice-set-of = { $title }, set { $set } of { $sets }.
voice-done = Done, in { $time }.
voice-ten-seconds = 10 seconds

## The prompt, when there is no notification service

ui-prompt-title = Time to get up
ui-snooze = Snooze
ui-skip = Skip

## Done

ui-done-title = Nice work
ui-done-lead = Your hips and lower back thank you.
ui-done-over = Break over
ui-done-short = Even a short pause helps. Next time, try a full round.
ui-time-taken = Time taken
ui-exercises-done = Exercises done
ui-staying-open = Staying open while the pointer is here.
ui-closing-soon = Closing by itself in a few seconds.
ui-done-steps = { $done } of { $total }
voice-unavailable = Spoken cues need speech-dispatcher
