# unsit in de: see ../en/core.ftl for the source and README.md for how to translate.

## Dauern und Uhrzeiten

# Eine Dauer unter einer Minute, in Minuten, in Stunden, in Stunden und Minuten („1 Std. 5 Min.“).
duration-s = { $s } Sek.
duration-min = { $min } Min.
duration-h = { $h } Std.
duration-h-min = { $h } Std. { $min } Min.
duration-range = { $min } bis { $max }
out-of-range = { $what } muss zwischen { $min } und { $max } liegen, nicht { $value }
limit-snooze = Das Verschieben
limit-idle-reset = Die Abwesenheit, die als Pause zählt,
limit-interval = Die Sitzzeit bis zur Pause
limit-pause = Eine Erinnerungspause
limit-hold-max = Die längste Wartezeit auf das Ende eines ruhigen Moments

# Eine Uhrzeit im 12-Stunden-Format; „time“ ist schon „2:30“. (Deutsch nutzt 24 Stunden und zeigt das nie.)
time-am = { $time } vorm.
time-pm = { $time } nachm.
# Eine Uhrzeit an einem anderen Tag als heute: „Di 08:00“.
time-on-day = { $day } { $time }
weekday = { $day ->
    [mon] Mo
    [tue] Di
    [wed] Mi
    [thu] Do
    [fri] Fr
    [sat] Sa
   *[sun] So
}

## Die Statuszeile (Tray und `unsit status`)

status-due = Pause fällig
status-in-session = Pause läuft
status-paused = Erinnerungen pausiert
status-paused-until = Erinnerungen pausiert bis { $time }
status-off-hours = Außerhalb der Arbeitszeit
status-away = Abwesend · du machst Pause
status-snoozed = Verschoben · Pause in { $until }
status-counting = Sitzt seit { $sitting } · Pause in { $until }
status-sitting = Sitzt seit { $sitting }
# `unsit status`: die Zeilen unter der Statuszeile.
status-away-time = Abwesenheit: { $how }
status-settings-problem = Einstellungen: { $problem }
status-history-problem = Verlauf: { $problem }
idle-source-wayland = vom Wayland-Compositor (ext-idle-notify)
idle-source-mutter = von GNOMEs Leerlaufüberwachung
idle-source-x11 = vom X-Server (MIT-SCREEN-SAVER)
idle-source-none = nicht erkennbar, wann du weg bist: jede Minute zählt als Sitzen
held-call = Pause fällig nach deinem Anruf
held-full-screen = Pause fällig, sobald du das Vollbild verlässt
held-do-not-disturb = Pause fällig, sobald „Nicht stören“ aus ist
held-inhibitor = Pause fällig, sobald { $by } den Bildschirm nicht mehr anlässt

## Die Erinnerung

reminder-summary = Zeit zum Aufstehen
# „Du sitzt seit 2 Std. – Zeit für Anti-Schreibtisch-Reset · 5 Min.: lösen, dehnen, aktivieren.“
# (Kein Punkt direkt nach der Dauer: „Std.“ endet schon mit einem.)
reminder-body = Du sitzt seit { $sat_for } – Zeit für { $label }: { $phases }.
reminder-start = Starten
reminder-skip = Überspringen
reminder-snooze = { $snooze } später

## Routinen, Phasen, Orte und Hilfsmittel

# Die Länge einer Routine und ihre Beschriftung in Menüs: „Anti-Schreibtisch-Reset · 5 Min.“.
routine-length-s = { $s } Sek.
routine-length-min = { $min } Min.
routine-label = { $title } · { $length }
routine-label-long = { $title } · { $length } (lang)
routine-rotate = Im Wechsel
phase-release = Lösen
    .inline = lösen
phase-stretch = Dehnen
    .inline = dehnen
phase-activate = Aktivieren
    .inline = aktivieren
# Das Seitenabzeichen, wenn die Routine nicht sagt, was „links“ bedeutet.
side-left = Links
side-right = Rechts
# What "left" and "right" are in a routine's own side text ("left leg back"), word by word,
# separated by spaces: the right side swaps each word for the one at the same place.
side-words-left = links linke linken linker linkes linkem Links Linke Linken Linker Linkes Linkem
side-words-right = rechts rechte rechten rechter rechtes rechtem Rechts Rechte Rechten Rechter Rechtes Rechtem
# Eine Dosis: „20 Sek.“, „8 Wiederholungen“.
dose-hold = { $s } Sek.
dose-reps = { $n ->
    [one] { $n } Wiederholung
   *[other] { $n } Wiederholungen
}
place-desk = Schreibtisch
place-home = Zuhause
place-at-desk = Am Schreibtisch
place-at-home = Zu Hause
place-instead = { $at }: { $routine } statt { $chosen }
# „Am Schreibtisch · keine Hilfsmittel“, „Zu Hause · ein Ball, ein Kissen“.
place-line = { $place } · { $have }
place-no-equipment = keine Hilfsmittel
equipment-ball = ein Ball
equipment-peanut = ein Duoball
equipment-foam-roller = eine Faszienrolle
equipment-band = ein Widerstandsband
equipment-cushion = ein Kissen
equipment-ball-long = ein Massageball, etwa ein Tennis- oder Lacrosseball
equipment-peanut-long = zwei zusammengeklebte Bälle (ein Duoball)
equipment-foam-roller-long = eine Faszienrolle
equipment-band-long = ein Widerstandsband und eine Befestigung dafür
equipment-cushion-long = ein Kissen oder ein gefaltetes Handtuch
# Warum eine Routine nicht zum Ort passt: „nötig: Platz am Boden und ein Ball“.
# (Die Hilfsmittel stehen im Nominativ, daher „nötig:“ statt „braucht“.)
misfit-floor = Platz am Boden
misfit-needs = nötig: { $what }
misfit-little = davon passt hier zu wenig
# Verbindungswörter in einer Liste: „a, b und c“.
list-and = { $rest } und { $last }
list-comma = { $rest }, { $next }
# Warum eine Übung im Ablauf weggelassen wurde.
left-out-floor = Übung am Boden
left-out-equipment = nötig: { $what }
left-out-optional = optional, und die Zeit ist knapp
left-out-time = die Zeit ist knapp
step-switch = Seite wechseln
step-rest = Ausruhen

## Sicherheitshinweise: eine Zeile in der Übersicht, der volle Hinweis hinter ihrem Link

safety = Beweg dich behutsam. Dehnungen ziehen, und die Arbeit mit dem Ball kann unangenehm drücken, aber nichts darf stechen: Wenn doch, hör auf. Bei Schmerzen, die bleiben, oder nach einem Sturz lass dich ärztlich untersuchen.
safety-full-1 = Beweg dich langsam und atme weiter. Eine Dehnung soll ziehen, aber nie wehtun.
safety-full-2 = Die Arbeit mit Ball und Rolle kann sich anfühlen wie Druck auf einen blauen Fleck: Ziel ist etwa 5 auf einer Skala von 0 bis 10. Stechender, brennender oder einschießender Schmerz heißt: Nimm Druck raus oder leg den Ball woanders hin.
safety-full-3 = Bei Schmerzen, die bleiben oder stärker werden, bei Schmerzen nach einer Verletzung oder einem Sturz und bei Kribbeln oder Taubheit in einem Bein: Hör auf und lass dich ärztlich oder physiotherapeutisch untersuchen.
safety-full-4 = Hol dir sofort ärztliche Hilfe, wenn Rückenschmerzen mit einem dieser Anzeichen einhergehen: Probleme beim Wasserlassen oder bei der Kontrolle von Blase oder Darm, Taubheit im Schritt oder am Gesäß, Schwäche in einem Bein, Fieber oder Schmerzen, die nachts schlimmer werden und in Ruhe nicht nachlassen.
safety-full-5 = Bist du schwanger, vor Kurzem operiert worden oder hast du Osteoporose oder einen Bauch- oder Leistenbruch? Lies bei jeder Übung den Warnhinweis und frag deine Ärztin oder deinen Arzt, welche Bewegungen für dich passen.

## Verlauf: die Pausen von heute, die Serie, Datumsangaben

# „3. Pause heute“: $ordinal ist die englische Ordnungszahl („3rd“); Deutsch nimmt $n.
tally-today = { $n }. Pause heute
# „4 Tage in Folge mit mindestens 3 Pausen“, „1 Tag mit mindestens einer Pause“.
streak = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage in Folge
} mit mindestens { $goal ->
    [one] einer Pause
   *[other] { $goal } Pausen
}
# Ein Datum in der Verlaufstabelle: „So, 29. Nov.“.
date-short = { $weekday }, { $day }. { $month }
month = { $month ->
    [jan] Jan.
    [feb] Feb.
    [mar] März
    [apr] Apr.
    [may] Mai
    [jun] Juni
    [jul] Juli
    [aug] Aug.
    [sep] Sept.
    [oct] Okt.
    [nov] Nov.
   *[dec] Dez.
}
# Eine Anzahl in der Antwort auf eine Einstellung: „3 Pausen“, „30 Tage“ oder ohne Grenze.
count-breaks = { $n ->
    [one] 1 Pause
   *[other] { $n } Pausen
}
count-days = { $n ->
    [one] 1 Tag
   *[other] { $n } Tage
}
count-forever = unbegrenzt

## Wie eine Pause endete

outcome-completed = abgeschlossen in { $took }
outcome-skipped = vor dem Start geschlossen: Pause übersprungen
outcome-stopped = bei Schritt { $reached } von { $total } abgebrochen, { $done } erledigt ({ $took })
result-completed = Abgeschlossen
result-skipped = Übersprungen (vor dem Start geschlossen)
result-stopped = Bei Schritt { $reached } von { $total } abgebrochen, { $done } erledigt

## Das Tray-Menü

tray-start = Jetzt Pause machen
tray-snooze = Später erinnern
tray-skip = Diese Pause überspringen
tray-pause = Erinnerungen pausieren
tray-resume = Erinnerungen fortsetzen
tray-at = Standort
tray-every = Erinnerung alle
tray-routine = Routine
tray-settings = Einstellungen…
tray-history = Verlauf…
tray-quit = Beenden
tray-minutes = { $min } Min.
tray-pause-30-min = 30 Min.
tray-pause-1-hour = 1 Stunde
tray-pause-2-hours = 2 Stunden
tray-pause-tomorrow = Bis morgen
tray-pause-resume = Bis auf Weiteres

## Antworten auf Befehle (`unsit snooze`, das Tray, das Einstellungsfenster)

answer-break-started = Pause gestartet: { $label }
answer-not-started = { $error }; die Pause wurde nicht gestartet
answer-snoozed = Um { $by } verschoben; nächste Erinnerung: { $at }
answer-skipped = Pause übersprungen; die Sitzzeit beginnt jetzt neu
answer-paused-until = Erinnerungen pausiert bis { $until }
answer-paused = Erinnerungen pausiert, bis du sie fortsetzt (`unsit resume`)
answer-resumed = Erinnerungen fortgesetzt; die Sitzzeit beginnt jetzt neu
answer-quitting = unsit wird beendet
answer-forgot = { $n ->
    [one] 1 Ereignis vor dem { $day } gelöscht
   *[other] { $n } Ereignisse vor dem { $day } gelöscht
}
answer-interval = Alle { $interval } eine Pause; { $next }
answer-next-due-now = jetzt ist eine fällig
answer-next-at = die nächste: { $at }
answer-next-held = Erinnerungen werden vorerst zurückgehalten
answer-idle-reset = Bist du { $idle } weg, zählt das als Pause
answer-snooze = „Später“ verschiebt eine Pause um { $snooze }
answer-hold-max = Eine fällige Pause wartet höchstens { $hold }, bis Anruf, Vollbild oder „Nicht stören“ vorbei sind
# quiet-* stehen nur hier, nach „Bei“: daher im Dativ.
answer-waits-for = Bei { $what } wartet eine fällige Pause
answer-no-longer-waits-for = Bei { $what } wartet eine fällige Pause nicht mehr
quiet-call-long = einem Anruf (Kamera oder Mikrofon in Benutzung)
quiet-full-screen = einem Fenster im Vollbild
quiet-do-not-disturb = „Nicht stören“
quiet-inhibitors = einer Anwendung, die den Bildschirm anlässt
answer-working-hours = Erinnerungen nur in der Arbeitszeit
answer-any-hour = Erinnerungen rund um die Uhr
answer-rotate = Routinen im Wechsel; nächste Pause: { $label }
answer-sound-on = Töne an
answer-sound-off = Töne aus
answer-voice-on = Sprachansagen an
answer-voice-off = Sprachansagen aus
answer-counts-on = Wiederholungen werden laut mitgezählt
answer-counts-off = Wiederholungen werden nicht laut mitgezählt
answer-floor-view-on = Übungen am Boden starten in der großen Ansicht
answer-floor-view-off = Jede Übung startet in der normalen Ansicht
answer-autostart-on = unsit startet mit dem Desktop
answer-autostart-off = unsit startet nicht mehr mit dem Desktop
answer-streak = Ein Tag mit { $goal } zählt für deine Serie
answer-keep-history = Verlauf wird { $days } lang aufbewahrt; ältere Ereignisse werden gelöscht, sobald neue hinzukommen
answer-keep-forever = Verlauf wird dauerhaft aufbewahrt
answer-language = Sprache: { $language }
language-auto = wie der Desktop
answer-breaks-use = Die Pausen nutzen { $label }
# „Am Schreibtisch passt Anti-Schreibtisch-Reset nicht (nötig: Platz am Boden und ein Ball), daher nutzen die Pausen Reset am Schreibtisch · 3 Min.“
answer-instead = { $title } passt nicht ({ $needs }), daher nutzen die Pausen { $label }
answer-instead-at = { $at } passt { $title } nicht ({ $needs }), daher nutzen die Pausen { $label }
answer-place = { $place }. { $next }
answer-for-now = gilt nur vorerst: { $error }

## Die Befehlszeile: `unsit --help` und die Hilfe jedes Befehls. Das Englische steht im Programm
## selbst; eine Übersetzung hier ersetzt es. „cli-CMD“ ist die Zeile eines Befehls, „cli-CMD--ARG“ die eines Arguments.

cli-usage = Aufruf:
cli-commands = Befehle:
cli-arguments = Argumente:
cli-options = Optionen:
cli-help = Hilfe anzeigen
cli-version = Version anzeigen
cli-help-command = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen
cli = Eine Pausenerinnerung, die dich durch eine kurze Routine für Hüften und unteren Rücken führt.
cli-long =
    Eine Pausenerinnerung, die dich durch eine kurze Routine für Hüften und unteren Rücken führt.

    `unsit run` startet den Hintergrunddienst: Er zählt, wie lange du sitzt, erinnert dich, wenn eine Pause fällig ist (mit einer Benachrichtigung oder, wo es keinen Benachrichtigungsdienst gibt, mit einem kleinen Fenster), und öffnet das Pausenfenster, das dich durch eine Routine führt, die dazu passt, wo du gerade bist. Zeit fern vom Computer zählt als Pause; eine Erinnerung, die während eines Anrufs oder eines Videos im Vollbild fällig wird, wartet auf dessen Ende. Die anderen Befehle wenden sich an den laufenden Hintergrunddienst, außer `routines` und `history`, die die Dateien selbst lesen.
cli-run = Den Hintergrunddienst starten (das tut auch `unsit` allein)
cli-run--interval = Sitzzeit zwischen Pausen, z. B. 90m oder 2h (Standard: 2h)
cli-run--idle_reset = Zeit ohne Eingaben, die als Pause zählt, z. B. 5m (Standard: 5m)
cli-run--renotify_every = Wie lange eine unbeantwortete Erinnerung wartet, bis sie wiederkommt (Standard: 15m)
cli-status = Sitzzeit und nächste Pause anzeigen
cli-status--json = Den Status als JSON ausgeben
cli-break = Jetzt eine Pause starten, mit der gewählten Routine oder ROUTINE
cli-snooze = Die fällige Pause verschieben (Standard: 10m; 1m bis 2h)
cli-skip = Die fällige Pause überspringen; die Sitzzeit beginnt neu
cli-pause = Erinnerungen für DURATION pausieren, bis `tomorrow` oder bis `unsit resume`
cli-resume = Pausierte Erinnerungen fortsetzen; die Sitzzeit beginnt neu
cli-interval = Die Sitzzeit zwischen Pausen festlegen (10m bis 8h)
cli-routine = Die Routine für die Pausen wählen oder `rotate` für alle im Wechsel
cli-place = Angeben, wo du bist, desk oder home: Am Schreibtisch brauchen Pausen weder Boden noch Hilfsmittel
cli-equipment = Angeben, welche Hilfsmittel du hast (für zu Hause), etwa ball,cushion oder none
cli-equipment--desk = Was du stattdessen am Schreibtisch hast
cli-set = Eine Einstellung ändern; sie wird geprüft, sofort übernommen und gespeichert
cli-set--key = Die Einstellung (siehe unten)
cli-set--value = Ihr neuer Wert
cli-open = Das Einstellungs- oder Verlaufsfenster öffnen und unsit vorher starten, falls es nicht läuft (wie das Anwendungsmenü)
cli-open--window = Das Fenster: settings oder history
cli-quit = Den Hintergrunddienst beenden
cli-routines = Die Routinen: auflisten, anzeigen oder prüfen (ohne Hintergrunddienst)
cli-routines-list = Die Routinen auflisten: ID, Titel, Länge, Hilfsmittel und Quelle
cli-routines-list--have = Nur, was mit deinen Hilfsmitteln geht: eine Liste wie ball,foam-roller oder none
cli-routines-list--no_floor = Übungen am Boden oder im Knien weglassen
cli-routines-list--max_minutes = Auf höchstens so viele Minuten kürzen (1 bis 60)
cli-routines-list--place = Nur die Routinen, die zu diesem Ort passen (desk oder home), zugeschnitten auf die Hilfsmittel, die du laut Einstellungen dort hast (oder `--have`)
cli-routines-list--ids = Nur die IDs ausgeben, eine pro Zeile (für Skripte und Shell-Vervollständigung)
cli-routines-show = Den Ablauf einer Routine Schritt für Schritt anzeigen, mit der Startzeit jedes Schritts
cli-routines-show--have = Nur, was mit deinen Hilfsmitteln geht: eine Liste wie ball,foam-roller oder none
cli-routines-show--no_floor = Übungen am Boden oder im Knien weglassen
cli-routines-show--max_minutes = Auf höchstens so viele Minuten kürzen (1 bis 60)
cli-routines-show--place = Nur die Routinen, die zu diesem Ort passen (desk oder home), zugeschnitten auf die Hilfsmittel, die du laut Einstellungen dort hast (oder `--have`)
cli-routines-show--json = Den Ablauf als JSON ausgeben, so wie ihn das Pausenfenster bekommt
cli-routines-check = Routinendateien prüfen: Exit-Code 0, wenn alle gültig sind, sonst 1 mit allen Fehlern
cli-history = Deine Pausen Tag für Tag oder alle Ereignisse als JSON oder CSV (ohne Hintergrunddienst)
cli-history--days = Die letzten N Tage, heute eingeschlossen (Tabelle: 7; Export: alle Ereignisse)
cli-history--json = Die Ereignisse als JSON ausgeben, ein Objekt pro Zeile in einem Array, für den Export
cli-history--csv = Die Ereignisse als CSV ausgeben, eine Zeile pro Ereignis, für den Export
cli-history--forget_before = Alle Ereignisse vor DATE (YYYY-MM-DD) nach Rückfrage löschen; unsit muss laufen
cli-history--yes = Ohne Rückfrage löschen

## Was jede Einstellung bewirkt (`unsit set --help`).

setting-heading = Einstellungen:
setting-interval = Sitzzeit zwischen Pausen
setting-idle_reset = Zeit fern vom Computer, die als Pause zählt
setting-snooze = um wie viel „Später“ eine Pause verschiebt
setting-routine = die Routine für die Pausen: ihre ID oder `rotate`
setting-place = wo du bist, `desk` oder `home`: Am Schreibtisch brauchen Pausen weder Boden noch Hilfsmittel
setting-equipment = was du hast, für Pausen zu Hause: eine Liste wie `ball,cushion` oder `none`
setting-desk_equipment = was du am Schreibtisch hast: eine Liste wie `ball` oder `none`
setting-working_hours = nur in diesen Zeiten erinnern: `off` oder `mon 09:00-17:00; tue 09:00-12:00, 13:00-17:30`
setting-hold_for_calls = ob eine fällige Pause wartet, solange Kamera oder Mikrofon in Benutzung sind
setting-hold_for_full_screen = ob eine fällige Pause wartet, solange ein Vollbildfenster den Fokus hat
setting-hold_for_do_not_disturb = ob eine fällige Pause wartet, solange der Desktop auf „Nicht stören“ steht
setting-hold_for_inhibitors = ob eine fällige Pause wartet, solange eine Anwendung den Bildschirm anlässt (eine Präsentation, ein Anruf)
setting-hold_max = wie lange eine fällige Pause höchstens wartet, bis Anruf, Vollbild oder „Nicht stören“ vorbei sind
setting-sound = ob das Pausenfenster Töne abspielt
setting-voice = ob das Pausenfenster Ansagen spricht (über speech-dispatcher)
setting-voice_counts = ob die Stimme Wiederholungen laut mitzählt
setting-floor_view = ob Übungen am Boden oder im Knien in der großen Ansicht starten
setting-autostart = ob unsit mit der Desktop-Sitzung startet
setting-streak_goal = wie viele Pausen ein Tag braucht, um für deine Serie zu zählen (1 bis 20)
setting-keep_history = wie viele Tage der Verlauf aufbewahrt wird, oder `forever`
setting-language = die Sprache von unsit: `auto` (aus LC_ALL, LC_MESSAGES oder LANG) oder `en`, `de`, `es`

## `unsit routines list`, `show` und `check`

routines-column-id = ID
routines-column-title = TITEL
routines-column-length = DAUER
routines-column-equipment = HILFSMITTEL
routines-column-source = QUELLE
routines-column-from = HERKUNFT
routines-no-equipment = keine
routines-none-fits = keine Routine passt zu diesen Filtern
routines-built-in = eingebaut
routines-overrides = { $path } (ersetzt die eingebaute)
routines-shortened = , gekürzt
routines-from = Aus „{ $title }“ von { $author }; { $from }
routines-needs = Nötig: { $needs }
routines-needs-nothing = nichts
routines-done = Fertig
routines-left-out = Weggelassen: { $exercise }, weil { $why }
routines-left = links
routines-right = rechts
routines-set = Satz { $set } von { $sets }
routines-optional = (optional)
routines-step-hold = { $what }: { $s } Sek. halten
routines-step-reps = { $what }: { $n ->
    [one] 1 Wiederholung
   *[other] { $n } Wiederholungen
}, je { $s } Sek.
routines-step-switch = Seitenwechsel: { $s } Sek.
routines-step-rest = ausruhen: { $s } Sek.
routines-ok = { $path }: in Ordnung: { $id } „{ $title }“, { $length }
routines-errors = { $n ->
    [one] 1 Fehler
   *[other] { $n } Fehler
} in { $bad } von { $files ->
    [one] 1 Datei
   *[other] { $files } Dateien
}
routines-left-out-warning = Warnung: { $error }; diese Routine wird ausgelassen
routines-no-such = es gibt keine Routine `{ $id }`{ $hint } (`unsit routines list` zeigt sie)
error-did-you-mean-id = ; meintest du `{ $id }`?
routines-unknown-equipment = unbekanntes Hilfsmittel `{ $word }`{ $hint }; erwartet wird { $words } oder none

## `unsit history`: die Tabelle der Tage

days-column-day = Tag
days-column-taken = Gemacht
days-column-skipped = Übersprungen
days-column-snoozed = Verschoben
days-column-moved = Bewegt
days-column-longest = Längste Sitzphase
days-column-sitting = Sitzen
days-streak = Serie: { $streak }
days-no-streak = Noch keine Serie: ein Tag mit { $goal } beginnt eine
days-best = (Rekord: { $days } Tage)
days-from = Aus { $path }
days-none-yet = Noch kein Verlauf: Pausen, übersprungene und verschobene werden in { $path } gespeichert, sobald unsit läuft.
days-no-data-folder = kein Datenordner: weder XDG_DATA_HOME noch HOME ist gesetzt, daher gibt es keinen Verlauf
days-nothing-to-forget = Nichts zu vergessen: kein Ereignis ist älter als { $day }.
days-forget-ask = { $count ->
    [one] 1 Ereignis
   *[other] { $count } Ereignisse
} vor dem { $day } vergessen? Sie lassen sich nicht wiederherstellen. [j/N]
days-forget-yes = j ja y yes
days-nothing-forgotten = Nichts vergessen.
days-only-resident = { $error } (nur das laufende unsit ändert den Verlauf)
days-no-history-kept = es wird kein Verlauf geführt (es gibt keinen Datenordner)

## Ablehnungen und Fehler, die die Kommandozeile ausgibt

refused-nothing-to-snooze = keine Pause fällig, also gibt es nichts zu verschieben
refused-nothing-to-skip = keine Pause fällig, also gibt es nichts zu überspringen
refused-in-session = eine Pause läuft bereits
refused-not-paused = die Erinnerungen sind nicht pausiert
refused-pause-range = { $error }; nimm `tomorrow`, oder keine Dauer, um bis zum Fortsetzen zu pausieren
client-no-bus = der D-Bus-Sitzungsbus ist nicht erreichbar ({ $error }); unsit läuft in einer Desktop-Sitzung
client-not-running = unsit läuft nicht; starte es mit `unsit run`
client-failed = die Verbindung zu unsit ist fehlgeschlagen: { $error }
client-cannot-start = Start nicht möglich: { $error }
client-cannot-start-unsit = unsit lässt sich nicht starten: { $error }
client-start-failed = unsit konnte nicht starten ({ $status }); siehe sein Protokoll
client-start-silent = unsit hat in den { $seconds } s nach dem Start nicht geantwortet
client-already-running = unsit läuft bereits ({ $owner }); `unsit status` fragt es, `unsit quit` beendet es
client-name-taken = der Busname { $name } gehört { $owner }, und das ist nicht unsit; beende es und starte unsit dann erneut
usage-error = Fehler: { $message }
usage-unknown-command = unbekannter Befehl { $word }
usage-unknown-argument = unerwartetes Argument { $word }
usage-unexpected = unerwarteter Wert { $word }
usage-invalid-value = ungültiger Wert { $value } für { $arg }
usage-value-missing = { $arg } braucht einen Wert, aber es wurde keiner angegeben
usage-valid = mögliche Werte: { $values }
usage-missing-argument = diese nötigen Argumente fehlen: { $args }
usage-missing-command = { $command } braucht einen Befehl, aber es wurde keiner angegeben
usage-conflict = das Argument { $arg } lässt sich nicht zusammen mit { $prior } verwenden
usage-tip = Tipp: Es gibt etwas Ähnliches: { $word }
usage-more = Mehr dazu mit { $help }.

## Abgelehnte Werte: auf der Kommandozeile, im Einstellungsfenster oder in der Datei.
## Schlüssel und was man tippt (`desk`, `rotate`, `mon`) bleiben, wie sie sind.

list-or = { $rest } oder { $last }
error-not-a-range = `{ $given }` ist kein Zeitraum; erwartet wird HH:MM-HH:MM, etwa 09:00-17:30 (oder 22:00-06:00 über Mitternacht)
error-day = { $day }: { $error }
weekday-long = { $day ->
    [mon] Montag
    [tue] Dienstag
    [wed] Mittwoch
    [thu] Donnerstag
    [fri] Freitag
    [sat] Samstag
   *[sun] Sonntag
}
error-no-such-day = `{ $given }` ist kein Wochentag; erwartet wird mon, tue, wed, thu, fri, sat oder sun
error-not-seven-days = Arbeitszeiten brauchen sieben Tage, Montag zuerst, nicht { $n }
error-no-hours = ohne Stunden an irgendeinem Tag gäbe es gar keine Erinnerungen; gib einem Tag Stunden oder schalte die Arbeitszeit aus
error-duration-empty = leere Dauer; erwartet wird etwa 90s, 10m oder 1h30m
error-duration-malformed = `{ $given }` ist keine Dauer; erwartet wird eine Zahl mit h, m oder s, etwa 90s, 10m oder 1h30m
error-duration-no-unit = `{ $given }` hat keine Einheit; schreib { $given }m für Minuten oder { $given }s für Sekunden
error-duration-too-long = `{ $given }` ist zu lang
error-not-bool = { $key } ist true oder false, nicht { $given }
error-no-such-routine = es gibt keine Routine `{ $id }`; `unsit routines list` zeigt sie
error-wrong-type = { $key } ist { $expected }, nicht { $given }
error-no-such-setting = es gibt keine Einstellung `{ $key }`; die Einstellungen sind { $list }
error-not-one-of = { $key } ist { $words }, nicht `{ $given }`
error-no-such-equipment = es gibt kein Hilfsmittel `{ $given }`{ $hint }; { $key } ist eine Liste aus { $words }, oder none
# After a word that is not one unsit knows, the nearest that is.
error-did-you-mean = (meintest du { $word }?)
error-count = { $key } muss { $range } sein, nicht { $given }
count-range = { $min } bis { $max }
count-range-or = { $min } bis { $max }, oder { $none }

## Die Schlussabschnitte der Handbuchseite (`man unsit`): Wörter in Backticks werden fett gesetzt.

man-name = BEZEICHNUNG
man-synopsis = ÜBERSICHT
man-description = BESCHREIBUNG
man-options = OPTIONEN
man-extra = WEITERES
man-version = VERSION
man-exit-status = RÜCKGABEWERT
man-exit-0 = Erledigt.
man-exit-1 = Der Befehl ist fehlgeschlagen; die Meldung sagt, warum.
man-exit-2 = Ein Aufruffehler: ein Wort, eine Dauer oder ein Wert, der nicht verstanden wird.
man-exit-3 = Kein Hintergrunddienst läuft (für die Befehle, die ihn fragen), oder es gibt keinen Sitzungsbus.
man-files = DATEIEN
man-file-settings = Die Einstellungen (`unsit set`, das Einstellungsfenster). Eine Datei, die sich nicht lesen lässt, wird beiseitegelegt und gemeldet.
man-file-routines = Deine eigenen Routinen, neben den eingebauten (`unsit routines check` prüft sie), und ihre Übersetzungen, ID.LANG.toml.
man-file-history = Der Verlauf aller Erinnerungen, Antworten und Pausen (`unsit history`).
man-file-autostart = Vorhanden, solange die Einstellung `autostart` an ist.
man-environment = UMGEBUNG
man-env-lang = Die Sprache von unsit: die erste dieser Variablen, die gesetzt ist, außer die Einstellung `language` nennt eine. Mit LC_TIME, ob Uhrzeiten im 12- oder 24-Stunden-Format stehen.
man-env-rust-log = Wie viel der Hintergrunddienst protokolliert, z. B. `unsit=debug`.
man-see-also = SIEHE AUCH
man-see-also-text = { $ui } und eine Seite für jeden Befehl, etwa { $break_page } oder { $history_page }.
