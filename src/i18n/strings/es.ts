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
    studying: 'Estudiar la terapia',
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
