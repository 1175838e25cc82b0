# unsit: the history window: see ../en/history.ftl.

window-history = unsit — Verlauf
window-sheet = unsit — Übungen

## Das Verlaufsfenster: seine Seite

history-page-title = Verlauf · unsit
history-loading = Wird geladen…
history-close = Schließen
history-load-failed = Der Verlauf kann nicht geladen werden
history-title = Verlauf
history-empty-title = Noch nichts da
history-empty-text = Hier erscheinen deine Pausen, sobald du eine machst, überspringst oder verschiebst.
# Die Karte „Heute“. Gemacht, Übersprungen und Verschoben zählen Pausen; sie sind auch die Legende
# und die Spalten der Tabelle.
history-today = Heute
history-taken = Gemacht
history-skipped = Übersprungen
history-snoozed = Verschoben
history-moved = In Pausen bewegt
history-longest = Längste Sitzphase
history-sitting-now = Aktuelle Sitzzeit
history-natural = Lange genug weg
# Unter der Karte „Heute“, wenn unsit nicht antwortet.
history-not-running = unsit läuft nicht, deshalb wird gerade nichts gezählt.
# Eine Dauer unter einer Minute (Dauern sind core.ftl's duration-*).
history-under-min = unter 1 Min.

## Die Serie

history-streak = Serie
# Die Serie; $goal sind die Pausen, die ein Tag braucht: „4 Tage in Folge mit mindestens 3 Pausen“.
history-streak-days = { $days ->
    [1] { $days } Tag mit { $goal ->
        [1] mindestens einer Pause
       *[other] mindestens { $goal } Pausen
    }
   *[other] { $days } Tage in Folge mit { $goal ->
        [1] mindestens einer Pause
       *[other] mindestens { $goal } Pausen
    }
}
history-streak-restart = Gerade keine Serie: Mach an einem Tag { $goal ->
    [one] { $goal } Pause
   *[other] { $goal } Pausen
}, um eine neue zu beginnen
history-streak-none = Noch keine Serie: Mach an einem Tag { $goal ->
    [one] { $goal } Pause
   *[other] { $goal } Pausen
}, um eine zu beginnen
history-streak-best = Rekord: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
# Der Fortschritt heute: „2 von 3 Pausen heute: noch 1, und die Serie geht weiter“.
history-today-counts = { $today ->
    [one] { $today } Pause
   *[other] { $today } Pausen
} heute: Der Tag zählt
history-today-keep = { $today } von { $goal ->
    [one] { $goal } Pause
   *[other] { $goal } Pausen
} heute: noch { $more }, und die Serie geht weiter
history-today-progress = { $today } von { $goal ->
    [one] { $goal } Pause
   *[other] { $goal } Pausen
} heute

## Die Diagramme

# Die gezeigten Tage, als Überschrift oder Satzanfang („Letzte 7 Tage“) und im Satz.
history-range = { $n ->
    [1] Heute
   *[other] Letzte { $n } Tage
}
history-range-inline = { $n ->
    [1] heute
   *[other] letzte { $n } Tage
}
# Der Umschalter zwischen 7 und 30 Tagen.
history-range-legend = Angezeigte Tage
history-range-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
history-breaks-heading = Gemachte und übersprungene Pausen
# Titel eines Diagramms und Beschriftung seiner Tabelle; $range ist history-range-inline.
history-breaks-caption = Gemachte und übersprungene Pausen, { $range }
history-sitting-caption = Längste Sitzphase, { $range }
history-show-table = Als Tabelle zeigen
history-on-time = Pause rechtzeitig
history-late = Über 15 Min. zu spät
history-legend-interval = Pausenintervall
history-legend-every = Pausenintervall: alle { $interval }
# Die gestrichelte Linie des Pausenintervalls: „alle 2 Std.“.
history-every = alle { $interval }
# Ein Datum unter den Balken und in den Tabellen: „29. Nov.“; $month ist 1 bis 12.
history-date = { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
# Ein Tag mit Datum: „So, 29. Nov.“ ($weekday ist core.ftl's weekday).
history-day-date = { $weekday }, { $date }
# Eine Achsenbeschriftung aus Stunden und Minuten, kurz: „1 Std. 30“.
history-tick-h-min = { $h } Std. { $min }
# Der Tooltip eines Balkens: „Mi, 25. Nov.: 4 gemacht“, „Mi, 25. Nov.: 2 Std. 30 Min.“.
history-bar-taken = { $day }: { $n } gemacht
history-bar-skipped = { $day }: { $n } übersprungen
history-bar-sitting = { $day }: { $duration }
# Die Diagramme in Worten, für Screenreader.
history-no-days = Noch keine Tage zum Anzeigen.
history-breaks-summary = { $range }: { $taken ->
    [one] { $taken } Pause
   *[other] { $taken } Pausen
} gemacht, { $skipped } übersprungen.
history-breaks-most = Die meisten am { $day }: { $n }.
history-sitting-none = { $range }: keine Sitzzeit erfasst.
history-sitting-summary = { $range }: Die längste Sitzphase dauerte { $longest }, am { $day }.
history-sitting-over = { $n ->
    [0] An keinem Tag war eine Sitzphase länger als das Pausenintervall ({ $interval }).
    [one] An { $n } Tag war eine Sitzphase länger als das Pausenintervall ({ $interval }).
   *[other] An { $n } Tagen war eine Sitzphase länger als das Pausenintervall ({ $interval }).
}
# Die Spalten der Tabellen („Gemacht“, „Übersprungen“ und „Längste Sitzphase“ stehen oben).
history-day = Tag
history-longer-than = Länger als { $duration }
history-yes = ja
history-no = nein

## Die häufigsten Routinen, und wo der Verlauf liegt

history-routines-title = Deine häufigsten Routinen
history-routines-none = Noch keine: Hier erscheinen die Routinen, die du machst.
# „12 Pausen · 1 Std.“
history-routine-line = { $count ->
    [one] { $count } Pause
   *[other] { $count } Pausen
} · { $moved }
# Danach folgt der Pfad der Verlaufsdatei.
history-kept-in = Gespeichert in

## Die Übersicht der Übungen (ein Fenster zum Prüfen der Figuren)

sheet-page-title = Übungen · unsit
sheet-loading = Wird geladen…
sheet-close = Schließen
sheet-failed = Die Übungen können nicht angezeigt werden
sheet-title = Übungen
# Die Beschriftung einer Figur: „Katze-Kuh, Schlüsselbild 2“, „Katze-Kuh, Pose“, „Katze-Kuh, rechte Seite“.
sheet-keyframe = { $exercise }, Schlüsselbild { $n }
sheet-pose = { $exercise }, Pose
sheet-right-side = { $exercise }, rechte Seite
