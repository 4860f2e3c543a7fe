/**
 * fast-check generators of valid pathway documents, and mutations that each break one rule at a known
 * path. Generated figures are arbitrary numbers for the validator only; nothing here is shown as data.
 */
import fc from 'fast-check';
import { CREDENTIAL_TYPES, EDGE_KINDS, EDUCATION_LEVELS, NODE_KINDS, type PathwayDocument } from '../../src/schema/types.js';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const text = fc.string({ minLength: 1, maxLength: 30 });
const money = fc.integer({ min: 0, max: 500_000 });

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

function drop<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const wage = fc.record({ mean: money, period: fc.constantFrom('year' as const, 'hour' as const) });

export const arbitraryPathway: fc.Arbitrary<PathwayDocument> = fc
  .record({
    stageIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    nodeIds: fc.uniqueArray(id, { minLength: 0, maxLength: 12 }),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    title: text,
    details: fc.array(
      fc.record({
        kind: fc.constantFrom(...NODE_KINDS),
        title: text,
        wage: optional(wage),
        growth: optional(fc.double({ min: -0.5, max: 2, noNaN: true })),
        openings: optional(money),
        education: optional(fc.constantFrom(...EDUCATION_LEVELS)),
        credentialType: optional(fc.constantFrom(...CREDENTIAL_TYPES)),
        jobZone: optional(fc.integer({ min: 1, max: 5 })),
      }),
      { minLength: 12, maxLength: 12 },
    ),
    edgeKinds: fc.array(fc.constantFrom(...EDGE_KINDS), { minLength: 20, maxLength: 20 }),
  })
  .map(({ stageIds, nodeIds, seed, title, details, edgeKinds }) => {
    const nodes = nodeIds.map((nodeId, i) => drop({ id: nodeId, stage: stageIds[seed[i]! % stageIds.length]!, ...details[i]! }));
    // Edges only from an earlier node to a later one, so the graph cannot loop.
    const edges = edgeKinds
      .map((kind, i) => {
        const a = seed[20 + i]! % Math.max(nodes.length, 1);
        const b = seed[(21 + i) % 40]! % Math.max(nodes.length, 1);
        return a < b ? { from: nodes[a]!.id, to: nodes[b]!.id, kind } : undefined;
      })
      .filter((edge) => edge !== undefined);
    const ladders = nodes.length ? [{ id: 'main', title: 'Main', steps: nodes.slice(0, 3).map((n) => n.id) }] : [];
    return {
      type: 'pathway',
      version: 1,
      id: 'generated',
      title,
      source: [{ name: 'generated for a property test' }],
      stages: stageIds.map((stageId) => ({ id: stageId, label: stageId })),
      nodes,
      edges,
      ladders,
      // Spanish labels for some stages (as generated words), and the ladder's title.
      translations: {
        es: {
          title: `${title} (es)`,
          stages: Object.fromEntries(stageIds.filter((_, i) => seed[i]! % 2).map((s) => [s, `etapa ${s}`])),
          ...(ladders.length ? { ladders: { main: 'Principal' } } : {}),
        },
      },
    } as PathwayDocument;
  });

export interface Mutation {
  name: string;
  /** Breaks `doc` (in place) and says where; undefined when the document has nothing to break. */
  apply(doc: PathwayDocument, seed: number): { document: unknown; path: string | RegExp; structural: boolean } | undefined;
}

const pick = <T>(items: readonly T[], seed: number): [T, number] | undefined =>
  items.length ? [items[seed % items.length]!, seed % items.length] : undefined;

export const mutations: Mutation[] = [
  {
    name: 'translation of a stage no stage has',
    apply(doc, seed) {
      doc.translations!.es!.stages = { ...doc.translations!.es!.stages, [`no-such-stage-${seed % 10}`]: 'Etapa' };
      return { document: doc, path: `translations.es.stages["no-such-stage-${seed % 10}"]`, structural: false };
    },
  },
  {
    name: 'empty translated label',
    apply(doc) {
      const stage = doc.stages[0]!.id;
      doc.translations!.es!.stages = { [stage]: '' };
      return { document: doc, path: /^translations\.es\.stages(\.|\[)/, structural: true };
    },
  },
  {
    name: 'drop a required node field',
    apply(doc, seed) {
      const [node, i] = pick(doc.nodes, seed) ?? [];
      if (!node) return undefined;
      const field = (['id', 'kind', 'stage', 'title'] as const)[seed % 4]!;
      delete (node as Partial<typeof node>)[field];
      return { document: doc, path: `nodes[${i}].${field}`, structural: true };
    },
  },
  {
    name: 'unknown stage',
    apply(doc, seed) {
      const [node, i] = pick(doc.nodes, seed) ?? [];
      if (!node) return undefined;
      node.stage = 'no-such-stage!';
      return { document: doc, path: `nodes[${i}].stage`, structural: false };
    },
  },
  {
    name: 'dangling edge',
    apply(doc, seed) {
      const [edge, i] = pick(doc.edges, seed) ?? [];
      if (!edge) return undefined;
      edge.to = 'no-such-node!';
      return { document: doc, path: `edges[${i}].to`, structural: false };
    },
  },
  {
    name: 'cycle',
    apply(doc, seed) {
      const [edge] = pick(doc.edges, seed) ?? [];
      if (!edge) return undefined;
      doc.edges.push({ from: edge.to, to: edge.from, kind: 'advances' });
      // Which edge of the loop is reported depends on the search order: any edge will do.
      return { document: doc, path: /^edges\[\d+\]$/, structural: false };
    },
  },
  {
    name: 'negative wage',
    apply(doc, seed) {
      const [node, i] = pick(doc.nodes, seed) ?? [];
      if (!node) return undefined;
      node.wage = { mean: -1 - (seed % 1000), period: 'year' };
      return { document: doc, path: `nodes[${i}].wage.mean`, structural: true };
    },
  },
  {
    name: 'unknown kind',
    apply(doc, seed) {
      const [node, i] = pick(doc.nodes, seed) ?? [];
      if (!node) return undefined;
      (node as { kind: string }).kind = 'job';
      return { document: doc, path: `nodes[${i}].kind`, structural: true };
    },
  },
  {
    name: 'duplicate node id',
    apply(doc, seed) {
      if (doc.nodes.length < 2) return undefined;
      const i = 1 + (seed % (doc.nodes.length - 1));
      doc.nodes[i]!.id = doc.nodes[0]!.id;
      return { document: doc, path: `nodes[${i}].id`, structural: false };
    },
  },
  {
    name: 'wrong version',
    apply(doc) {
      (doc as { version: number }).version = 2;
      return { document: doc, path: 'version', structural: true };
    },
  },
];
