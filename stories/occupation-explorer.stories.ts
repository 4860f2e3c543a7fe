import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/occupation-explorer/occupation-explorer.js';
import type { Occupation, OccupationsDocument } from '../src/schema/types.js';
import { DATA, inLanguage, loadJson, narrow, pendingSrc, themed } from './support.js';

interface Args {
  src?: string;
  query?: string;
  sector?: string;
  education?: string;
  topJobs?: boolean;
  minWage?: number;
  maxWage?: number;
  sort?: string;
  order?: string;
  theme: 'light' | 'dark' | 'auto';
}

/** ~40 real Colorado occupations (the test fixture), for stories that change the data first. */
const FIXTURE = 'fixtures/occupation-explorer-colorado.json';
const INVALID = 'fixtures/occupation-explorer-invalid.json';

const explorer = (args: Partial<Args>, data?: unknown) =>
  html`<cp-occupation-explorer
    src=${data || !args.src ? nothing : args.src}
    .data=${data}
    query=${args.query || nothing}
    sector=${args.sector || nothing}
    education=${args.education || nothing}
    ?top-jobs=${args.topJobs}
    min-wage=${args.minWage ?? nothing}
    max-wage=${args.maxWage ?? nothing}
    sort=${args.sort ?? nothing}
    order=${args.order ?? nothing}
    theme=${args.theme ?? 'light'}
  ></cp-occupation-explorer>`;

const meta: Meta<Args> = {
  title: 'Elements/Occupation explorer',
  component: 'cp-occupation-explorer',
  args: { src: DATA.occupations, theme: 'light' },
  argTypes: {
    sort: { control: 'select', options: ['demand', 'wage', 'growth', 'openings', 'title'] },
    order: { control: 'inline-radio', options: ['desc', 'asc'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => explorer(args),
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The full Colorado catalogue: every detailed SOC occupation, Colorado mean wages, national projections.
 * The default order: Top Jobs, then jobs paying at least the Colorado mean for all occupations, then the
 * rest, each by openings.
 */
export const Default: Story = {};

/** Search as you type, at word beginnings and by simple stems: "nurse" finds Nursing Assistants too. */
export const Search: Story = { args: { query: 'nurse' } };

/** "electric" finds Electricians and Electrical Engineers (a word beginning). */
export const SearchWordStart: Story = { args: { query: 'electric' } };

/** A search by SOC code. */
export const SearchBySoc: Story = { args: { query: '15-12' } };

/** A chosen sector in colour; the other sectors stay on the chart in grey, for comparison. */
export const SectorFilter: Story = { args: { sector: 'Healthcare' } };

/**
 * The catalogue split by sector: `src` names `occupations/index.json` and the explorer fetches only the
 * Healthcare file (69 KB instead of 622 KB) besides the small index. The rows are the full file's
 * Healthcare rows; the chart shows Healthcare alone (the other sectors' files are fetched only when the
 * reader picks another sector or "All sectors").
 */
export const SplitBySector: Story = { args: { src: 'data/colorado/occupations/index.json', sector: 'Healthcare' } };

/** Occupations that typically need at most a high school diploma. */
export const EducationFilter: Story = { args: { education: 'high-school-diploma', sort: 'openings' } };

/** Only occupations a cited source marks as Top Jobs (in the bundled data, those My Colorado Journey badges). */
export const TopJobsOnly: Story = { args: { topJobs: true } };

export const WageRange: Story = { args: { minWage: 60000, maxWage: 90000, sort: 'growth' } };

/** Fastest-growing first. */
export const SortedByGrowth: Story = { args: { sort: 'growth', order: 'desc' } };

/** Every filter at once, as a deep link would set them. */
export const DeepLink: Story = { args: { query: 'technician', sector: 'Healthcare', education: 'associate-degree', minWage: 50000 } };

/** No occupation matches: the list says so and offers to clear the filters. */
export const NoResults: Story = { args: { query: 'astronaut' } };

/** Rows without a Colorado wage, with only an hourly one, or without projections say "not available". */
export const MissingFigures: Story = {
  render: (args) =>
    asyncData(async () => {
      const doc = await loadJson<OccupationsDocument>(FIXTURE);
      const gaps = doc.occupations.filter((o) => !o.wage || o.wage.period === 'hour' || o.growth === undefined);
      return explorer(args, { ...doc, occupations: gaps });
    }),
};

/** The placeholder while the catalogue loads. */
export const Loading: Story = { args: { src: pendingSrc('occupations.json') } };

/** Nothing set yet. */
export const Empty: Story = { args: { src: undefined } };

/** A document with schema errors: each is listed with its path, and cp-error fires. */
export const InvalidDocument: Story = { args: { src: INVALID } };

/** A URL that is not there. */
export const NotFound: Story = { args: { src: 'data/colorado/no-such-file.json' } };

/** An unknown filter value in an attribute is named, and ignored; the view stays. */
export const UnknownAttribute: Story = { args: { education: 'phd' } };

/**
 * Synthetic: 10,000 rows built in code from the catalogue's real rows. Each copy keeps its row's figures;
 * its SOC code (90-0000 to 99-0999, groups the SOC does not use) and "synthetic copy" title are made up.
 */
export const TenThousandRows: Story = {
  render: (args) => asyncData(async () => explorer(args, synthetic(await loadJson<OccupationsDocument>(DATA.occupations), 10_000))),
};

/** Long titles and sectors wrap without breaking the table or the chart. */
export const LongLabels: Story = {
  render: (args) =>
    asyncData(async () => {
      const doc = await loadJson<OccupationsDocument>(FIXTURE);
      const long = (o: Occupation) => o.title.length > 60 || o.sector?.includes(',');
      return narrow(720, explorer(args, { ...doc, title: `${doc.title}: the longest titles`, occupations: doc.occupations.filter(long) }));
    }),
};

/** A phone: the chart above the list, whose rows are cards with every figure; the filters fold behind a button. */
export const Narrow: Story = { render: (args) => narrow(360, explorer(args)) };

export const Dark: Story = { args: { theme: 'dark' }, render: (args) => themed('dark', explorer(args)) };

/** A partner's colours, font and corners through --cp-* custom properties. */
export const CustomTheme: Story = {
  render: (args) =>
    html`<div
      style=${styleMap({
        '--cp-font-family': 'Georgia, serif',
        '--cp-color-accent': '#6b2c91',
        '--cp-color-focus': '#0050b3',
        '--cp-color-surface': '#f6f1fa',
        '--cp-color-series-1': '#6b2c91',
        '--cp-radius': '2px',
      })}
    >
      ${explorer(args)}
    </div>`,
};

export const Spanish: Story = { args: { sector: 'Healthcare' }, render: (args) => inLanguage('es', explorer(args)) };

/** Renders `load()`'s template once it resolves (stories that fetch and reshape data first). */
function asyncData(load: () => Promise<TemplateResult>): TemplateResult {
  const host = document.createElement('div');
  void load().then((template) => render(template, host));
  return html`${host}`;
}

/**
 * `count` synthetic rows copied from real ones: every figure is the real row's; the SOC code (in the
 * unused 90-99 major groups) and the "synthetic copy" title are new, and Top Job marks are dropped.
 */
function synthetic(doc: OccupationsDocument, count: number): OccupationsDocument {
  const occupations = Array.from({ length: count }, (_, i): Occupation => {
    const { topJob: _top, pathway: _pathway, ...real } = doc.occupations[i % doc.occupations.length]!;
    const soc = `${90 + Math.floor(i / 1000)}-${String(i % 1000).padStart(4, '0')}`;
    return { ...real, soc, title: `${real.title} (synthetic copy ${i + 1})` };
  });
  return {
    ...doc,
    title: `Synthetic catalogue: ${count.toLocaleString('en-US')} generated rows`,
    sample: true,
    source: [
      ...doc.source,
      { name: 'Synthetic rows for a performance check', note: 'copies of real rows with made-up SOC codes and titles' },
    ],
    occupations,
  };
}
