/**
 * The Spanish words of the numbers rule (docs/numbers-rule.md, "En español"). Spanish articles write
 * decimals with a point ("r = .28", "19.7 %"), percentages as "75 %", "75%" or "75 por ciento", and group
 * thousands with a space, no-break space or thin space ("30 000"); four digits stand together ("1314").
 */
import type { Hedge } from '../match.ts';
import type { Lexicon } from './lexicon.ts';

/** Letters of Spanish words, for the character classes of the finders. */
const LETTERS = 'a-záéíóúüñ';

const UNITS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
] as const;
const TENS = ['treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'] as const;
/** The forms "uno" takes before a noun: "un estudio", "una persona", "veintiún ensayos". */
const ONE_FORMS = { un: 1, una: 1, veintiún: 21, veintiuna: 21 };

/** Each hedge, with the forms it takes before "el" ("más del 50 %", "en torno al 75 %"). */
function withContractions(hedges: Record<string, Hedge>): Record<string, Hedge> {
  const out: Record<string, Hedge> = {};
  for (const [words, hedge] of Object.entries(hedges)) {
    out[words] = hedge;
    if (words.endsWith(' de')) out[`${words}l`] = hedge;
    if (words.endsWith(' a')) out[`${words}l`] = hedge;
  }
  return out;
}

export const spanish: Lexicon = {
  letters: LETTERS,

  digits: String.raw`(?:\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`,
  misformattedNumber: {
    // A comma between digits: a decimal comma ("0,28") or thousands grouped by a comma ("30,000").
    pattern: String.raw`(?<![\w.,])\d+(?:,\d+)+(?:\.\d+)?(?![\w,])`,
    fix: 'Spanish pages write decimals with a point ("0.28", "19.7 %") and group thousands with a space ("30 000"), never with a comma',
  },
  numberWords: {
    ...Object.fromEntries(UNITS.map((word, value) => [word, value])),
    ...ONE_FORMS,
    cien: 100,
    mil: 1000,
  },
  tens: Object.fromEntries(TENS.map((word, i) => [word, (i + 3) * 10])),
  tensJoin: String.raw`\s+y\s+`,
  tensUnits: { ...Object.fromEntries(UNITS.slice(1, 10).map((word, i) => [word, i + 1])), un: 1, una: 1 },
  // Spanish puts no article before a number word that counts ("doce sesiones").
  numberArticle: '(?!)',
  notCountWords: ['un', 'uno', 'una', 'dos', 'cien', 'mil'],
  dozen: '(?!)',

  hedges: withContractions({
    'alrededor de': 'about',
    aproximadamente: 'about',
    'cerca de': 'about',
    unos: 'about',
    unas: 'about',
    'en torno a': 'about',
    'algo más de': 'about',
    '~': 'about',
    '≈': 'about',
    'más de': 'above',
    'al menos': 'above',
    'por encima de': 'above',
    'como mínimo': 'above',
    'menos de': 'below',
    hasta: 'below',
    casi: 'below',
    'por debajo de': 'below',
    'como máximo': 'below',
  }),
  hedgeArticle: 'el|la|los|las',
  symbolHedges: ['alrededor de', 'aproximadamente', 'cerca de', 'en torno a'],
  symbolOf: String.raw`\bde\b`,
  symbols: String.raw`d\s+de\s+Cohen|g\s+de\s+Hedges|Hedges['’]?\s+g|Cohen['’]?s\s+d|R²|R2|I²|I2|NNT|NNH|SMD|OR|RR|HR|ES|SD|β|ρ|κ|α|r|d|g|k|n|N|p`,
  namedStatistics: [
    String.raw`tamaños?\s+del?\s+efecto`,
    'efectos?',
    'correlaci(?:ón|ones)',
    String.raw`odds\s+ratios?`,
    String.raw`razó?n(?:es)?\s+de\s+(?:momios|probabilidades|odds|riesgos?)`,
    String.raw`riesgos?\s+relativos?`,
    String.raw`cocientes?\s+de\s+riesgos?`,
    String.raw`números?\s+necesarios?\s+(?:a|para)\s+tratar`,
    String.raw`diferencias?\s+de\s+medias\s+estandarizadas?`,
  ].join('|'),
  namedJoin: String.raw`de\s+entre|que\s+van?\s+de|que\s+iba\s+de|del|de|fue|fueron|era|es|=|entre`,

  rangeDash: String.raw`(?:\s*(?:-|–|—)\s*|\s+(?:a|al)\s+)`,
  and: String.raw`\s+y\s+(?:el\s+)?`,
  between: 'entre',
  ofThe: String.raw`\s+de\s+(?:los\s+|las\s+)?`,

  percentWords: String.raw`\bpor\s+ciento\b`,
  confidenceInterval: String.raw`\bICs?\b|\bintervalos?\s+de\s+confianza\b`,
  confidenceLevelAfter: String.raw`(?:del?\s+|al\s+)?\d{2}(?:\.\d)?\s*%`,
  confidenceJoin: String.raw`,?\s*(?:de|entre|fue)|=|:|,`,
  confidenceSeparator: ',|;|a|y|-|–|—',
  sessionNumber: String.raw`\b(?:en|hacia|para|tras|hasta|desde|antes\s+de|después\s+de)\s+la\s+sesión`,

  studyNouns: [
    'estudios',
    'ensayos',
    'ECA',
    'metaanálisis',
    'meta-análisis',
    'revisiones',
    'evaluaciones',
    'muestras',
    String.raw`conjuntos\s+de\s+datos`,
    String.raw`tamaños\s+del?\s+efecto`,
    'comparaciones',
    'cohortes',
    'sesiones',
    'casos',
  ],
  peopleNouns: [
    'participantes',
    'pacientes',
    'clientes',
    'clientas',
    'consultantes',
    'personas',
    'individuos',
    'adultos',
    'adultas',
    'niños',
    'niñas',
    'adolescentes',
    'jóvenes',
    'estudiantes',
    'veteranos',
    'veteranas',
    'mujeres',
    'hombres',
    'parejas',
    'familias',
    'terapeutas',
    'psicoterapeutas',
    'encuestados',
    'encuestadas',
    'usuarios',
    'usuarias',
  ],
  // Spanish adjectives usually follow the noun ("82 muestras independientes"), but may precede it ("tres
  // grandes ensayos"): up to three words may stand between, none of these.
  notQualifiers: [
    'de',
    'del',
    'y',
    'e',
    'o',
    'u',
    'en',
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'unos',
    'unas',
    'con',
    'para',
    'por',
    'a',
    'al',
    'que',
    'cada',
    'sobre',
    'entre',
    'sin',
    'se',
    'su',
    'sus',
    'fue',
    'fueron',
    'era',
    'eran',
    'es',
    'son',
    'han',
    'había',
    'tenían',
    'más',
    'menos',
    'como',
  ],

  shareJoin: String.raw`de\s+cada\s+`,
  shareNotBefore: String.raw`%|por\s+ciento|semanas?|mes(?:es)?|años?|días?|horas?|minutos?|sesi(?:ón|ones)`,
  shareNotMiddle: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'y', 'o', 'a', 'en'],
  fractions: {
    'la mitad': 50,
    'un tercio': 100 / 3,
    'una tercera parte': 100 / 3,
    'la tercera parte': 100 / 3,
    'dos tercios': 200 / 3,
    'dos terceras partes': 200 / 3,
    'un cuarto': 25,
    'una cuarta parte': 25,
    'la cuarta parte': 25,
    'tres cuartos': 75,
    'tres cuartas partes': 75,
    'un quinto': 20,
    'una quinta parte': 20,
    'la quinta parte': 20,
    'dos quintos': 40,
    'una décima parte': 10,
    'la décima parte': 10,
  },
  fractionSpace: String.raw`\s+`,
  fractionNotAfter: String.raw`\b(?:en|por|a|y|cada|primera|segunda|última)\s+$`,
  fractionNotBefore: String.raw`\s+de\s+(?:una?\s+|la\s+|el\s+)?(?:horas?|minutos?|días?|semanas?|mes(?:es)?|años?|sesión)\b`,
  fractionOf: String.raw`\s+de\s+(?:(?:todos\s+|todas\s+)?(?:los|las|estos|estas|esos|esas|sus)\s+)?(?:[${LETTERS}-]+\s+)?(?:{nouns}|quienes|ellos|ellas|que)\b`,

  definesAScale: /^\s*(?:significa(?:ría)?|indica(?:ría)?\s+que|quiere\s+decir|querría\s+decir)\b/i,

  peopleColumns: /^(?:personas|participantes|pacientes|clientes|muestra|tamaño de (?:la )?muestra|tamaño muestral|n)$/,
  peopleNoun: 'personas',
};
