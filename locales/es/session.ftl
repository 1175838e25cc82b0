# unsit: the session window: see ../en/session.ftl.
# La ventana de la pausa: resumen, pasos, pantalla final, la voz y la ventanita de aviso.
# El espacio es poco (420 px de ancho, 360 como mínimo): botones de una palabra, etiquetas cortas.

## El título de la ventana, y lo que dice cuando no hay nada que mostrar

window-title = unsit — { $title }
ui-launch-failed = No se ha podido iniciar la pausa
ui-nothing-title = Nada que hacer por ahora
ui-nothing-text = No hay ninguna pausa que mostrar.

## Resumen

ui-eyebrow = Toca pausa
ui-voice-toggle =
    .title = Indicaciones por voz (V)
ui-sound-toggle =
    .title = Sonido (M)
ui-phases =
    .aria-label = Fases
ui-moves =
    .aria-label = Los ejercicios
ui-you-need = Necesitas
ui-routine-label = Rutina
ui-safety-label = Antes de empezar:
ui-safety-ok = Entendido
ui-safety-link = Consejos de seguridad
# Va delante del título de la fuente: «Fuente: Título · autor».
ui-source-from = Fuente:
ui-start = Empezar
# Tras la tecla: «Enter para empezar · Esc para omitir esta pausa».
ui-hint-to-start = para empezar
ui-hint-to-skip = para omitir esta pausa
ui-break = Pausa
# El selector de rutina: el grupo de rutinas que no encajan aquí, el botón de la versión corta.
ui-picker-others =
    .label = Necesitan más de lo que tienes aquí
ui-short = Corta
ui-short-length = Corta · { $length }
ui-short-version =
    .aria-label = Versión corta
ui-short-instead =
    .aria-label = Versión corta, { $short } en vez de { $length }
# Bajo el selector: lo que deja fuera este lugar, o la versión corta.
ui-left-out-here = Aquí se queda fuera: { $list }.
ui-short-leaves-out = La versión corta deja fuera: { $list }.
ui-short-shorter = Menos tiempo en cada postura y menos repeticiones.
ui-safety-title = Seguridad
ui-close = Cerrar
ui-mute =
    .aria-label = Silenciar los sonidos (M)
ui-unmute =
    .aria-label = Activar los sonidos (M)
ui-voice-off =
    .aria-label = Desactivar las indicaciones por voz (V)
ui-voice-on =
    .aria-label = Activar las indicaciones por voz (V)

## Un paso

ui-optional = Opcional
ui-large-view =
    .aria-label = Vista grande (F)
    .title = Vista grande (F)
ui-usual-view =
    .aria-label = Vista normal (F)
ui-full-screen =
    .aria-label = Pantalla completa (F11)
    .title = Pantalla completa (F11)
# Bajo el contador de repeticiones, en mayúsculas y muy pequeño: una palabra.
ui-rep-tap = pulsa
# Bajo el contador de repeticiones: la repetición en la que va el ritmo.
ui-pace = ritmo { $rep }
ui-take-care = Cuidado:
ui-easier = Más fácil:
ui-harder = Más difícil:
ui-watch-out = Ojo:
ui-next-up = Después:
ui-controls =
    .aria-label = Controles de la pausa
# Los botones de la barra de control: una palabra corta cada uno.
ui-back = Atrás
ui-back-button =
    .aria-label = Atrás (flecha izquierda)
ui-pause = Pausar
ui-pause-button =
    .aria-label = Pausar (Espacio)
ui-resume = Seguir
ui-resume-button =
    .aria-label = Seguir (Espacio)
ui-more = 10 s
ui-more-button =
    .aria-label = Añadir 10 segundos (+)
ui-next = Siguiente
ui-next-button =
    .aria-label = Siguiente (flecha derecha)
ui-finish = Terminar
ui-finish-button =
    .aria-label = Terminar (flecha derecha)
ui-stop = Parar
ui-stop-button =
    .aria-label = Parar y cerrar (Esc)
ui-progress =
    .aria-label = Progreso de la rutina
# La palabra pequeña bajo la cuenta atrás (en mayúsculas): una sola.
ui-caption-hold = aguanta
ui-caption-rest = descansa
ui-caption-switch = prepárate
# Under the countdown before a hold starts, and while paused.
ui-caption-ready = prepárate
ui-caption-paused = en pausa
ui-set-of = Serie { $set } de { $sets }
# «10 repeticiones de 3 s cada una».
ui-reps-at = { $n ->
    [one] { $n } repetición de { $tempo } s
   *[other] { $n } repeticiones de { $tempo } s cada una
}
ui-count-rep =
    .aria-label = Contar una repetición: { $done } de { $target } hechas (Espacio)
ui-count-paused =
    .aria-label = En pausa, { $done } de { $target } repeticiones
# Para lectores de pantalla: «Lado: Izquierda» (side es side-left o side-right de core.ftl).
ui-side-spoken = Lado: { $side }
ui-get-ready = Prepárate: empieza en { $s ->
    [one] { $s } segundo
   *[other] { $s } segundos
}
ui-take-care-spoken = Cuidado: { $caution }
# Duraciones: «5 min 12 s» en pantalla; «5 minutos y 12 segundos» para lectores de pantalla y la voz.
ui-duration-min-s = { $min } min { $s } s
ui-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
ui-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
ui-minutes-seconds = { $minutes } y { $seconds }

## Lo que dice la voz (lo lee un sintetizador de voz: frases para oír)

voice-switch = Cambia de lado.
voice-rest = Descansa.
voice-rest-for = Descansa { $time }.
voice-reps = { $n ->
    [one] Una repetición.
   *[other] { $n } repeticiones.
}
voice-go = ¡Vamos!
voice-go-reps = ¡Vamos! { $reps }
voice-set-of = { $title }, serie { $set } de { $sets }.
voice-done = Pausa completada en { $time }.
voice-ten-seconds = 10 segundos

## La ventanita de aviso, cuando no hay servicio de notificaciones

ui-prompt-title = Hora de levantarte
ui-snooze = Posponer
ui-skip = Omitir

## Al terminar

ui-done-title = ¡Buen trabajo!
ui-done-lead = Tus caderas y tu zona lumbar te lo agradecen.
ui-done-over = Pausa terminada
ui-done-short = Incluso una pausa corta ayuda. La próxima vez, prueba a hacerla entera.
# Las etiquetas de los dos datos finales (en mayúsculas, en media anchura): cortas.
ui-time-taken = Duración
ui-exercises-done = Ejercicios
ui-staying-open = La ventana sigue abierta mientras tengas el puntero encima.
ui-closing-soon = Se cerrará sola en unos segundos.
ui-done-steps = { $done } de { $total }
voice-unavailable = Las indicaciones por voz necesitan speech-dispatcher
