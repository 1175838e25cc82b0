# What is wrong in a file a person wrote: a routine, a routine's translation, the settings file,
# and the history file. Each message is shown after "FILE:LINE:COLUMN: " and says what was found,
# what was expected, and what happens now. Keys, section headers and words a file must hold
# (`per_side = true`, [[phases]], "left", "rotate") stay as they are written, in every language:
# the file is read in English words.
#
# These messages are read only when a file has a mistake, so a process that finds none never
# loads them.

## A routine file (`unsit routines check`, and a user's routine that is left out)

read-not-utf8 = the file is not UTF-8 text (byte { $byte } here); save it as UTF-8
read-too-large = the file is { $size } KiB; a routine file may be at most { $max } KiB
read-empty = the file is empty; a routine needs `id`, `title`, `summary`, [source] and [[phases]]
read-no-keys = the file has no keys; a routine needs `id`, `title`, `summary`, [source] and [[phases]]
# $message is the TOML reader's own message (in English).
read-toml-syntax = TOML syntax: { $message }
read-duplicate-key = duplicate key `{ $key }`; a key may be set only once in a table
read-cannot-read = cannot read it: { $error }
read-cannot-list = cannot list the routines directory ({ $error }); only the built-ins are loaded
# $other is "FILE:LINE:COLUMN".
read-duplicate-id = duplicate id "{ $id }": { $other } has it too; this file is left out

# The tables a key can be in, for "unknown key `x` in …" and "missing `x` in …". A section's
# header ([source]) is shown as written.
read-in-routine = the routine
read-in-translation = the translation
read-in-phase = a [[phases]] section
read-in-exercise = an exercise
read-in-variant = an easier or harder version
read-in-prop = a prop
read-in-keyframe = a keyframe

read-unknown-key = unknown key `{ $key }` in { $table }; expected one of { $keys }
read-unknown-key-near = unknown key `{ $key }` in { $table }; did you mean `{ $near }`?
read-missing = missing `{ $key }` in { $table }: expected { $expected }

# "…, not X": what a file holds instead of what was expected.
read-given-text = the text "{ $text }"
read-given-date = a date
read-given-list = a list
read-given-table = a table
read-must-be = `{ $key }` must be { $expected }, not { $given }

# What is expected, for read-missing and read-must-be.
read-expect-text = `{ $key } = "..."` (1 to { $max } characters)
read-expect-text-list = a list of 1 to { $items } texts, like `{ $key } = ["..."]`
read-whole = a whole number from { $lo } to { $hi }
read-whole-seconds = a whole number of seconds from { $lo } to { $hi }
read-whole-tempo = a whole number of seconds per repetition from { $lo } to { $hi }
read-degrees = a whole number of degrees from { $lo } to { $hi }
read-true-or-false = true or false
read-one-of = one of { $words }
read-list-of = a list of { $words }
read-a-table = a [{ $key }] table
read-table-written = a table, written [{ $key }]
read-sections = at least one { $header } section
# $example is a prop as written: { kind = "ball", at = "pelvis" }
read-prop-list = a list of tables like [{ $example }]

# $label is a key as written (`name`), or one of these.
read-label-item = `{ $key }` item { $n }
read-label-equipment-item = each `equipment` item

read-not-text = { $label } must be text in quotes, not { $given }
read-text-empty = { $label } is empty; expected 1 to { $max } characters
read-text-long = { $label } is { $chars } characters long; at most { $max } are allowed
read-text-control = { $label } has a line break, tab or other control character; write it on one line
read-not-word = { $label } must be one of { $words }, not { $given }
read-not-word-near = { $label } must be one of { $words }, not { $given }; did you mean "{ $near }"?
read-list-length = `{ $key }` has { $count } items; expected 1 to { $items }
read-sections-empty = `{ $key }` is empty; expected at least one { $header } section
read-not-sections = `{ $key }` must be written as { $header } sections, not { $given }
read-equipment-twice = "{ $item }" is listed twice in `equipment`
read-equipment-unlisted = "{ $item }" is not in the routine's `equipment` list; add it there
read-equipment-unused = "{ $item }" is in the routine's `equipment` but no exercise uses it
read-bad-id = `id` must be lowercase letters, digits and dashes, starting with a letter (like "anti-desk"), not "{ $id }"
read-phases-many = a routine may have at most { $max } phases; this is phase { $n }
read-exercises-many = a routine may have at most { $max } exercises; this is number { $n }
read-name-twice = the exercise name "{ $name }" is already used on line { $line }; names must differ within a routine
read-hold-or-reps = { $table } has `hold` or `reps`, not both; remove one
read-no-dose = missing the dose of this exercise: expected `hold = SECONDS` ({ $hold_lo } to { $hold_hi }) or `reps = COUNT` ({ $reps_lo } to { $reps_hi })
read-tempo-with-hold = `tempo` is the seconds per repetition, so it goes with `reps`, not `hold`
read-switch-needs-per-side = `switch_sides` needs `per_side = true`
read-rest-needs-sets = `rest` is the rest between sets, so it needs `sets` of 2 or more
read-side-needs-per-side = `side` says what "left" means, so it needs `per_side = true`
read-side-no-left = `side` must say what left means, with the word for left in it (like "left leg back", "linkes Bein hinten", "pierna izquierda atrás"), not "{ $text }"; the right side reads the same with the word for right
read-props-many = `props` has { $count } items; a pose has at most { $max }
read-prop-not-table = each prop is a table like { $example }, not { $given }
read-pose-or-frames = an exercise has one `pose` or a list of `frames`, not both; remove one
read-frames-one = `frames` has 1 keyframe; give { $lo } to { $hi }, or one [phases.exercises.pose] for a still pose
read-frames-many = an exercise has at most { $max } keyframes; this is number { $n }
# $view and $first are the words of `view`: "front", "side".
read-frames-view = keyframe { $n } is seen from the { $view } and keyframe 1 from the { $first }; every keyframe of an exercise has the same `view`

## A routine's translation (ID.LANG.toml)

read-no-original = a translation of `{ $id }`, but there is no { $id }.toml next to it and no built-in routine `{ $id }`
read-translation-phases = the translation has { $count } [[phases]] sections and the routine { $routine }; keep the routine's sections, in its order
# $kind is the phase's `kind` as written: "warm-up", "main", "cool-down".
read-translation-exercises = phase { $n } ({ $kind }) has { $routine } exercises in the routine, and { $count } here; keep the routine's exercises, in its order
read-translation-missing = missing `{ $key }`; until it is here, the routine's own shows
read-translation-missing-of = missing `{ $key }` of exercise "{ $name }"; until it is here, the routine's own text shows
read-translation-missing-variant = missing `text` of the { $key } version of exercise "{ $name }"
read-translation-variant-table = `{ $key }` must be a table, [phases.exercises.{ $key }], with `text`
read-translation-not-text = `{ $key }` is not translated: a translation holds only text ({ $keys }); the rest comes from the routine

## The settings file (settings.toml)

# $problem is what is wrong (another message, or the TOML reader's own in English).
settings-file-ignored = { $problem }; using the default settings
settings-file-unknown = unknown setting `{ $key }`, expected one of { $keys }
settings-file-unknown-near = unknown setting `{ $key }` (did you mean `{ $near }`?)
settings-file-using-default = { $problem }; using the default ({ $default })
settings-file-using-routine = { $problem }; using `{ $id }`
settings-file-must-be = { $key } must be { $expected }
settings-file-a-duration = a duration in quotes, like "90m"
settings-file-a-routine = a routine's id in quotes, or "rotate"
settings-file-hours = a table, [working_hours], with a list of ranges per day
settings-file-place = "desk" or "home"
settings-file-language = "auto" or a language's code, like "de"
settings-file-equipment = a list, like ["ball", "cushion"], or []
settings-file-whole = a whole number
settings-file-whole-or = a whole number, or "{ $word }"
settings-file-not-a-day = working_hours.{ $day }: not a weekday; expected one of { $days }
settings-file-day-list = working_hours.{ $day } must be a list of ranges, like ["09:00-17:00"]
settings-file-range-text = a range must be text in quotes, like "09:00-17:00"
settings-file-range-left-out = working_hours.{ $day }: { $problem }; this range is left out
settings-file-equipment-item = { $key }: each item must be a word in quotes, like "ball"
settings-file-not-utf8 = the file is not UTF-8 text; using the default settings
settings-file-unreadable = cannot read it ({ $error }); using the default settings
settings-file-kept-aside = { $path } is kept as it is and copied to { $copy }; unsit runs on the default settings until it is fixed
# A setting changed from the command line or a window could not be written to the file.
settings-save-unreadable = cannot read { $path } ({ $error }); the setting was not saved
# $place is "FILE:LINE:COLUMN".
settings-save-broken = { $place }: { $problem }; fix the file first, the setting was not saved
settings-save-unwritable = cannot write { $path } ({ $error }); the setting was not saved

## The history file (history.sqlite)

history-file-moved = { $path } { $why ->
        [not-a-database] was not a database
       *[damaged] was damaged
    } ({ $error }); it was moved to { $aside } and a new history started
history-file-stuck = { $path } { $why ->
        [not-a-database] was not a database
       *[damaged] was damaged
    } ({ $error }) and cannot be moved aside ({ $moving }); no history is recorded
history-file-not-recorded = { $problem }; no history is recorded
history-file-lost = events could not be saved (the first lost at { $first }): { $problem }
history-file-newer = { $path } was written by a newer unsit (history version { $found }; this one knows { $known }); it is left as it is
history-file-no-folder = cannot create { $path }: { $error }
history-file-off = no history is being recorded: { $problem }
