# unsit: the session window: see ../en/session.ftl.

## Der Fenstertitel, und was das Fenster sagt, wenn es nichts zu zeigen gibt

window-title = unsit — { $title }
ui-launch-failed = Die Pause konnte nicht gestartet werden
ui-nothing-title = Gerade nichts zu tun
ui-nothing-text = Es läuft gerade keine Pause.

## Übersicht

ui-eyebrow = Zeit für eine Pause
ui-voice-toggle =
    .title = Sprachansagen (V)
ui-sound-toggle =
    .title = Töne (M)
ui-phases =
    .aria-label = Phasen
ui-moves =
    .aria-label = Die Übungen
ui-you-need = Du brauchst
ui-routine-label = Routine
ui-safety-label = Vor dem Start:
ui-safety-ok = Verstanden
ui-safety-link = Sicherheitshinweise
ui-source-from = Quelle:
ui-start = Starten
# „Enter zum Starten · Esc zum Überspringen“
ui-hint-to-start = zum Starten
ui-hint-to-skip = zum Überspringen
ui-break = Pause
# Die Routinenauswahl: die Gruppe der Routinen, die hier nicht passen; der Schalter für die Kurzversion.
ui-picker-others =
    .label = Braucht mehr, als du hier hast
ui-short = Kurz
ui-short-length = Kurz · { $length }
ui-short-version =
    .aria-label = Kurzversion
ui-short-instead =
    .aria-label = Kurzversion, { $short } statt { $length }
# Unter der Auswahl: was dieser Ort oder die Kurzversion weglässt.
ui-left-out-here = Hier weggelassen: { $list }.
ui-short-leaves-out = Die Kurzversion lässt weg: { $list }.
ui-short-shorter = Kürzer halten, weniger Wiederholungen.
ui-safety-title = Sicherheit
ui-close = Schließen
ui-mute =
    .aria-label = Töne ausschalten (M)
ui-unmute =
    .aria-label = Töne einschalten (M)
ui-voice-off =
    .aria-label = Sprachansagen ausschalten (V)
ui-voice-on =
    .aria-label = Sprachansagen einschalten (V)

## Ein Schritt

ui-optional = Optional
ui-large-view =
    .aria-label = Große Ansicht (F)
    .title = Große Ansicht (F)
ui-usual-view =
    .aria-label = Normale Ansicht (F)
ui-full-screen =
    .aria-label = Vollbild (F11)
    .title = Vollbild (F11)
ui-rep-tap = tippen
# Unter der Zahl der Wiederholungen: die Wiederholung, bei der der Takt gerade ist.
ui-pace = Takt { $rep }
ui-take-care = Vorsicht:
ui-easier = Leichter:
ui-harder = Schwerer:
ui-watch-out = Achtung:
ui-next-up = Als Nächstes:
ui-controls =
    .aria-label = Steuerung
# Die Knöpfe der Steuerleiste: je ein kurzes Wort. „Weiter“ ist der nächste Schritt,
# daher heißt das Fortsetzen nach dem Anhalten „Los“.
ui-back = Zurück
ui-back-button =
    .aria-label = Zurück (Pfeil links)
ui-pause = Pause
ui-pause-button =
    .aria-label = Pause (Leertaste)
ui-resume = Los
ui-resume-button =
    .aria-label = Los, fortsetzen (Leertaste)
ui-more = 10 Sek.
ui-more-button =
    .aria-label = 10 Sekunden dazu (+)
ui-next = Weiter
ui-next-button =
    .aria-label = Weiter (Pfeil rechts)
ui-finish = Fertig
ui-finish-button =
    .aria-label = Fertig (Pfeil rechts)
ui-stop = Stopp
ui-stop-button =
    .aria-label = Stoppen und schließen (Esc)
ui-progress =
    .aria-label = Fortschritt der Routine
# Das kleine Wort unter dem Countdown.
ui-caption-hold = halten
ui-caption-rest = ausruhen
ui-caption-switch = bereit
# Under the countdown before a hold starts, and while paused.
ui-caption-ready = bereit
ui-caption-paused = angehalten
ui-set-of = Satz { $set } von { $sets }
# „10 Wiederholungen, je 3 Sek.“
ui-reps-at = { $n ->
    [one] { $n } Wiederholung, { $tempo } Sek.
   *[other] { $n } Wiederholungen, je { $tempo } Sek.
}
ui-count-rep =
    .aria-label = Wiederholung zählen: { $done } von { $target } geschafft (Leertaste)
ui-count-paused =
    .aria-label = Angehalten, { $done } von { $target } Wiederholungen
# Für Screenreader: „Seite Links“.
ui-side-spoken = Seite { $side }
ui-get-ready = Mach dich bereit: Es geht los in { $s ->
    [one] einer Sekunde
   *[other] { $s } Sekunden
}
ui-take-care-spoken = Vorsicht: { $caution }
# Dauern: „5 Min. 12 Sek.“ auf dem Bildschirm; „5 Minuten und 12 Sekunden“ für Screenreader und Stimme.
# (Im Akkusativ: „eine Minute ausruhen“, „hat eine Minute gedauert“.)
ui-duration-min-s = { $min } Min. { $s } Sek.
ui-minutes = { $n ->
    [one] eine Minute
   *[other] { $n } Minuten
}
ui-seconds = { $n ->
    [one] eine Sekunde
   *[other] { $n } Sekunden
}
ui-minutes-seconds = { $minutes } und { $seconds }

## Was die Stimme sagt

voice-switch = Seitenwechsel.
voice-rest = Ausruhen.
voice-rest-for = { $time } ausruhen.
voice-reps = { $n ->
    [one] Eine Wiederholung.
   *[other] { $n } Wiederholungen.
}
voice-go = Los.
voice-go-reps = Los: { $reps }
voice-set-of = { $title }, Satz { $set } von { $sets }.
voice-done = Geschafft. Das hat { $time } gedauert.
voice-ten-seconds = Noch 10 Sekunden.

## Die Erinnerung als Fenster, wenn es keinen Benachrichtigungsdienst gibt

ui-prompt-title = Zeit zum Aufstehen
ui-snooze = Später
ui-skip = Überspringen

## Fertig

ui-done-title = Gut gemacht
ui-done-lead = Deine Hüften und dein unterer Rücken danken es dir.
ui-done-over = Pause beendet
ui-done-short = Auch eine kurze Pause hilft. Probier nächstes Mal eine ganze Runde.
ui-time-taken = Dauer
ui-exercises-done = Übungen
ui-staying-open = Bleibt offen, solange der Mauszeiger hier ist.
ui-closing-soon = Schließt sich in ein paar Sekunden von selbst.
ui-done-steps = { $done } von { $total }
voice-unavailable = Sprachansagen brauchen speech-dispatcher
