/**
 * The meter's view model, from what the element reads: its document (loaded, or made from attributes),
 * its attributes, the reader's language. Pure: no DOM, no `this`, no clock (today's date comes in as an
 * input). The element calls these through `memo()` (base/memo.ts) in willUpdate, so a re-render for
 * anything else (a count-up frame, focus, a popover) derives nothing.
 */
import { issueIn } from '../../schema/say.js';
import { localize } from '../../schema/localize.js';
import type { CampaignDocument, Issue } from '../../schema/types.js';
import { textsOf, type Texts } from './campaign-meter.describe.js';
import {
  campaignFromAttributes,
  campaignOf,
  dateIssue,
  modelOf,
  STALE_AFTER_MONTHS,
  type Campaign,
  type Model,
} from './campaign-meter.model.js';
import { attributeMessages } from './campaign-meter.messages.js';
import { VARIANTS, type Variant } from './campaign-meter.variant.js';

/** The reporting date in force, and the problems with the two attributes every meter has. */
export interface Settings {
  asOf: string;
  issues: readonly Issue[];
}

/** `as-of` (a bad one falls back to `today`, and is reported) and `variant`, checked. */
export function settingsOf(asOf: string | null | undefined, variant: string, today: string): Settings {
  const issues: Issue[] = [];
  const asOfIssue = dateIssue(asOf, 'as-of', false);
  if (asOfIssue) issues.push(asOfIssue);
  if (!VARIANTS.includes(variant as Variant)) issues.push(issueIn(attributeMessages, 'variant', 'variant', { value: variant }));
  return { asOf: asOfIssue || !asOf ? today : asOf, issues };
}

const text = (value: unknown) => (value == null ? null : String(value));

/**
 * What `goal`, `value`, `start` and `deadline` make on their own: a campaign, or the problems with them.
 * Neither when none of them is set (the meter then waits for `src` or `data`).
 */
export function attributeCampaign(
  goal: unknown,
  value: unknown,
  start: string | null | undefined,
  deadline: string | null | undefined,
  asOf: string,
): { campaign?: Campaign; issues: readonly Issue[] } {
  if ([goal, value, start, deadline].every((v) => v == null)) return { issues: [] };
  return campaignFromAttributes({ goal: text(goal), value: text(value), start, deadline }, asOf);
}

/** How the page dresses attribute figures: the heading, the unit, the sample mark. */
export interface Dress {
  label?: string | null;
  unit?: string | null;
  sample: boolean;
  /** The document's title when there is no `label`: the chart's title in the reader's language. */
  title: string;
}

/** The contract's campaign document for attribute figures (what `cp-load` carries). */
export function attributeDocument(
  { goal, start, deadline, progress }: Pick<Campaign, 'goal' | 'start' | 'deadline' | 'progress'>,
  { label, unit, sample, title }: Dress,
): CampaignDocument {
  return {
    type: 'campaign',
    version: 1,
    id: 'attributes',
    title: label || title,
    goal,
    ...(unit ? { unit } : {}),
    start,
    deadline,
    progress: [...progress],
    source: [],
    ...(sample ? { sample } : {}),
  };
}

/** `stale-after` as a number of months; anything that is not one falls back to the default. */
export function staleMonths(value: unknown): number {
  const months = Number(value);
  return Number.isFinite(months) ? months : STALE_AFTER_MONTHS;
}

export interface MeterView {
  model: Model;
  text: Texts;
  lang: string;
}

/**
 * The model and its words. `fromAttributes`: the document was made from attributes, so its title is the
 * default one, not data: the view then has a title only when `label` gives one.
 */
export function deriveMeter(
  document: CampaignDocument,
  fromAttributes: boolean,
  lang: string,
  variant: string,
  asOf: string,
  label: string | null | undefined,
  unit: string | null | undefined,
  sample: boolean,
  staleAfter: unknown,
): MeterView {
  // The document's own prose (title, unit, breakdown) in the reader's language where it has it.
  const campaign = campaignOf(localize(document, lang));
  const title = label ?? (fromAttributes ? undefined : campaign.title);
  const model = modelOf(
    { ...campaign, title, unit: unit ?? campaign.unit, sample: campaign.sample || sample },
    asOf,
    staleMonths(staleAfter),
  );
  return { model, text: textsOf(model, lang, variant as Variant), lang };
}
