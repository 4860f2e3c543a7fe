/**
 * The text of the ladder: what a screen reader hears for the ladder, each rung and "you are here", and
 * the short figures the view shows (totals, wages with their basis). Pure and tested.
 */
import { common } from '../../i18n/messages.js';
import { localeOf, translate, type Params } from '../../i18n/translate.js';
import { describeWage, formatMoney, notAvailable } from '../../lib/format.js';
import type { PathwayNode } from '../../schema/types.js';
import { credentialTypes, messages, type MessageKey } from './credential-ladder.messages.js';
import type { LadderModel, Opening, Rung } from './credential-ladder.model.js';
import type { CostTotal, TimeTotal } from './credential-ladder.totals.js';
import { comparable, type WageKey, type WageLift } from './credential-ladder.wages.js';

export interface Totals {
  readonly time: TimeTotal;
  readonly cost: CostTotal;
}

const say = (lang: string, key: MessageKey, params?: Params) => translate(messages, lang, key, params);
const plus = (lang: string, parts: string[]) => (parts.length ? parts.reduce((a, b) => say(lang, 'plus', { a, b })) : notAvailable(lang));

const lists = new Map<string, Intl.ListFormat>();

/** "a, b and c" in the reader's language (one formatter per locale: making one is the costly part). */
export function listText(items: readonly string[], lang: string): string {
  const locale = localeOf(lang);
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}

/** The credential class for display ("Associate degree"), or undefined. */
export function typeText(node: PathwayNode, lang: string): string | undefined {
  return node.credentialType ? translate(credentialTypes, lang, node.credentialType) : undefined;
}

/** "about 1.1 years + 120 hours", "at least 6 weeks", or "not available". */
export function timeText(total: TimeTotal, lang: string): string {
  if (total.known === 'none') return notAvailable(lang);
  const parts: string[] = [];
  if (total.value !== undefined && total.unit) {
    const calendar = translate(common, lang, total.unit, { count: total.value });
    parts.push(total.approximate ? say(lang, 'about', { value: calendar }) : calendar);
  }
  if (total.hours !== undefined) parts.push(translate(common, lang, 'hour', { count: total.hours }));
  const text = plus(lang, parts);
  return total.known === 'some' ? say(lang, 'atLeast', { value: text }) : text;
}

/** "$5,200", "at least $1,200", "$800 + €300", or "not available". */
export function costText(total: CostTotal, lang: string): string {
  if (total.known === 'none') return notAvailable(lang);
  const text = plus(
    lang,
    total.amounts.map(({ amount, currency }) => formatMoney(amount, lang, currency)),
  );
  return total.known === 'some' ? say(lang, 'atLeast', { value: text }) : text;
}

/** "Colorado mean wage, a year" or "national median wage, an hour". */
export function basisText(key: WageKey, area: string | undefined, lang: string): string {
  return say(lang, 'basisLine', {
    area: key.national || !area ? translate(common, lang, 'national') : area,
    basis: translate(common, lang, key.basis === 'median' ? 'medianWage' : 'meanWage'),
    period: translate(common, lang, key.period === 'hour' ? 'perHour' : 'perYear'),
  });
}

/** "Nursing Assistants (mean wage $43,580 a year)"; the national figure says so. */
export function openingText(open: Opening, lang: string): string {
  return open.wage ? `${open.node.title} (${describeWage(open.wage, lang, open.national)})` : open.node.title;
}

/** The summary of the whole ladder (the list's accessible description). */
export function describeLadder(model: LadderModel, lift: WageLift, lang: string): string {
  const { rungs, ladder } = model;
  const first = rungs[0]?.node.title ?? '';
  const last = rungs.at(-1)?.node.title ?? '';
  const rungCount = say(lang, 'rungs', { count: rungs.length });
  const sentences = [say(lang, 'summary', { title: ladder.title, rungs: rungCount, first, last })];
  const known = lift.steps.filter((step) => step.best !== undefined);
  const from = known[0]?.best;
  const to = known.at(-1)?.best;
  if (lift.key && from !== undefined && to !== undefined && to > from) {
    const basis = basisText(lift.key, model.area, lang);
    sentences.push(say(lang, 'summaryWage', { from: formatMoney(from, lang), to: formatMoney(to, lang), basis }));
  }
  return sentences.join(' ');
}

/** What a screen reader hears on a rung: title, position, type, what it opens, totals so far, "you are here". */
export function describeRung(model: LadderModel, index: number, totals: Totals, lang: string, current = false): string {
  const rung = model.rungs[index]!;
  const position = say(lang, 'rungOf', { n: index + 1, count: model.rungs.length });
  const sentences = [say(lang, 'rungSaid', { title: rung.node.title, position })];
  const type = typeText(rung.node, lang);
  if (type) sentences.push(`${type}.`);
  if (rung.opens.length)
    sentences.push(
      say(lang, 'opensSaid', {
        list: listText(
          rung.opens.map((open) => openingText(open, lang)),
          lang,
        ),
      }),
    );
  else sentences.push(`${say(lang, 'opensNothing')}.`);
  if (rung.same) sentences.push(`${sameText(rung, lang)}.`, ...addsTexts(rung, lang).map(sentence));
  if (totals.time.known !== 'none' || totals.cost.known !== 'none') {
    sentences.push(say(lang, 'totalSaid', { time: timeText(totals.time, lang), cost: costText(totals.cost, lang) }));
  }
  if (rung.carries) sentences.push(say(lang, 'carriesSaid'));
  if (current) sentences.push(`${say(lang, 'youAreHere')}.`);
  return sentences.join(' ');
}

/** "You are here: X. Next: Y. It adds …. The best wage you qualify for rises by $Z (basis)." */
export function describeNext(model: LadderModel, lift: WageLift, index: number, lang: string): string {
  const here = say(lang, 'hereSaid', { title: model.rungs[index]!.node.title });
  const next = model.rungs[index + 1];
  if (!next) return `${here} ${say(lang, 'topSaid')}`;
  const sentences = [here, say(lang, 'nextSaid', { title: next.node.title })];
  if (next.adds.length)
    sentences.push(
      say(lang, 'addsSaid', {
        list: listText(
          next.adds.map((open) => openingText(open, lang)),
          lang,
        ),
      }),
    );
  else if (next.same) sentences.push(say(lang, 'sameSaid', { same: sameWhat(next, lang) }), ...addsTexts(next, lang).map(sentence));
  else sentences.push(say(lang, 'addsNothingSaid'));
  const step = lift.steps[index + 1];
  if (lift.key && step?.lift !== undefined) {
    const basis = basisText(lift.key, model.area, lang);
    sentences.push(
      step.lift > 0 ? say(lang, 'liftSaid', { lift: formatMoney(step.lift, lang), basis }) : say(lang, 'noLiftSaid', { basis }),
    );
  }
  return sentences.join(' ');
}

/** The chart's text: the best wage after each rung and what the rung added; `names` are the axis's. */
export function describeChart(model: LadderModel, lift: WageLift, names: readonly string[], lang: string): string {
  if (!lift.key) return say(lang, 'noWages');
  const steps = lift.steps.map((step) => {
    const n = step.index + 1;
    const name = names[step.index] ?? '';
    const amount = step.best === undefined ? notAvailable(lang) : formatMoney(step.best, lang);
    const rung = model.rungs[step.index];
    if (step.lift) return say(lang, 'stepLiftSaid', { n, name, amount, lift: formatMoney(step.lift, lang) });
    if (rung?.same && step.best !== undefined) return say(lang, 'stepSameSaid', { n, name, amount, same: sameWhat(rung, lang) });
    return say(lang, 'stepSaid', { n, name, amount });
  });
  return say(lang, 'chartSaid', { title: say(lang, 'chartTitle'), basis: basisText(lift.key, model.area, lang), steps: steps.join('; ') });
}

const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** "the same occupation" or "the same occupations", by how many the rung opens. */
function sameWhat(rung: Rung, lang: string): string {
  return say(lang, rung.opens.length === 1 ? 'sameOne' : 'sameMany');
}

/** "Opens the same occupation as the rung before": a flat step, said in words rather than left as $0. */
export function sameText(rung: Rung, lang: string): string {
  return say(lang, 'sameOpens', { same: sameWhat(rung, lang) });
}

/**
 * What the document says a rung adds besides its occupations, in its own words: the credential's
 * description, the typical entry education of an occupation when this rung is that level of degree
 * (the BSN beside Registered Nurses, whose typical entry is a bachelor's degree), and the notes on its
 * links (model.ts). Nothing is inferred beyond that: no wage is claimed for a step the figures do not show.
 */
export function addsTexts(rung: Rung, lang: string): string[] {
  const texts: string[] = [];
  if (rung.node.description) texts.push(rung.node.description);
  const level = rung.node.credentialType;
  const degree = (['associate-degree', 'bachelor-degree', 'master-degree', 'doctoral-degree'] as const).find((d) => d === level);
  if (degree) {
    for (const open of rung.opens) {
      if (open.node.education === degree) texts.push(say(lang, 'usualEntry', { occupation: open.node.title, level: say(lang, degree) }));
    }
  }
  return [...texts, ...rung.notes];
}

/** One sentence for where credits carry, instead of a label under every rung; '' when none do. */
export function carryText(model: LadderModel, names: readonly string[], lang: string): string {
  const links = model.rungs.slice(0, -1);
  const carrying = links.filter((rung) => rung.carries);
  if (!carrying.length) return '';
  if (carrying.length === links.length) return say(lang, 'carriesAll');
  const pairs = carrying.map((rung) => say(lang, 'carryPair', { from: names[rung.index] ?? '', to: names[rung.index + 1] ?? '' }));
  return say(lang, 'carriesSome', { list: listText(pairs, lang) });
}

/**
 * The chart's notes on steps where the line does not rise: each run of flat rungs in one sentence
 * ("Flat: Security+, Linux+ and Server+ each open the same occupation as the rung before, so the best wage
 * you qualify for stays at $104,620"), and a rung that adds only lower-paid work says what it adds.
 */
export function flatNotes(model: LadderModel, lift: WageLift, names: readonly string[], lang: string): string[] {
  if (!lift.key) return [];
  const notes: string[] = [];
  let run: Rung[] = [];
  const flush = () => {
    const best = run.length ? lift.steps[run[0]!.index]?.best : undefined;
    if (best !== undefined) {
      const same = say(lang, run.every((rung) => rung.opens.length === 1) ? 'sameOne' : 'sameMany');
      const list = listText(
        run.map((rung) => names[rung.index] ?? rung.node.title),
        lang,
      );
      notes.push(say(lang, 'flatNote', { count: run.length, names: list, same, amount: formatMoney(best, lang) }));
    }
    run = [];
  };
  for (const rung of model.rungs) {
    const step = lift.steps[rung.index];
    if (rung.same && step?.lift === 0) {
      run.push(rung);
      continue;
    }
    flush();
    const charted = rung.adds.filter((open) => comparable(open, lift.key));
    if (step?.lift === 0 && step.best !== undefined && charted.length) {
      const list = listText(
        charted.map((open) => openingText(open, lang)),
        lang,
      );
      notes.push(say(lang, 'lowerNote', { name: names[rung.index] ?? rung.node.title, list, amount: formatMoney(step.best, lang) }));
    }
  }
  flush();
  return notes;
}
