# unsit in es: see ../en/files.ftl for the source and README.md for how to translate.
# Qué está mal en un archivo escrito a mano: una rutina, la traducción de una rutina, el archivo de
# ajustes y el del historial. Cada mensaje va tras «ARCHIVO:LÍNEA:COLUMNA: » y dice qué se ha
# encontrado, qué se esperaba y qué pasa ahora. Las claves, las cabeceras de sección y las palabras
# que el archivo debe contener (`per_side = true`, [[phases]], "left", "rotate") se quedan tal cual:
# los archivos se escriben con palabras en inglés.
# Términos: clave (TOML key), sección (section), tabla (table), postura (pose), fotograma clave
# (keyframe), accesorio (prop), material (equipment), intervalo horario (range).
#
# Estos mensajes solo se leen cuando un archivo tiene un error.

## Un archivo de rutina (`unsit routines check`, y una rutina propia que se deja fuera)

read-not-utf8 = el archivo no es texto UTF-8 (hay un byte { $byte } en este punto); guárdalo como UTF-8
read-too-large = el archivo ocupa { $size } KiB; un archivo de rutina puede ocupar como máximo { $max } KiB
read-empty = el archivo está vacío; una rutina necesita `id`, `title`, `summary`, [source] y [[phases]]
read-no-keys = el archivo no tiene ninguna clave; una rutina necesita `id`, `title`, `summary`, [source] y [[phases]]
# $message es el mensaje del propio lector de TOML (en inglés).
read-toml-syntax = error de sintaxis TOML: { $message }
read-duplicate-key = clave `{ $key }` repetida; una clave solo puede aparecer una vez en cada tabla
read-cannot-read = no se puede leer: { $error }
read-cannot-list = no se puede leer la carpeta de rutinas ({ $error }); solo se cargan las rutinas incluidas
# $other es «ARCHIVO:LÍNEA:COLUMNA».
read-duplicate-id = el id "{ $id }" está repetido: { $other } también lo usa; no se carga este archivo

# Las tablas donde puede estar una clave, para «clave desconocida `x` en …» y «falta `x` en …».
# La cabecera de una sección ([source]) se muestra tal como está escrita.
read-in-routine = la rutina
read-in-translation = la traducción
read-in-phase = esta sección [[phases]]
read-in-exercise = este ejercicio
read-in-variant = esta versión más fácil o más difícil del ejercicio
read-in-prop = este accesorio
read-in-keyframe = este fotograma clave

read-unknown-key = clave desconocida `{ $key }` en { $table }; se espera { $keys }
read-unknown-key-near = clave desconocida `{ $key }` en { $table }; ¿querías decir `{ $near }`?
read-missing = falta `{ $key }` en { $table }: se espera { $expected }

# «…, no X»: lo que hay en el archivo en lugar de lo esperado.
read-given-text = el texto "{ $text }"
read-given-date = una fecha
read-given-list = una lista
read-given-table = una tabla
read-must-be = `{ $key }` debe ser { $expected }, no { $given }

# Lo que se espera, para read-missing y read-must-be.
read-expect-text = `{ $key } = "..."` (entre 1 y { $max } caracteres)
read-expect-text-list = una lista de entre 1 y { $items } textos, como `{ $key } = ["..."]`
read-whole = un número entero entre { $lo } y { $hi }
read-whole-seconds = un número entero de segundos entre { $lo } y { $hi }
read-whole-tempo = un número entero de segundos por repetición entre { $lo } y { $hi }
read-degrees = un número entero de grados entre { $lo } y { $hi }
read-true-or-false = true o false
# $words ya es una lista con «o»: "a", "b" o "c".
read-one-of = { $words }
read-list-of = una lista de { $words }
read-a-table = una tabla [{ $key }]
read-table-written = una tabla, escrita como [{ $key }]
read-sections = al menos una sección { $header }
# $example es un accesorio tal como se escribe: { kind = "ball", at = "pelvis" }
read-prop-list = una lista de tablas como [{ $example }]

# $label es una clave tal como se escribe (`name`), o una de estas.
read-label-item = el elemento { $n } de `{ $key }`
read-label-equipment-item = cada elemento de `equipment`

read-not-text = { $label } debe ser texto entre comillas, no { $given }
read-text-empty = { $label } está vacío; se esperan entre 1 y { $max } caracteres
read-text-long = { $label } tiene { $chars } caracteres; se admiten como máximo { $max }
read-text-control = { $label } contiene un salto de línea, un tabulador u otro carácter de control; escríbelo en una sola línea
read-not-word = { $label } debe ser { $words }, no { $given }
read-not-word-near = { $label } debe ser { $words }, no { $given }; ¿querías decir "{ $near }"?
read-list-length = `{ $key }` tiene { $count } elementos; se esperan entre 1 y { $items }
read-sections-empty = `{ $key }` está vacío; se espera al menos una sección { $header }
read-not-sections = `{ $key }` debe escribirse como secciones { $header }, no como { $given }
read-equipment-twice = "{ $item }" aparece dos veces en `equipment`
read-equipment-unlisted = "{ $item }" no está en la lista `equipment` de la rutina; añádelo allí
read-equipment-unused = "{ $item }" está en la lista `equipment` de la rutina, pero ningún ejercicio lo usa
read-bad-id = `id` debe estar formado por letras minúsculas, cifras y guiones, y empezar por una letra (como "anti-desk"), no "{ $id }"
read-phases-many = una rutina puede tener como máximo { $max } fases; esta es la fase { $n }
read-exercises-many = una rutina puede tener como máximo { $max } ejercicios; este es el ejercicio número { $n }
read-name-twice = el nombre de ejercicio "{ $name }" ya se usa en la línea { $line }; dentro de una rutina, los nombres no pueden repetirse
read-hold-or-reps = `hold` y `reps` no pueden ir juntos en { $table }; quita uno de los dos
read-no-dose = falta la dosis de este ejercicio: se espera `hold = SEGUNDOS` (de { $hold_lo } a { $hold_hi }) o `reps = NÚMERO` (de { $reps_lo } a { $reps_hi })
read-tempo-with-hold = `tempo` son los segundos por repetición, así que va con `reps`, no con `hold`
read-switch-needs-per-side = `switch_sides` necesita `per_side = true`
read-rest-needs-sets = `rest` es el descanso entre series, así que necesita `sets` con un valor de 2 o más
read-side-needs-per-side = `side` indica cuál es el lado izquierdo, así que necesita `per_side = true`
read-side-no-left = `side` debe indicar cuál es el lado izquierdo y contener la palabra «izquierda» en el idioma del texto (como "pierna izquierda atrás", "left leg back", "linkes Bein hinten"), no "{ $text }"; el lado derecho se lee igual, cambiando esa palabra por la de «derecha»
read-props-many = `props` tiene { $count } elementos; una postura admite como máximo { $max }
read-prop-not-table = cada accesorio debe ser una tabla como { $example }, no { $given }
read-pose-or-frames = un ejercicio tiene una `pose` o una lista de `frames`, no las dos cosas; quita una
read-frames-one = `frames` tiene 1 fotograma clave; pon entre { $lo } y { $hi }, o una sola sección [phases.exercises.pose] para una postura estática
read-frames-many = un ejercicio admite como máximo { $max } fotogramas clave; este es el número { $n }
# $view y $first son valores de `view`: "front", "side".
read-frames-view = el fotograma clave { $n } tiene `view = "{ $view }"` y el fotograma clave 1, `view = "{ $first }"`; todos los fotogramas clave de un ejercicio deben tener el mismo valor de `view`

## La traducción de una rutina (ID.LANG.toml)

read-no-original = es una traducción de `{ $id }`, pero no hay ningún { $id }.toml a su lado ni ninguna rutina incluida `{ $id }`
read-translation-phases = la traducción tiene { $count ->
        [one] { $count } sección
       *[other] { $count } secciones
    } [[phases]] y la rutina, { $routine }; conserva las secciones de la rutina, en el mismo orden
# $kind es el `kind` de la fase tal como está escrito: "warm-up", "main", "cool-down".
read-translation-exercises = la fase { $n } ({ $kind }) tiene { $routine ->
        [one] { $routine } ejercicio
       *[other] { $routine } ejercicios
    } en la rutina y { $count } aquí; conserva los ejercicios de la rutina, en el mismo orden
read-translation-missing = falta `{ $key }`; mientras no esté, se muestra el texto original de la rutina
read-translation-missing-of = falta `{ $key }` en el ejercicio "{ $name }"; mientras no esté, se muestra el texto original de la rutina
read-translation-missing-variant = falta `text` en la versión `{ $key }` del ejercicio "{ $name }"
read-translation-variant-table = `{ $key }` debe ser una tabla, [phases.exercises.{ $key }], con `text`
read-translation-not-text = `{ $key }` no se traduce: una traducción solo contiene texto ({ $keys }); lo demás se toma de la rutina

## El archivo de ajustes (settings.toml)

# $problem es lo que está mal (otro mensaje, o el del propio lector de TOML, en inglés).
settings-file-ignored = { $problem }; se usan los ajustes predeterminados
settings-file-unknown = ajuste desconocido `{ $key }`; se espera uno de estos: { $keys }
settings-file-unknown-near = ajuste desconocido `{ $key }` (¿querías decir `{ $near }`?)
settings-file-using-default = { $problem }; se usa el valor predeterminado ({ $default })
settings-file-using-routine = { $problem }; se usa `{ $id }`
settings-file-must-be = { $key } debe ser { $expected }
settings-file-a-duration = una duración entre comillas, como "90m"
settings-file-a-routine = el id de una rutina entre comillas, o "rotate"
settings-file-hours = una tabla, [working_hours], con una lista de intervalos horarios para cada día
settings-file-place = "desk" o "home"
settings-file-language = "auto" o el código de un idioma, como "de"
settings-file-equipment = una lista, como ["ball", "cushion"], o []
settings-file-whole = un número entero
settings-file-whole-or = un número entero, o "{ $word }"
settings-file-not-a-day = working_hours.{ $day }: no es un día de la semana; se espera uno de estos: { $days }
settings-file-day-list = working_hours.{ $day } debe ser una lista de intervalos horarios, como ["09:00-17:00"]
settings-file-range-text = un intervalo horario debe ser texto entre comillas, como "09:00-17:00"
settings-file-range-left-out = working_hours.{ $day }: { $problem }; se omite este intervalo
settings-file-equipment-item = { $key }: cada elemento debe ser una palabra entre comillas, como "ball"
settings-file-not-utf8 = el archivo no es texto UTF-8; se usan los ajustes predeterminados
settings-file-unreadable = no se puede leer ({ $error }); se usan los ajustes predeterminados
settings-file-kept-aside = { $path } se deja tal como está y se copia en { $copy }; unsit usa los ajustes predeterminados hasta que se corrija
# Un ajuste cambiado desde la línea de comandos o desde una ventana no se ha podido escribir en el archivo.
settings-save-unreadable = no se puede leer { $path } ({ $error }); el ajuste no se ha guardado
# $place es «ARCHIVO:LÍNEA:COLUMNA».
settings-save-broken = { $place }: { $problem }; corrige antes el archivo: el ajuste no se ha guardado
settings-save-unwritable = no se puede escribir en { $path } ({ $error }); el ajuste no se ha guardado

## El archivo del historial (history.sqlite)

history-file-moved = { $path } { $why ->
        [not-a-database] no era una base de datos
       *[damaged] estaba dañado
    } ({ $error }); se ha movido a { $aside } y se ha empezado un historial nuevo
history-file-stuck = { $path } { $why ->
        [not-a-database] no era una base de datos
       *[damaged] estaba dañado
    } ({ $error }) y no se puede apartar ({ $moving }); no se está guardando el historial
history-file-not-recorded = { $problem }; no se está guardando el historial
history-file-lost = hay eventos que no se han podido guardar (primer evento perdido: { $first }): { $problem }
history-file-newer = { $path } lo escribió una versión más reciente de unsit (versión del historial { $found }; esta solo conoce la { $known }); se deja tal como está
history-file-no-folder = no se puede crear { $path }: { $error }
history-file-off = no se está guardando el historial: { $problem }
