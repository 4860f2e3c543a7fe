/**
 * Converts a CTDL Pathway in JSON-LD (Credential Engine's Credential Transparency Description Language)
 * to a pathway document. Each component becomes a node (its kind from its class), progression levels
 * become stages, `hasChild` / `precedes` / `hasCondition` become edges, and the destination is marked.
 * Unknown properties are ignored; missing pieces are left for the validator to report.
 *
 * CTDL hangs the tree from the destination: `A hasChild B` means B leads to A, so the edge runs B -> A.
 */
import type { CredentialType, Edge, EdgeKind, NodeKind, PathwayDocument, PathwayNode, Stage } from './types.js';
import { CREDENTIAL_TYPES } from './types.js';

type JsonLd = Record<string, unknown>;

const COMPONENT_KINDS: Record<string, NodeKind> = {
  JobComponent: 'occupation',
  CredentialComponent: 'credential',
  CourseComponent: 'course',
  WorkExperienceComponent: 'experience',
  CocurricularComponent: 'experience',
  ExtracurricularComponent: 'experience',
  CompetencyComponent: 'competency',
  AssessmentComponent: 'assessment',
  BasicComponent: 'milestone',
  SelectionComponent: 'milestone',
};

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const localName = (term: string): string => term.replace(/^.*[:#/]/, '');
const types = (item: JsonLd): string[] =>
  asArray(item['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map(localName);

/** Reads `ceterms:x` or `ceasn:x` (older data uses the ceasn namespace for some terms). */
function prop(item: JsonLd, name: string): unknown[] {
  return [...asArray(item[`ceterms:${name}`]), ...asArray(item[`ceasn:${name}`]), ...asArray(item[`asn:${name}`])];
}

/** Plain text from a string or a language map such as `{ "en-US": "…" }`. */
function text(value: unknown, lang = 'en'): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0], lang);
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>;
    const key = Object.keys(map).find((k) => k.toLowerCase().startsWith(lang)) ?? Object.keys(map)[0];
    return key === undefined ? undefined : text(map[key], lang);
  }
  return undefined;
}

/** References may be URIs or embedded objects; registry URIs sometimes differ only by a `ce-` prefix. */
function refKey(value: unknown): string | undefined {
  const uri = typeof value === 'string' ? value : text((value as JsonLd | undefined)?.['@id']);
  return uri?.replace(/\/$/, '').replace(/^.*\//, '').replace(/^ce-/, '');
}

function kebab(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function credentialType(item: JsonLd, classes: string[]): CredentialType | undefined {
  const candidates = [...prop(item, 'credentialType').map((t) => localName(text(t) ?? '')), ...classes];
  return candidates.map(kebab).find((t): t is CredentialType => (CREDENTIAL_TYPES as readonly string[]).includes(t));
}

/** True when a JSON value looks like CTDL JSON-LD rather than a pathway document. */
export function isCtdl(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const item = value as JsonLd;
  return Array.isArray(item['@graph']) || types(item).includes('Pathway');
}

function graphOf(input: JsonLd): JsonLd[] {
  const graph = Array.isArray(input['@graph']) ? input['@graph'] : [input];
  return graph.filter((item): item is JsonLd => !!item && typeof item === 'object');
}

function stagesOf(graph: JsonLd[]): { stages: Stage[]; byKey: Map<string, string> } {
  const levels = graph.filter((item) => types(item).includes('ProgressionLevel'));
  const model = graph.find((item) => types(item).includes('ProgressionModel'));
  const order = asArray(model?.['skos:hasTopConcept']).map(refKey);
  const rank = (level: JsonLd) => {
    const i = order.indexOf(refKey(level['@id']));
    return i < 0 ? order.length + levels.indexOf(level) : i;
  };
  const stages: Stage[] = [];
  const byKey = new Map<string, string>();
  for (const level of [...levels].sort((a, b) => rank(a) - rank(b))) {
    const key = refKey(level['@id']);
    if (!key) continue;
    const label = text(level['skos:prefLabel']) ?? text(level['ceterms:name']) ?? `Level ${stages.length + 1}`;
    stages.push({ id: `level-${stages.length + 1}`, label });
    byKey.set(key, stages.at(-1)!.id);
  }
  return { stages, byKey };
}

function edgeKind(from: PathwayNode, to: PathwayNode, relation: 'child' | 'precedes' | 'condition'): EdgeKind {
  if (relation === 'condition') return 'requires';
  const learning = ['credential', 'course', 'assessment', 'competency'].includes(from.kind);
  if (to.kind === 'occupation' && learning) return 'qualifies';
  if (from.kind === 'credential' && to.kind === 'credential') return 'stacks';
  return 'advances';
}

/** Converts CTDL JSON-LD to a pathway document. The result still needs validating. */
export function fromCtdl(input: unknown, lang = 'en'): PathwayDocument {
  const graph = graphOf(input as JsonLd);
  const pathway = graph.find((item) => types(item).includes('Pathway'));
  const { stages, byKey } = stagesOf(graph);
  const destinations = new Set(pathway ? prop(pathway, 'hasDestinationComponent').map(refKey) : []);

  const nodes = new Map<string, PathwayNode>();
  const components = graph.filter((item) => {
    const classes = types(item);
    return classes.some((c) => c in COMPONENT_KINDS) || (!classes.includes('Pathway') && credentialType(item, classes));
  });
  for (const item of components) {
    const key = refKey(item['@id']) ?? refKey(text(item['ceterms:ctid']));
    if (!key) continue;
    const classes = types(item);
    const componentClass = classes.find((c) => c in COMPONENT_KINDS);
    const category = text(item['ceterms:componentCategory']) ?? '';
    let kind: NodeKind = componentClass ? COMPONENT_KINDS[componentClass]! : 'credential';
    if (componentClass === 'BasicComponent' && /career|job|occupation/i.test(category)) kind = 'occupation';
    const node: PathwayNode = {
      id: text(item['ceterms:ctid'])?.replace(/^ce-/, '') ?? key,
      kind,
      stage: byKey.get(refKey(prop(item, 'hasProgressionLevel')[0]) ?? '') ?? '',
      title: text(item['ceterms:name'], lang) ?? '',
    };
    const description = text(item['ceterms:description'], lang);
    if (description) node.description = description;
    const url = text(item['ceterms:subjectWebpage']);
    if (url) node.url = url;
    const type = kind === 'credential' ? credentialType(item, classes) : undefined;
    if (type) node.credentialType = type;
    if (destinations.has(key) || prop(item, 'isDestinationComponentOf').length || prop(item, 'isDestinationComponentFor').length) {
      node.destination = true;
    }
    nodes.set(key, node);
  }

  // A destination without a level gets a column of its own at the end, as Credential Engine's viewer
  // does; with no progression model at all, every component shares one stage. Any other component
  // without a level keeps an empty stage, which the validator reports.
  const unplaced = [...nodes.values()].filter((node) => !node.stage);
  const place = (id: string, label: string, which: PathwayNode[]) => {
    if (!which.length) return;
    stages.push({ id, label });
    for (const node of which) node.stage = id;
  };
  if (stages.length === 0) place('steps', 'Steps', unplaced);
  else
    place(
      'destination',
      'Destination',
      unplaced.filter((node) => node.destination),
    );

  const edges: Edge[] = [];
  const seen = new Set<string>();
  const link = (fromKey: unknown, toKey: unknown, relation: 'child' | 'precedes' | 'condition') => {
    const from = nodes.get(refKey(fromKey) ?? '');
    const to = nodes.get(refKey(toKey) ?? '');
    if (!from || !to || from === to || seen.has(`${from.id}>${to.id}`)) return;
    seen.add(`${from.id}>${to.id}`);
    edges.push({ from: from.id, to: to.id, kind: edgeKind(from, to, relation) });
  };
  for (const item of components) {
    for (const child of prop(item, 'hasChild')) link(child, item['@id'], 'child');
    for (const next of prop(item, 'precedes')) link(item['@id'], next, 'precedes');
    for (const condition of prop(item, 'hasCondition')) {
      if (!condition || typeof condition !== 'object') continue; // a condition is an object; anything else says nothing
      for (const target of prop(condition as JsonLd, 'targetComponent')) link(target, item['@id'], 'condition');
    }
  }

  const title = (pathway && text(pathway['ceterms:name'], lang)) ?? '';
  const document: PathwayDocument = {
    type: 'pathway',
    version: 1,
    id: (pathway && (text(pathway['ceterms:ctid']) ?? refKey(pathway['@id']))) ?? '',
    title,
    stages,
    nodes: [...nodes.values()],
    edges,
    source: [
      {
        name: `CTDL pathway${title ? `: ${title}` : ''}`,
        ...(pathway && text(pathway['ceterms:subjectWebpage']) ? { url: text(pathway['ceterms:subjectWebpage'])! } : {}),
        note: 'Converted from Credential Engine CTDL JSON-LD (CTDL is CC BY 4.0).',
      },
    ],
  };
  const summary = pathway && text(pathway['ceterms:description'], lang);
  if (summary) document.summary = summary;
  return document;
}
