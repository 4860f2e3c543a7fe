/**
 * The ladder's view model, from what the element reads: the document (in the reader's language), the
 * `ladder` and `current` attributes, then the element's width. Pure: no DOM, no `this`. The element calls
 * these through `memo()` (base/memo.ts) in willUpdate, so a re-render for anything else (focus, a
 * popover, an announcement) derives nothing, and a resize lays out again without re-describing.
 */
import { issueIn } from '../../schema/say.js';
import type { Issue, PathwayDocument } from '../../schema/types.js';
import { carryText, describeChart, describeLadder, describeNext, describeRung, flatNotes } from './credential-ladder.describe.js';
import { chartLayout, orientationFor, type Orientation, type OrientationOption } from './credential-ladder.layout.js';
import { messages } from './credential-ladder.messages.js';
import { buildLadder, pickLadder } from './credential-ladder.model.js';
import { axisFits, shortNames } from './credential-ladder.names.js';
import type { View } from './credential-ladder.parts.js';
import { cumulativeTotals } from './credential-ladder.totals.js';
import { wageLift } from './credential-ladder.wages.js';

/** Chart width before the element is first measured (it is redrawn at its real width). */
export const CHART_FALLBACK_WIDTH = 480;

/** What a screen reader hears: the ladder's summary, each rung's label, what the next rung adds. */
export interface LadderTexts {
  readonly summary: string;
  readonly rungs: readonly string[];
  readonly next?: string;
}

export interface LadderView {
  /** Undefined when the `ladder` attribute names none of the document's ladders (or it has none). */
  readonly view?: View;
  readonly texts?: LadderTexts;
  /** Problems with `ladder` or `current`, in English with the attribute as the path. */
  readonly issues: readonly Issue[];
}

const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** The ladder `ladderId` names (default: the first) with `currentId` as the learner's rung, described. */
export function deriveLadder(doc: PathwayDocument, lang: string, ladderId: string | undefined, currentId: string | undefined): LadderView {
  const picked = pickLadder(doc, ladderId);
  if ('problem' in picked) {
    const path = picked.problem === 'noLadders' ? 'ladders' : 'ladder';
    return { issues: [issueIn(messages, path, picked.problem, { id: ladderId ?? '', known: quoted(picked.known) })] };
  }
  const model = buildLadder(doc, picked.ladder);
  const rungIds = model.rungs.map((rung) => rung.node.id);
  const current = currentId ? rungIds.indexOf(currentId) : -1;
  const totals = cumulativeTotals(model.rungs.map((rung) => rung.node));
  const lift = wageLift(model.rungs);
  const names = shortNames(model.rungs.map((rung) => rung.node.title));
  const said = {
    chart: describeChart(model, lift, names, lang),
    chartNotes: flatNotes(model, lift, names, lang),
    carry: carryText(model, names, lang),
  };
  const texts = {
    summary: describeLadder(model, lift, lang),
    rungs: model.rungs.map((_, i) => describeRung(model, i, totals[i]!, lang, i === current)),
    next: current >= 0 ? describeNext(model, lift, current, lang) : undefined,
  };
  const issues =
    currentId && current < 0
      ? [issueIn(messages, 'current', 'unknownCurrent', { id: currentId, ladder: model.ladder.id, known: quoted(rungIds) })]
      : [];
  return { view: { model, totals, lift, current, names, said }, texts, issues };
}

/**
 * The view at a width: which way the rungs run, the wage-lift chart, and whether the chart's names take
 * two rows. `room` is the height the page fixed for the element, if it did (see orientationFor()).
 */
export function placeLadder(
  view: View,
  option: OrientationOption,
  width: number,
  em: number,
  room: number | undefined,
): { orientation: Orientation; view: View } {
  const orientation = orientationFor(option, width, view.model.rungs.length, em, room);
  const chart = chartLayout(view.lift, width || CHART_FALLBACK_WIDTH);
  const step = chart && chart.columns.length > 1 ? chart.columns[1]!.x - chart.columns[0]!.x : Infinity;
  return { orientation, view: { ...view, chart, stagger: !axisFits(view.names, step) } };
}
