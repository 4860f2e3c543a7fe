/**
 * The words a screen reader hears: one sentence per node, and a plain-language summary of the pathway.
 * Pure and computed from the data, so they are tested with exact expectations.
 */
import { common } from '../../../i18n/messages.js';
import { translate, type Params } from '../../../i18n/translate.js';
import { describeWage, formatCost, formatDuration, formatNumber, formatPercent, headlineWage, isFigure } from '../../../lib/format.js';
import type { PathwayDocument, PathwayNode } from '../../../schema/types.js';
import type { Graph } from './graph.js';
import { messages, term, type MessageKey } from '../pathway-map.messages.js';

/** Whether `text` starts with an upper-case letter followed by a lower-case one ("Entry", not "IT" or "3D"),
 * told by their case mappings: a Unicode property expression (`/^\p{Lu}\p{Ll}/u`) gives the same answers
 * for the names of stages, but compiling its letter classes took a few milliseconds of a page's first map. */
function upperLower(text: string): boolean {
  const a = text.charAt(0);
  const b = text.charAt(1);
  return a !== a.toLowerCase() && b !== b.toUpperCase();
}

/** "Entry level" -> "entry level" inside a sentence, but "IT basics" stays as it is. */
const inSentence = (text: string, lang: string) => (upperLower(text) ? text.charAt(0).toLocaleLowerCase(lang) + text.slice(1) : text);

export interface NodeContext {
  /** The label of the node's stage. */
  readonly stage: string;
  /** How many edges lead out of / into the node. */
  readonly next: number;
  readonly previous: number;
}

/** "Nursing Assistants, occupation, entry level, mean wage $43,580 a year, growth +2.3%, leads to 1 next step" */
export function describeNode(node: PathwayNode, context: NodeContext, lang: string): string {
  const parts = [node.title, inSentence(translate(messages, lang, node.kind), lang), inSentence(context.stage, lang)];
  if (node.kind === 'occupation') {
    if (headlineWage(node.wage) || !headlineWage(node.wageNational)) parts.push(describeWage(node.wage, lang));
    else parts.push(describeWage(node.wageNational, lang, true));
    if (isFigure(node.growth)) parts.push(`${translate(common, lang, 'growth')} ${formatPercent(node.growth, lang, true)}`);
    if (node.topJob) parts.push(translate(common, lang, 'topJob'));
  }
  if (node.credentialType) parts.push(inSentence(term(node.credentialType, lang), lang));
  if (node.duration) parts.push(formatDuration(node.duration, lang));
  if (node.cost) parts.push(formatCost(node.cost, lang));
  if (node.destination) parts.push(translate(messages, lang, 'destination'));
  if (!context.previous && context.next) parts.push(translate(messages, lang, 'entryPoint'));
  // {n} is formatted here: translate() would format {count} with toLocaleString, slow on a thousand steps.
  const next = context.next;
  parts.push(
    next ? translate(messages, lang, 'leadsTo', { count: next, n: formatNumber(next, lang) }) : translate(messages, lang, 'leadsNowhere'),
  );
  return parts.join(', ');
}

/** The occupation with the highest wage, compared only on one basis and period (the most common one). */
export function highestPaid(nodes: readonly PathwayNode[]): PathwayNode | undefined {
  const groups = new Map<string, { node: PathwayNode; amount: number }[]>();
  for (const node of nodes) {
    const wage = headlineWage(node.wage);
    if (node.kind !== 'occupation' || !wage) continue;
    const key = `${wage.basis}/${node.wage!.period}`;
    const group = groups.get(key) ?? [];
    group.push({ node, amount: wage.amount });
    groups.set(key, group);
  }
  const largest = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return largest.reduce<{ node: PathwayNode; amount: number } | undefined>(
    (best, c) => (!best || c.amount > best.amount ? c : best),
    undefined,
  )?.node;
}

/** "26 steps in 4 stages; 4 entry points. The highest wage is …, mean wage $… a year. 1 is a Top Job." */
export function summarize(doc: PathwayDocument, graph: Graph, lang: string): string {
  const t = (key: MessageKey, params: Params = {}) => translate(messages, lang, key, params);
  const entries = graph.in.filter((edges) => !edges.length).length;
  let text = t('summary', {
    steps: t('steps', { count: doc.nodes.length }),
    stages: t('stages', { count: doc.stages.length }),
    entries: t('entries', { count: entries }),
  });
  const top = highestPaid(doc.nodes);
  if (top) text += t('highest', { title: top.title, wage: describeWage(top.wage, lang) });
  const topJobs = doc.nodes.filter((node) => node.topJob).length;
  if (topJobs) text += t('topJobs', { count: topJobs });
  return text;
}
