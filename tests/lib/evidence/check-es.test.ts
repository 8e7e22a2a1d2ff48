import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/lib/evidence/check';
import { sourcesById } from '../../helpers/evidence-sources';
import { contentTree } from '../../../src/plugins/compile';

const sources = sourcesById;

const article = (frontmatter: string, body: string) => `---\ntitle: Prueba\n${frontmatter}\n---\n\n${body}\n`;
const check = (source: string) => checkFile({ source, tree: contentTree(source), sources, lang: 'es' });
const figures = (source: string) => check(source).map((p) => p.statistic);

describe('checkFile on a Spanish article', () => {
  it('passes Spanish figures backed by the English finding of a source cited beside them', () => {
    const source = article(
      'summary: >-\n  La empatía ayuda.\n  En 82 muestras se asoció con mejores resultados.\nkeyTakeaways:\n  - Alrededor de uno de cada cinco clientes abandona.',
      [
        'En 82 muestras independientes con 6138 clientes, r = .28 <Cite id="elliott2018" />.',
        'En 669 estudios, el 19.7 % abandonó; es decir, alrededor de uno de cada cinco <Cite id="swift2012" />.',
        'Más de 83 000 clientes participaron <Cite id="swift2012" />.',
        'Alrededor de la mitad mejoró hacia la sesión 8, y alrededor del 75 % para la sesión 26 <Cite id="howard1986" />.',
      ].join('\n\n'),
    );
    expect(check(source)).toEqual([]);
  });

  it('fails a figure its source does not report, in the body and in the frontmatter', () => {
    const source = article(
      'summary: La empatía se asoció con el resultado, r = .31.\nquiz:\n  - question: ¿Cuántos abandonan?\n    options: [El 25 %, Nadie]\n    answer: 0\n    explanation: Abandona el 25 %.',
      'En 90 muestras, r = .28 <Cite id="elliott2018" />.\n\nEl 20 % abandonó <Cite id="swift2012" />.',
    );
    expect(figures(source)).toEqual([
      '.31 (in "r = .31")',
      '25 (in "25 %")',
      '25 (in "25 %")',
      '90 (in "90 muestras")',
      '20 (in "20 %")',
    ]);
  });

  it('does not count a fictional example callout', () => {
    const source = article(
      'summary: Bien.',
      '<Callout kind="example" title="Ana">\nAna faltó a 3 de cada 4 sesiones y mejoró un 40 %.\n</Callout>',
    );
    expect(check(source)).toEqual([]);
  });

  it('reads a table column headed "Participantes" as counts of people', () => {
    const table = [
      '| Estudio | Participantes |',
      '| --- | --- |',
      '| Furmark y colaboradores <Cite id="furmark2002" /> | 18 |',
      '| Otro <Cite id="furmark2002" /> | 20 |',
    ].join('\n');
    expect(figures(article('summary: Bien.', table))).toEqual(['20 (in "20 personas")']);
  });

  it('reads the file in English unless told otherwise', () => {
    const source = article('summary: Fine.', 'En 90 muestras <Cite id="elliott2018" />.');
    expect(checkFile({ source, tree: contentTree(source), sources })).toEqual([]);
    expect(check(source).map((p) => p.statistic)).toEqual(['90 (in "90 muestras")']);
  });
});

describe('a number written with a comma on a Spanish page', () => {
  it('is reported with the way Spanish pages write it, never backed', () => {
    const source = article('summary: Bien.', 'La diferencia fue de 0,28 en 30,000 clientes <Cite id="elliott2018" />.');
    expect(check(source).map((p) => [p.statistic, p.reason])).toEqual([
      ['0,28', expect.stringMatching(/^Spanish pages write decimals with a point \("0\.28", "19\.7 %"\)/)],
      ['30,000', expect.stringMatching(/group thousands with a space \("30 000"\), never with a comma\.$/)],
    ]);
  });
  it('leaves a list of numbers alone ("1, 2 y 3")', () => {
    expect(check(article('summary: Bien.', 'Los pasos 1, 2 y 3.'))).toEqual([]);
  });
});
