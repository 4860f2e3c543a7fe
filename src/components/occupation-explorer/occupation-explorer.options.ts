/**
 * The filter and sort attributes as the element uses them. Pure: a value it cannot use is reported with
 * its attribute's name and a fix, and then ignored, so a mistyped deep link still shows the catalogue.
 */
import { isFigure } from '../../lib/format.js';
import { issueIn } from '../../schema/say.js';
import { EDUCATION_LEVELS, type EducationLevel, type Issue } from '../../schema/types.js';
import { attributeMessages } from './occupation-explorer.messages.js';
import { SORT_KEYS, SORT_ORDERS, type Criteria, type SortKey, type SortOrder } from './occupation-explorer.filter.js';

export interface Attributes {
  query: string;
  sector: string;
  education: string;
  topJobs: boolean;
  minWage: number | undefined;
  maxWage: number | undefined;
  sort: string;
  order: string;
}

export interface Options {
  criteria: Criteria;
  sort: SortKey;
  order: SortOrder;
  issues: Issue[];
}

export function readOptions(input: Attributes, sectors: readonly string[]): Options {
  const issues: Issue[] = [];
  const oneOf = <T extends string>(path: string, value: string, allowed: readonly T[]): T | undefined => {
    if (!value) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    issues.push(issueIn(attributeMessages, path, 'unknownValue', { value: JSON.stringify(value), values: allowed.join(', ') }));
    return undefined;
  };
  const wage = (path: string, value: number | undefined) => {
    if (value === undefined || value === null || (isFigure(value) && value >= 0)) return value ?? undefined;
    issues.push(issueIn(attributeMessages, path, 'wage'));
    return undefined;
  };
  return {
    sort: oneOf('sort', input.sort, SORT_KEYS) ?? 'demand',
    order: oneOf('order', input.order, SORT_ORDERS) ?? 'desc',
    criteria: {
      query: input.query,
      sector: oneOf('sector', input.sector, sectors),
      education: oneOf<EducationLevel>('education', input.education, EDUCATION_LEVELS),
      topJobs: input.topJobs,
      minWage: wage('min-wage', input.minWage),
      maxWage: wage('max-wage', input.maxWage),
    },
    issues,
  };
}

/** The filters and order as the element's properties hold them (the user's edits set these): the
 * attributes, with the order as the sort menu can set it. */
export type Settings = Omit<Attributes, 'sort' | 'order'> & { sort: SortKey; order: SortOrder };

/** Every filter cleared; the order stays the reader's. */
export const CLEARED = { query: '', sector: '', education: '', topJobs: false, minWage: undefined, maxWage: undefined } as const;

/** What a filter control (named after the property it sets) changes when the user edits it. */
export function editOf(control: Pick<HTMLInputElement, 'name' | 'value' | 'checked' | 'valueAsNumber'>): Partial<Settings> {
  const { name, value } = control;
  if (name === 'query' || name === 'sector' || name === 'education') return { [name]: value };
  if (name === 'topJobs') return { topJobs: control.checked };
  // An emptied wage box is no limit, not a limit of 0.
  if (name === 'minWage' || name === 'maxWage')
    return { [name]: Number.isFinite(control.valueAsNumber) ? control.valueAsNumber : undefined };
  // The sort menu's values name both: "wage-asc".
  if (name === 'sort') {
    const [sort, order] = value.split('-') as [SortKey, SortOrder];
    return { sort, order };
  }
  return {};
}

/** The order after a click on a column heading: the same column flips; another starts with titles A to Z
 * and figures highest first, the way a reader looks for them. */
export function headingSort(key: SortKey, now: { sort: SortKey; order: SortOrder }): { sort: SortKey; order: SortOrder } {
  if (key === now.sort) return { sort: key, order: now.order === 'asc' ? 'desc' : 'asc' };
  return { sort: key, order: key === 'title' ? 'asc' : 'desc' };
}
