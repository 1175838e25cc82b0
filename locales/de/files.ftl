# unsit in de: see ../en/files.ftl for the source and README.md for how to translate.

# Was in einer selbst geschriebenen Datei falsch ist: einer Routine, einer Übersetzung, den
# Einstellungen, dem Verlauf. Jede Meldung folgt auf „DATEI:ZEILE:SPALTE: “ und beginnt daher
# klein (außer bei Substantiven). Schlüssel, Abschnittsköpfe und Wörter, die in der Datei stehen
# müssen (`per_side = true`, [[phases]], "left", "rotate"), bleiben englisch. Was die Datei
# enthält oder was man tippt, steht in geraden Anführungszeichen "…", Übungsnamen in „…“.

## Eine Routinendatei (`unsit routines check` und eine eigene Routine, die ausgelassen wird)

read-not-utf8 = die Datei ist kein UTF-8-Text (Byte { $byte } an dieser Stelle); speichere sie als UTF-8
read-too-large = die Datei ist { $size } KiB groß; eine Routinendatei darf höchstens { $max } KiB groß sein
read-empty = die Datei ist leer; eine Routine braucht `id`, `title`, `summary`, [source] und [[phases]]
read-no-keys = die Datei enthält keine Schlüssel; eine Routine braucht `id`, `title`, `summary`, [source] und [[phases]]
# $message ist die Meldung des TOML-Lesers selbst (auf Englisch).
read-toml-syntax = TOML-Syntaxfehler: { $message }
read-duplicate-key = doppelter Schlüssel `{ $key }`; ein Schlüssel darf in einer Tabelle nur einmal vorkommen
read-cannot-read = die Datei kann nicht gelesen werden: { $error }
read-cannot-list = der Routinenordner kann nicht gelesen werden ({ $error }); nur die eingebauten Routinen werden geladen
# $other ist „DATEI:ZEILE:SPALTE“.
read-duplicate-id = doppelte ID "{ $id }": { $other } hat sie auch; diese Datei wird übersprungen

# Die Tabellen, in denen ein Schlüssel stehen kann, im Dativ nach „in“: „unbekannter Schlüssel `x`
# in einer Übung“, „`x` fehlt in einer Übung“. Ein Abschnitt mit Kopf ([source]) wird so
# gezeigt, wie er geschrieben ist: „in [source]“.
read-in-routine = der Routine
read-in-translation = der Übersetzung
read-in-phase = einem [[phases]]-Abschnitt
read-in-exercise = einer Übung
read-in-variant = einer leichteren oder schwereren Variante
read-in-prop = einem Hilfsmittel
read-in-keyframe = einem Schlüsselbild

read-unknown-key = unbekannter Schlüssel `{ $key }` in { $table }; erwartet wird { $keys }
read-unknown-key-near = unbekannter Schlüssel `{ $key }` in { $table }; meintest du `{ $near }`?
read-missing = `{ $key }` fehlt in { $table }: erwartet wird { $expected }

# „…, nicht X“: was statt des Erwarteten in der Datei steht (Nominativ).
read-given-text = der Text "{ $text }"
read-given-date = ein Datum
read-given-list = eine Liste
read-given-table = eine Tabelle
read-must-be = `{ $key }` muss { $expected } sein, nicht { $given }

# Was erwartet wird, im Nominativ: nach „erwartet wird“ (read-missing) und in „muss … sein“ (read-must-be).
read-expect-text = `{ $key } = "..."` (1 bis { $max } Zeichen)
read-expect-text-list = eine Liste aus 1 bis { $items } Texten (etwa `{ $key } = ["..."]`)
read-whole = eine ganze Zahl von { $lo } bis { $hi }
read-whole-seconds = eine ganze Zahl von { $lo } bis { $hi } Sekunden
read-whole-tempo = eine ganze Zahl von { $lo } bis { $hi } Sekunden pro Wiederholung
read-degrees = eine ganze Zahl von { $lo } bis { $hi } Grad
read-true-or-false = true oder false
read-one-of = { $words }
read-list-of = eine Liste aus { $words }
read-a-table = eine Tabelle [{ $key }]
read-table-written = eine als [{ $key }] geschriebene Tabelle
read-sections = mindestens ein { $header }-Abschnitt
# $example ist ein Hilfsmittel, wie es geschrieben wird: { kind = "ball", at = "pelvis" }
read-prop-list = eine Liste von Tabellen wie [{ $example }]

# $label ist ein Schlüssel, wie er geschrieben wird (`name`), oder eins hiervon (Nominativ).
read-label-item = Eintrag { $n } in `{ $key }`
read-label-equipment-item = jeder Eintrag in `equipment`

read-not-text = { $label } muss Text in Anführungszeichen sein, nicht { $given }
read-text-empty = { $label } ist leer; erwartet werden 1 bis { $max } Zeichen
read-text-long = { $label } ist { $chars } Zeichen lang; erlaubt sind höchstens { $max }
read-text-control = { $label } enthält einen Zeilenumbruch, einen Tabulator oder ein anderes Steuerzeichen; schreib alles in eine Zeile
read-not-word = { $label } muss { $words } sein, nicht { $given }
read-not-word-near = { $label } muss { $words } sein, nicht { $given }; meintest du "{ $near }"?
read-list-length = `{ $key }` hat { $count } Einträge; erwartet werden 1 bis { $items }
read-sections-empty = `{ $key }` ist leer; erwartet wird mindestens ein { $header }-Abschnitt
read-not-sections = `{ $key }` muss aus { $header }-Abschnitten bestehen, ist aber { $given }
read-equipment-twice = "{ $item }" steht zweimal in `equipment`
read-equipment-unlisted = "{ $item }" fehlt in der `equipment`-Liste der Routine; füge es dort hinzu
read-equipment-unused = "{ $item }" steht in der `equipment`-Liste der Routine, wird aber von keiner Übung genutzt
read-bad-id = `id` darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten und muss mit einem Buchstaben beginnen (etwa "anti-desk"); "{ $id }" passt nicht
read-phases-many = eine Routine darf höchstens { $max } Phasen haben; dies ist Phase { $n }
read-exercises-many = eine Routine darf höchstens { $max } Übungen haben; dies ist die { $n }. Übung
read-name-twice = der Übungsname „{ $name }“ kommt schon in Zeile { $line } vor; innerhalb einer Routine müssen die Namen verschieden sein
read-hold-or-reps = in { $table } steht entweder `hold` oder `reps`, nicht beides; entferne eins davon
read-no-dose = die Dosis dieser Übung fehlt: erwartet wird `hold = SEKUNDEN` ({ $hold_lo } bis { $hold_hi }) oder `reps = ANZAHL` ({ $reps_lo } bis { $reps_hi })
read-tempo-with-hold = `tempo` gibt die Sekunden pro Wiederholung an und gehört daher zu `reps`, nicht zu `hold`
read-switch-needs-per-side = `switch_sides` braucht `per_side = true`
read-rest-needs-sets = `rest` ist die Ruhezeit zwischen den Sätzen und braucht daher `sets` mit mindestens 2
read-side-needs-per-side = `side` sagt, was links bedeutet, und braucht daher `per_side = true`
read-side-no-left = `side` muss sagen, was links bedeutet, und dafür das Wort für links enthalten (etwa "linkes Bein hinten", "left leg back", "pierna izquierda atrás"); "{ $text }" enthält es nicht. Für die rechte Seite wird es durch das Wort für rechts ersetzt
read-props-many = `props` hat { $count } Einträge; eine Pose hat höchstens { $max }
read-prop-not-table = jedes Hilfsmittel muss eine Tabelle wie { $example } sein, nicht { $given }
read-pose-or-frames = eine Übung hat entweder `pose` oder eine Liste `frames`, nicht beides; entferne eins davon
read-frames-one = `frames` hat nur 1 Schlüsselbild; gib { $lo } bis { $hi } an oder, für eine Pose ohne Bewegung, einen Abschnitt [phases.exercises.pose]
read-frames-many = eine Übung darf höchstens { $max } Schlüsselbilder haben; dies ist Schlüsselbild { $n }
# $view und $first sind Werte von `view`, wie sie geschrieben werden: "front", "side".
read-frames-view = Schlüsselbild { $n } zeigt die Ansicht "{ $view }", Schlüsselbild 1 aber "{ $first }"; alle Schlüsselbilder einer Übung brauchen dieselbe `view`

## Die Übersetzung einer Routine (ID.LANG.toml)

read-no-original = eine Übersetzung von `{ $id }`, aber daneben liegt keine Datei { $id }.toml, und es gibt keine eingebaute Routine `{ $id }`
read-translation-phases = die Übersetzung hat { $count ->
        [one] { $count } [[phases]]-Abschnitt
       *[other] { $count } [[phases]]-Abschnitte
    }, die Routine { $routine }; übernimm die Abschnitte der Routine in derselben Reihenfolge
# $kind ist das `kind` der Phase, wie es geschrieben wird: "warm-up", "main", "cool-down".
read-translation-exercises = Phase { $n } ({ $kind }) hat in der Routine { $routine ->
        [one] { $routine } Übung
       *[other] { $routine } Übungen
    }, hier { $count }; übernimm die Übungen der Routine in derselben Reihenfolge
read-translation-missing = `{ $key }` fehlt; bis dahin erscheint der Text der Routine selbst
read-translation-missing-of = `{ $key }` der Übung „{ $name }“ fehlt; bis dahin erscheint der Text der Routine selbst
read-translation-missing-variant = in der Variante `{ $key }` der Übung „{ $name }“ fehlt `text`
read-translation-variant-table = `{ $key }` muss eine Tabelle [phases.exercises.{ $key }] mit `text` sein
read-translation-not-text = `{ $key }` wird nicht übersetzt: eine Übersetzung enthält nur Text ({ $keys }); alles andere kommt aus der Routine

## Die Einstellungsdatei (settings.toml)

# $problem ist, was falsch ist (eine andere Meldung oder die des TOML-Lesers auf Englisch).
# settings-file-must-be und die Erwartungen danach stehen im Nominativ: „place muss "desk" oder "home" sein“.
settings-file-ignored = { $problem }; es gelten die Standardeinstellungen
settings-file-unknown = unbekannte Einstellung `{ $key }`; bekannt sind { $keys }
settings-file-unknown-near = unbekannte Einstellung `{ $key }` (meintest du `{ $near }`?)
settings-file-using-default = { $problem }; es gilt der Standardwert ({ $default })
settings-file-using-routine = { $problem }; stattdessen gilt `{ $id }`
settings-file-must-be = { $key } muss { $expected } sein
settings-file-a-duration = eine Dauer in Anführungszeichen (etwa "90m")
settings-file-a-routine = die ID einer Routine in Anführungszeichen oder "rotate"
settings-file-hours = eine Tabelle [working_hours] mit einer Liste von Zeiträumen je Tag
settings-file-place = "desk" oder "home"
settings-file-language = "auto" oder ein Sprachcode wie "de"
settings-file-equipment = eine Liste wie ["ball", "cushion"] oder []
settings-file-whole = eine ganze Zahl
settings-file-whole-or = eine ganze Zahl oder "{ $word }"
settings-file-not-a-day = working_hours.{ $day }: kein Wochentag; erwartet wird einer dieser Tage: { $days }
settings-file-day-list = working_hours.{ $day } muss eine Liste von Zeiträumen sein, etwa ["09:00-17:00"]
settings-file-range-text = ein Zeitraum muss Text in Anführungszeichen sein, etwa "09:00-17:00"
settings-file-range-left-out = working_hours.{ $day }: { $problem }; dieser Zeitraum wird ignoriert
settings-file-equipment-item = { $key }: jeder Eintrag muss ein Wort in Anführungszeichen sein, etwa "ball"
settings-file-not-utf8 = die Datei ist kein UTF-8-Text; es gelten die Standardeinstellungen
settings-file-unreadable = die Datei kann nicht gelesen werden ({ $error }); es gelten die Standardeinstellungen
settings-file-kept-aside = { $path } bleibt unverändert und wurde nach { $copy } kopiert; bis die Datei korrigiert ist, läuft unsit mit den Standardeinstellungen
# Eine Einstellung, die auf der Kommandozeile oder in einem Fenster geändert wurde, ließ sich nicht in die Datei schreiben.
settings-save-unreadable = { $path } kann nicht gelesen werden ({ $error }); die Einstellung wurde nicht gespeichert
# $place ist „DATEI:ZEILE:SPALTE“.
settings-save-broken = { $place }: { $problem }; die Einstellung wurde nicht gespeichert, korrigiere zuerst die Datei
settings-save-unwritable = { $path } kann nicht geschrieben werden ({ $error }); die Einstellung wurde nicht gespeichert

## Die Verlaufsdatei (history.sqlite)

history-file-moved = { $path } { $why ->
        [not-a-database] war keine Datenbank
       *[damaged] war beschädigt
    } ({ $error }); die Datei wurde nach { $aside } verschoben und ein neuer Verlauf angelegt
history-file-stuck = { $path } { $why ->
        [not-a-database] war keine Datenbank
       *[damaged] war beschädigt
    } ({ $error }) und lässt sich nicht beiseiteschieben ({ $moving }); es wird kein Verlauf aufgezeichnet
history-file-not-recorded = { $problem }; es wird kein Verlauf aufgezeichnet
history-file-lost = Ereignisse konnten nicht gespeichert werden (das erste verlorene um { $first }): { $problem }
history-file-newer = { $path } wurde von einer neueren unsit-Version geschrieben (Verlaufsversion { $found }; diese Version kennt { $known }); die Datei bleibt unverändert
history-file-no-folder = { $path } kann nicht angelegt werden: { $error }
history-file-off = es wird kein Verlauf aufgezeichnet: { $problem }
