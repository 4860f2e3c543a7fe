/**
 * The filter and sort attributes as the element uses them. Pure: a value it cannot use is reported with
 * its attribute's name and a fix, and then ignored, so a mistyped deep link still shows the catalogue.
 */
import { isFigure } from '../../lib/format.js';
import { issue } from '../../schema/messages.js';
import { EDUCATION_LEVELS, type EducationLevel, type Issue } from '../../schema/types.js';
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
    issues.push(issue(path, 'unknownValue', { value: JSON.stringify(value), values: allowed.join(', ') }));
    return undefined;
  };
  const wage = (path: string, value: number | undefined) => {
    if (value === undefined || value === null || (isFigure(value) && value >= 0)) return value ?? undefined;
    issues.push(issue(path, 'wage'));
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
