# Las frases que genera el documento de estrategia, en español.
#
# Cada frase habla de la organización en tercera persona, en un registro que
# su dirección firmaría: los consejos a quien gestiona la comunidad se
# quedan en la aplicación. Un recuento de cero se dice con palabras
# («ningún…») o la frase no se escribe; el plural y el género los elige el
# mensaje.
#
# Argumentos: $org es la organización tal como se nombra dentro de una frase
# («la Agencia», «el Ayuntamiento»), con su artículo; $theRole el puesto con
# su artículo («la community manager», «el responsable de redes sociales»);
# $role el título del puesto solo; $roleGender su género; $dept un
# departamento tal como se nombra en una frase; $name un nombre entre
# comillas. DE() y A() contraen la preposición con «el» («del», «al»).

## El resumen ejecutivo

summary-channels =
    { $active ->
        [0] { $planned ->
                [0] { CAP($org) } aún no tiene ningún canal activo ni previsto.
                [one] { CAP($org) } aún no tiene ningún canal activo; hay uno previsto.
               *[other] { CAP($org) } aún no tiene ningún canal activo; hay { WORDS($planned) } previstos.
            }
        [one] { $planned ->
                [0] { CAP($org) } trabaja con un canal activo.
                [one] { CAP($org) } trabaja con un canal activo y otro previsto.
               *[other] { CAP($org) } trabaja con un canal activo y { WORDS($planned) } previstos.
            }
       *[other] { $planned ->
                [0] { CAP($org) } trabaja con { WORDS($active) } canales activos.
                [one] { CAP($org) } trabaja con { WORDS($active) } canales activos y uno previsto.
               *[other] { CAP($org) } trabaja con { WORDS($active) } canales activos y { WORDS($planned) } previstos.
            }
    }
summary-objectives =
    { $objectives ->
        [0] La estrategia aún no fija ningún objetivo.
        [one] { $share ->
                [all] La estrategia fija un objetivo, con una meta medible.
               *[none] La estrategia fija un objetivo, que aún no tiene una meta medible.
            }
       *[other] { $share ->
                [all] La estrategia fija { WORDS($objectives) } objetivos, todos con una meta medible.
                [both] La estrategia fija dos objetivos, los dos con una meta medible.
                [none] La estrategia fija { WORDS($objectives) } objetivos, aunque ninguno tiene aún una meta medible.
               *[some] { $measurable ->
                        [one] La estrategia fija { WORDS($objectives) } objetivos, uno de ellos con una meta medible.
                       *[other] La estrategia fija { WORDS($objectives) } objetivos, { WORDS($measurable) } de ellos con una meta medible.
                    }
            }
    }
summary-campaigns =
    { $n ->
        [one] El plan incluye una campaña.
       *[other] El plan incluye { WORDS($n) } campañas.
    }
summary-role =
    { $hasReports ->
        [yes] { $person }, { $role } { DE($org) }, depende { DE($reports) } y trabaja con { $departments ->
                [0] ningún departamento todavía.
                [one] un departamento.
               *[other] { WORDS($departments) } departamentos.
            }
       *[no] { $person }, { $role } { DE($org) }, trabaja con { $departments ->
                [0] ningún departamento todavía.
                [one] un departamento.
               *[other] { WORDS($departments) } departamentos.
            }
    }
summary-role-unnamed =
    { $hasReports ->
        [yes] { CAP($theRole) } { DE($org) } depende { DE($reports) } y trabaja con { $departments ->
                [0] ningún departamento todavía.
                [one] un departamento.
               *[other] { WORDS($departments) } departamentos.
            }
       *[no] { CAP($theRole) } { DE($org) } trabaja con { $departments ->
                [0] ningún departamento todavía.
                [one] un departamento.
               *[other] { WORDS($departments) } departamentos.
            }
    }
summary-raci =
    { $n ->
        [one] En la matriz RACI, { $theRole } figura en una casilla como quien realiza (R) o aprueba (A) la actividad.
       *[other] En la matriz RACI, { $theRole } figura en { WORDS($n) } casillas como quien realiza (R) o aprueba (A) la actividad.
    }
summary-health-score =
    { $hasOpen ->
        [yes] El diagnóstico da a la estrategia un índice de preparación de { $score } sobre 100, con { $tally } por resolver.
       *[no] El diagnóstico da a la estrategia un índice de preparación de { $score } sobre 100, sin nada por resolver.
    }
summary-health =
    { $hasOpen ->
        [yes] El diagnóstico de la estrategia deja { $tally } por resolver.
       *[no] El diagnóstico de la estrategia no deja nada por resolver.
    }
count-errors =
    { $n ->
        [one] un error
       *[other] { WORDS($n) } errores
    }
count-warnings =
    { $n ->
        [one] un aviso
       *[other] { WORDS($n) } avisos
    }
count-advice =
    { $n ->
        [one] un consejo
       *[other] { WORDS($n) } consejos
    }
summary-recommendations = De las { WORDS($total) } recomendaciones { DE($theRole) }, { $tally }.
summary-recommendation-one =
    { $state ->
        [accepted] { CAP($theRole) } hizo una recomendación, que se aceptó.
        [rejected] { CAP($theRole) } hizo una recomendación, que se rechazó.
        [ignored] { CAP($theRole) } hizo una recomendación, que se ignoró.
       *[pending] { CAP($theRole) } hizo una recomendación, que espera una decisión.
    }
rec-accepted =
    { $n ->
        [one] se aceptó una
       *[other] se aceptaron { WORDS($n) }
    }
rec-rejected =
    { $n ->
        [one] se rechazó una
       *[other] se rechazaron { WORDS($n) }
    }
rec-ignored =
    { $n ->
        [one] se ignoró una
       *[other] se ignoraron { WORDS($n) }
    }
rec-pending =
    { $n ->
        [one] una espera una decisión
       *[other] { WORDS($n) } esperan una decisión
    }
summary-decisions =
    { $n ->
        [one] El registro recoge además una decisión que { $org } tomó sin recomendación previa.
       *[other] El registro recoge además { WORDS($n) } decisiones que { $org } tomó sin recomendación previa.
    }
figure-active =
    { $n ->
        [one] canal activo
       *[other] canales activos
    }
figure-planned =
    { $n ->
        [one] canal previsto
       *[other] canales previstos
    }
figure-objectives =
    { $n ->
        [one] objetivo
       *[other] objetivos
    }
figure-campaigns =
    { $n ->
        [one] campaña
       *[other] campañas
    }

## Capítulos que nombran el puesto

section-raci = { CAP($theRole) } y los departamentos
raci-intro = El papel { DE($theRole) } en cada actividad, por departamento. R: la realiza; A: la aprueba; C: se le consulta; I: se le informa.
info-needs = Información que necesita { $theRole }
campaign-left-out = «{ $notInvolved }» en una campaña que afecta a la comunidad: se decidió sin { $theRole }.

## Canales

effort-total = Esfuerzo total: { $total } horas semanales, de las { $available } de que dispone { $theRole } para los canales.
effort-over = Esfuerzo total: { $total } horas semanales, más de las { $available } de que dispone { $theRole } para los canales.
effort-total-known = Esfuerzo conocido: { $total } horas semanales, de las { $available } de que dispone { $theRole } para los canales.
effort-over-known = Solo el esfuerzo conocido suma { $total } horas semanales, más de las { $available } de que dispone { $theRole } para los canales.
effort-unknown =
    { $n ->
        [one] Un canal no tiene estimado su esfuerzo.
       *[other] { WORDS($n) } canales no tienen estimado su esfuerzo.
    }

## Recomendaciones y decisiones

recommended-on = Recomendada el { $date }
recommended-undated = Fecha de la recomendación no registrada
decided-on = Decidida el { $date }
decided-undated = Fecha de la decisión no registrada
waiting =
    { $days ->
        [one] pendiente desde hace un día
       *[other] pendiente desde hace { WORDS($days) } días
    }
outcome-unknown = aún no registrado

roadmap-intro = Campañas y objetivos con fecha a lo largo del periodo de planificación, del { $from } al { $to }.

## Qué ha cambiado

changes-first = Es la primera versión guardada del documento: no hay ninguna versión anterior con la que compararla.
changes-draft = Aún no se ha guardado ninguna versión de este documento: no hay ninguna versión anterior con la que compararlo.
changes-compared = Comparado con la versión { $number } ({ $date }).
changes-score = El índice de preparación ha pasado de { $before } a { $after }.
changes-none = Nada de la estrategia ha cambiado desde entonces.
change-role-joins = { CAP($theRole) } participa ahora en la campaña { $name }.

## Versiones y aprobación

versions-intro = Las ediciones de este documento, de la más reciente a la más antigua, con la nota que registra cada una y su aprobación.
version-current = Esta edición
approved-by =
    { $hasRole ->
        [yes] Aprobada por { $by }, { $role }, el { $date }.
       *[no] Aprobada por { $by } el { $date }.
    }
not-approved = Sin aprobar.
draft-not-approved = Aún sin aprobar.
reservations = Reservas: { $text }

## El diagnóstico, tal como lo expone el documento

health-as-of = A fecha de { $date }
accepted-on = asumido como riesgo el { $date }

finding-identity-empty =
    { $field ->
        [culture] La cultura { DE($org) } no está puesta por escrito.
        [values] Los valores { DE($org) } no están puestos por escrito.
       *[brandVoice] La voz de marca { DE($org) } no está puesta por escrito.
    }
why-identity-empty = Solo se puede transmitir una imagen fiel de la organización cuando su cultura, sus valores y su voz están por escrito.
finding-cm-role-single-department = La matriz RACI solo da { A($theRole) } un papel en { $dept }.
why-cm-role-single-department = El puesto sirve a muchos departamentos (redes sociales, marketing, atención al cliente, editorial), y que responda solo ante uno de ellos es un error.
finding-channel-without-objective = El canal { $name } no sirve a ningún objetivo de la estrategia.
why-channel-without-objective = Estar en una red nunca es un objetivo en sí mismo: cada canal está para servir a uno.
finding-channel-low-fit-active = El canal { $name } está activo, aunque su encaje con la marca es de { $fit } sobre 5 (por debajo de { $low }).
why-channel-low-fit-active = Seguir en una red en la que la marca encaja mal transmite una mala imagen de la organización.
finding-effort-over-capacity = Los canales activos y previstos requieren { $total } horas semanales; { $theRole } dispone de { $capacity } para ellos.
finding-effort-over-capacity-known = Solo el esfuerzo conocido de los canales activos y previstos suma { $total } horas semanales; { $theRole } dispone de { $capacity } para ellos.
why-effort-over-capacity = «Cuantas más redes, mejor» es síntoma de que no hay estrategia: un canal que nadie tiene horas para mantener daña la marca.
finding-channel-high-fit-unused = El canal { $name } encaja bien con la marca ({ $fit } sobre 5), pero no se usa ({ $status }).
why-channel-high-fit-unused = Una red en la que la marca encaja bien merece una decisión.
finding-channel-fit-unscored = El canal { $name } no tiene puntuación de encaje con la marca.
why-channel-fit-unscored = Elegir las redes en las que mejor encaja la marca exige puntuarlas, no suponerlo.
finding-no-audiences = La estrategia no nombra los públicos a los que se dirige { $org }.
why-no-audiences = Una estrategia pone por escrito a quién se dirige y qué necesita: quien atiende a la comunidad es quien mejor conoce a ese público.
finding-no-channels = La estrategia no dice dónde estará { $org }: ningún canal está activo ni previsto.
why-no-channels = Una estrategia elige sus canales, para sus objetivos, en lugar de estar en todas partes o en ninguna.
finding-objective-vanity-metric = El objetivo { $name } solo se mide con { $kpi }, que cuenta público y no el cambio que busca el objetivo.
why-objective-vanity-metric = Los seguidores, los fans y los «me gusta» cuentan público, no resultados: un objetivo se mide con lo que le sirve.
unchecked-effort-over-capacity =
    No se ha medido la dedicación semanal de { $names }, así que no se puede comprobar si los canales caben en las { $capacity } horas { $whose ->
        [team] que les dedican las personas que los llevan
       *[role] de que dispone { $theRole } para ellos
    }{ $known ->
        [none] {""}
       *[other] {" "}(las dedicaciones conocidas suman { $known })
    }.
finding-no-objectives = La estrategia no fija ningún objetivo.
why-no-objectives = Sin objetivos definidos, estar en las redes no lleva a ninguna parte y transmite una mala imagen.
finding-objective-presence = El objetivo { $name } expresa una presencia, no un resultado que se pueda medir.
why-objective-presence = Estar en las redes sociales nunca es un objetivo en sí mismo, y estar en más redes no es mejor: un objetivo dice qué debe cambiar.
finding-objective-no-kpi = El objetivo { $name } no tiene indicador.
why-objective-no-kpi = Sin una medida, nadie puede saber si un objetivo se está cumpliendo.
finding-objective-not-smart =
    { $count ->
        [one] El objetivo { $name } aún no es SMART: le falta { $missing }.
       *[other] El objetivo { $name } aún no es SMART: le faltan { $missing }.
    }
missing-baseline = el valor de partida
missing-target = la meta
missing-deadline = la fecha límite
missing-owner = la persona responsable
why-objective-not-smart = Un objetivo coherente dice de dónde parte, adónde quiere llegar, para cuándo y quién responde de él.
finding-objective-overdue = El objetivo { $name } superó su fecha límite el { $date } y sigue sin cerrarse.
why-objective-overdue = Un objetivo vencido debe decir si se alcanzó o no, y por qué.
finding-objective-unmeasured = El objetivo { $name } se midió por última vez el { $date }.
finding-objective-never-measured = El objetivo { $name } aún no se ha medido.
why-objective-unmeasured = Lo que enseñan las redes es valioso para toda la organización, y los resultados solo se pueden juzgar con cifras al día.
finding-campaign-without-cm = La campaña { $name } afecta a la comunidad, pero se decidió sin { $theRole }.
why-campaign-without-cm = Las campañas que afectan a la comunidad y se deciden sin quien la cuida generan resentimiento y suelen fracasar.
finding-no-internal-plan = La estrategia no tiene plan de comunicación interna.
why-no-internal-plan = Una organización abierta a las redes necesita canales internos sólidos, para que todos compartan la información y sepan por qué importan las redes.
finding-no-feedback-path = Ningún flujo interno hace llegar información { A($theRole) }.
why-no-feedback-path = La comunicación interna tiene que ir en los dos sentidos: hace falta una vía para responder, y las novedades tienen que llegar al equipo que atiende a la comunidad.
finding-department-no-flow = No hay ningún flujo de comunicación interna con { $dept }.
why-department-no-flow = La comunicación con todos los departamentos implicados es esencial para una buena relación entre la comunidad y la plantilla.
finding-department-gives-no-information = Los flujos con { $dept } van en un solo sentido: { $theRole } no recibe nada de vuelta.
why-department-gives-no-information = El trabajo con la comunidad exige acceso rápido a la información y contacto continuo con cada responsable.
finding-info-need-unserved =
    { $urgency ->
        [immediate] Ningún flujo interno hace llegar { $what } desde { $dept } { A($theRole) }, que lo necesita en cuestión de horas.
        [same_day] Ningún flujo interno hace llegar { $what } desde { $dept } { A($theRole) }, que lo necesita en el mismo día.
        [this_week] Ningún flujo interno hace llegar { $what } desde { $dept } { A($theRole) }, que lo necesita en la semana.
       *[monthly] Ningún flujo interno hace llegar { $what } desde { $dept } { A($theRole) }, que lo necesita una vez al mes.
    }
why-info-need-unserved = Lo que el equipo que atiende a la comunidad debe saber para responder tiene que llegarle por un flujo acordado, no por casualidad.
finding-info-need-too-slow =
    { $flow } hace llegar { $what } desde { $dept } { A($theRole) } { $often ->
        [daily] una vez al día
        [weekly] una vez por semana
        [weeks] cada { $weeks } semanas
        [monthly] una vez al mes
       *[once] una sola vez
    }, pero se necesita { $urgency ->
        [immediate] en cuestión de horas
        [same_day] en el mismo día
        [this_week] en la semana
       *[monthly] una vez al mes
    }.
why-info-need-too-slow = Un flujo que se reúne una vez por semana no puede traer lo que hay que contar a la comunidad el mismo día: la rapidez con que llega la información forma parte del plan.
finding-recommendation-unanswered = La recomendación { $name } espera una decisión desde el { $date }.
why-recommendation-unanswered = Las recomendaciones sin respuesta dejan la estrategia sin rumbo; un no claro es mejor que el silencio.
finding-recommendations-ignored =
    { $ignored ->
        [one] De las { WORDS($decided) } recomendaciones que ya no están pendientes, se ignoró una ({ $share }).
       *[other] De las { WORDS($decided) } recomendaciones que ya no están pendientes, se ignoraron { WORDS($ignored) } ({ $share }).
    }
why-recommendations-ignored = La organización no puede permitirse ignorar las recomendaciones de quien cuida su marca en las redes.
finding-account-unanswered = La cuenta { $name } está en uso, pero no consta por escrito { $missing }.
finding-account-unanswered-all = La cuenta { $name } está en uso, pero ninguna de las cuatro preguntas previas a abrir una cuenta tiene respuesta por escrito.
account-question-objectives = cuáles son sus objetivos
account-question-audience = a qué público se dirige
account-question-resources = si hay recursos para mantenerla
account-question-content = qué contenidos tendrá
why-account-unanswered = Estar presente en una red nunca es un objetivo en sí mismo: antes de abrir una cuenta, la organización dice para qué sirve, a quién se dirige, quién la mantendrá y qué publicará.
finding-account-dormant = La cuenta { $name } está inactiva, pero no se ha cerrado.
why-account-dormant = Una cuenta abandonada sigue hablando en nombre de la organización: las preguntas sin respuesta y las publicaciones antiguas dañan su imagen, y otra persona puede apropiarse de ella.
finding-account-event-closing =
    { $case ->
        [ended] El evento de la cuenta { $name } terminó el { $date }, pero la cuenta sigue abierta.
        [neither] La cuenta { $name } es para un evento puntual, pero no tiene fecha de fin ni plan de cierre.
        [end] La cuenta { $name } es para un evento puntual, pero no tiene fecha de fin.
       *[plan] La cuenta { $name } es para un evento puntual, pero no tiene plan de cierre.
    }
why-account-event-closing = Una cuenta abierta para un evento se cierra cuando el evento termina, con sus contenidos conservados o archivados, para que nadie se encuentre después una cuenta muda en nombre de la organización.
finding-account-single-admin =
    { $case ->
        [none] No consta nadie con acceso de administración a la cuenta { $name }.
       *[one] Solo { $person } tiene acceso de administración a la cuenta { $name }.
    }
why-account-single-admin = Una cuenta que depende de una sola persona se pierde con ella: al menos dos personas tienen sus llaves.
finding-account-no-two-factor =
    { $case ->
        [off] La cuenta { $name } no usa verificación en dos pasos.
       *[unknown] No consta si la cuenta { $name } usa verificación en dos pasos.
    }
why-account-no-two-factor = Con una contraseña robada cualquiera puede hablar en nombre de la organización; un segundo factor cierra esa puerta.
finding-account-not-reviewed =
    { $case ->
        [never] No consta ninguna revisión de quién tiene acceso a la cuenta { $name }.
       *[old] El acceso a la cuenta { $name } se revisó por última vez el { $date }, hace más de { $months ->
            [one] un mes
           *[other] { $months } meses
        }.
    }
why-account-not-reviewed = Las personas cambian de puesto: revisar cada cierto tiempo quién tiene las llaves de una cuenta la mantiene en manos de la organización.
finding-channel-without-pillar =
    { $case ->
        [none] La estrategia no tiene pilares de contenido: los canales activos publican sin línea editorial.
       *[channel] El canal activo { $name } no lleva ningún pilar de contenido.
    }
why-channel-without-pillar = La línea editorial dice qué publica cada canal y para qué: un canal sin ella publica lo que va surgiendo.
finding-pillar-not-carried = Ningún canal en uso lleva el pilar de contenido { $name }.
why-pillar-not-carried = Un tema que la estrategia promete y ningún canal publica es una promesa que nadie cumple.
response-promise = respuesta en { $time } { $unit ->
        [minutes] { $single ->
            [yes] minuto
           *[no] minutos
        }
        [hours] { $single ->
            [yes] hora
           *[no] horas
        }
        [working_days] { $single ->
            [yes] día laborable
           *[no] días laborables
        }
       *[days] { $single ->
            [yes] día
           *[no] días
        }
    }
finding-service-level-uncovered =
    { $case ->
        [nobody] El nivel de servicio { $name } promete { $promise } durante { $hours } horas de atención a la semana, pero nadie figura al frente de sus canales.
        [one] El nivel de servicio { $name } promete { $promise } durante { $hours } horas de atención a la semana, pero { $who }, que lleva sus canales, les dedica { $g ->
            [zero] ninguna hora
            [one] una hora
           *[other] { $given } horas
        } a la semana.
       *[several] El nivel de servicio { $name } promete { $promise } durante { $hours } horas de atención a la semana, pero quienes llevan sus canales ({ $who }) les dedican { $g ->
            [zero] ninguna hora
            [one] una hora
           *[other] { $given } horas
        } a la semana entre todos.
    }
why-service-level-uncovered = Un tiempo de respuesta prometido al público lo cumplen personas con horas para ello: una promesa que la plantilla no puede cubrir se incumple cada día.
finding-comments-without-house-rules = Se puede comentar en { $channels }, pero ninguna norma de participación dice qué es bienvenido y por qué puede retirarse un comentario.
why-comments-without-house-rules = Unas normas de participación publicadas hacen justa la moderación: dicen de antemano qué se retira y por qué, para que retirar un comentario nunca parezca censura.
finding-community-without-moderator =
    { $kind ->
        [campaign] La campaña { $name } afecta a la comunidad, pero nadie tiene asignada la moderación de lo que se diga sobre ella.
       *[channel] Se puede comentar en { $name }, pero nadie tiene asignada su moderación.
    }
why-community-without-moderator = Todo lo que afecta a la comunidad trae sus preguntas y quejas: si nadie tiene asignado responderlas, la comunidad se queda sola.
finding-crisis-drill-overdue =
    { $case ->
        [never] No consta ningún simulacro del protocolo de crisis.
       *[old] El último simulacro del protocolo de crisis fue el { $date }, hace más de { $months ->
            [one] un mes
           *[other] { $months } meses
        }.
    }
why-crisis-drill-overdue = Un protocolo que nadie ha ensayado falla el día que hace falta: un simulacro muestra si cada cual conoce su papel y si las declaraciones siguen valiendo.
finding-crisis-level-incomplete =
    { $case ->
        [neither] El nivel de crisis { $rank }, { $name }, no dice quién decide ni tiene declaración de espera.
        [decider] El nivel de crisis { $rank }, { $name }, no dice quién decide.
       *[statement] El nivel de crisis { $rank }, { $name }, no tiene declaración de espera.
    }
why-crisis-level-incomplete = Cuando se alcanza un nivel, todos saben quién decide, y las primeras palabras están listas para publicarse mientras se comprueban los hechos.
finding-moderation-without-decider =
    { $action ->
        [block] Ante { $name }, la matriz de moderación bloquea al usuario, pero no dice quién lo decide.
       *[other] Ante { $name }, la matriz de moderación elimina el comentario, pero no dice quién lo decide.
    }
why-moderation-without-decider = Retirar lo que alguien escribió, o bloquearlo, es lo más fuerte que la organización hace a su comunidad: lo decide alguien con autoridad para responder por ello.
finding-no-crisis-playbook = La estrategia no tiene protocolo de crisis: ni niveles, ni quién decide, ni primeras palabras acordadas.
why-no-crisis-playbook = En una crisis no hay tiempo para averiguar quién decide y qué decir: los niveles, las decisiones y las primeras palabras se acuerdan antes de necesitarlos.
finding-policy-review-overdue = La política { $name } debía revisarse el { $date }.
why-policy-review-overdue = Una política con la revisión vencida puede prometer lo que ya nadie hace: las normas que encuentra la gente siguen fieles a la organización y a las redes tal como son.
