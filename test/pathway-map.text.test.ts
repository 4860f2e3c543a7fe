/** Pure tests of what the map says: card lines, spoken labels, the summary, the export's source line. */
import { expect } from './helpers/testing.js';
import { canvasMeasure, cardOf, estimate, FONTS, metaY, titleY, wrap, type FontRole } from '../src/components/pathway-map/layout/card.js';
import { CARD_MIN } from '../src/components/pathway-map/layout/layout.js';
import { describeNode, highestPaid, summarize } from '../src/components/pathway-map/model/describe.js';
import { sourceLine } from '../src/components/pathway-map/export/export.js';
import { graphOf } from '../src/components/pathway-map/model/graph.js';
import { term } from '../src/components/pathway-map/pathway-map.messages.js';
import { cardPath, glyphPath } from '../src/components/pathway-map/layout/shapes.js';
import { NODE_KINDS, type PathwayDocument } from '../src/schema/types.js';
import './helpers/spanish.js';

const load = async (name: string): Promise<PathwayDocument> => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json();
const node = (doc: PathwayDocument, id: string) => doc.nodes.find((n) => n.id === id)!;
/** Intl puts no-break spaces (U+00A0 or U+202F, by ICU version) in Spanish figures: compare them as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('pathway map text: cards', () => {
  // estimate: 0.55 of the font size per character, so a 156px line holds 18 title characters (15px).
  it('wraps a title at word breaks', () => {
    expect(wrap('Licensed Practical and Licensed Vocational Nurses', 156, estimate, 'title')).to.deep.equal({
      lines: ['Licensed Practical', 'and Licensed', 'Vocational Nurses'],
      cut: false,
    });
    expect(wrap('Licensed Practical and Licensed Vocational Nurses', 190, estimate, 'title').lines).to.deep.equal([
      'Licensed Practical and',
      'Licensed Vocational',
      'Nurses',
    ]);
  });

  it('breaks a word only when it alone is too wide', () => {
    expect(wrap('Krankenpflegehelferausbildungsabschlusszertifikat', 190, estimate, 'title').lines).to.deep.equal([
      'Krankenpflegehelferausbi',
      'ldungsabschlusszertifika',
      't',
    ]);
  });

  it('ends the last line with an ellipsis, at a word end where it can', () => {
    expect(wrap('Licensed Practical and Licensed Vocational Nurses', 190, estimate, 'title', 2)).to.deep.equal({
      lines: ['Licensed Practical and', 'Licensed Vocational…'],
      cut: true,
    });
    expect(wrap('', 156, estimate, 'title')).to.deep.equal({ lines: [], cut: false });
  });

  it('shows a job with its wage, area, basis and period, and a credential with its type, time and cost', async () => {
    const doc = await load('pathway-map-sample.json');
    expect(cardOf(node(doc, 'nursing-assistants'), 'en', estimate, 260, 'Colorado')).to.deep.equal({
      top: '',
      title: ['Nursing Assistants'],
      cut: false,
      meta: ['$43,580 a year, Colorado mean'],
      h: 55,
    });
    expect(
      cardOf(node(doc, 'nursing-assistants'), 'en', estimate, CARD_MIN, 'Colorado').meta,
      'the basis goes under the amount',
    ).to.deep.equal(['$43,580 a year', 'Colorado mean']);
    expect(cardOf(node(doc, 'cna'), 'en', estimate, CARD_MIN).meta).to.deep.equal(['Certification', '6 weeks · $1,200']);
    expect(cardOf(node(doc, 'nurse-practitioners'), 'en', estimate, 260, 'Colorado').meta, 'a national wage says so').to.deep.equal([
      '$129,210 a year',
      'national median',
    ]);
    expect(cardOf(node(doc, 'nursing-assistants'), 'en', estimate, 260).meta, 'no region: the basis alone').to.deep.equal([
      '$43,580 a year, mean',
    ]);
    expect(cardOf(node(doc, 'nursing-assistants'), 'es', estimate, 260, 'Colorado').meta.map(plain)).to.deep.equal([
      '43.580 US$ al año',
      'promedio de Colorado',
    ]);
    expect(
      cardOf({ id: 'x', kind: 'course', stage: 's', title: 'x' }, 'en', estimate, CARD_MIN),
      'no figure: its kind, in words',
    ).to.include({ h: 55 });
    expect(cardOf({ id: 'x', kind: 'course', stage: 's', title: 'x' }, 'en', estimate, CARD_MIN).meta).to.deep.equal(['Course']);
  });

  it('draws no growth, no badge line and no text under 12px on a card', async () => {
    const doc = await load('pathway-map-sample.json');
    const card = cardOf(node(doc, 'nursing-assistants'), 'en', estimate, 260, 'Colorado');
    expect(card.meta.join(' '), 'growth stays in the details and the table').not.to.match(/growth|%/);
    expect(titleY(0), 'the title is the first line').to.be.below(metaY(1, 0));
    expect(Math.min(...Object.values(FONTS).map((f) => f.size)), 'every card font').to.be.at.least(12);
    expect([FONTS.title.size, FONTS.title.weight, FONTS.meta.size, FONTS.label.size]).to.deep.equal([14, 600, 13, 14]);
  });

  it('keeps the Top Job mark in words on a line of its own, 12px, under the figures', () => {
    const job = { id: 'x', kind: 'occupation', stage: 's', title: 'x', topJob: true, wage: { mean: 50000, period: 'year' } } as const;
    const card = cardOf(job, 'en', estimate, CARD_MIN, 'Colorado');
    expect(card.top).to.equal('★ Top Job');
    expect(cardOf(job, 'es', estimate, CARD_MIN, 'Colorado').top).to.equal('★ Empleo destacado');
    expect(cardOf(job, 'es', estimate, 100, 'Colorado').top, 'where the words do not fit, the star').to.equal('★');
    expect(card.h - cardOf({ ...job, topJob: false }, 'en', estimate, CARD_MIN, 'Colorado').h, 'one 12px line taller').to.equal(
      FONTS.badge.line + 2,
    );
    expect(cardOf({ ...job, topJob: false }, 'en', estimate, CARD_MIN).top).to.equal('');
  });

  it('cuts no title of up to 60 characters at the minimum card width, and none wraps past 3 lines', async () => {
    const titles: string[] = [];
    for (const name of ['information-technology', 'healthcare', 'construction', 'business-operations', 'cybersecurity']) {
      const doc: PathwayDocument = await (await fetch(`/data/colorado/pathway-${name}.json`)).json();
      titles.push(...doc.nodes.map((n) => n.title));
    }
    // The long-labels story's titles (stories/pathway-map.stories.ts): one a single 49-letter word, the
    // rest over 60 characters, which may end in "…" but never take a fourth line.
    const longLabels = titles.map((title, i) =>
      i === 1
        ? 'Krankenpflegehelferausbildungsabschlusszertifikat'
        : `${title}, with every requirement set out in full for this long-label test`,
    );
    const cut: string[] = [];
    for (const title of [...titles, ...longLabels]) {
      const card = cardOf({ id: 'x', kind: 'credential', stage: 's', title }, 'en', estimate, CARD_MIN);
      expect(card.title.length, title).to.be.at.most(3);
      if (title.length <= 60 && card.cut) cut.push(title);
      if (title.length <= 60) expect(card.title.join(' ').replace(/\s+/g, ''), 'all of it').to.equal(title.replace(/\s+/g, ''));
    }
    expect(cut).to.deep.equal([]);
    expect(titles.filter((t) => t.length <= 60).length, 'most Colorado titles are 60 characters or fewer').to.be.greaterThan(100);
  });

  it('names education levels and credential types in both languages', () => {
    expect(term('bachelor-degree', 'en')).to.equal('Bachelor’s degree');
    expect(term('bachelor-degree', 'es')).to.equal('Licenciatura');
    expect(term('work-based-learning-certificate', 'es'), 'unknown types fall back to their name').to.equal(
      'Work based learning certificate',
    );
  });

  it('draws each kind with its own outline and glyph', () => {
    const outlines = new Set(NODE_KINDS.map((kind) => cardPath(kind, 100, 50)));
    const glyphs = new Set(NODE_KINDS.map((kind) => glyphPath(kind, 10)));
    expect(outlines.size, 'competency and assessment share a dashed card').to.equal(6);
    expect(glyphs.size).to.equal(7);
  });
});

describe('pathway map text: measuring on a canvas', () => {
  // canvasMeasure answers "does it fit?" from its characters' widths where that is safe, and measures the
  // rest whole: its lines must break exactly where measuring every candidate whole breaks them.
  const family = 'system-ui, sans-serif';
  const exact = (): ((text: string, font: FontRole) => number) => {
    const context = document.createElement('canvas').getContext('2d')!;
    return (text, font) => {
      context.font = `${FONTS[font].weight} ${FONTS[font].size}px ${family}`;
      return context.measureText(text).width;
    };
  };

  it('wraps every real title and figure line as measuring each line whole does', async () => {
    const { occupations } = await (await fetch('/data/colorado/occupations.json')).json();
    const texts: string[] = occupations.flatMap((o: { title: string; description?: string }) => [
      o.title,
      o.description?.slice(0, 120) ?? '',
    ]);
    texts.push(
      'Krankenpflegehelferausbildungsabschlusszertifikat',
      'Técnico en enfermería — “Auxiliar” (1.200 US$)',
      'Σύμβουλος σταδιοδρομίας',
      'مساعد تمريض معتمد',
    );
    const [fast, whole] = [canvasMeasure(family), exact()];
    expect(canvasMeasure(family), 'one measure for a family, for every map in the page').to.equal(fast);
    const differ: string[] = [];
    for (const text of texts) {
      for (const [font, width] of [
        ['title', 156],
        ['title', 136],
        ['meta', 156],
        ['label', 120],
      ] as const) {
        const a = wrap(text, width, fast, font, 3);
        const b = wrap(text, width, whole, font, 3);
        if (JSON.stringify(a) !== JSON.stringify(b))
          differ.push(`${text} (${font} ${width}): ${a.lines.join(' / ')} vs ${b.lines.join(' / ')}`);
      }
    }
    expect(differ).to.deep.equal([]);
  });

  it('answers whether text fits as measuring it whole does, whatever the limit', () => {
    const fast = canvasMeasure(family);
    const whole = exact();
    for (const text of ['Registered Nurses', 'Credential 12', 'CompTIA A+', 'Web and Digital Interface Designers']) {
      const drawn = whole(text, 'title');
      for (const limit of [drawn - 1, drawn - 0.1, drawn, drawn + 0.5, drawn + 2, drawn + 40]) {
        expect(fast(text, 'title', limit) <= limit, `${text} in ${limit}`).to.equal(drawn <= limit);
      }
      expect(fast(text, 'title'), 'without a limit, the width').to.be.closeTo(drawn, 0.001);
    }
  });
});

describe('pathway map text: describe() and the summary', () => {
  it('says each node in one sentence, from the data', async () => {
    const doc = await load('pathway-map-sample.json');
    const graph = graphOf(doc);
    const say = (id: string, lang = 'en') => {
      const i = graph.index.get(id)!;
      return describeNode(
        doc.nodes[i]!,
        { stage: doc.stages[graph.stage[i]!]!.label, next: graph.out[i]!.length, previous: graph.in[i]!.length },
        lang,
      );
    };
    expect(say('nursing-assistants')).to.equal(
      'Nursing Assistants, occupation, entry level, mean wage $43,580 a year, growth +2.3%, leads to 1 next step',
    );
    expect(say('cna')).to.equal(
      'Certified Nurse Aide, credential, entry level, certification, 6 weeks, $1,200, entry point, leads to 2 next steps',
    );
    expect(say('nurse-practitioners')).to.equal(
      'Nurse Practitioners, occupation, advanced, median wage (national) $129,210 a year, no next steps',
    );
    expect(plain(say('nursing-assistants', 'es'))).to.equal(
      'Nursing Assistants, ocupación, entry level, salario promedio 43.580 US$ al año, crecimiento +2,3 %, lleva a 1 paso siguiente',
    );
    expect(
      describeNode(
        { id: 'x', kind: 'occupation', stage: 's', title: 'X', topJob: true },
        { stage: 'IT basics', next: 0, previous: 0 },
        'en',
      ),
    ).to.equal('X, occupation, IT basics, mean wage not available, Top Job, no next steps');
    // A stage name is lowered inside the sentence when it starts with a capital and then a small letter, in
    // any script; a capital followed by another (an initialism) or by no letter is left as it is.
    const stageSaid = (stage: string, lang = 'en') =>
      describeNode({ id: 'x', kind: 'credential', stage: 's', title: 'X' }, { stage, next: 0, previous: 0 }, lang).split(', ')[2];
    expect(['Étape finale', 'Ärzte', 'ÉCOLE', 'A', 'A1 level', 'Übung', 'Ωmega', 'Ωμέγα', 'aB'].map((s) => stageSaid(s))).to.deep.equal([
      'étape finale',
      'ärzte',
      'ÉCOLE',
      'A',
      'A1 level',
      'übung',
      'ωmega',
      'ωμέγα',
      'aB',
    ]);
  });

  it('sums a pathway up in plain language', async () => {
    const doc = await load('pathway-small.json');
    expect(summarize(doc, graphOf(doc), 'en')).to.equal(
      '6 steps in 3 stages; 1 entry point. The highest wage is Registered Nurses, mean wage $91,730 a year.',
    );
    const withTop = { ...doc, nodes: doc.nodes.map((n) => (n.kind === 'occupation' ? { ...n, topJob: true } : n)) };
    expect(plain(summarize(withTop, graphOf(withTop), 'es'))).to.equal(
      '6 pasos en 3 etapas; 1 punto de entrada. El salario más alto es el de Registered Nurses, salario promedio 91.730 US$ al año. 3 son empleos destacados.',
    );
  });

  it('compares wages only on the most common basis and period', async () => {
    const doc = await load('pathway-map-sample.json');
    expect(highestPaid(doc.nodes)!.id, 'Nurse Practitioners has only a national median').to.equal('rn');
    expect(highestPaid([])).to.equal(undefined);
  });

  it('writes the source line for an exported map', async () => {
    const doc = await load('pathway-map-sample.json');
    expect(sourceLine(doc, 'en')).to.equal(
      'Sample figures for demonstration, not published data. Sources: BLS OEWS May 2023, Colorado, May 2023 <https://www.bls.gov/oes/>; ' +
        'BLS Employment Projections 2024-34, 2025 <https://www.bls.gov/emp/>; BLS OEWS May 2024, national, May 2024 <https://www.bls.gov/oes/>; Sample times and costs for tests',
    );
  });
});
