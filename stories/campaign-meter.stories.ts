import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { define } from '../src/base/define.js';
import { CampaignMeter } from '../src/components/campaign-meter/campaign-meter.js';
import { DATA, inLanguage, loadJson, narrow, pendingSrc, themed } from './support.js';

interface Args {
  variant: 'banner' | 'compact' | 'full';
  src?: string;
  asOf?: string;
  label?: string;
  goal?: string;
  value?: string;
  start?: string;
  deadline?: string;
  sample?: boolean;
  poll?: number;
  staleAfter?: number;
  theme: 'light' | 'dark' | 'auto';
}

// The campaign's published goal and dates (Colorado Succeeds: one million by 2030; start assumed 2021-01-01,
// as the bundled document says). Counts given as attributes are the bundled sample figures, marked `sample`.
const PUBLISHED = { goal: '1000000', start: '2021-01-01', deadline: '2030-12-31' };
const SAMPLE_COUNT = '455000';

const meter = (args: Partial<Args>, data?: unknown) =>
  html`<cp-campaign-meter
    variant=${args.variant ?? 'compact'}
    src=${data || !args.src ? nothing : args.src}
    .data=${data}
    as-of=${args.asOf ?? nothing}
    label=${args.label ?? nothing}
    goal=${args.goal ?? nothing}
    value=${args.value ?? nothing}
    start=${args.start ?? nothing}
    deadline=${args.deadline ?? nothing}
    ?sample=${args.sample ?? false}
    poll=${args.poll ?? nothing}
    stale-after=${args.staleAfter ?? nothing}
    theme=${args.theme ?? 'light'}
  ></cp-campaign-meter>`;

/** All three variants, one above the other. */
const variants = (args: Partial<Args>, data?: unknown): TemplateResult =>
  html`<div style=${styleMap({ display: 'grid', gap: '24px' })}>
    ${(['banner', 'compact', 'full'] as const).map((variant) => meter({ ...args, variant }, data))}
  </div>`;

const meta: Meta<Args> = {
  title: 'Elements/Campaign meter',
  component: 'cp-campaign-meter',
  args: { variant: 'compact', src: DATA.campaignSample, theme: 'light' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['banner', 'compact', 'full'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    asOf: { control: 'text' },
  },
  render: (args) => meter(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The compact card, fed by the bundled sample document (sample figures, labelled as such). */
export const Default: Story = {};

/** A strip for a site header: two rows when wide, wrapping (never cutting) as it narrows. */
export const Banner: Story = { args: { variant: 'banner', asOf: '2025-06-30' } };

/** The banner at widths from a phone to a desktop header: every width keeps the bar, the figures and their date. */
export const BannerWidths: Story = {
  args: { variant: 'banner', asOf: '2025-06-30' },
  render: (args) =>
    html`<div style=${styleMap({ display: 'grid', gap: '16px' })}>
      ${[1200, 960, 720, 480, 390, 320].map((width) => html`<div style=${styleMap({ maxWidth: `${width}px` })}>${meter(args)}</div>`)}
    </div>`,
};

/** The latest sample count (June 2025) seen 15 months later: its age shows where "on pace" would be. */
export const OldCount: Story = { args: { asOf: '2026-09-30' }, render: (args) => variants(args) };

/** The report-page view: the counts against the straight line to the goal, the projection, the rate needed, the breakdown. */
export const Full: Story = { args: { variant: 'full', asOf: '2025-06-30' } };

/** Nothing set yet: no src, no data, no attributes. */
export const Empty: Story = { args: { src: undefined } };

/** The real campaign document: no count has been published, so the meter greets with the goal, deadline and time left (never 0%, no empty chart). */
export const NoCountPublished: Story = { args: { src: DATA.campaign }, render: (args) => variants(args) };

/** Attributes alone, no JSON: the published goal and dates; no `value`, as no count is published. */
export const AttributesOnly: Story = {
  args: { src: undefined, ...PUBLISHED, label: 'One million credentials by 2030', variant: 'banner' },
  render: (args) => variants(args),
};

/** Attributes alone with a count (the sample figure, so `sample` shows the notice). */
export const AttributesWithSampleCount: Story = {
  args: { src: undefined, ...PUBLISHED, value: SAMPLE_COUNT, asOf: '2025-06-30', sample: true, label: 'One million credentials by 2030' },
  render: (args) => variants(args),
};

// Each pace state, from the sample document at a chosen date, or from attributes with the sample count.
export const OnPace: Story = { args: { variant: 'full', asOf: '2025-06-30' } };
export const Behind: Story = { args: { variant: 'full', asOf: '2023-06-30' } };
export const Ahead: Story = {
  args: { src: undefined, ...PUBLISHED, value: SAMPLE_COUNT, asOf: '2024-12-31', sample: true, label: 'Sample: ahead of pace' },
  render: (args) => variants(args),
};
export const GoalReached: Story = {
  args: { src: undefined, ...PUBLISHED, value: '1000000', asOf: '2030-06-30', sample: true, label: 'Sample: goal reached' },
  render: (args) => variants(args),
};
export const DeadlinePassed: Story = { args: { asOf: '2031-03-01' }, render: (args) => variants(args) };
export const BeforeStart: Story = { args: { asOf: '2020-06-30' }, render: (args) => variants(args) };
/** Only the first sample count is published by this date. */
export const SingleCount: Story = { args: { variant: 'full', asOf: '2022-12-31' } };

/** The quiet placeholder of each variant, at its final size. */
export const Loading: Story = { args: { src: pendingSrc('campaign.json') }, render: (args) => variants(args) };

/** Bad attributes: a clear message naming each attribute, and cp-error. */
export const BadAttributes: Story = {
  args: { src: undefined, goal: '-5', start: '2031-01-01', deadline: '2030-12-31' },
};

/** A document whose deadline comes before its start: the message names the path. */
export const BadDocument: Story = {
  loaders: [async () => ({ doc: await loadJson(DATA.campaignSample) })],
  render: (args, { loaded }) => meter(args, { ...(loaded.doc as object), deadline: '2020-12-31' }),
};

/** A long title: over two lines in the banner and card (past 60 characters it is cut, the full text stays in the link and the full view). */
export const LongLabel: Story = {
  args: {
    label:
      "Colorado's business community is working together to get one million in-demand credentials into the hands of Coloradans by 2030",
    asOf: '2025-06-30',
  },
  render: (args) => variants(args),
};

/** A phone-width column. */
export const Narrow: Story = { args: { asOf: '2025-06-30' }, render: (args) => narrow(360, variants(args)) };

/** A 280px sidebar. */
export const Sidebar: Story = { args: { asOf: '2025-06-30' }, render: (args) => narrow(280, variants(args)) };

export const Dark: Story = { args: { theme: 'dark', asOf: '2025-06-30' }, render: (args) => themed('dark', variants(args)) };

/** A partner's colours, font and corners through the public custom properties. */
export const CustomTheme: Story = {
  args: { asOf: '2025-06-30' },
  render: (args) => html`<div
    style=${styleMap({
      '--cp-font-family': 'Georgia, serif',
      '--cp-color-accent': '#6b2c91',
      '--cp-color-positive': '#0b6e4f',
      '--cp-color-surface': '#f6f1fa',
      '--cp-radius': '2px',
      '--cp-campaign-meter-bar-height': '1em',
    })}
  >
    ${variants(args)}
  </div>`,
};

export const Spanish: Story = { args: { asOf: '2025-06-30' }, render: (args) => inLanguage('es', variants(args)) };

// Polling: a story-only subclass lowers the 30-second floor, and a stand-in host answers the first request
// with the sample document, then fails, so the stale mark shows after a few seconds.
class PollingDemo extends CampaignMeter {
  protected static override pollFloor = 2;
}
define('cp-campaign-meter-polling-demo', PollingDemo);
const FLAKY = '/__campaign-meter-flaky__/campaign.json';
const realFetch = window.fetch;
let served = 0;
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.includes(FLAKY)) return realFetch(input, init);
  return served++ === 0 ? realFetch(DATA.campaignSample, init) : Promise.resolve(new Response('', { status: 503 }));
};

/** `poll="2"` against a host that goes down after the first answer: the figures stay, with a quiet stale mark. */
export const PollingStale: Story = {
  render: () => {
    served = 0;
    return html`<cp-campaign-meter-polling-demo src=${FLAKY} poll="2" as-of="2025-06-30"></cp-campaign-meter-polling-demo>`;
  },
};
