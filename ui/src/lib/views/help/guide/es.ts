// La guía de uso, en español. Escrita para community managers: para qué
// sirve cada parte de Rumbo, cómo se usa y por qué importa.
import type { Chapter } from './types';

const chapters: Chapter[] = [
  {
    id: 'start',
    title: 'Primeros pasos',
    blocks: [
      {
        kind: 'p',
        text: 'Rumbo es el lugar donde construyes la estrategia de redes sociales y de comunidad de tu organización, la contrastas con los principios de una buena gestión de comunidades y la conviertes en un documento que la dirección puede leer y aprobar.',
      },
      {
        kind: 'p',
        text: 'Todo lo de una organización vive en un **espacio de trabajo**: un único archivo terminado en **.rumbo** en tu ordenador. Puedes copiarlo, hacer copias de seguridad, enviárselo a una compañera o abrirlo con un doble clic, como cualquier documento.',
      },
      { kind: 'h', text: 'Tu primer espacio de trabajo' },
      {
        kind: 'steps',
        items: [
          'Cuando Rumbo se abre sin ningún espacio de trabajo, elige **Nuevo espacio de trabajo…**. Indica qué tipo de organización es —administración pública, ONG o entidad sin ánimo de lucro, pequeño negocio, marca de consumo, educación o vacío— y después escoge una carpeta y un nombre. Rumbo crea el archivo con los departamentos, públicos, criterios de encaje de marca y borradores de políticas habituales en ese tipo de organización.',
          'El **inicio guiado** te hace entonces seis preguntas breves: la organización y su voz, los departamentos con los que trabajas y quién decide, qué queréis conseguir en las redes con tus palabras, a quién queréis llegar, las horas a la semana de que dispones y el contenido que podéis hacer. Puedes saltar cualquiera y volver con **Atrás**; tus respuestas se guardan mientras escribes, así que si cierras Rumbo a mitad, sigue donde lo dejaste.',
          'Al final te muestra el **borrador de estrategia** que proponen tus respuestas: canales con su puntuación de encaje y el porqué, sus horas frente a las tuyas, los departamentos, los públicos, un flujo por departamento y tus objetivos. Un propósito que solo pide estar en una red («Estar en TikTok») se explica y se reescribe como un objetivo medible, que puedes usar, editar o mantener con tus palabras. No se escribe nada hasta que lo aceptas. Puedes volver a abrir el inicio guiado desde la barra lateral cuando quieras: solo añade, nunca quita.',
          'O elige **Abrir el espacio de trabajo de ejemplo** para explorar un caso completo: la estrategia de una agencia regional de empleo. Lo que cambies ahí no afecta a tu trabajo.',
          'Para seguir con una estrategia que ya tienes, elige **Abrir un espacio de trabajo…** o uno de los archivos **Recientes**. Las mismas órdenes están en el menú **Archivo**.',
        ],
      },
      { kind: 'h', text: 'Cómo moverte' },
      {
        kind: 'p',
        text: 'La barra lateral de la izquierda recoge las partes de la estrategia, desde el perfil de la organización hasta el documento. El número junto a cada una indica cuántos registros contiene; el diagnóstico muestra la puntuación de preparación de la estrategia.',
      },
      {
        kind: 'p',
        text: 'La barra lateral sigue el método: quién es la organización y cómo habla, a quién quiere llegar, qué quiere conseguir (los objetivos van antes que los canales: los canales sirven a los objetivos), los canales y cómo encaja la marca en cada uno, tu papel entre los departamentos y la comunicación interna; después, los canales en marcha, las normas que encuentra la gente, el diagnóstico y el documento. **Tu camino por el método**, en el perfil de la organización y en el diagnóstico, marca cada paso hecho y señala el siguiente.',
      },
      {
        kind: 'p',
        text: 'Cada sección empieza con **Por qué importa**: el principio que hay detrás, con las palabras del propio diagnóstico, y un buen ejemplo. Ocúltalo con ×; **Por qué importa**, bajo el título, lo recupera. Una lista vacía tiene un botón para crear su primer registro y, en públicos, objetivos y flujos internos, ejemplos por los que empezar: elige uno y revísalo antes de guardarlo.',
      },
      {
        kind: 'tip',
        text: 'Pulsa **Ctrl+K** (**⌘K** en un Mac) en cualquier momento y escribe parte de un nombre —una sección, un canal, una campaña, un hallazgo— para ir directamente a él. La misma casilla ejecuta cualquier orden del menú.',
      },
      { kind: 'h', text: 'Guardar' },
      {
        kind: 'p',
        text: 'No hay ningún botón de guardar que olvidar: cada cambio se guarda mientras escribes. La parte superior de cada página indica **Todos los cambios guardados** cuando ya está en el disco. Si un valor no se puede guardar —una fecha que no existe, un número fuera de rango—, el campo explica por qué y lo que escribiste se conserva hasta que lo corrijas.',
      },
      {
        kind: 'p',
        text: 'Antes de eliminar algo a lo que apuntan otros registros, Rumbo te dice qué se desvinculará. Después de cualquier eliminación aparece **Deshacer** en la parte inferior de la ventana durante unos segundos (o pulsa **Ctrl+Z**).',
      },
    ],
  },
  {
    id: 'profile',
    section: 'profile',
    title: 'Perfil de la organización',
    blocks: [
      {
        kind: 'p',
        text: 'Quién es la organización: su nombre y su sector, su misión, su cultura y sus valores, su voz y su tono de marca, quién es el community manager y a quién rinde cuentas, los idiomas en que se expresa y el periodo que abarca la estrategia.',
      },
      {
        kind: 'p',
        text: 'Dedica tiempo a la cultura, los valores y la voz. Un community manager solo puede transmitir fielmente una imagen si está escrita, y el tono de cada canal y de cada publicación se apoya en ella. El diagnóstico te avisa mientras alguno de esos campos esté vacío.',
      },
      {
        kind: 'tip',
        text: 'El nombre de la organización pasa a ser el título de la ventana y del documento de estrategia.',
      },
    ],
  },
  {
    id: 'departments',
    section: 'departments',
    title: 'Departamentos y tu papel',
    blocks: [
      {
        kind: 'p',
        text: 'Un community manager da servicio a muchos departamentos —redes sociales, marketing, atención al cliente, contenidos y, a menudo, recursos humanos, dirección o ventas— y necesita hablar con todos ellos. Añade cada departamento con el que trabajas y su responsable o persona de contacto.',
      },
      {
        kind: 'p',
        text: 'La tabla que hay bajo la lista recoge lo que haces para cada departamento en cada actividad, con los términos habituales de una matriz RACI:',
      },
      {
        kind: 'list',
        items: [
          '**R — Responsable**: tú haces el trabajo.',
          '**A — Aprobador**: respondes del resultado y tienes la última palabra.',
          '**C — Consultado**: te preguntan antes de decidir.',
          '**I — Informado**: te lo comunican una vez decidido.',
        ],
      },
      {
        kind: 'p',
        text: 'Elige una celda y escribe **R**, **A**, **C** o **I**; **Supr** la vacía. Las flechas te mueven por la tabla. En la lista de al lado puedes añadir, renombrar y reordenar las actividades.',
      },
      {
        kind: 'tip',
        text: 'Un papel que solo figura en un departamento es una señal de alarma: un community manager que depende de un único departamento no puede atender a los demás.',
      },
    ],
  },
  {
    id: 'audiences',
    section: 'audiences',
    title: 'Públicos',
    blocks: [
      {
        kind: 'p',
        text: 'Las personas a las que se dirige la estrategia. Para cada público, escribe quiénes son, qué necesitan de la organización y dónde se les encuentra. Después, cada canal indica a qué públicos sirve, de modo que ves si todos los públicos están cubiertos y si algún canal no llega a nadie.',
      },
    ],
  },
  {
    id: 'channels',
    section: 'channels',
    title: 'Canales',
    blocks: [
      {
        kind: 'p',
        text: 'Cada red, blog, boletín o comunidad en la que está la organización, en la que piensa estar o en la que decidió no estar. Para cada uno: la red y el nombre y el usuario de la cuenta, su estado, su propósito, los públicos a los que sirve, su tono y su frecuencia, el departamento responsable, las horas que exige cada semana y sus puntuaciones de encaje de marca.',
      },
      {
        kind: 'p',
        text: 'El estado sigue la vida del canal: **en estudio**, **previsto**, **activo**, **en pausa**, **retirado** o **descartado**, con el motivo. Conservar los descartados, y por qué, demuestra a la dirección que estar en todas partes no es el objetivo.',
      },
      {
        kind: 'p',
        text: 'Las horas semanales de los canales activos y previstos se suman en la parte superior de la lista. El diagnóstico las compara con las horas de las que dispone de verdad el community manager: más redes no es mejor si nadie puede atenderlas.',
      },
      {
        kind: 'tip',
        text: 'Escribe en la casilla de búsqueda de encima de la lista para encontrar un canal por su nombre, su usuario o su propósito; el filtro lo acota por estado.',
      },
    ],
  },
  {
    id: 'fit',
    section: 'fit',
    title: 'Encaje de marca',
    blocks: [
      {
        kind: 'p',
        text: '¿Dónde encaja la marca? Primero decide qué significa «encajar» para esta organización: los **criterios** (nuestro público está ahí, el formato se ajusta a nuestros contenidos, podemos mantenerlo…) y cuánto pesa cada uno, de 0 (no cuenta) a 10.',
      },
      {
        kind: 'p',
        text: 'Después puntúa cada canal de 0 (nada) a 5 (perfectamente) en cada criterio. Elige una celda de la tabla y escribe el número; **Supr** la vacía. La puntuación ponderada muestra qué canales encajan con la marca y cuáles no.',
      },
      {
        kind: 'p',
        text: 'El diagnóstico señala un canal activo con una puntuación baja y uno sin usar con una puntuación alta. Dónde empiezan «baja» y «alta» es un umbral que puedes cambiar en el diagnóstico.',
      },
    ],
  },
  {
    id: 'accounts',
    section: 'accounts',
    title: 'Cuentas',
    blocks: [
      {
        kind: 'p',
        text: 'Cada canal que gestiona la organización es también una **cuenta**: su usuario y su dirección, el departamento y la persona que la llevan, quién tiene acceso de administración (solo nombres y funciones: nunca escribas una contraseña en Rumbo), si tiene la verificación en dos pasos activada, quién custodia las credenciales, cuándo se revisó el acceso por última vez y en qué punto está: solicitada, prevista, activa, en revisión, en pausa, inactiva o retirada.',
      },
      {
        kind: 'list',
        items: [
          '**Registro**: todas las cuentas, agrupadas por el departamento que las lleva. Abre una para editarla; su estrategia (propósito, públicos, encaje de marca) sigue en Canales.',
          '**Las cuatro preguntas**: cuáles son sus objetivos, a qué público se dirige, si hay recursos para mantenerla y qué contenidos tendrá. Una cuenta no puede pasar a activa hasta que las cuatro tengan respuesta.',
          '**Apertura y cierre**: los pasos de cada procedimiento, quién da cada uno y cuántos días laborables lleva. El documento los imprime, y el formulario de solicitud de cuenta como anexo (la sección Documento también exporta el formulario por separado).',
        ],
      },
      {
        kind: 'tip',
        text: 'Una cuenta para un evento puntual necesita fecha de fin y plan de cierre: el diagnóstico te avisa cuando el evento ha terminado y la cuenta sigue abierta.',
      },
    ],
  },
  {
    id: 'editorial',
    section: 'editorial',
    title: 'Línea editorial',
    blocks: [
      {
        kind: 'p',
        text: 'Qué publican los canales y cómo. Esta sección tiene tres pestañas:',
      },
      {
        kind: 'list',
        items: [
          '**Pilares de contenido**: los tres a seis temas sobre los que publican los canales, para qué sirve cada uno, ejemplos, los objetivos a los que sirve y su parte de las publicaciones de cada canal (un 40 % de información de servicio, un 30 % de participación…).',
          '**Estilo de cada canal**: cómo escriben uno o varios canales: idioma y tratamiento, qué hacer y qué evitar, formatos, etiquetas, horarios de publicación, accesibilidad (texto alternativo, subtítulos, etiquetas en CamelCase) e identidad gráfica.',
          '**Niveles de servicio**: los días y horas de atención, la respuesta que se promete, cada cuánto se revisa y qué pasa fuera de horario. El diagnóstico compara la promesa con las horas de quienes llevan esos canales.',
        ],
      },
    ],
  },
  {
    id: 'objectives',
    section: 'objectives',
    title: 'Objetivos y KPI',
    blocks: [
      {
        kind: 'p',
        text: 'Lo que la estrategia tiene que conseguir. Un buen objetivo es **SMART**: específico, medible, alcanzable, relevante y con plazo. Para cada uno, escribe un título y una descripción, elige su tipo y define su KPI —la métrica y su unidad—, de dónde partes (valor inicial), adónde quieres llegar (meta), cuándo empieza y su fecha límite, quién es responsable, y los canales y departamentos que implica.',
      },
      {
        kind: 'p',
        text: '**Estar presente no es un objetivo.** «Estar en TikTok» o «tener un perfil activo en LinkedIn» dicen dónde, no para qué. Rumbo reconoce esas intenciones redactadas de muchas maneras y las trata como errores: conviértelas en un resultado que se pueda medir, como «llegar a 2.000 seguidores jóvenes en TikTok antes de junio».',
      },
      { kind: 'h', text: 'Medir el avance' },
      {
        kind: 'p',
        text: 'Abre un objetivo para añadir sus **mediciones del KPI**: un valor por fecha, escrito a mano o importado con **Importar CSV…** desde el archivo que exporta la analítica de una red. Indica qué columna tiene la fecha y cuál el valor, y cómo se escriben las fechas y los decimales; la vista previa muestra cómo se leerá cada fila antes de importar nada.',
      },
      {
        kind: 'p',
        text: 'El gráfico muestra las mediciones frente al valor inicial y la meta. Los objetivos con el plazo vencido, o que llevan mucho tiempo sin medirse, aparecen en el diagnóstico.',
      },
    ],
  },
  {
    id: 'campaigns',
    section: 'campaigns',
    title: 'Campañas',
    blocks: [
      {
        kind: 'p',
        text: 'Campañas e iniciativas de todos los departamentos: quién las lleva, cuándo, a qué objetivos sirven, si afectan a la comunidad y si el community manager participó en la decisión.',
      },
      {
        kind: 'p',
        text: 'Una campaña que afecta a la comunidad pero se decidió sin el community manager genera malestar y suele fracasar. Rumbo la marca y el diagnóstico la incluye, para que la conversación se produzca antes del lanzamiento y no después.',
      },
    ],
  },
  {
    id: 'internal',
    section: 'internal',
    title: 'Comunicación interna',
    blocks: [
      {
        kind: 'p',
        text: 'Una organización no puede ser abierta hacia fuera y cerrada hacia dentro. Esta sección tiene tres pestañas:',
      },
      {
        kind: 'list',
        items: [
          '**Flujos**: cada intercambio periódico —qué transmite, en qué dirección (de ti a uno o varios departamentos, de ellos a ti o a toda la plantilla), por qué canal interno, con qué frecuencia, quién se encarga y cómo responden quienes lo reciben.',
          '**Necesidades de información**: lo que necesitas saber de cada departamento para hacer tu trabajo, con qué rapidez y por qué flujo te llega. Sin ello no puedes responder a la comunidad.',
          '**Calendario**: las próximas semanas de comunicación interna, calculadas a partir de la frecuencia de cada flujo. **Exportar .ics** lo guarda en un archivo que abre tu aplicación de calendario.',
        ],
      },
      {
        kind: 'tip',
        text: 'El diagnóstico señala un departamento sin ningún flujo, o que nunca te da información: añade aquí el flujo.',
      },
    ],
  },
  {
    id: 'team',
    section: 'team',
    title: 'Equipo y presupuesto',
    blocks: [
      {
        kind: 'p',
        text: 'Las personas que llevan los canales —tú como coordinación, la persona responsable de cuentas de cada departamento, edición, moderación— con las horas semanales que les dedica cada una, y lo que cuestan los canales.',
      },
      {
        kind: 'list',
        items: [
          '**Personas**: nombre (o el puesto mientras esté vacante), cargo, qué hace para los canales, departamento y horas semanales. Deja las horas en blanco si no las sabes: así el diagnóstico no se las inventa.',
          '**Presupuesto**: promoción de pago, herramientas y licencias, producción, personal y formación; cada partida con su importe, cada cuánto se paga y los canales en los que se gasta.',
        ],
      },
    ],
  },
  {
    id: 'recommendations',
    section: 'recommendations',
    title: 'Recomendaciones y decisiones',
    blocks: [
      {
        kind: 'p',
        text: 'Tu registro de lo que recomendaste, a quién, cuándo y por qué, y de lo que se decidió: **pendiente**, **aceptada**, **rechazada** o **ignorada**, con la fecha, el motivo y, más adelante, el resultado.',
      },
      {
        kind: 'p',
        text: 'Cuando los resultados no llegan, este registro muestra qué se aconsejó y qué se hizo con el consejo. El diagnóstico señala las recomendaciones que llevan demasiado tiempo sin respuesta y una proporción alta de ignoradas. Cambia a **Tabla** para verlas todas a la vez.',
      },
    ],
  },
  {
    id: 'conduct',
    section: 'conduct',
    title: 'Conducta y moderación',
    blocks: [
      {
        kind: 'p',
        text: 'Las normas que encuentra la gente cuando escribe a la organización, y qué se hace con lo que escribe.',
      },
      {
        kind: 'list',
        items: [
          '**Normas de participación**: el texto que se publica donde la gente comenta: qué es bienvenido, qué se retira y por qué. Es una política de su propio tipo: escríbela a partir del modelo en Políticas y expórtala sola para la web.',
          '**Matriz de moderación**: cada tipo de comentario o situación (consultas, críticas, quejas, datos personales, spam, insultos) con lo que se hace —responder, no responder, ocultar, derivar a un departamento, eliminar, bloquear—, quién actúa, quién decide, en cuánto tiempo y si el caso se registra.',
          '**Quién modera cada canal**: si la gente puede comentar en cada canal en uso y quién lo modera. Ambas cosas se indican en el editor de cada canal; una campaña que afecta a la comunidad nombra su propia moderación.',
          '**Protocolos**: cómo se responde a una queja recibida en redes y cómo se corrige una publicación errónea: los pasos en orden, quién redacta, quién aprueba, los plazos y cómo se anuncia la corrección.',
        ],
      },
      {
        kind: 'tip',
        text: 'Eliminar y bloquear silencian a alguien: el diagnóstico pide que lo decida alguien con autoridad para responder por ello.',
      },
    ],
  },
  {
    id: 'crisis',
    section: 'crisis',
    title: 'Protocolo de crisis',
    blocks: [
      {
        kind: 'p',
        text: 'Qué pasa cuando algo sale mal en público, decidido con calma antes de que ocurra.',
      },
      {
        kind: 'list',
        items: [
          '**Niveles**: una escala de lo más leve a lo más grave, cada nivel con lo que lo activa, quién decide, cómo se escala, los departamentos a los que se llama, si se aplica la lista de pausa y una declaración de espera en cada idioma del documento: las primeras palabras mientras se comprueban los hechos.',
          '**Lista de pausa**: para todos los canales o para uno, qué se pausa —publicaciones programadas, anuncios, respuestas automáticas—, cómo y quién lo hace.',
          '**Protocolo**: la cuenta que habla en nombre de la organización (la regla de una sola voz), la plantilla del análisis posterior y la fecha del último simulacro.',
        ],
      },
      {
        kind: 'tip',
        text: 'Un protocolo que nadie ha ensayado falla cuando hace falta: el diagnóstico avisa cuando el último simulacro es más antiguo que los meses fijados en sus umbrales.',
      },
    ],
  },
  {
    id: 'policies',
    section: 'policies',
    title: 'Políticas',
    blocks: [
      {
        kind: 'p',
        text: 'Los textos que dicen cómo se comportan en redes la organización y su personal: las normas de participación, el uso por el personal (en nombre de la organización, a título personal, en espacios ajenos), el aviso legal y la privacidad, las licencias de los contenidos, la accesibilidad, la conservación y el archivo, el periodo electoral, la promoción de pago y los grupos de interés externos.',
      },
      {
        kind: 'p',
        text: 'Cada una tiene responsable, estado (borrador, pendiente de aprobación, aprobada), quién la aprobó y cuándo, y fecha de revisión. **Usar el modelo** rellena un primer borrador en español o en inglés con el nombre de tu organización; sustituye lo que está [entre corchetes].',
      },
      {
        kind: 'tip',
        text: 'Las normas de participación, la política de uso por el personal y el aviso legal son lo que lee la gente: **Publicar por separado** exporta cada una como un texto de una página (PDF, página web o Markdown) listo para la web o la intranet.',
      },
    ],
  },
  {
    id: 'health',
    section: 'health',
    title: 'El diagnóstico',
    blocks: [
      {
        kind: 'p',
        text: 'El diagnóstico lee la estrategia entera y te dice dónde flojea, por qué importa y dónde corregirlo. Se vuelve a ejecutar solo mientras trabajas.',
      },
      {
        kind: 'list',
        items: [
          'Los **errores** rompen la estrategia: corrígelos antes de presentarla.',
          'Los **avisos** son puntos débiles por los que preguntará la dirección.',
          'Los **consejos** mejoran una estrategia que ya es buena.',
        ],
      },
      {
        kind: 'p',
        text: 'La **puntuación de preparación** va de 0 a 100: **Cimientos débiles**, **Necesita trabajo**, **Lista para presentar**. Una estrategia vacía puntúa bajo, un error abierto impide llegar a la franja de «lista» y una regla que no se aplica no suma nada. **¿Cómo se calcula la puntuación?**, bajo la puntuación, muestra lo que aporta cada regla.',
      },
      {
        kind: 'p',
        text: '**Corregir** te lleva al campo que hay que cambiar. Si un hallazgo describe una decisión que tomaste a propósito, pulsa **Aceptar el riesgo…** y explica por qué: se queda en el informe y en el documento, con tu motivo y la fecha, pero deja de restar puntos. **Retirar** deshace la aceptación.',
      },
      {
        kind: 'p',
        text: 'Los **umbrales** del final de la página —las horas semanales que puedes dedicar a los canales, los días tras los que una recomendación se considera sin respuesta, etc.— son los de esta organización: cámbialos y el diagnóstico se adapta al momento.',
      },
      { kind: 'h', text: 'Todas las reglas' },
      { kind: 'rules' },
    ],
  },
  {
    id: 'document',
    section: 'document',
    title: 'El documento de estrategia',
    blocks: [
      {
        kind: 'p',
        text: 'La estrategia como documento para la dirección, las jefaturas de departamento y, a menudo, el público. Se redacta a partir de tu espacio de trabajo, en tercera persona y en un registro que la dirección puede firmar: portada e índice, resumen ejecutivo, la organización, los públicos, los objetivos con sus gráficos de avance, la estrategia de canales con la matriz de encaje de marca y los canales descartados, tu papel en los departamentos, la comunicación interna, las campañas, las recomendaciones y decisiones, una hoja de ruta, los hallazgos del diagnóstico y lo que ha cambiado desde la versión anterior.',
      },
      {
        kind: 'steps',
        items: [
          'Elige el título, la autoría, la fecha y el **idioma del documento** —puede ser distinto del de la aplicación— y qué secciones incluye.',
          'Revisa la vista previa, página a página; sigue tus cambios.',
          'Elige un formato: **PDF** (o **PDF de archivo**, para la conservación a largo plazo y los lectores de pantalla), **Página web (HTML)**, **Markdown** o **Word (DOCX)**, y pulsa **Exportar…**.',
          'Marca **Guardar como versión nueva** y añade una nota («Presentado al comité») para conservar el documento tal como está hoy. El apartado «Qué ha cambiado» del siguiente documento se compara con esta versión, y puedes abrir o exportar de nuevo cualquier versión guardada.',
          'En **Qué exportar**, elige **El formulario de solicitud de cuenta, por separado** para imprimir solo el formulario, sin portada ni índice, listo para entregar a las unidades que piden una cuenta.',
        ],
      },
    ],
  },
  {
    id: 'files',
    title: 'Copias de seguridad y dónde están tus archivos',
    blocks: [
      {
        kind: 'p',
        text: 'Tu espacio de trabajo es el archivo .rumbo que creaste o abriste. Rumbo guarda **copias de seguridad** en una carpeta junto a él, con el mismo nombre seguido de **-backups**. Se hace una copia al abrir el espacio de trabajo, cada diez minutos mientras trabajas si algo ha cambiado, y antes de una actualización o de una restauración.',
      },
      {
        kind: 'list',
        items: [
          '**Archivo → Copias de seguridad…** las muestra de la más reciente a la más antigua, hace una en el momento y restaura la que elijas después de preguntarte. Antes de restaurar, el espacio de trabajo tal como está se guarda también como copia, así que una restauración se puede deshacer.',
          '**Archivo → Guardar una copia…** escribe una copia completa del espacio de trabajo en otro lugar mientras sigues trabajando, para enviarla o guardarla en otro disco.',
          'Si un espacio de trabajo está dañado, Rumbo nunca lo modifica: te ofrece su copia sana más reciente y conserva el archivo dañado al lado, con otro nombre.',
          'Un espacio de trabajo en un disco en el que no se puede escribir se abre en **solo lectura**: puedes consultarlo y guardar una copia.',
        ],
      },
      { kind: 'h', text: 'En este ordenador' },
      { kind: 'files' },
      {
        kind: 'p',
        text: 'Las preferencias de Rumbo —los archivos recientes, el idioma, la apariencia, y el tamaño y la posición de la ventana para cada espacio de trabajo— se guardan en un pequeño archivo aparte. Si lo borras, solo se restablecen.',
      },
    ],
  },
  {
    id: 'keyboard',
    title: 'Teclado, zoom y apariencia',
    blocks: [
      {
        kind: 'p',
        text: 'Todo en Rumbo se puede hacer con el teclado. **Ayuda → Atajos de teclado** (**Ctrl+/**) los recoge todos. Los que más usarás:',
      },
      {
        kind: 'list',
        items: [
          '**Ctrl+K**: ir a cualquier sección, registro o hallazgo, o ejecutar cualquier orden, escribiendo parte de su nombre.',
          '**Ctrl+Av Pág** y **Ctrl+Re Pág**: la sección siguiente y la anterior.',
          '**Ctrl+Mayús+N**: un registro nuevo en la sección que tienes en pantalla.',
          '**Tab** desde el principio de la ventana ofrece primero **Saltar al contenido**, que pasa la barra lateral y va a la página.',
          '**Ctrl+=**, **Ctrl+-** y **Ctrl+0**: ampliar todo, reducirlo o volver a su tamaño.',
        ],
      },
      {
        kind: 'p',
        text: 'En un Mac, usa **⌘** donde esta guía dice Ctrl. La interfaz sigue el idioma de tu sistema (español o inglés) y su apariencia clara u oscura; puedes cambiar ambos en el menú **Ver** o al pie de la barra lateral.',
      },
    ],
  },
  {
    id: 'privacy',
    title: 'Tus datos se quedan contigo',
    blocks: [
      {
        kind: 'p',
        text: '**Rumbo nunca se conecta a internet.** No hay cuenta, ni nube, ni telemetría: tu estrategia está en tu archivo, en tu ordenador, y va adonde tú la envíes. La analítica entra en forma de archivos que exportas tú de las redes.',
      },
      {
        kind: 'p',
        text: 'Para automatizar tareas, la orden **rumbo** trabaja con los mismos archivos desde un terminal: crear un ejemplo, importar y exportar JSON, ejecutar el diagnóstico, generar el documento, ver y restaurar copias de seguridad. Ejecuta **rumbo --help** para ver cómo.',
      },
    ],
  },
];

export default chapters;
