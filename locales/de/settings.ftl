# unsit: the settings window: see ../en/settings.ftl.

window-settings = unsit — Einstellungen
# Der Titel der Seite; der des Fensters ist window-settings.
settings-page-title = Einstellungen · unsit
settings-title = Einstellungen
settings-close = Schließen

## Während die Einstellungen laden, und wenn sie es nicht können

settings-loading = Einstellungen werden geladen…
settings-load-failed = Die Einstellungen können nicht geladen werden
settings-problems = Mit deiner Einstellungsdatei stimmt etwas nicht; wo unsit sie nicht lesen konnte, nimmt es die Standardwerte.

## Pausen

settings-breaks-title = Pausen
# Die Einheit nach einem Feld mit Minuten.
settings-unit-min = Min.
settings-interval-label = Erinnern nach einer Sitzzeit von
settings-routine-label = Routine
# Die letzte Wahl der Routinenauswahl: jede Routine im Wechsel.
settings-routine-rotate = Alle im Wechsel (rotate)
# Wo die Pausen stattfinden: die Wahl ist core.ftl's place-at-desk und place-at-home.
settings-place-legend = Wo du bist
settings-place-hint = Am Schreibtisch brauchen Pausen weder Boden noch Hilfsmittel.
# Über den Kästchen der Hilfsmittel (deren Wörter sind core.ftl's equipment-*-long).
settings-equipment-legend = Was du hast (zu Hause)
settings-desk_equipment-legend = Am Schreibtisch hast du
settings-snooze-label = „Später“ verschiebt eine Pause um
settings-idle_reset-label = Als Pause zählt Abwesenheit ab
# „range“ ist der Bereich des Felds in Worten, etwa „1 Min. bis 1 Std.“; er kann leer sein.
settings-idle_reset-hint = Keine Eingaben, gesperrt oder im Ruhezustand · { $range }

## Was in ein Minutenfeld getippt wurde, wenn es keine Anzahl Minuten ist

settings-minutes-empty = Gib eine Anzahl Minuten ein.
# „typed“ ist, was getippt wurde, so wie es getippt wurde.
settings-minutes-not-a-number = „{ $typed }“ ist keine Anzahl Minuten.
settings-minutes-not-above-zero = Gib mehr als null Minuten ein.

## Arbeitszeit: ein Feld pro Tag, beschriftet mit core.ftl's weekday

settings-hours-title = Arbeitszeit
settings-hours-on-label = Nur während der Arbeitszeit erinnern
settings-hours-hint = Zeiten wie 09:00-17:00, mehrere durch Kommas getrennt. Lass einen Tag leer, wenn du an dem Tag keine Erinnerungen willst.
# Das Feld eines Tages, wenn es leer ist.
settings-day-input =
    .placeholder = keine Erinnerungen

## Wann eine fällige Pause wartet

settings-quiet-title = Wann eine Pause wartet
settings-quiet-hint = Eine Pause, die in einer dieser Situationen fällig wird, wartet und kommt spätestens eine Minute nach deren Ende.
settings-hold_for_calls-label = Während Anrufen warten
settings-hold_for_calls-hint = Kamera oder Mikrofon in Benutzung
settings-hold_for_full_screen-label = Warten, solange ein Fenster im Vollbild ist
settings-hold_for_full_screen-hint = Eine Präsentation, ein Film, ein Spiel
settings-hold_for_do_not_disturb-label = Warten, solange „Nicht stören“ an ist
settings-hold_for_inhibitors-label = Warten, solange eine App den Bildschirm anlässt
settings-hold_for_inhibitors-hint = Eine Diashow oder ein Videoanruf, der den Bildschirm nicht dunkel werden lässt
settings-hold_max-label = Wartezeit höchstens

## Desktop

settings-desktop-title = Desktop
settings-sound-label = Töne in der Pause abspielen
settings-voice-label = Anweisungen laut ansagen
# V ist die Taste, die im Pausenfenster die Stimme ein- und ausschaltet.
settings-voice-hint = Über speech-dispatcher, mit der Stimme deines Desktops · V im Pausenfenster
settings-voice_counts-label = Wiederholungen laut mitzählen
settings-floor_view-label = Große Ansicht für Übungen am Boden
# F ist die Taste, die im Pausenfenster zur großen Ansicht wechselt.
settings-floor_view-hint = Von der Matte aus lesbar · F im Pausenfenster
settings-autostart-label = unsit bei der Anmeldung starten

## Verlauf

settings-history-title = Verlauf
# „Ein Tag zählt für die Serie ab [3] Pausen“: die Beschriftung, dann die Einheit nach der Zahl.
settings-streak_goal-label = Ein Tag zählt für die Serie ab
settings-streak_goal-unit = Pausen
settings-streak_goal-hint = Tage in Folge mit so vielen Pausen ergeben deine Serie
settings-streak_goal-not-whole = Gib eine ganze Zahl ein
settings-keep_history-label = Verlauf aufbewahren
# Wie lange der Verlauf aufbewahrt wird: die Wahlmöglichkeiten.
settings-keep-forever = Unbegrenzt
settings-keep-months = { $n ->
    [one] { $n } Monat
   *[other] { $n } Monate
}
settings-keep-years = { $n ->
    [one] { $n } Jahr
   *[other] { $n } Jahre
}
# Eine Anzahl Tage aus der Einstellungsdatei, wenn sie keiner der Wahlmöglichkeiten oben entspricht.
settings-keep-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}

## Sprache: die anderen Sprachen stehen in ihrem eigenen Namen da, nicht übersetzt

settings-language-title = Sprache
settings-language-label = Sprache von unsit
settings-language-auto = Wie der Desktop

## Die Fußzeile: „Änderungen werden sofort gespeichert, und zwar in ~/.config/unsit/settings.toml“

settings-saved-as-you-go = Änderungen werden sofort gespeichert
# Steht vor dem Pfad der Datei, wenn es einen gibt.
settings-saved-in = , und zwar in
