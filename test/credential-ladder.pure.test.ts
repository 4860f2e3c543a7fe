/** Pure tests of the credential ladder: totals, wage lift, layout and the spoken text. Exact expectations. */
import { expect } from './helpers/testing.js';
import fc from 'fast-check';
import { scaleLinear, scalePoint } from 'd3-scale';
import {
  addsTexts,
  basisText,
  carryText,
  costText,
  describeChart,
  describeLadder,
  describeNext,
  describeRung,
  flatNotes,
  sameText,
  timeText,
  typeText,
} from '../src/components/credential-ladder/credential-ladder.describe.js';
import { chartLayout, orientationFor, rungAfter } from '../src/components/credential-ladder/credential-ladder.layout.js';
import { deriveLadder, placeLadder } from '../src/components/credential-ladder/credential-ladder.derive.js';
import { buildLadder, pickLadder } from '../src/components/credential-ladder/credential-ladder.model.js';
import { axisFits, shortNames } from '../src/components/credential-ladder/credential-ladder.names.js';
import { cumulativeTotals, totalCost, totalTime } from '../src/components/credential-ladder/credential-ladder.totals.js';
import { chartedKey, wageLift } from '../src/components/credential-ladder/credential-ladder.wages.js';
import type { Duration, DurationUnit, PathwayDocument } from '../src/schema/types.js';
import './helpers/spanish.js';

const NURSING = new URL('./fixtures/credential-ladder-nursing.json', import.meta.url).href;
const SAMPLE = new URL('./fixtures/credential-ladder-sample.json', import.meta.url).href;
const load = async (url: string): Promise<PathwayDocument> => (await fetch(url)).json();

const usd = (amount: number) => ({ amount, currency: 'USD' });
const d = (value: number, unit: DurationUnit): Duration => ({ value, unit });

describe('credential ladder totals (pure)', () => {
  it('adds calendar time in the largest unit used, marking rounded sums as approximate', () => {
    expect(totalTime([d(6, 'week')])).to.deep.equal({ value: 6, unit: 'week', approximate: false, hours: undefined, known: 'all' });
    expect(totalTime([d(6, 'week'), d(1, 'year')])).to.deep.equal({
      value: 1.1,
      unit: 'year',
      approximate: true,
      hours: undefined,
      known: 'all',
    });
    expect(totalTime([d(6, 'month'), d(1, 'year')])).to.deep.equal({
      value: 1.5,
      unit: 'year',
      approximate: false,
      hours: undefined,
      known: 'all',
    });
    expect(totalTime([d(3, 'month'), d(3, 'month')])).to.deep.equal({
      value: 6,
      unit: 'month',
      approximate: false,
      hours: undefined,
      known: 'all',
    });
    expect(totalTime([d(3, 'day'), d(1, 'week')])).to.deep.equal({
      value: 1.4,
      unit: 'week',
      approximate: true,
      hours: undefined,
      known: 'all',
    });
    expect(totalTime([d(26, 'week'), d(1, 'year')])).to.deep.equal({
      value: 1.5,
      unit: 'year',
      approximate: false,
      hours: undefined,
      known: 'all',
    });
  });

  it('keeps clock hours apart from calendar time, never converting them', () => {
    expect(totalTime([d(120, 'hour')])).to.deep.equal({ hours: 120, approximate: false, known: 'all' });
    expect(totalTime([d(120, 'hour'), d(12, 'month'), d(40, 'hour')])).to.deep.equal({
      value: 12,
      unit: 'month',
      approximate: false,
      hours: 160,
      known: 'all',
    });
  });

  it('says a total is partly known, or unknown, rather than lower', () => {
    expect(totalTime([undefined, d(2, 'year')])).to.deep.include({ value: 2, unit: 'year', known: 'some' });
    expect(totalTime([undefined, undefined])).to.deep.equal({ hours: undefined, approximate: false, known: 'none' });
    expect(totalTime([d(Number.NaN, 'year'), d(1, 'year')])).to.deep.include({ value: 1, known: 'some' });
    expect(totalCost([usd(1200), undefined, usd(8000)])).to.deep.equal({ amounts: [usd(9200)], known: 'some' });
    expect(totalCost([undefined])).to.deep.equal({ amounts: [], known: 'none' });
  });

  it('sums cost per currency and never converts one into another', () => {
    expect(totalCost([usd(800), { amount: 300, currency: 'EUR' }, usd(200)])).to.deep.equal({
      amounts: [usd(1000), { amount: 300, currency: 'EUR' }],
      known: 'all',
    });
  });

  it('gives the running totals of the sample ladder rung by rung', async () => {
    const doc = await load(SAMPLE);
    const model = buildLadder(doc, doc.ladders![0]!);
    const totals = cumulativeTotals(model.rungs.map((rung) => rung.node));
    expect(totals.map((t) => timeText(t.time, 'en'))).to.deep.equal([
      '120 hours',
      '12 months + 120 hours',
      '3 years + 120 hours',
      '4.5 years + 120 hours',
      'at least 4.5 years + 120 hours',
    ]);
    expect(totals.map((t) => costText(t.cost, 'en'))).to.deep.equal([
      '$1,200',
      'at least $1,200',
      'at least $9,200',
      'at least $30,200',
      'at least $30,200',
    ]);
    expect(timeText(totals[1]!.time, 'es')).to.equal('12 meses + 120 horas');
  });

  it('says "about" in each language when a sum was rounded', () => {
    const time = totalTime([d(6, 'week'), d(1, 'year')]);
    expect(timeText(time, 'en')).to.equal('about 1.1 years');
    expect(timeText(time, 'es')).to.equal('unos 1,1 años');
    expect(timeText(totalTime([undefined]), 'en')).to.equal('not available');
    expect(costText(totalCost([usd(800), { amount: 300, currency: 'EUR' }]), 'en')).to.equal('$800 + €300');
  });

  it('never lowers a running total as rungs are added (property)', () => {
    const duration = fc.option(
      fc.record({ value: fc.integer({ min: 1, max: 60 }), unit: fc.constantFrom<DurationUnit>('day', 'week', 'month', 'year') }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(duration, { minLength: 1, maxLength: 8 }), (durations) => {
        const totals = cumulativeTotals(durations.map((duration) => ({ duration })));
        const weeks = (t: (typeof totals)[number]['time']) =>
          t.value === undefined ? 0 : t.value * { day: 1 / 7, week: 1, month: 52 / 12, year: 52 }[t.unit!];
        totals.forEach((total, i) => {
          if (i > 0) expect(weeks(total.time)).to.be.at.least(weeks(totals[i - 1]!.time) - 0.05 * 52);
          const missing = durations.slice(0, i + 1).some((x) => !x);
          if (missing) expect(total.time.known).to.not.equal('all');
        });
      }),
    );
  });
});

describe('credential ladder wage lift (pure)', () => {
  it('reads the rungs, what each opens and adds, and where credits carry forward', async () => {
    const doc = await load(NURSING);
    const model = buildLadder(doc, doc.ladders![0]!);
    expect(model.rungs.map((rung) => rung.node.id)).to.deep.equal(['cna', 'lpn-license', 'adn', 'bsn', 'msn']);
    expect(model.rungs.map((rung) => rung.opens.map((open) => open.node.id))).to.deep.equal([
      ['nursing-assistants'],
      ['lpn'],
      ['rn'],
      ['rn'],
      ['np'],
    ]);
    expect(model.rungs.map((rung) => rung.adds.length)).to.deep.equal([1, 1, 1, 0, 1]);
    expect(model.rungs.map((rung) => rung.carries)).to.deep.equal([true, true, true, true, false]);
    expect(model.area).to.equal('Colorado');
    expect([model.timed, model.costed]).to.deep.equal([false, false]);
  });

  it('picks the first ladder by default, the one named, or says why it cannot', async () => {
    const doc = await load(NURSING);
    expect(pickLadder(doc, undefined)).to.deep.equal({ ladder: doc.ladders![0] });
    expect(pickLadder(doc, 'medical-assisting')).to.deep.equal({ ladder: doc.ladders![1] });
    expect(pickLadder(doc, 'midwifery')).to.deep.equal({ problem: 'unknownLadder', known: ['nursing', 'medical-assisting'] });
    expect(pickLadder({ ...doc, ladders: undefined }, undefined)).to.deep.equal({ problem: 'noLadders', known: [] });
  });

  it('measures the lift of the best wage the learner qualifies for, never a fall', async () => {
    const doc = await load(NURSING);
    const lift = wageLift(buildLadder(doc, doc.ladders![0]!).rungs);
    expect(lift.key).to.deep.equal({ basis: 'mean', period: 'year', national: false });
    expect(lift.steps.map((step) => step.best)).to.deep.equal([43580, 64710, 91730, 91730, 121990]);
    expect(lift.steps.map((step) => step.lift)).to.deep.equal([undefined, 21130, 27020, 0, 30260]);
    expect(lift.excluded).to.deep.equal([]);
  });

  it('compares like with like: an hourly wage is left out as not comparable, not converted', async () => {
    const doc = await load(NURSING);
    doc.nodes.find((node) => node.id === 'rn')!.wage = { mean: 44.1, period: 'hour' };
    const lift = wageLift(buildLadder(doc, doc.ladders![0]!).rungs);
    expect(lift.steps.map((step) => step.best)).to.deep.equal([43580, 64710, 64710, 64710, 121990]);
    expect(lift.steps.map((step) => step.lift)).to.deep.equal([undefined, 21130, 0, 0, 57280]);
    expect(lift.excluded.map((open) => open.node.id)).to.deep.equal(['rn']);
  });

  it('falls back to the national wage, marked national, where the region has none', async () => {
    const doc = await load(NURSING);
    const model = buildLadder(doc, doc.ladders![0]!);
    const aide = doc.nodes.find((node) => node.id === 'nursing-assistants')!;
    delete aide.wage;
    const open = buildLadder(doc, doc.ladders![0]!).rungs[0]!.opens[0]!;
    expect([open.amount, open.basis, open.national]).to.deep.equal([39530, 'median', true]);
    const lift = wageLift(buildLadder(doc, doc.ladders![0]!).rungs);
    expect(lift.steps.map((step) => step.best)).to.deep.equal([undefined, 64710, 91730, 91730, 121990]);
    expect(lift.steps[1]!.lift).to.equal(undefined);
    expect(model.rungs[0]!.opens[0]!.national).to.equal(false);
  });

  it('charts the basis most occupations share, with ties broken the same way every time', async () => {
    const doc = await load(NURSING);
    const opens = buildLadder(doc, doc.ladders![0]!).rungs.flatMap((rung) => rung.opens);
    expect(chartedKey(opens)).to.deep.equal({ basis: 'mean', period: 'year', national: false });
    for (const node of doc.nodes) if (node.kind === 'occupation') delete node.wage;
    expect(chartedKey(buildLadder(doc, doc.ladders![0]!).rungs.flatMap((rung) => rung.opens))).to.deep.equal({
      basis: 'median',
      period: 'year',
      national: true,
    });
    for (const node of doc.nodes) delete node.wageNational;
    const none = wageLift(buildLadder(doc, doc.ladders![0]!).rungs);
    expect([none.key, none.steps.every((step) => step.best === undefined)]).to.deep.equal([undefined, true]);
  });
});

describe('credential ladder layout (pure)', () => {
  it('stands the ladder up unless every rung gets 13em side by side', () => {
    expect(orientationFor('auto', undefined, 5)).to.equal('vertical');
    expect(orientationFor('auto', 1039, 5)).to.equal('vertical');
    expect(orientationFor('auto', 1040, 5)).to.equal('horizontal');
    expect(orientationFor('auto', 1040, 5, 20)).to.equal('vertical');
    expect(orientationFor('vertical', 4000, 3)).to.equal('vertical');
    expect(orientationFor('horizontal', 200, 3)).to.equal('horizontal');
    // A fixed height with room for every rung standing up (5 × 10em) stands it up, even when wide.
    expect(orientationFor('auto', 1400, 5, 16, 800)).to.equal('vertical');
    expect(orientationFor('auto', 1400, 5, 16, 799)).to.equal('horizontal');
    expect(orientationFor('auto', 300, 5, 16, 200)).to.equal('vertical');
    expect(orientationFor('horizontal', 1400, 5, 16, 2000)).to.equal('horizontal');
  });

  it('places the chart: rungs across, wages up from zero on a rounded axis', async () => {
    const doc = await load(NURSING);
    const lift = wageLift(buildLadder(doc, doc.ladders![0]!).rungs);
    const chart = chartLayout(lift, 512)!;
    expect([chart.width, chart.height, chart.left, chart.right, chart.top, chart.bottom]).to.deep.equal([512, 200, 4, 504, 28, 192]);
    expect(chart.columns.map((column) => column.x)).to.deep.equal([54, 154, 254, 354, 454]);
    expect(chart.ticks.map((tick) => tick.value)).to.deep.equal([0, 50000, 100000, 150000]);
    expect(chart.ticks.map((tick) => Math.round(tick.y * 1e6) / 1e6)).to.deep.equal([192, 137.333333, 82.666667, 28]);
    expect(chart.columns[0]!.best!.y).to.be.closeTo(192 - (43580 / 150000) * 164, 1e-9);
    expect(chart.columns.map((column) => column.lift)).to.deep.equal([undefined, 21130, 27020, 0, 30260]);
    expect(chart.path.startsWith('M54,144.35')).to.equal(true);
    expect(chartLayout({ key: undefined, steps: [], excluded: [] }, 512)).to.equal(undefined);
  });

  it("places rungs and wages exactly where d3-scale's point and linear scales would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400_000 }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 120, max: 1400 }),
        (wages, width) => {
          const steps = wages.map((amount, index) => ({
            index,
            best: amount,
            lift: undefined,
            own: [{ id: `s${index}`, title: '', amount }],
          }));
          const chart = chartLayout({ key: 'wageColorado', steps, excluded: [] } as unknown as Parameters<typeof chartLayout>[0], width)!;
          const x = scalePoint<number>()
            .domain(steps.map((step) => step.index))
            .range([chart.left, chart.right])
            .padding(0.5);
          const y = scaleLinear()
            .domain([0, Math.max(...wages)])
            .nice(4)
            .range([chart.bottom, chart.top]);
          chart.columns.forEach((column, i) => {
            expect(column.x).to.be.closeTo(x(i)!, 1e-9);
            expect(column.best!.y).to.be.closeTo(y(wages[i]!), 1e-9);
          });
          expect(chart.ticks.map((tick) => tick.value)).to.deep.equal(y.ticks(4));
        },
      ),
    );
  });

  it('spreads the dots of one rung so equal wages stay visible', async () => {
    const doc = await load(NURSING);
    doc.edges.push({ from: 'cna', to: 'medical-assistants', kind: 'qualifies' }, { from: 'cna', to: 'phlebotomists', kind: 'qualifies' });
    const chart = chartLayout(wageLift(buildLadder(doc, doc.ladders![0]!).rungs), 512)!;
    expect(chart.columns[0]!.dots.map((dot) => dot.x)).to.deep.equal([44, 54, 64]);
  });
});

describe('credential ladder text (pure)', () => {
  it('sums up the ladder, with the wage basis', async () => {
    const doc = await load(NURSING);
    const model = buildLadder(doc, doc.ladders![0]!);
    const lift = wageLift(model.rungs);
    expect(describeLadder(model, lift, 'en')).to.equal(
      'Nursing: 5 rungs, from Certified Nurse Aide to Master of Science in Nursing. The best wage it opens rises from $43,580 to $121,990 (Colorado mean wage, a year).',
    );
    expect(describeLadder(model, lift, 'es')).to.equal(
      'Nursing: 5 peldaños, de Certified Nurse Aide a Master of Science in Nursing. El mejor salario al que da acceso sube de 43.580\u00a0US$ a 121.990\u00a0US$ (salario promedio (Colorado), al año).',
    );
    const names = shortNames(model.rungs.map((rung) => rung.node.title));
    expect(describeChart(model, lift, names, 'en')).to.equal(
      'Best wage you qualify for, rung by rung (Colorado mean wage, a year): rung 1, Certified Nurse Aide, $43,580; rung 2, Practical Nurse licence, $64,710 (+$21,130); rung 3, Associate Degree, $91,730 (+$27,020); rung 4, Bachelor of Science, $91,730, the same occupation as the rung before; rung 5, Master of Science, $121,990 (+$30,260).',
    );
    expect(basisText({ basis: 'median', period: 'hour', national: true }, 'Colorado', 'en')).to.equal('national median wage, an hour');
  });

  it('says each rung: title, position, type, what it opens, totals and "you are here"', async () => {
    const doc = await load(SAMPLE);
    const model = buildLadder(doc, doc.ladders![0]!);
    const totals = cumulativeTotals(model.rungs.map((rung) => rung.node));
    expect(describeRung(model, 1, totals[1]!, 'en', true)).to.equal(
      'Practical Nurse licence, rung 2 of 5. License. Opens Licensed Practical and Licensed Vocational Nurses (mean wage $64,710 a year). So far 12 months + 120 hours and at least $1,200. Credits carry forward to the next rung. You are here.',
    );
    const real = await load(NURSING);
    const plain = buildLadder(real, real.ladders![1]!);
    const none = cumulativeTotals(plain.rungs.map((rung) => rung.node));
    expect(describeRung(plain, 0, none[0]!, 'es')).to.equal(
      'Medical assistant certificate, peldaño 1 de 2. Certificado. Da acceso a Medical Assistants (salario promedio 46.270\u00a0US$ al año).',
    );
    expect(typeText(model.rungs[2]!.node, 'en')).to.equal('Associate degree');
    expect(typeText(model.rungs[2]!.node, 'es')).to.equal('Título de asociado');
    expect(typeText({ ...model.rungs[2]!.node, credentialType: 'pre-apprenticeship-certificate' }, 'en')).to.equal(
      'Pre-apprenticeship certificate',
    );
  });

  it('says what the next rung adds in work and wage, or that this is the top', async () => {
    const doc = await load(NURSING);
    const model = buildLadder(doc, doc.ladders![0]!);
    const lift = wageLift(model.rungs);
    expect(describeNext(model, lift, 1, 'en')).to.equal(
      'You are here: Practical Nurse licence. Next: Associate Degree in Nursing. It adds Registered Nurses (mean wage $91,730 a year). The best wage you qualify for rises by $27,020 (Colorado mean wage, a year).',
    );
    expect(describeNext(model, lift, 2, 'en')).to.equal(
      'You are here: Associate Degree in Nursing. Next: Bachelor of Science in Nursing. It opens the same occupation as the rung before. The best wage you qualify for does not rise (Colorado mean wage, a year).',
    );
    expect(describeNext(model, lift, 4, 'en')).to.equal('You are here: Master of Science in Nursing. This is the top rung.');
    expect(describeNext(model, lift, 4, 'es')).to.equal('Usted está aquí: Master of Science in Nursing. Este es el peldaño más alto.');
  });
});

describe('credential ladder flat steps and short names (pure)', () => {
  const REAL = (name: string) => load(`/data/colorado/pathway-${name}.json`);
  const ladderOf = async (name: string, id: string) => {
    const doc = await REAL(name);
    const model = buildLadder(
      doc,
      doc.ladders!.find((ladder) => ladder.id === id)!,
    );
    return { model, lift: wageLift(model.rungs), names: shortNames(model.rungs.map((rung) => rung.node.title)) };
  };

  it('shortens rung titles to pieces of themselves, and keeps whole titles that would clash', () => {
    expect(
      shortNames(['Certified Nurse Aide (CNA)', 'Licensed Practical Nurse (LPN) license', 'Bachelor of Science in Nursing (BSN)']),
    ).to.deep.equal(['CNA', 'LPN license', 'BSN']);
    expect(shortNames(['CompTIA A+', 'CompTIA Network+', 'CompTIA Security+'])).to.deep.equal(['A+', 'Network+', 'Security+']);
    expect(
      shortNames([
        'Certificate in business',
        'Associate degree in business',
        'Registered apprenticeship: electrician',
        'Journeyman electrician license',
      ]),
    ).to.deep.equal(['Certificate', 'Associate degree', 'Registered apprenticeship', 'Journeyman electrician license']);
    expect(shortNames(['Certificate in welding', 'Certificate in machining'])).to.deep.equal([
      'Certificate in welding',
      'Certificate in machining',
    ]);
    // A lone title or titles with nothing to drop stay whole.
    expect(shortNames(['CompTIA A+'])).to.deep.equal(['CompTIA A+']);
    // Six CompTIA names in 57 px columns (390 px) take two rows; at 1280 px they sit side by side.
    const comptia = ['A+', 'Network+', 'Security+', 'Linux+', 'Server+', 'Cloud+'];
    expect(axisFits(comptia, 57)).to.equal(false);
    expect(axisFits(comptia, 200)).to.equal(true);
    expect(axisFits(['CNA', 'LPN license', 'ADN', 'BSN', 'MSN'], 70)).to.equal(true);
  });

  it('finds rungs that open the same occupations as the rung before, with what the document says they add', async () => {
    const it = await ladderOf('information-technology', 'comptia-infrastructure');
    expect(it.model.rungs.map((rung) => rung.same)).to.deep.equal([false, false, true, true, true, false]);
    expect(it.lift.steps.map((step) => step.lift)).to.deep.equal([undefined, 32220, 0, 0, 0, 32770]);
    // The link note into Security+ is the document's own; the qualifies note it shares with Network+ is not repeated.
    expect(it.model.rungs[2]!.notes).to.deep.equal(["Next certification in CompTIA's IT Networking Specialist pathway (CTDL example)"]);
    expect(flatNotes(it.model, it.lift, it.names, 'en')).to.deep.equal([
      'Flat: Security+, Linux+, and Server+ each open the same occupation as the rung before, so the best wage you qualify for stays at $104,620.',
    ]);

    const nursing = await ladderOf('healthcare', 'nursing');
    const bsn = nursing.model.rungs[3]!;
    expect(bsn.same).to.equal(true);
    expect(sameText(bsn, 'en')).to.equal('Opens the same occupation as the rung before');
    expect(sameText(bsn, 'es')).to.equal('Da acceso a la misma ocupación que el peldaño anterior');
    // The ADN's qualifies note is the BSN's too, so it is not news; the typical entry education is.
    expect(addsTexts(bsn, 'en')).to.deep.equal(['Typical entry education for Registered Nurses: a bachelor’s degree.']);
    // The ADN is where that note first appears (the LPN's link has none).
    expect(nursing.model.rungs[2]!.notes).to.deep.equal(['Together with a Registered Nurse license.']);
    expect(flatNotes(nursing.model, nursing.lift, nursing.names, 'es')).to.deep.equal([
      'Tramo plano: BSN da acceso a la misma ocupación que el peldaño anterior, así que el mejor salario al que usted accede se queda en 91.730\u00a0US$.',
    ]);
  });

  it('says when a rung adds only lower-paid work, never a rise', async () => {
    const sec = await ladderOf('cybersecurity', 'security-certifications');
    expect(sec.model.rungs.map((rung) => rung.same)).to.deep.equal([false, false, false, false, true]);
    expect(flatNotes(sec.model, sec.lift, sec.names, 'en')).to.deep.equal([
      'CompTIA Security+ adds Network and Computer Systems Administrators (mean wage $104,620 a year), paid less than the best wage already open ($128,340).',
      'Flat: CISSP opens the same occupations as the rung before, so the best wage you qualify for stays at $137,390.',
    ]);
  });

  it('says once where credits carry forward', async () => {
    const nursing = await ladderOf('healthcare', 'nursing');
    expect(carryText(nursing.model, nursing.names, 'en')).to.equal('Credits carry forward from each rung to the next.');
    const sec = await ladderOf('cybersecurity', 'security-certifications');
    expect(carryText(sec.model, sec.names, 'en')).to.equal(
      'Credits carry forward from CompTIA A+ to CompTIA Network+ and CompTIA Network+ to CompTIA Security+.',
    );
    expect(carryText(sec.model, sec.names, 'es')).to.equal(
      'Los créditos se transfieren de CompTIA A+ a CompTIA Network+ y CompTIA Network+ a CompTIA Security+.',
    );
    const doc = await REAL('healthcare');
    const model = buildLadder({ ...doc, edges: doc.edges.filter((edge) => edge.kind !== 'stacks') }, doc.ladders![0]!);
    expect(carryText(model, [], 'en')).to.equal('');
  });
});

describe('credential ladder: the view model (derive)', () => {
  it("derives the first ladder by default, with the learner's rung and what the next one adds", async () => {
    const doc = await load(NURSING);
    const plain = deriveLadder(doc, 'en', undefined, undefined);
    expect(plain.issues).to.deep.equal([]);
    expect(plain.view!.model.rungs.map((rung) => rung.node.id)).to.deep.equal(['cna', 'lpn-license', 'adn', 'bsn', 'msn']);
    expect(plain.view!.current).to.equal(-1);
    expect(plain.texts!.next).to.equal(undefined);
    expect(plain.texts!.rungs).to.have.length(5);
    const mine = deriveLadder(doc, 'en', 'nursing', 'adn');
    expect(mine.view!.current).to.equal(2);
    expect(mine.texts!.next).to.equal(describeNext(mine.view!.model, mine.view!.lift, 2, 'en'));
    expect(deriveLadder(doc, 'en', 'medical-assisting', undefined).view!.model.rungs.map((rung) => rung.node.id)).to.deep.equal([
      'ma-cert',
      'phlebotomy-cert',
    ]);
  });

  it('names a bad attribute in English, with its path, in any language', async () => {
    const doc = await load(NURSING);
    for (const lang of ['en', 'es']) {
      const unknown = deriveLadder(doc, lang, 'surgery', undefined);
      expect(unknown.view).to.equal(undefined);
      expect(unknown.issues.map((issue) => issue.path)).to.deep.equal(['ladder']);
      expect(unknown.issues[0]!.message).to.contain('"surgery"').and.contain('"nursing", "medical-assisting"');
      const current = deriveLadder(doc, lang, 'nursing', 'rn');
      expect(current.view).to.not.equal(undefined); // the ladder still shows
      expect(current.issues.map((issue) => issue.path)).to.deep.equal(['current']);
      expect(current.issues[0]!.message).to.contain('"rn"').and.contain('"cna"');
    }
    expect(deriveLadder({ ...doc, ladders: undefined }, 'en', undefined, undefined).issues.map((issue) => issue.path)).to.deep.equal([
      'ladders',
    ]);
  });

  it('lays the view out at a width: the orientation, the chart and its axis names', async () => {
    const doc = await load(NURSING);
    const { view } = deriveLadder(doc, 'en', undefined, undefined);
    const wide = placeLadder(view!, 'auto', 1200, 16, undefined);
    const narrow = placeLadder(view!, 'auto', 360, 16, undefined);
    expect(wide.orientation).to.equal(orientationFor('auto', 1200, 5, 16));
    expect(narrow.orientation).to.equal('vertical');
    expect(wide.view.chart!.width).to.be.greaterThan(narrow.view.chart!.width);
    expect(placeLadder(view!, 'vertical', 1200, 16, undefined).orientation).to.equal('vertical');
    // Before it is measured (width 0) the chart is drawn at a fallback width, and redrawn once measured.
    expect(placeLadder(view!, 'auto', 0, 16, undefined).view.chart).to.not.equal(undefined);
  });

  it('moves focus up and down the ladder with the arrows, to the ends with Home and End', () => {
    expect(rungAfter('ArrowUp', 1, 5)).to.equal(2);
    expect(rungAfter('ArrowRight', 4, 5)).to.equal(4);
    expect(rungAfter('ArrowDown', 0, 5)).to.equal(0);
    expect(rungAfter('ArrowLeft', 3, 5)).to.equal(2);
    expect([rungAfter('Home', 3, 5), rungAfter('End', 0, 5)]).to.deep.equal([0, 4]);
    expect(rungAfter('a', 3, 5)).to.equal(undefined);
  });
});
