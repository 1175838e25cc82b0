# unsit: the history window: see ../en/history.ftl.
# La ventana del historial y la hoja de movimientos.

window-history = unsit — Historial
window-sheet = unsit — Movimientos

## La ventana del historial: su página

history-page-title = Historial · unsit
history-loading = Cargando…
history-close = Cerrar
history-load-failed = No se puede cargar el historial
history-title = Historial
history-empty-title = Aún no hay nada
history-empty-text = Tus pausas aparecerán aquí en cuanto hagas, omitas o pospongas una.
# La tarjeta de Hoy. Hechas, Omitidas y Pospuestas cuentan pausas; también son la leyenda y las
# columnas de la tabla.
history-today = Hoy
history-taken = Hechas
history-skipped = Omitidas
history-snoozed = Pospuestas
history-moved = Tiempo en movimiento
history-longest = Tramo más largo sin levantarte
history-sitting-now = Ahora sin levantarte
history-natural = Ausencias que cuentan como pausa
# Bajo la tarjeta de Hoy cuando unsit no responde.
history-not-running = unsit no está en marcha, así que ahora mismo no se cuenta nada.
# Una duración de menos de un minuto (las duraciones son duration-* de core.ftl).
history-under-min = menos de 1 min

## La racha

history-streak = Racha
# La racha; $goal son las pausas que necesita un día: «4 días seguidos con 3 pausas o más».
history-streak-days = { $days ->
    [1] { $days } día con { $goal ->
        [1] una pausa
       *[other] { $goal } pausas o más
    }
   *[other] { $days } días seguidos con { $goal ->
        [1] una pausa
       *[other] { $goal } pausas o más
    }
}
history-streak-restart = Ahora no tienes racha: haz { $goal ->
    [one] { $goal } pausa
   *[other] { $goal } pausas
} en un día para empezar otra
history-streak-none = Aún no tienes racha: haz { $goal ->
    [one] { $goal } pausa
   *[other] { $goal } pausas
} en un día para empezar una
history-streak-best = Récord: { $days ->
    [one] { $days } día
   *[other] { $days } días
}
# Lo que lleva hoy hacia el objetivo: «2 de 3 pausas hoy: 1 más y mantienes la racha».
history-today-counts = { $today ->
    [one] { $today } pausa
   *[other] { $today } pausas
} hoy: el día ya cuenta
history-today-keep = { $today } de { $goal ->
    [one] { $goal } pausa
   *[other] { $goal } pausas
} hoy: { $more } más y mantienes la racha
history-today-progress = { $today } de { $goal ->
    [one] { $goal } pausa
   *[other] { $goal } pausas
} hoy

## Los gráficos

# Los días mostrados, como encabezado o inicio de frase («Últimos 7 días») y dentro de una frase.
history-range = { $n ->
    [1] Hoy
   *[other] Últimos { $n } días
}
history-range-inline = { $n ->
    [1] hoy
   *[other] últimos { $n } días
}
# El selector entre 7 y 30 días.
history-range-legend = Días que mostrar
history-range-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
history-breaks-heading = Pausas hechas y omitidas
# El título de un gráfico y el pie de su tabla; $range es history-range-inline.
history-breaks-caption = Pausas hechas y omitidas, { $range }
history-sitting-caption = Tramo más largo sin levantarte, { $range }
history-show-table = Ver como tabla
history-on-time = Pausa a tiempo
history-late = Más de 15 min tarde
history-legend-interval = Intervalo entre pausas
history-legend-every = Intervalo entre pausas: cada { $interval }
# La línea discontinua del intervalo entre pausas: «cada 2 h».
history-every = cada { $interval }
# Una fecha bajo las barras y en las tablas: «29 nov»; $month va de 1 a 12.
history-date = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
# Un día con su fecha: «dom 29 nov» ($weekday es el weekday de core.ftl).
history-day-date = { $weekday } { $date }
# Una etiqueta de eje en horas y minutos, corta: «1 h 30».
history-tick-h-min = { $h } h { $min }
# La información de una barra: «mié 25 nov: 4 hechas», «mié 25 nov: 2 h 30 min».
history-bar-taken = { $day }: { $n ->
    [one] { $n } hecha
   *[other] { $n } hechas
}
history-bar-skipped = { $day }: { $n ->
    [one] { $n } omitida
   *[other] { $n } omitidas
}
history-bar-sitting = { $day }: { $duration }
# Los gráficos en palabras, para lectores de pantalla.
history-no-days = Aún no hay días que mostrar.
history-breaks-summary = { $range }: { $taken ->
    [one] { $taken } pausa hecha
   *[other] { $taken } pausas hechas
}, { $skipped ->
    [one] { $skipped } omitida
   *[other] { $skipped } omitidas
}.
history-breaks-most = Más pausas el { $day }: { $n }.
history-sitting-none = { $range }: no hay tiempo en la silla registrado.
history-sitting-summary = { $range }: el tramo más largo sin levantarte fue de { $longest }, el { $day }.
history-sitting-over = { $n ->
    [0] Ningún día tuvo un tramo más largo que el intervalo entre pausas ({ $interval }).
    [one] { $n } día tuvo un tramo más largo que el intervalo entre pausas ({ $interval }).
   *[other] { $n } días tuvieron un tramo más largo que el intervalo entre pausas ({ $interval }).
}
# Las columnas de las tablas («Hechas», «Omitidas» y «Tramo más largo sin levantarte» están arriba).
history-day = Día
history-longer-than = Más de { $duration }
history-yes = sí
history-no = no

## Las rutinas que más haces, y dónde se guarda el historial

history-routines-title = Las rutinas que más haces
history-routines-none = Aún ninguna: aquí aparecerán las rutinas que hagas.
# «12 pausas · 1 h».
history-routine-line = { $count ->
    [one] { $count } pausa
   *[other] { $count } pausas
} · { $moved }
# Va seguido de la ruta del archivo del historial.
history-kept-in = Se guarda en

## La hoja de movimientos (una ventana para revisar las figuras)

sheet-page-title = Movimientos · unsit
sheet-loading = Cargando…
sheet-close = Cerrar
sheet-failed = No se pueden mostrar los movimientos
sheet-title = Movimientos
# La etiqueta de una figura: «Gato-vaca, fotograma clave 2», «Gato-vaca, postura», «Gato-vaca, lado derecho».
sheet-keyframe = { $exercise }, fotograma clave { $n }
sheet-pose = { $exercise }, postura
sheet-right-side = { $exercise }, lado derecho
