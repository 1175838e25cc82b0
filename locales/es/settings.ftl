# unsit: the settings window: see ../en/settings.ftl.
# La ventana de ajustes.

window-settings = unsit — Ajustes
# El título de la página; el de la ventana es window-settings.
settings-page-title = Ajustes · unsit
settings-title = Ajustes
settings-close = Cerrar

## Mientras se cargan los ajustes, y cuando no se pueden cargar

settings-loading = Cargando los ajustes…
settings-load-failed = No se pueden cargar los ajustes
settings-problems = Tu archivo de ajustes tiene un problema; unsit usa los valores predeterminados en lo que no ha podido leer.

## Pausas

settings-breaks-title = Pausas
# La unidad tras un campo de minutos.
settings-unit-min = min
# «Avisarme cuando lleve sin levantarme [90] min».
settings-interval-label = Avisarme cuando lleve sin levantarme
settings-routine-label = Rutina
# La última opción del selector de rutina: todas, una tras otra.
settings-routine-rotate = Todas, por turnos
# Dónde se hacen las pausas: las opciones son place-at-desk y place-at-home de core.ftl.
settings-place-legend = Dónde estás
settings-place-hint = En la mesa, las pausas no necesitan suelo ni material.
# Sobre las casillas del material (sus textos son equipment-*-long de core.ftl).
settings-equipment-legend = El material que tienes (en casa)
settings-desk_equipment-legend = En la mesa tienes
# «“Posponer” aplaza la pausa [10] min».
settings-snooze-label = «Posponer» aplaza la pausa
settings-idle_reset-label = Ausencia que cuenta como pausa
# «range» es el intervalo del campo en palabras, como «1 min a 1 h»; puede estar vacío.
settings-idle_reset-hint = Inactividad, pantalla bloqueada o suspensión · { $range }

## Lo escrito en un campo de minutos, cuando no es un número de minutos

settings-minutes-empty = Escribe un número de minutos.
# «typed» es lo que se ha escrito, tal cual.
settings-minutes-not-a-number = «{ $typed }» no es un número de minutos.
settings-minutes-not-above-zero = Escribe un número de minutos mayor que cero.

## Horario laboral: un campo por día, con el weekday de core.ftl como etiqueta

settings-hours-title = Horario laboral
settings-hours-on-label = Avisarme solo en horario laboral
settings-hours-hint = Horas como 09:00-17:00; si son varias, sepáralas con comas. Deja un día vacío para no recibir avisos ese día.
# El campo de un día cuando está vacío.
settings-day-input =
    .placeholder = sin avisos

## Momentos en que no conviene interrumpir

settings-quiet-title = Momentos sin interrupciones
settings-quiet-hint = Una pausa que toca durante uno de estos momentos espera, y llega en el minuto siguiente a que termine.
settings-hold_for_calls-label = Esperar si estoy en una llamada
settings-hold_for_calls-hint = Cámara o micrófono en uso
settings-hold_for_full_screen-label = Esperar si hay una ventana a pantalla completa
settings-hold_for_full_screen-hint = Una presentación, una película, un juego
settings-hold_for_do_not_disturb-label = Esperar si está activado «No molestar»
settings-hold_for_inhibitors-label = Esperar si una aplicación mantiene la pantalla encendida
settings-hold_for_inhibitors-hint = Una presentación o una videollamada que impide que la pantalla se apague
settings-hold_max-label = Esperar como mucho

## Escritorio

settings-desktop-title = Escritorio
settings-sound-label = Reproducir sonidos durante la pausa
settings-voice-label = Leer las indicaciones en voz alta
# V es la tecla que activa y desactiva la voz en la ventana de la pausa.
settings-voice-hint = Mediante speech-dispatcher, con la voz de tu escritorio · V en la ventana de la pausa
settings-voice_counts-label = Contar las repeticiones en voz alta
settings-floor_view-label = Vista grande para los ejercicios en el suelo
# F es la tecla que cambia a la vista grande en la ventana de la pausa.
settings-floor_view-hint = Se lee bien desde la esterilla · F en la ventana de la pausa
settings-autostart-label = Iniciar unsit al iniciar sesión

## Historial

settings-history-title = Historial
# «Un día de racha necesita [3] pausas»: la etiqueta y, tras el número, la unidad.
settings-streak_goal-label = Un día de racha necesita
settings-streak_goal-unit = pausas
settings-streak_goal-hint = Los días seguidos con al menos estas pausas forman tu racha
settings-streak_goal-not-whole = Escribe un número entero de pausas
settings-keep_history-label = Guardar el historial
# Cuánto tiempo se guarda el historial: las opciones.
settings-keep-forever = Para siempre
settings-keep-months = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}
settings-keep-years = { $n ->
    [one] { $n } año
   *[other] { $n } años
}
# Un número de días fijado en el archivo de ajustes que no es ninguna de las opciones anteriores.
settings-keep-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}

## Idioma: las demás opciones son el nombre de cada idioma en su propia lengua, sin traducir

settings-language-title = Idioma
settings-language-label = Idioma de unsit
settings-language-auto = El mismo que el escritorio

## El pie: «Los cambios se guardan sobre la marcha, en ~/.config/unsit/settings.toml»

settings-saved-as-you-go = Los cambios se guardan sobre la marcha
# Va antes de la ruta del archivo, cuando la hay.
settings-saved-in = , en
