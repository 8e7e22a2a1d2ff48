/**
 * Las palabras propias del sitio en español: el marco, el mobiliario de los artículos, la búsqueda y la
 * interfaz de los widgets. Misma forma que en.ts (el verificador de tipos lo comprueba). Registro: usted,
 * español internacional neutro; botones y etiquetas en infinitivo o con un sustantivo.
 */
import type { Strings } from './en';

export const es: Strings = {
  site: {
    title: 'Cómo funciona la terapia',
    description:
      'Una guía serena y con fuentes sobre cómo funciona la psicoterapia: qué ayuda, qué muestra la investigación y qué esperar.',
    skipLink: 'Saltar al contenido',
  },
  sections: {
    foundations: {
      title: 'Fundamentos',
      description: 'Qué es la psicoterapia, si funciona y cómo lo averiguan los investigadores.',
    },
    'what-heals': {
      title: 'Qué ayuda en la terapia',
      description: 'Los factores que comparten las buenas terapias: la empatía, la alianza terapéutica y más.',
    },
    brain: {
      title: 'La terapia y el cerebro',
      description: 'Qué muestra, y qué no, la investigación sobre el cerebro acerca de cómo nos cambia hablar.',
    },
    'change-over-time': {
      title: 'El cambio a lo largo del tiempo',
      description: 'Cuánta terapia es suficiente, la terapia larga y por etapas, y las etapas de la vida.',
    },
    approaches: {
      title: 'Enfoques de terapia',
      description: 'Cómo funcionan la TCC, la terapia psicodinámica, las terapias centradas en el trauma y otras.',
    },
    'starting-therapy': {
      title: 'Empezar terapia',
      description: 'Respuestas prácticas y serenas para las semanas antes y después de la primera cita.',
    },
  },
  header: {
    helpNow: 'Obtener ayuda ahora',
    helpNowShort: 'Ayuda ahora',
    quickExit: 'Salida rápida',
    menu: 'Menú',
    sectionsNav: 'Secciones',
    glossary: 'Glosario',
    search: 'Buscar',
    theme: 'Tema:',
    light: 'Claro',
    dark: 'Oscuro',
  },
  language: {
    homeOnly: '(portada)',
    notTranslated: 'Esta página aún no está en español: este enlace lleva a la portada en español.',
    onlyIn: '(en {language})',
  },
  footer: {
    disclaimer:
      'Este sitio explica cómo funciona la terapia. No hace diagnósticos ni da consejos de tratamiento. Si usted podría estar en peligro,',
    disclaimerLink: 'busque ayuda ahora',
    nav: 'Sitio',
    about: 'Quiénes somos y política editorial',
    howWeCheck: 'Cómo comprobamos los datos',
    privacy: 'Privacidad',
    accessibility: 'Accesibilidad',
    references: 'Referencias',
    keyStudies: 'Estudios clave',
    studyGuide: 'Guía de estudio',
    study: 'Estudiar con tarjetas',
    readOffline: 'Leer sin conexión',
  },
  breadcrumbs: { label: 'Ruta de navegación', home: 'Inicio' },
  article: {
    audienceFilter: { clients: 'Para empezar', students: 'Estudiantes', both: 'Para todos' },
    audience: {
      clients: 'Personas que piensan en ir a terapia',
      students: 'Estudiantes',
      both: 'Para todos: quienes empiezan y estudiantes',
    },
    for: 'Para:',
    minutes: '{minutes} min de lectura',
    lastReviewed: 'Última revisión:',
    howWeCheck: 'Cómo comprobamos los datos',
    reportMistake: 'Avisar de un error',
    onThisPage: 'En esta página',
    atAGlance: 'De un vistazo',
    keyTakeaways: 'Ideas clave',
    comparison: 'Los enfoques, lado a lado',
    inThisSection: 'En esta sección',
    sectionInProgress: 'Los artículos de esta sección se están escribiendo y revisando.',
    selfCheck: 'Compruebe lo que ha aprendido',
    references: 'Referencias',
    related: 'Lecturas relacionadas',
    pager: 'Artículo anterior y siguiente',
    previous: 'Anterior:',
    next: 'Siguiente:',
    citeThisPage: 'Citar esta página',
    apa: 'APA (7.ª edición)',
  },
  content: {
    callout: {
      evidence: 'Qué dice la investigación',
      'client-tip': 'Un consejo para usted',
      caution: 'Una advertencia',
      example: 'Un ejemplo ficticio',
    },
    fictional: '{title} (ejemplo ficticio)',
    reference: 'Referencia {number}: {citation}',
    definitionOf: 'Definición de {term}',
    derived: 'calculado',
    derivedHow: 'Cómo se calculó esta cifra:',
    derivedFrom: 'a partir de {sources}',
    describePicture: 'Describir esta imagen con palabras',
  },
  quiz: {
    namedTitle: 'Cuestionario: {title}',
    intro: 'Unas preguntas para repasar lo que ha leído. Sus respuestas se quedan en este navegador.',
    showAnswer: 'Ver la respuesta',
    answer: 'Respuesta {letter}:',
    retry: 'Volver a intentarlo',
  },
  citation: { and: 'y' },
  reliableChange: {
    title: '¿Es real mi cambio? Una calculadora de cambio fiable',
    intro:
      'El índice de cambio fiable se pregunta si la diferencia entre dos puntuaciones es mayor que el error de medida del cuestionario ({source}).',
    formulaTitle: 'La fórmula',
    formula: [
      {
        expression: 'EEM = DE × √(1 − r)',
        meaning:
          ': el error estándar de medida, a partir de la desviación estándar (DE) de las puntuaciones y de la fiabilidad r.',
      },
      {
        expression: 'S_dif = √(2 × EEM²)',
        meaning: ': el error de la diferencia entre dos puntuaciones, cada una con su propio error.',
      },
      {
        expression: 'ICF = (x2 − x1) / S_dif',
        meaning: ': su cambio (x2, la puntuación de después, menos x1, la de antes) en unidades de ese error.',
      },
    ],
    formulaCutOff: 'Si el ICF se aleja de cero más de {critical}, el cambio se considera fiable.',
    exampleTitle: 'Un ejemplo paso a paso',
    example:
      'Imagine que una puntuación de ansiedad en el GAD-7 baja de {before} a {after}. En el GAD-7, las puntuaciones más bajas son mejores. Según los valores publicados en {source}, la DE es {sd} y la fiabilidad, {reliability}.',
    tryTitle: 'Pruebe con sus propios números',
    noScript:
      'La calculadora necesita JavaScript, que está desactivado o no se ha cargado. Aun así, puede seguir los pasos de arriba con sus propios números y una calculadora.',
    preset: 'Cuestionario (opcional)',
    presetNone: 'Ninguno: escribiré yo la DE y la fiabilidad',
    presetLine: '{name}: DE {sd}, fiabilidad {reliability}, según {source}. {note}',
    fields: {
      before: { label: 'Puntuación de antes', hint: 'Su puntuación total la primera vez.' },
      after: { label: 'Puntuación de después', hint: 'Su puntuación total más adelante, en el mismo cuestionario.' },
      sd: {
        label: 'Desviación estándar (DE)',
        hint: 'Cuánto varían las puntuaciones de unas personas a otras, según los datos de referencia publicados del cuestionario.',
      },
      reliability: {
        label: 'Fiabilidad (r, de 0 a 1)',
        hint: 'Lo consistente que es el cuestionario; por ejemplo, su alfa de Cronbach, como 0.89.',
      },
    },
    better: 'En este cuestionario, ¿qué puntuaciones son mejores?',
    lower: 'Las más bajas (menos problemas, como en la mayoría de los cuestionarios de síntomas)',
    higher: 'Las más altas (como en los cuestionarios de bienestar)',
    submit: 'Comprobar mi cambio',
    clear: 'Borrar',
    storage:
      'Sus números se quedan en este navegador: se guardan en este dispositivo para que sigan aquí cuando vuelva, y nunca se envían a ningún sitio. El botón Borrar los elimina.',
    stepsTitle: 'Sus números, paso a paso',
    cautionTitle: 'Una herramienta educativa, no una valoración clínica',
    caution:
      'El cambio fiable solo indica si una diferencia es mayor que las oscilaciones normales del cuestionario. No dice si usted está ahora en el rango de las personas sin el problema, por qué cambió la puntuación ni qué hacer a continuación, y con otra DE u otra fiabilidad la respuesta puede cambiar. Hable de sus puntuaciones con su terapeuta. Si no se siente a salvo, vaya a {help}.',
    messages: {
      labels: {
        before: 'la puntuación de antes',
        after: 'la puntuación de después',
        sd: 'la desviación estándar',
        reliability: 'la fiabilidad',
      },
      enter: 'Escriba {label}.',
      notANumber: '{Label} debe ser un número; por ejemplo, {example}.',
      sdNotPositive:
        'La desviación estándar debe ser mayor que 0: mide cuánto varían las puntuaciones de unas personas a otras.',
      sdRange: 'La desviación estándar debe estar entre {min} y {max}.',
      reliabilityPercent: 'La fiabilidad es un número entre 0 y 1, como {example}. ¿Quería decir {value}?',
      reliabilityRange: 'La fiabilidad debe estar entre 0 y 1; por ejemplo, {example}.',
      reliabilityMax:
        'La fiabilidad debe ser menor que 1 (como máximo, {max}): ningún cuestionario está libre de error de medida, y la fórmula dividiría entre cero.',
      scoreRange: '{Label} debe estar entre {min} y {max}.',
      checkThis: 'Revise esto: {message}',
      steps: {
        se: 'Error estándar de medida: EEM = DE × √(1 − r) = {sd} × √(1 − {reliability}) = {se}.',
        sDiff: 'Error estándar de la diferencia: S_dif = √(2 × EEM²) = √(2 × {se}²) = {sDiff}.',
        change: 'Su cambio: x2 − x1 = {after} − {before} = {change}.',
        rci: 'Índice de cambio fiable: ICF = (x2 − x1) / S_dif = {change} / {sDiff} = {rci}.',
        compare:
          'Comparación: |ICF| = {size}, que {comparison} {critical}. Con estos valores, un cambio tiene que ser mayor de {threshold} puntos para considerarse fiable.',
        moreThan: 'es mayor que',
        notMoreThan: 'no es mayor que',
      },
      size: '|ICF| = {value}',
      noChange: 'Su puntuación no cambió, así que no hay ningún cambio que comprobar (ICF = 0).',
      withinErrorImprovement:
        'Dentro del error de medida: {size} no es mayor que {critical}, así que esta mejoría podría deberse a las oscilaciones normales del cuestionario. Eso no quiere decir que nada haya cambiado para usted.',
      withinErrorWorsening:
        'Dentro del error de medida: {size} no es mayor que {critical}, así que este empeoramiento podría deberse a las oscilaciones normales del cuestionario. Eso no quiere decir que nada haya cambiado para usted.',
      reliableImprovement:
        'Mejoría fiable: {size} es mayor que {critical}, así que es poco probable que un cambio tan grande se deba solo al error de medida.',
      reliableWorsening:
        'Empeoramiento fiable: {size} es mayor que {critical}, así que es poco probable que un cambio tan grande se deba solo al error de medida. Vale la pena que lo hable con su terapeuta.',
      oneToFix: 'Hay una cosa que corregir',
      manyToFix: 'Hay {count} cosas que corregir',
      fixFirst: '{count} antes de que la calculadora pueda hacer el cálculo. Primero: {message}',
      cleared: 'Borrado: sus números ya no están en este navegador.',
    },
  },
  relationshipEffects: {
    title: 'Cuánto se asocia cada parte de la relación con el resultado de la terapia',
    order: 'Orden',
    largestFirst: 'De mayor a menor',
    aToZ: 'De la A a la Z',
    scale: 'Escala',
    correlation: 'Correlación (r)',
    effectSize: 'Tamaño del efecto (d)',
    chart: 'Gráfico',
    chartDescription: 'Gráfico de puntos e intervalos con los números de la tabla de abajo',
    axes: { r: 'Correlación con el resultado (r)', d: 'Tamaño del efecto estandarizado (d)' },
    key: 'Punto: el tamaño del efecto. Línea: su intervalo de confianza del 95\u00a0%, dibujado solo cuando la fuente lo indica. Los puntos rellenos y las líneas continuas son las cifras de los propios metaanálisis; los puntos huecos, las líneas discontinuas y el signo ≈ marcan nuestras conversiones, que son aproximadas. Para convertir se usa d = 2r/√(1 − r²) y, al revés, r = d/√(d² + 4).',
    tableCaption:
      'Elementos de la relación y resultado de la terapia en los metaanálisis del grupo de trabajo de la Asociación Estadounidense de Psicología (APA) de 2018',
    columns: {
      element: 'Elemento',
      r: 'r',
      d: 'd',
      ci: 'IC del 95\u00a0% de r',
      evidence: 'Estudios',
      source: 'Fuente',
    },
    notReported: 'No se indica aquí',
    tableKey:
      '≈ marca un valor que hemos convertido. La consideración positiva se publicó como g de Hedges, que se lee en la misma escala que d.',
    messages: {
      ci: 'IC del 95\u00a0% {interval}',
      noCi: 'IC no indicado aquí',
      status: 'El gráfico muestra los elementos {order}, {scale}.',
      byName: 'por orden alfabético',
      bySize: 'de mayor a menor',
      asR: 'como correlaciones (r)',
      asD: 'como diferencias estandarizadas (d)',
    },
  },
  spotTheFactor: {
    title: 'Pruébelo: encuentre el factor',
    intro:
      'Lea cada breve conversación. Las personas son ficticias. En cada frase, decida cuál de estos factores muestra, si es que muestra alguno.',
    noScript: 'Después, abra la versión comentada para comparar.',
    withScript: 'Después, compruebe sus respuestas. Sus respuestas se quedan en este navegador.',
    excerpt: 'Fragmento {number} (ficticio): {title}',
    roles: { therapist: 'terapeuta', client: 'paciente' },
    pickExcerpt: 'Fragmento {number}, ',
    pick: '¿Qué muestra la frase {number}?',
    choose: 'Elija…',
    none: 'Ninguno de estos',
    annotated: 'Versión comentada del fragmento {number}',
    annotation: 'Frase {number}, {speaker}: {shows}.',
    showsNone: 'Ninguno de los factores',
    check: 'Comprobar mis respuestas',
    clear: 'Borrar las respuestas',
    // "Lo que muestra esta frase: ..." reads well both with factors and with "ninguno de los factores".
    messages: {
      noneOfTheFactors: 'ninguno de los factores',
      notAnswered: 'Sin responder. Lo que muestra esta frase: {shows}.',
      right: 'Correcto. Lo que muestra esta frase: {shows}.',
      wrong: 'No exactamente. Usted eligió: {chosen}. Lo que muestra esta frase: {shows}.',
      score: 'Acertó {correct} de {total} frases{blank}. Ahora cada frase muestra qué pretendía mostrar.',
      blank: ' ({count} sin responder)',
      cleared: 'Respuestas borradas.',
    },
  },
  doseEffect: {
    title: 'Explore la curva dosis-respuesta',
    intro:
      'La línea muestra el porcentaje de personas que habían mejorado de forma medible tras cada número de sesiones. Pasa por las dos cifras que publicaron Howard y sus colaboradores.',
    sessions: 'Número de sesiones',
    typeIt: 'O escríbalo (0-{max})',
    chartDescription:
      'Gráfico de líneas del porcentaje de personas que mejoran de forma medible según el número de sesiones. Sube mucho en las primeras sesiones, pasa del {half} en la sesión 8 y del {threeQuarters} en la sesión 26, y luego se aplana hasta llegar a cerca del {last} en la sesión {max}. La tabla de abajo da los números.',
    published: 'cerca del {percent} en la sesión {sessions}',
    improved: 'Personas que mejoran',
    chartKey:
      'Puntos rellenos: las dos cifras publicadas. La línea entre ellos y más allá es nuestra curva probit suavizada, trazada por esos dos puntos.',
    tableCaption: 'Porcentaje de personas que mejoran de forma medible, según el número de sesiones',
    columns: { sessions: 'Sesiones', improved: 'Personas que mejoran', from: 'De dónde sale la cifra' },
    about: 'cerca del {percent}',
    reportedBy: 'Publicada por {source}',
    estimated: 'Estimada a partir de la curva',
    cautionTitle: 'Qué es esta curva y qué no es',
    caution: [
      {
        lead: 'Un promedio de muchas personas.',
        text: 'Howard y sus colaboradores reunieron 15 conjuntos de datos (más de 2400 pacientes) de más de 30 años de investigación, en un trabajo publicado en 1986. La rapidez con que mejoraron las personas variaba según sus dificultades y según cómo se midió la mejoría.',
      },
      {
        lead: 'Dos puntos publicados, una línea trazada.',
        text: 'Solo las cifras de las sesiones 8 y 26 proceden del estudio; el resto es una estimación a partir de la curva.',
      },
      {
        lead: 'No es una promesa.',
        text: 'Cada persona es distinta. La curva no puede decirle cuántas sesiones necesitará usted.',
      },
    ],
    mixes: {
      lead: 'La curva mezcla a personas distintas.',
      text: 'Estudios posteriores encontraron que quienes mejoran rápido a menudo dejan la terapia cuando se sienten lo bastante bien, mientras que quienes siguen más tiempo tienden a mejorar más despacio ({sources}). Por eso, la parte plana del final refleja en parte quién sigue todavía en terapia.',
    },
    sourceLine: 'Fuente: {source}. Nada de lo que elija aquí se guarda ni se envía a ningún sitio.',
    messages: {
      sessions: { one: '{count} sesión', other: '{count} sesiones' },
      zero: 'Antes de la primera sesión, la curva empieza en el {percent}: nadie ha recibido todavía terapia.',
      published:
        'Tras {sessions}, cerca del {percent} de las personas de estos estudios había mejorado de forma medible.',
      estimated:
        'Tras {sessions}, la curva estima que cerca del {percent} de las personas de estos estudios había mejorado de forma medible.',
      marker: '{sessions}: cerca del {percent}',
    },
  },
  search: {
    title: 'Buscar',
    description:
      'Busque en todos los artículos en español de Cómo funciona la terapia. Sus búsquedas no salen de su navegador.',
    privacy: 'La búsqueda se hace por completo en su navegador: lo que escribe no se envía a ningún sitio.',
    noScriptTitle: 'La búsqueda necesita JavaScript',
    noScript:
      'Su navegador tiene JavaScript desactivado, así que la búsqueda no puede funcionar. Puede llegar a todo el contenido desde el glosario y las secciones:',
  },
  home: {
    starting: 'Empezar terapia',
    startingIntro: '¿Está pensando en ir a terapia, o empieza pronto? Lea estos artículos en este orden.',
    studying: 'Estudiar la terapia',
    studyingIntro: '¿Estudia psicología o una profesión de ayuda? Empiece por la investigación y sus debates.',
    allOfStarting: 'Toda la sección Empezar terapia',
    explore: 'Explorar por tema',
    articles: 'Artículos en español: {count}',
  },
  glossary: {
    title: 'Glosario',
    description:
      'Definiciones en lenguaje claro de los términos que usa Cómo funciona la terapia, con enlaces a los artículos donde aparecen.',
    intro:
      '{count} términos, cada uno con una definición breve, una explicación más completa y los artículos donde aparece.',
    letters: 'Letras del glosario',
    sources: 'Fuentes:',
    aliases: 'También se dice:',
    usedIn: 'Aparece en:',
  },
  crisis: {
    call: 'Llamar al {number}',
    whatsapp: 'WhatsApp: {number}',
    checkedOn: 'Comprobamos estos números por última vez el',
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'Esta página no existe. Encuentre lo que buscaba desde la portada, la búsqueda o el glosario.',
    heading: 'No encontramos esa página',
    tryThese: 'Puede que el enlace sea antiguo o tenga un error. Pruebe con:',
    urgent: 'Si necesita ayuda urgente:',
  },
};
