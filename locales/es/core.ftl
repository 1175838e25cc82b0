# unsit in es: see ../en/core.ftl for the source and README.md for how to translate.
# Las palabras de unsit para el proceso residente, la bandeja, las notificaciones y la línea de comandos.
# Las variables ({ $name }) las rellena el programa.
# Ajustes (settings) = «Ajustes»; posponer (snooze) = «Posponer»; omitir (skip) = «Omitir».

## Duraciones y horas

# Una duración de menos de un minuto, en minutos, en horas, en horas y minutos («1 h 5 min»).
duration-s = { $s } s
duration-min = { $min } min
duration-h = { $h } h
duration-h-min = { $h } h { $min } min
duration-range = de { $min } a { $max }
out-of-range = { $what } debe estar entre { $min } y { $max }, no { $value }
limit-snooze = Posponer
limit-idle-reset = El tiempo de ausencia que cuenta como pausa
limit-interval = El intervalo entre pausas
limit-pause = Una pausa de los avisos
limit-hold-max = La espera máxima a que acabe un momento de calma

# Una hora en reloj de 12 horas; «time» ya es «2:30».
time-am = { $time } a. m.
time-pm = { $time } p. m.
# Una hora de otro día que no es hoy: «mar 08:00».
time-on-day = { $day } { $time }
weekday = { $day ->
    [mon] lun
    [tue] mar
    [wed] mié
    [thu] jue
    [fri] vie
    [sat] sáb
   *[sun] dom
}

## La línea de estado (bandeja y `unsit status`)

status-due = Toca pausa
status-in-session = Pausa en curso
status-paused = Avisos en pausa
status-paused-until = Avisos en pausa hasta { $time }
status-off-hours = Fuera de horario
status-away = Ausente · descansando
status-snoozed = Pospuesta · pausa en { $until }
status-counting = { $sitting } sin levantarte · pausa en { $until }
status-sitting = { $sitting } sin levantarte
# `unsit status`: las líneas bajo la línea de estado.
status-away-time = tiempo de ausencia: { $how }
status-settings-problem = ajustes: { $problem }
status-history-problem = historial: { $problem }
idle-source-wayland = del compositor Wayland (ext-idle-notify)
idle-source-mutter = del monitor de inactividad de GNOME
idle-source-x11 = del servidor X (MIT-SCREEN-SAVER)
idle-source-none = no se sabe cuándo te ausentas: cada minuto cuenta como tiempo en la silla
held-call = Toca pausa al acabar la llamada
held-full-screen = Toca pausa al salir de pantalla completa
held-do-not-disturb = Toca pausa al desactivar «No molestar»
held-inhibitor = Toca pausa cuando { $by } deje de mantener la pantalla encendida

## El aviso

reminder-summary = Hora de levantarte
# «Llevas 2 h sin levantarte. Pausa antiescritorio · 5 min: liberar, estirar, activar.»
reminder-body = Llevas { $sat_for } sin levantarte. { $label }: { $phases }.
reminder-start = Empezar
reminder-skip = Omitir
reminder-snooze = Posponer { $snooze }

## Rutinas, fases, lugares y material

# La duración de una rutina y su etiqueta en los menús: «Pausa antiescritorio · 5 min».
routine-length-s = { $s } s
routine-length-min = { $min } min
routine-label = { $title } · { $length }
routine-label-long = { $title } · { $length } (larga)
routine-rotate = Por turnos
phase-release = Liberar
    .inline = liberar
phase-stretch = Estirar
    .inline = estirar
phase-activate = Activar
    .inline = activar
# La etiqueta del lado cuando la rutina no dice qué significa «izquierda».
side-left = Izquierda
side-right = Derecha
# Qué son «izquierda» y «derecha» en el texto de lado de una rutina («pierna izquierda atrás»), palabra
# por palabra, separadas por espacios: el lado derecho cambia cada palabra por la que ocupa el mismo lugar.
side-words-left = izquierda izquierdo izquierdas izquierdos Izquierda Izquierdo Izquierdas Izquierdos
side-words-right = derecha derecho derechas derechos Derecha Derecho Derechas Derechos
# Una dosis: «20 s», «8 repeticiones».
dose-hold = { $s } s
dose-reps = { $n ->
    [one] { $n } repetición
   *[other] { $n } repeticiones
}
place-desk = Mesa
place-home = Casa
place-at-desk = En la mesa
place-at-home = En casa
place-instead = { $at }: { $routine } en lugar de { $chosen }
# «En la mesa · sin material», «En casa · una pelota, un cojín».
place-line = { $place } · { $have }
place-no-equipment = sin material
equipment-ball = una pelota
equipment-peanut = una pelota doble
equipment-foam-roller = un rodillo de espuma
equipment-band = una banda elástica
equipment-cushion = un cojín
equipment-ball-long = una pelota de masaje, como una de tenis o de lacrosse
equipment-peanut-long = dos pelotas unidas con cinta adhesiva (una pelota doble)
equipment-foam-roller-long = un rodillo de espuma
equipment-band-long = una banda elástica y un punto donde anclarla
equipment-cushion-long = un cojín o una toalla doblada
# Por qué una rutina no encaja donde estás: «necesita el suelo y una pelota».
# Va detrás del título de la rutina: «Pausa antiescritorio apenas se puede hacer aquí».
misfit-floor = el suelo
misfit-needs = necesita { $what }
misfit-little = apenas se puede hacer aquí
# Palabras para unir una lista: «a, b y c».
list-and = { $rest } y { $last }
list-comma = { $rest }, { $next }
# Por qué se dejó fuera un ejercicio de un plan.
left-out-floor = se hace en el suelo
left-out-equipment = necesita { $what }
left-out-optional = es opcional y hay poco tiempo
left-out-time = hay poco tiempo
step-switch = Cambia de lado
step-rest = Descansa

## Consejos de seguridad: una línea en el resumen y los consejos completos tras su enlace

safety = Muévete con suavidad. Los estiramientos tiran y el trabajo con pelota puede molestar, pero nada debería doler de forma punzante: si pasa, para. Consulta a un profesional si el dolor no se va o después de una caída.
safety-full-1 = Muévete despacio y respira. Un estiramiento debe tirar, nunca doler.
safety-full-2 = El trabajo con pelota y rodillo puede molestar, como cuando aprietas un moratón: busca más o menos un 5 en una escala del 0 al 10. Si el dolor es punzante, quema o se irradia, afloja o cambia la pelota de sitio.
safety-full-3 = Para y consulta a un médico o fisioterapeuta si el dolor no se va o empeora, si aparece tras una lesión o una caída, o si notas hormigueo o adormecimiento en una pierna.
safety-full-4 = Busca atención médica de inmediato si el dolor de espalda viene con alguno de estos síntomas: dificultad para orinar o para controlar la vejiga o el intestino, pérdida de sensibilidad en la ingle o las nalgas, debilidad en una pierna, fiebre, o un dolor que empeora por la noche y no se alivia con reposo.
safety-full-5 = ¿Estás embarazada, te han operado hace poco o tienes osteoporosis o una hernia? Lee las precauciones de cada ejercicio y pregunta a tu médico qué movimientos te convienen.

## Historial: las pausas de hoy, la racha, las fechas

# «3.ª pausa de hoy»: en español se usa $n, no $ordinal (el ordinal inglés).
tally-today = { $n ->
   *[other] { $n }.ª pausa de hoy
}
# «4 días seguidos con 3 pausas o más», «1 día con una pausa».
streak = { $days ->
    [one] 1 día
   *[other] { $days } días seguidos
} con { $goal ->
    [one] una pausa
   *[other] { $goal } pausas o más
}
# Una fecha en la tabla del historial: «dom 29 nov».
date-short = { $weekday } { $day } { $month }
month = { $month ->
    [jan] ene
    [feb] feb
    [mar] mar
    [apr] abr
    [may] may
    [jun] jun
    [jul] jul
    [aug] ago
    [sep] sept
    [oct] oct
    [nov] nov
   *[dec] dic
}
# Una cantidad en la respuesta a un ajuste: «3 pausas», «30 días» o sin límite.
count-breaks = { $n ->
    [one] 1 pausa
   *[other] { $n } pausas
}
count-days = { $n ->
    [one] 1 día
   *[other] { $n } días
}
count-forever = para siempre

## Cómo terminó una pausa

outcome-completed = completada en { $took }
outcome-skipped = cerrada antes de empezar: pausa omitida
outcome-stopped = detenida en el paso { $reached } de { $total }, { $done ->
    [one] { $done } hecho
   *[other] { $done } hechos
} ({ $took })
result-completed = Completada
result-skipped = Omitida (cerrada antes de empezar)
result-stopped = Detenida en el paso { $reached } de { $total }, { $done ->
    [one] { $done } hecho
   *[other] { $done } hechos
}

## El menú de la bandeja

tray-start = Empezar pausa ahora
tray-snooze = Posponer
tray-skip = Omitir esta pausa
tray-pause = Pausar avisos
tray-resume = Reanudar avisos
tray-at = Dónde estoy
tray-every = Avisarme cada
tray-routine = Rutina
tray-settings = Ajustes…
tray-history = Historial…
tray-quit = Salir
tray-minutes = { $min } min
tray-pause-30-min = 30 min
tray-pause-1-hour = 1 hora
tray-pause-2-hours = 2 horas
tray-pause-tomorrow = Hasta mañana
tray-pause-resume = Hasta que los reanude

## Respuestas a los comandos (`unsit snooze`, la bandeja, la ventana de ajustes)

answer-break-started = Pausa iniciada: { $label }
answer-not-started = { $error }; no se ha iniciado la pausa
answer-snoozed = Pausa pospuesta { $by }; el próximo aviso llegará a las { $at }
answer-skipped = Pausa omitida; el tiempo en la silla vuelve a contar desde cero
answer-paused-until = Avisos en pausa hasta { $until }
answer-paused = Avisos en pausa hasta que los reanudes (`unsit resume`)
answer-resumed = Avisos reanudados; el tiempo en la silla vuelve a contar desde cero
answer-quitting = unsit se está cerrando
answer-forgot = { $n ->
    [one] Borrado 1 evento anterior al { $day }
   *[other] Borrados { $n } eventos anteriores al { $day }
}
answer-interval = Una pausa cada { $interval }; { $next }
answer-next-due-now = ya toca una pausa
answer-next-at = la próxima: { $at }
answer-next-held = los avisos están en espera por ahora
answer-idle-reset = Alejarte del ordenador { $idle } cuenta como pausa
answer-snooze = «Posponer» aplaza la pausa { $snooze }
answer-hold-max = Una pausa pendiente espera como mucho { $hold } a que termine lo que la retiene
answer-waits-for = Una pausa pendiente espera si se detecta { $what }
answer-no-longer-waits-for = Una pausa pendiente ya no espera aunque se detecte { $what }
quiet-call-long = una llamada (cámara o micrófono en uso)
quiet-full-screen = una ventana a pantalla completa
quiet-do-not-disturb = el modo «No molestar»
quiet-inhibitors = una aplicación que mantiene la pantalla encendida
answer-working-hours = Avisos solo en horario laboral
answer-any-hour = Avisos a cualquier hora
answer-rotate = Rutinas por turnos; la próxima pausa: { $label }
answer-sound-on = Sonidos activados
answer-sound-off = Sonidos desactivados
answer-voice-on = Indicaciones por voz activadas
answer-voice-off = Indicaciones por voz desactivadas
answer-counts-on = La voz cuenta las repeticiones
answer-counts-off = La voz no cuenta las repeticiones
answer-floor-view-on = Los ejercicios en el suelo empiezan en la vista grande
answer-floor-view-off = Todos los ejercicios empiezan en la vista normal
answer-autostart-on = unsit se inicia con el escritorio
answer-autostart-off = unsit ya no se inicia con el escritorio
answer-streak = Un día con { $goal } cuenta para tu racha
answer-keep-history = El historial se guarda durante { $days }; los eventos más antiguos se borran a medida que llegan otros nuevos
answer-keep-forever = El historial se guarda para siempre
answer-language = Idioma: { $language }
language-auto = el idioma del escritorio
answer-breaks-use = Rutina de las pausas: { $label }
# «En la mesa, Pausa antiescritorio necesita el suelo y una pelota, así que se usará Puesta a punto junto a la mesa · 3 min».
answer-instead = { $title } { $needs }, así que se usará { $label }
answer-instead-at = { $at }, { $title } { $needs }, así que se usará { $label }
answer-place = { $place }. { $next }
answer-for-now = solo por ahora: { $error }

## La línea de comandos: `unsit --help` y la ayuda de cada comando. El inglés está en el propio programa;
## una traducción aquí lo sustituye. «cli-CMD» es la línea de un comando, «cli-CMD--ARG» la de un argumento.

cli-usage = Uso:
cli-commands = Comandos:
cli-arguments = Argumentos:
cli-options = Opciones:
cli-help = Muestra la ayuda
cli-version = Muestra la versión
cli-help-command = Muestra este mensaje o la ayuda de los subcomandos indicados
cli = Un recordatorio de pausas que te guía por una breve rutina para caderas y zona lumbar.
cli-long =
    Un recordatorio de pausas que te guía por una breve rutina para caderas y zona lumbar.

    `unsit run` inicia el proceso residente: cuenta el tiempo que pasas en la silla, te avisa cuando toca una pausa (con una notificación, o con una ventanita si no hay servicio de notificaciones) y abre la ventana de la pausa, que te guía por una rutina adaptada a donde estés. El tiempo lejos del ordenador cuenta como pausa; un aviso que llega durante una llamada o un vídeo a pantalla completa espera a que terminen. Los demás comandos consultan al proceso residente en marcha, salvo `routines` y `history`, que leen los archivos por su cuenta.
cli-run = Inicia el proceso residente (lo mismo que hace `unsit` a secas)
cli-run--interval = Tiempo en la silla entre pausas, p. ej. 90m o 2h (por defecto, 2h)
cli-run--idle_reset = Tiempo de inactividad que cuenta como pausa, p. ej. 5m (por defecto, 5m)
cli-run--renotify_every = Cuánto espera un aviso sin respuesta antes de repetirse (por defecto, 15m)
cli-status = Muestra el tiempo en la silla y cuándo toca la próxima pausa
cli-status--json = Muestra el estado en JSON
cli-break = Empieza una pausa ahora, con la rutina elegida o con ROUTINE
cli-snooze = Pospone la pausa pendiente (por defecto, 10m; de 1m a 2h)
cli-skip = Omite la pausa pendiente; el tiempo en la silla vuelve a contar desde cero
cli-pause = Pone en pausa los avisos durante DURATION, hasta `tomorrow` o hasta `unsit resume`
cli-resume = Reanuda los avisos en pausa; el tiempo en la silla vuelve a contar desde cero
cli-interval = Fija el tiempo en la silla entre pausas (de 10m a 8h)
cli-routine = Elige la rutina de las pausas, o `rotate` para usarlas por turnos
cli-place = Indica dónde estás, `desk` o `home`: en la mesa, las pausas no necesitan suelo ni material
cli-equipment = Indica qué material tienes (para las pausas en casa), como `ball,cushion`, o `none`
cli-equipment--desk = Indica el material que tienes en la mesa, en vez del de casa
cli-set = Cambia un ajuste; se comprueba, se aplica al momento y se guarda
cli-set--key = El ajuste (ver más abajo)
cli-set--value = Su nuevo valor
cli-open = Abre la ventana de ajustes o la del historial, e inicia unsit primero si no está en marcha (lo que hace el menú de aplicaciones)
cli-open--window = La ventana: `settings` o `history`
cli-quit = Detiene el proceso residente
cli-routines = Las rutinas: lístalas, muéstralas o compruébalas (no hace falta el proceso residente)
cli-routines-list = Lista las rutinas: id, título, duración, material y fuente
cli-routines-list--have = Solo lo que se puede hacer con el material que tienes: una lista como `ball,foam-roller`, o `none`
cli-routines-list--no_floor = Deja fuera los ejercicios que se hacen en el suelo o de rodillas
cli-routines-list--max_minutes = Acorta a este número de minutos como máximo (de 1 a 60)
cli-routines-list--place = Solo las rutinas pensadas para este lugar, `desk` o `home`, que encajan con el material que según los ajustes tienes allí (o `--have`)
cli-routines-list--ids = Muestra solo los ids, uno por línea (para scripts y el autocompletado de la shell)
cli-routines-show = Muestra el plan de una rutina paso a paso, con el momento en que empieza cada paso
cli-routines-show--have = Solo lo que se puede hacer con el material que tienes: una lista como `ball,foam-roller`, o `none`
cli-routines-show--no_floor = Deja fuera los ejercicios que se hacen en el suelo o de rodillas
cli-routines-show--max_minutes = Acorta a este número de minutos como máximo (de 1 a 60)
cli-routines-show--place = Solo las rutinas pensadas para este lugar, `desk` o `home`, que encajan con el material que según los ajustes tienes allí (o `--have`)
cli-routines-show--json = Muestra el plan en JSON, tal como lo recibe la ventana de la pausa
cli-routines-check = Comprueba archivos de rutinas: termina con código 0 si todos son válidos; si no, con 1 y la lista de todos los errores
cli-history = Tus pausas día a día, o cada evento en JSON o CSV (no hace falta el proceso residente)
cli-history--days = Los últimos N días, hoy incluido (en la tabla, 7; al exportar, todos los eventos)
cli-history--json = Muestra los eventos en JSON, un objeto por línea dentro de un array, para exportarlos
cli-history--csv = Muestra los eventos en CSV, una fila por evento, para exportarlos
cli-history--forget_before = Borra todos los eventos anteriores a DATE (AAAA-MM-DD), tras pedir confirmación; unsit debe estar en marcha
cli-history--yes = Borra sin preguntar

## Qué hace cada ajuste (`unsit set --help`).

setting-heading = Ajustes:
setting-interval = tiempo en la silla entre pausas
setting-idle_reset = tiempo lejos del ordenador que cuenta como pausa
setting-snooze = cuánto aplaza una pausa el botón «Posponer»
setting-routine = la rutina de las pausas: su id, o `rotate`
setting-place = dónde estás, `desk` o `home`: en la mesa, las pausas no necesitan suelo ni material
setting-equipment = el material que tienes, para las pausas en casa: una lista como `ball,cushion`, o `none`
setting-desk_equipment = el material que tienes en la mesa: una lista como `ball`, o `none`
setting-working_hours = avisar solo en este horario: `off`, o `mon 09:00-17:00; tue 09:00-12:00, 13:00-17:30`
setting-hold_for_calls = si una pausa pendiente espera mientras la cámara o el micrófono están en uso
setting-hold_for_full_screen = si una pausa pendiente espera mientras una ventana a pantalla completa tiene el foco
setting-hold_for_do_not_disturb = si una pausa pendiente espera mientras el escritorio está en modo «No molestar»
setting-hold_for_inhibitors = si una pausa pendiente espera mientras una aplicación mantiene la pantalla encendida (una presentación, una llamada)
setting-hold_max = el tiempo máximo que espera una pausa pendiente a que termine una llamada, una ventana a pantalla completa o el modo «No molestar»
setting-sound = si la ventana de la pausa reproduce sus sonidos
setting-voice = si la ventana de la pausa lee en voz alta sus indicaciones, mediante speech-dispatcher
setting-voice_counts = si la voz cuenta las repeticiones en voz alta
setting-floor_view = si los ejercicios en el suelo o de rodillas empiezan en la vista grande
setting-autostart = si unsit se inicia con la sesión del escritorio
setting-streak_goal = las pausas que necesita un día para contar en tu racha (de 1 a 20)
setting-keep_history = cuántos días de historial se guardan, o `forever`
setting-language = el idioma en que habla unsit: `auto` (según LC_ALL, LC_MESSAGES o LANG), o `en`, `de`, `es`

## `unsit routines list`, `show` y `check`

routines-column-id = ID
routines-column-title = TÍTULO
routines-column-length = DURACIÓN
routines-column-equipment = MATERIAL
routines-column-source = FUENTE
routines-column-from = ORIGEN
routines-no-equipment = ninguno
routines-none-fits = ninguna rutina encaja con estos filtros
routines-built-in = incluida
routines-overrides = { $path } (sustituye a la incluida)
routines-shortened = , acortada
routines-from = De «{ $title }», de { $author }; { $from }
routines-needs = Necesita: { $needs }
routines-needs-nothing = nada
routines-done = Fin
routines-left-out = Se omite: { $exercise }, porque { $why }
routines-left = izquierda
routines-right = derecha
routines-set = serie { $set } de { $sets }
routines-optional = (opcional)
routines-step-hold = { $what }: aguanta { $s } s
routines-step-reps = { $what }: { $n ->
    [one] 1 repetición
   *[other] { $n } repeticiones
}, { $s } s cada una
routines-step-switch = cambio de lado: { $s } s
routines-step-rest = descanso: { $s } s
routines-ok = { $path }: correcto: { $id } «{ $title }», { $length }
routines-errors = { $n ->
    [one] 1 error
   *[other] { $n } errores
} en { $bad } de { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
}
routines-left-out-warning = aviso: { $error }; esa rutina no se carga
routines-no-such = no hay ninguna rutina `{ $id }`{ $hint } (`unsit routines list` las muestra)
error-did-you-mean-id = ; ¿querías decir `{ $id }`?
routines-unknown-equipment = material desconocido `{ $word }`{ $hint }; se espera { $words } o none

## `unsit history`: la tabla de días

days-column-day = Día
days-column-taken = Hechas
days-column-skipped = Omitidas
days-column-snoozed = Pospuestas
days-column-moved = En movimiento
days-column-longest = Rato más largo
days-column-sitting = Sin levantarte
days-streak = Racha: { $streak }
days-no-streak = Aún no hay racha: un día con { $goal } la empieza
days-best = (mejor: { $days } días)
days-from = De { $path }
days-none-yet = Aún no hay historial: las pausas, las omitidas y las pospuestas se guardan en { $path } en cuanto unsit funciona.
days-no-data-folder = no hay carpeta de datos: no están definidas ni XDG_DATA_HOME ni HOME, así que no hay historial
days-nothing-to-forget = Nada que olvidar: ningún evento es anterior al { $day }.
days-forget-ask = ¿Olvidar { $count ->
    [one] 1 evento
   *[other] { $count } eventos
} anteriores al { $day }? No se podrán recuperar. [s/N]
days-forget-yes = s sí si y yes
days-nothing-forgotten = No se ha olvidado nada.
days-only-resident = { $error } (solo el unsit en marcha cambia el historial)
days-no-history-kept = no se guarda historial (no hay carpeta de datos)

## Rechazos y fallos que muestra la línea de comandos

refused-nothing-to-snooze = no toca ninguna pausa, así que no hay nada que posponer
refused-nothing-to-skip = no toca ninguna pausa, así que no hay nada que omitir
refused-in-session = ya hay una pausa en curso
refused-not-paused = los avisos no están en pausa
refused-pause-range = { $error }; usa `tomorrow`, o ninguna duración para pausar hasta que los reanudes
client-no-bus = no se puede acceder al bus de sesión de D-Bus ({ $error }); unsit funciona dentro de una sesión de escritorio
client-not-running = unsit no está en marcha; ábrelo con `unsit run`
client-failed = la comunicación con unsit ha fallado: { $error }
client-cannot-start = no se puede iniciar: { $error }
client-cannot-start-unsit = no se puede iniciar unsit: { $error }
client-start-failed = unsit no ha podido iniciarse ({ $status }); consulta su registro
client-start-silent = unsit no ha respondido en los { $seconds } s siguientes al inicio
client-already-running = unsit ya está en marcha ({ $owner }); `unsit status` le pregunta, `unsit quit` lo detiene
client-name-taken = el nombre de bus { $name } lo tiene { $owner }, que no es unsit; detenlo y vuelve a iniciar unsit
usage-error = error: { $message }
usage-unknown-command = comando desconocido { $word }
usage-unknown-argument = argumento inesperado { $word }
usage-unexpected = valor inesperado { $word }
usage-invalid-value = valor no válido { $value } para { $arg }
usage-value-missing = { $arg } necesita un valor, pero no se ha indicado ninguno
usage-valid = valores posibles: { $values }
usage-missing-argument = faltan estos argumentos obligatorios: { $args }
usage-missing-command = { $command } necesita un comando, pero no se ha indicado ninguno
usage-conflict = el argumento { $arg } no se puede usar junto con { $prior }
usage-tip = consejo: existe uno parecido: { $word }
usage-more = Para más información, prueba { $help }.

## Valores rechazados: en la línea de comandos, en la ventana de ajustes o en el archivo.
## Las claves y lo que se escribe (`desk`, `rotate`, `mon`) se quedan como están.

list-or = { $rest } o { $last }
error-not-a-range = `{ $given }` no es un intervalo horario; se espera HH:MM-HH:MM, como 09:00-17:30 (o 22:00-06:00 pasando la medianoche)
error-day = { $day }: { $error }
weekday-long = { $day ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
}
error-no-such-day = `{ $given }` no es un día de la semana; se espera mon, tue, wed, thu, fri, sat o sun
error-not-seven-days = el horario de trabajo necesita siete días, empezando por el lunes, no { $n }
error-no-hours = sin horas en ningún día no habría ningún aviso; da horas a algún día o desactiva el horario de trabajo
error-duration-empty = duración vacía; se espera algo como 90s, 10m o 1h30m
error-duration-malformed = `{ $given }` no es una duración; se espera un número seguido de h, m o s, como 90s, 10m o 1h30m
error-duration-no-unit = `{ $given }` no tiene unidad; escribe { $given }m para minutos o { $given }s para segundos
error-duration-too-long = `{ $given }` es demasiado largo
error-not-bool = { $key } es true o false, no { $given }
error-no-such-routine = no hay ninguna rutina `{ $id }`; `unsit routines list` las muestra
error-wrong-type = { $key } es { $expected }, no { $given }
error-no-such-setting = no hay ningún ajuste `{ $key }`; los ajustes son { $list }
error-not-one-of = { $key } es { $words }, no `{ $given }`
error-no-such-equipment = no hay ningún material `{ $given }`{ $hint }; { $key } es una lista de { $words }, o none
# After a word that is not one unsit knows, the nearest that is.
error-did-you-mean = (¿querías decir { $word }?)
error-count = { $key } debe ser { $range }, no { $given }
count-range = de { $min } a { $max }
count-range-or = de { $min } a { $max }, o { $none }

## Las secciones finales de la página de manual (`man unsit`): las palabras entre acentos graves van en negrita.

man-name = NOMBRE
man-synopsis = SINOPSIS
man-description = DESCRIPCIÓN
man-options = OPCIONES
man-extra = MÁS INFORMACIÓN
man-version = VERSIÓN
man-exit-status = ESTADO DE SALIDA
man-exit-0 = Hecho.
man-exit-1 = El comando ha fallado; el mensaje dice por qué.
man-exit-2 = Un error de uso: una palabra, una duración o un valor que no se entiende.
man-exit-3 = No hay ningún proceso residente en marcha (para los comandos que le preguntan), o no hay bus de sesión.
man-files = ARCHIVOS
man-file-settings = Los ajustes (`unsit set`, la ventana de ajustes). Un archivo que no se puede leer se aparta y se avisa.
man-file-routines = Tus propias rutinas, junto a las incluidas (`unsit routines check` las comprueba), y sus traducciones, ID.LANG.toml.
man-file-history = El historial de cada aviso, respuesta y pausa (`unsit history`).
man-file-autostart = Existe mientras el ajuste `autostart` está activado.
man-environment = ENTORNO
man-env-lang = El idioma de unsit: la primera de estas variables que esté definida, salvo que el ajuste `language` indique uno. Con LC_TIME, si las horas van en formato de 12 o de 24 horas.
man-env-rust-log = Cuánto registra el proceso residente, p. ej. `unsit=debug`.
man-see-also = VÉASE TAMBIÉN
man-see-also-text = { $ui } y una página para cada comando, como { $break_page } o { $history_page }.
