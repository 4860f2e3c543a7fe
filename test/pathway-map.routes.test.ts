/** Pure tests of the route finder, highlighting, keyboard moves, the URL state and the synthetic data. */
import { expect } from './helpers/testing.js';
import { estimate } from '../src/components/pathway-map/layout/card.js';
import { alongRoutes, graphOf, reach, throughNode } from '../src/components/pathway-map/model/graph.js';
import { choiceFromUrl, readHash, writeHash } from '../src/components/pathway-map/controllers/url-state.js';
import { buildModel, unknownIds } from '../src/components/pathway-map/model/model.js';
import { actionOf, moveFrom } from '../src/components/pathway-map/model/navigate.js';
import { findRoutes, formatTotals, routeSteps, routeTotals, stepNotes, wageChange } from '../src/components/pathway-map/model/routes.js';
import { syntheticPathway } from './support/synthetic.js';
import { validatePathway } from '../src/schema/validate.js';
import type { PathwayDocument } from '../src/schema/types.js';
import './helpers/spanish.js';

const load = async (name: string): Promise<PathwayDocument> => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json();

describe('pathway map routes', () => {
  let doc: PathwayDocument;
  before(async () => {
    doc = await load('pathway-map-sample.json');
  });
  const ids = (route: readonly number[]) => route.map((i) => doc.nodes[i]!.id);
  const at = (id: string) => graphOf(doc).index.get(id)!;

  it('finds the cheapest routes, through credentials before job-to-job moves, the same every time', () => {
    const graph = graphOf(doc);
    // Credential steps cost 1 and a job-to-job move the document states costs 2, so the all-credential
    // route comes first, then the one through the LPN job; the one through two job moves is third.
    expect(findRoutes(graph, at('cna'), at('rn')).map(ids)).to.deep.equal([
      ['cna', 'lpn-license', 'adn', 'rn'],
      ['cna', 'lpn-license', 'lpn', 'rn'],
    ]);
    expect(findRoutes(graph, at('cna'), at('rn'), 5).map(ids)).to.deep.equal([
      ['cna', 'lpn-license', 'adn', 'rn'],
      ['cna', 'lpn-license', 'lpn', 'rn'],
      ['cna', 'nursing-assistants', 'lpn', 'rn'],
    ]);
    expect(findRoutes(graph, at('rn'), at('cna')), 'none backwards').to.deep.equal([]);
    expect(findRoutes(graph, at('rn'), at('rn'))).to.deep.equal([]);
  });

  it('takes an O*NET related job only where no other route exists, and says so', () => {
    // The same pathway with the job-to-job links marked as O*NET related occupations.
    const related = graphOf({
      ...doc,
      edges: doc.edges.map((e) => (e.kind === 'advances' ? { ...e, basis: 'related-occupations' as const } : e)),
    });
    expect(findRoutes(related, at('cna'), at('rn'), 5).map(ids), 'no related job beside a route through credentials').to.deep.equal([
      ['cna', 'lpn-license', 'adn', 'rn'],
    ]);
    const [route] = findRoutes(related, at('cna'), at('nurse-practitioners'));
    expect(ids(route!)).to.deep.equal(['cna', 'lpn-license', 'adn', 'rn', 'nurse-practitioners']);
    const steps = routeSteps(related, route!);
    expect(steps.map((step) => stepNotes(related, step, 'en'))).to.deep.equal([
      [],
      [],
      ['usually needs a bachelor’s degree'],
      ['a related job O*NET lists, not a required step'],
    ]);
    expect(stepNotes(related, steps[3]!, 'es')).to.deep.equal(['un empleo relacionado que enumera O*NET, no un paso obligatorio']);
    // Unmarked, the same link is a move the document states: no note.
    expect(routeSteps(graphOf(doc), route!).map((step) => step.related)).to.deep.equal([false, false, false, false]);
  });

  it('sums known times and costs, and says how much is known', () => {
    const graph = graphOf(doc);
    const totals = (route: string[]) => routeTotals(graph, route.map(at));
    expect(totals(['cna', 'lpn-license', 'adn', 'rn'])).to.deep.equal({
      counted: 2,
      months: 36,
      hours: 0,
      timeKnown: 2,
      cost: 15000,
      currency: 'USD',
      costKnown: 1,
      wage: { reason: 'no-start' },
    });
    expect(formatTotals(totals(['cna', 'lpn-license', 'adn', 'rn']), 'en')).to.deep.equal({
      time: '3 years',
      cost: '$15,000, partly known (1 of 2 steps)',
      wage: 'not available (the start has no wage)',
    });
    expect(formatTotals(totals(['nursing-assistants', 'lpn', 'rn']), 'en'), 'one line, not a column of "not available"').to.deep.equal({
      unpublished: 'Time and cost are not published for these steps.',
      wage: '+$48,150 a year (mean)',
    });
    expect(formatTotals(totals(['cna', 'lpn-license', 'adn']), 'es').unpublished).to.equal(undefined);
    expect(formatTotals(totals(['nursing-assistants', 'lpn', 'rn']), 'es').unpublished).to.equal(
      'No se publican el tiempo ni el costo de estos pasos.',
    );
    expect(formatTotals(totals(['nursing-assistants', 'lpn', 'rn']), 'es').wage.replace(/[\u00a0\u202f]/g, ' ')).to.equal(
      '+48.150 US$ al año (promedio)',
    );
    const timeOnly = graphOf({ ...doc, nodes: doc.nodes.map((n) => (n.cost ? { ...n, cost: undefined } : n)) });
    expect(formatTotals(routeTotals(timeOnly, ['cna', 'lpn-license', 'adn'].map(at)), 'en')).to.deep.equal({
      time: '3 years',
      unpublished: 'Cost is not published for these steps.',
      wage: 'not available (the start has no wage)',
    });
  });

  it('turns weeks, months, years and hours into one total', () => {
    const graph = graphOf({
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.id === 'lpn-license'
          ? { ...n, duration: { value: 40, unit: 'hour' } }
          : n.id === 'adn'
            ? { ...n, duration: { value: 6, unit: 'week' } }
            : n,
      ),
    });
    expect(formatTotals(routeTotals(graph, ['cna', 'lpn-license', 'adn', 'rn'].map(at)), 'en').time).to.equal('6 weeks + 40 hours');
  });

  it('compares wages only on the same basis, period and area', () => {
    const [na, rn, np] = ['nursing-assistants', 'rn', 'nurse-practitioners'].map((id) => doc.nodes[at(id)]!);
    expect(wageChange(na!, rn!)).to.deep.equal({ gain: 48150, basis: 'mean', period: 'year', national: false });
    expect(wageChange(rn!, np!)).to.deep.equal({ gain: 35610, basis: 'median', period: 'year', national: true });
    expect(wageChange(na!, np!)).to.deep.equal({ reason: 'mismatch' });
    expect(wageChange(na!, doc.nodes[at('adn')]!)).to.deep.equal({ reason: 'no-goal' });
    expect(wageChange(na!, { ...na!, wage: { mean: 20.95, period: 'hour' } })).to.deep.equal({ reason: 'mismatch' });
  });
});

describe('pathway map routes on the Colorado pathways', () => {
  const PATHWAYS = ['healthcare', 'information-technology', 'cybersecurity', 'construction', 'business-operations'];
  const docs = new Map<string, PathwayDocument>();
  before(async () => {
    for (const name of PATHWAYS) docs.set(name, await (await fetch(`/data/colorado/pathway-${name}.json`)).json());
  });
  /** The routes from one step to another, each step with its notes: "id (note; note)". */
  const routes = (name: string, from: string, to: string, lang = 'en') => {
    const doc = docs.get(name)!;
    const graph = graphOf(doc);
    return findRoutes(graph, graph.index.get(from)!, graph.index.get(to)!).map((route) =>
      routeSteps(graph, route).map((step) => {
        const notes = stepNotes(graph, step, lang);
        return `${doc.nodes[step.node]!.id}${notes.length ? ` (${notes.join('; ')})` : ''}`;
      }),
    );
  };

  it('goes from a nurse aide to nurse practitioner through the nursing credentials, not job to job', () => {
    expect(routes('healthcare', 'cna', 'nurse-practitioners')).to.deep.equal([['lpn-license', 'adn', 'bsn', 'msn', 'nurse-practitioners']]);
    expect(routes('healthcare', 'nursing-assistants', 'nurse-practitioners')).to.deep.equal([
      ['lpn-license (builds on Certified Nurse Aide (CNA))', 'adn', 'bsn', 'msn', 'nurse-practitioners'],
    ]);
    expect(routes('healthcare', 'cna', 'registered-nurses')).to.deep.equal([
      ['lpn-license', 'adn', 'registered-nurses (usually needs a bachelor’s degree)'],
      ['lpn-license', 'adn', 'bsn', 'registered-nurses'],
    ]);
    expect(routes('healthcare', 'cna', 'registered-nurses', 'es')[0]![2]).to.equal('registered-nurses (suele requerir una licenciatura)');
  });

  it('goes from user support to software developer through the degrees, and says when only a related job leads on', () => {
    expect(routes('information-technology', 'computer-user-support-specialists', 'software-developers')).to.deep.equal([
      ['associate-it (builds on Certificate in computer information systems or IT support)', 'bachelor-cs', 'software-developers'],
    ]);
    // No credential on this map leads from CompTIA A+ to a software job: the related jobs are said as such.
    expect(routes('information-technology', 'comptia-a-plus', 'software-developers')).to.deep.equal([
      [
        'comptia-network-plus',
        'network-and-computer-systems-administrators (usually needs a bachelor’s degree)',
        'software-developers (a related job O*NET lists, not a required step)',
      ],
      [
        'comptia-network-plus',
        'comptia-security-plus',
        'network-and-computer-systems-administrators (usually needs a bachelor’s degree)',
        'software-developers (a related job O*NET lists, not a required step)',
      ],
    ]);
    expect(routes('cybersecurity', 'computer-user-support-specialists', 'information-security-analysts')).to.deep.equal([
      ['comptia-network-plus (builds on CompTIA A+)', 'information-security-analysts (usually needs a bachelor’s degree)'],
      [
        'comptia-network-plus (builds on CompTIA A+)',
        'comptia-security-plus',
        'information-security-analysts (usually needs a bachelor’s degree)',
      ],
    ]);
  });

  it('follows the trades and business ladders, and says the degree a manager’s job usually needs', () => {
    expect(routes('construction', 'helpers-electricians', 'construction-managers')[0]).to.deep.equal([
      'electrical-apprenticeship (builds on Construction pre-apprenticeship certificate)',
      'journeyman-electrician-license',
      'master-electrician-license',
      'first-line-supervisors-of-construction-trades',
      'construction-managers (a related job O*NET lists, not a required step; usually needs a bachelor’s degree)',
    ]);
    expect(routes('business-operations', 'office-clerks', 'financial-managers')).to.deep.equal([
      ['associate-business (builds on Certificate in business or office administration)', 'bachelor-business', 'mba', 'financial-managers'],
    ]);
  });

  it('never takes a related job where the credentials and stated moves lead to the goal', () => {
    for (const [name, doc] of docs) {
      const graph = graphOf(doc);
      for (let from = 0; from < doc.nodes.length; from++) {
        // Reachable without O*NET related links: plain search over the other edges, and from a job, the next
        // rungs of the credentials that qualify for it.
        const plain = new Set<number>();
        const stack = [from];
        if (doc.nodes[from]!.kind === 'occupation')
          for (const q of graph.in[from]!)
            if (graph.kind[q] === 'qualifies')
              for (const s of graph.out[graph.from[q]!]!) if (graph.kind[s] === 'stacks') stack.push(graph.to[s]!);
        while (stack.length) {
          const n = stack.pop()!;
          if (plain.has(n)) continue;
          plain.add(n);
          for (const e of graph.out[n]!) if (!graph.related[e]) stack.push(graph.to[e]!);
        }
        for (let to = 0; to < doc.nodes.length; to++) {
          if (to === from) continue;
          const found = findRoutes(graph, from, to);
          const related = found.map((route) => routeSteps(graph, route).some((step) => step.related));
          if (plain.has(to)) expect(related, `${name}: ${doc.nodes[from]!.id} → ${doc.nodes[to]!.id}`).to.not.include(true);
          else if (found.length) expect(related, `${name}: ${doc.nodes[from]!.id} → ${doc.nodes[to]!.id}`).to.not.include(false);
        }
      }
    }
  });
});

describe('pathway map emphasis', () => {
  it('marks every route into and out of a step, and the steps of a route', async () => {
    const doc = await load('pathway-small.json');
    const graph = graphOf(doc);
    const on = (flags: Uint8Array, of: readonly { id?: string; from?: string; to?: string }[]) =>
      of.filter((_, i) => flags[i]).map((item) => item.id ?? `${item.from}>${item.to}`);
    const lpn = throughNode(graph, graph.index.get('lpn')!);
    expect(on(lpn.nodes, doc.nodes)).to.deep.equal(['cna', 'nursing-assistants', 'lpn-license', 'lpn', 'rn']);
    expect(on(lpn.edges, doc.edges)).to.deep.equal([
      'cna>nursing-assistants',
      'nursing-assistants>lpn',
      'cna>lpn-license',
      'lpn-license>lpn',
      'lpn>rn',
    ]);
    expect([lpn.before, lpn.after, lpn.focal]).to.deep.equal([3, 1, 3]);
    const route = alongRoutes(graph, [['cna', 'lpn-license', 'adn', 'rn'].map((id) => graph.index.get(id)!)]);
    expect(on(route.edges, doc.edges)).to.deep.equal(['cna>lpn-license', 'lpn-license>adn', 'adn>rn']);
    expect(on(route.nodes, doc.nodes)).to.deep.equal(['cna', 'lpn-license', 'adn', 'rn']);
    expect([...reach(graph, graph.index.get('rn')!, 'out')]).to.deep.equal([0, 0, 0, 0, 0, 0]);
  });
});

describe('pathway map keyboard moves', () => {
  it('reads keys by the map’s direction', () => {
    const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey, metaKey: false });
    expect(actionOf(key('ArrowRight'), true)).to.equal('next');
    expect(actionOf(key('ArrowDown'), true)).to.equal('down');
    expect(actionOf(key('ArrowDown'), false)).to.equal('next');
    expect(actionOf(key('ArrowRight'), false)).to.equal('down');
    expect(actionOf(key('Home', true), true)).to.equal('start');
    expect(actionOf(key('End'), true)).to.equal('last');
    expect(actionOf(key(' '), true)).to.equal('select');
    expect(actionOf(key('0'), true)).to.equal('fit');
    expect(actionOf(key('Tab'), true)).to.equal(undefined);
    expect(actionOf(key('a'), true)).to.equal(undefined);
  });

  it('moves along edges to the nearest step, and within a stage in reading order', async () => {
    const doc = await load('pathway-small.json');
    const graph = graphOf(doc);
    const model = buildModel(doc, graph, { lang: 'en', horizontal: true, measure: estimate });
    const id = (i: number | undefined) => (i === undefined ? undefined : doc.nodes[i]!.id);
    const from = (start: string, move: Parameters<typeof moveFrom>[1]) => id(moveFrom(graph.index.get(start)!, move, graph, model));
    expect(from('lpn', 'next')).to.equal('rn');
    expect(from('rn', 'next')).to.equal(undefined);
    expect(from('cna', 'previous')).to.equal(undefined);
    expect(['nursing-assistants', 'lpn-license']).to.include(from('lpn', 'previous'));
    // Within a stage, top to bottom: one column per stage, a certificate above the job it qualifies for.
    expect(model.byStage.map((stage) => stage.map(id))).to.deep.equal([
      ['cna', 'nursing-assistants'],
      ['lpn-license', 'lpn', 'adn'],
      ['rn'],
    ]);
    expect(from('lpn-license', 'up')).to.equal('lpn-license');
    expect(from('lpn-license', 'down')).to.equal('lpn');
    expect(from('lpn', 'last')).to.equal('adn');
    expect(from('adn', 'first')).to.equal('lpn-license');
    expect(from('rn', 'start')).to.equal(id(model.order[0]));
    expect(from('cna', 'end')).to.equal('rn');
  });
});

describe('pathway map model', () => {
  it('derives cards, layout, labels, stage labels and the keyboard order from one document', async () => {
    const doc = await load('pathway-small.json');
    const model = buildModel(doc, graphOf(doc), { lang: 'en', horizontal: true, measure: estimate });
    expect(model.cards).to.have.length(6);
    expect(model.label(5)).to.equal('Registered Nurses, occupation, advanced, mean wage $91,730 a year, growth +4.9%, no next steps');
    expect(model.stages).to.deep.equal([['Entry level'], ['Mid level'], ['Advanced']]);
    expect(model.order).to.have.members([0, 1, 2, 3, 4, 5]);
    const empty = buildModel({ ...doc, nodes: [], edges: [] }, graphOf({ ...doc, nodes: [], edges: [] }), {
      lang: 'en',
      horizontal: true,
      measure: estimate,
    });
    expect(empty.layout).to.equal(undefined);
    expect(empty.summary).to.equal('0 steps in 3 stages; 0 entry points.');
  });

  it('reports attributes naming no step', async () => {
    const doc = await load('pathway-small.json');
    expect(unknownIds({ highlight: 'rn', from: 'nurse', to: undefined }, ['highlight', 'from', 'to'], graphOf(doc))).to.deep.equal([
      { path: 'from', message: 'no step has id "nurse"; use the id of one of the pathway\'s nodes' },
    ]);
  });
});

describe('pathway map URL state', () => {
  it('reads its own keys from the fragment, and leaves the rest alone', () => {
    expect(readHash('#top&map.node=a%20b&other.node=x&map.to=z', 'map')).to.deep.equal({ node: 'a b', to: 'z' });
    expect(readHash('', 'map')).to.deep.equal({});
    expect(readHash('#map.node=%E0%A4%A', 'map'), 'a broken escape is kept as it is').to.deep.equal({ node: '%E0%A4%A' });
  });

  it('writes its keys, keeping the others in order', () => {
    expect(writeHash('#top&map.node=a&other.node=x', 'map', { from: 'c', to: 'd e' })).to.equal(
      '#top&other.node=x&map.from=c&map.to=d%20e',
    );
    expect(writeHash('#map.node=a', 'map', {})).to.equal('');
    expect(writeHash('', 'co-it', { node: 'cna' })).to.equal('#co-it.node=cna');
  });
});

describe('pathway map URL choice', () => {
  const has = (id: string) => ['cna', 'rn'].includes(id);

  it('takes ids that name steps and ignores the rest, and the route counting from 1', () => {
    expect(choiceFromUrl({ node: 'cna', from: 'nobody', to: 'rn', route: '2' }, false, has)).to.deep.equal({
      selected: 'cna',
      to: 'rn',
      route: 1,
    });
    expect(choiceFromUrl({ node: 'nobody', route: '1' }, false, has), 'nothing known: nothing changes').to.deep.equal({});
    expect(choiceFromUrl({ route: 'x' }, false, has)).to.deep.equal({});
  });

  it('clears what the fragment no longer names when it mirrors a changed fragment', () => {
    expect(choiceFromUrl({ node: 'rn', route: 'x' }, true, has)).to.deep.equal({
      selected: 'rn',
      from: undefined,
      to: undefined,
      route: 0,
    });
  });
});

describe('pathway map synthetic data', () => {
  it('is the same for the same arguments, acyclic and valid, with no figures', () => {
    const doc = syntheticPathway(300, 450);
    expect(JSON.stringify(syntheticPathway(300, 450))).to.equal(JSON.stringify(doc));
    expect(validatePathway(doc).valid).to.equal(true);
    expect(doc.edges).to.have.length(450);
    expect(doc.nodes.some((node) => node.wage || node.duration || node.cost)).to.equal(false);
    expect(doc.title).to.equal('Synthetic pathway: 300 steps');
  });
});
