import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/credential-ladder/credential-ladder.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { DATA, inLanguage, loadJson, narrow, pendingSrc, themed } from './support.js';

interface Args {
  src?: string;
  ladder?: string;
  current?: string;
  orientation: 'auto' | 'horizontal' | 'vertical';
  theme: 'light' | 'dark' | 'auto';
}

const NURSING_FIXTURE = 'fixtures/credential-ladder-nursing.json';
const SAMPLE_FIXTURE = 'fixtures/credential-ladder-sample.json';

const ladder = (args: Partial<Args>, data?: unknown) =>
  html`<cp-credential-ladder
    src=${data || !args.src ? nothing : args.src}
    .data=${data}
    ladder=${args.ladder ?? nothing}
    current=${args.current ?? nothing}
    orientation=${args.orientation ?? 'auto'}
    theme=${args.theme ?? 'light'}
  ></cp-credential-ladder>`;

const meta: Meta<Args> = {
  title: 'Elements/Credential ladder',
  component: 'cp-credential-ladder',
  args: { src: DATA.healthcare, orientation: 'auto', theme: 'light' },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => ladder(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The Nursing ladder of the Colorado healthcare pathway (real wages; no published time or cost). */
export const Default: Story = {};

/** The learner holds the Practical Nurse licence: their rung is marked, and the next one says what it adds. */
export const YouAreHere: Story = { args: { current: 'lpn-license' } };

/** On the top rung there is no next rung. */
export const TopRung: Story = { args: { current: 'msn' } };

// One story for every ladder in the bundled Colorado pathways.
export const HealthcareNursing: Story = { args: { src: DATA.healthcare, ladder: 'nursing' } };
export const ItComptia: Story = { args: { src: DATA.it, ladder: 'comptia-infrastructure', current: 'comptia-security-plus' } };
export const ItDegrees: Story = { args: { src: DATA.it, ladder: 'it-degrees' } };
export const CybersecurityCertifications: Story = { args: { src: DATA.cybersecurity, ladder: 'security-certifications' } };
export const CybersecurityDegrees: Story = {
  args: { src: DATA.cybersecurity, ladder: 'cybersecurity-degrees', current: 'associate-cybersecurity' },
};
export const ConstructionElectrician: Story = {
  args: { src: DATA.construction, ladder: 'electrician', current: 'electrical-apprenticeship' },
};
export const ConstructionPlumber: Story = { args: { src: DATA.construction, ladder: 'plumber' } };
export const BusinessDegrees: Story = { args: { src: DATA.business, ladder: 'business-degrees' } };
export const BusinessAccounting: Story = { args: { src: DATA.business, ladder: 'accounting', current: 'bachelor-accounting' } };

/** Left-to-right steps, whatever the width. */
export const Horizontal: Story = { args: { orientation: 'horizontal', current: 'adn' } };

/** Bottom-up, whatever the width. */
export const Vertical: Story = { args: { orientation: 'vertical', current: 'adn' } };

/** A phone-width column. */
export const Narrow: Story = { args: { current: 'lpn-license' }, render: (args) => narrow(360, ladder(args)) };

/** A 280px sidebar. */
export const Sidebar: Story = { render: (args) => narrow(280, ladder({ ...args, src: DATA.it, ladder: 'it-degrees' })) };

export const Dark: Story = { args: { theme: 'dark', current: 'adn' }, render: (args) => themed('dark', ladder(args)) };

/** A partner's own colours, font, corners and step height through the public custom properties. */
export const CustomTheme: Story = {
  args: { src: DATA.construction, ladder: 'electrician', current: 'pre-apprenticeship' },
  render: (args) =>
    html`<div
      style=${styleMap({
        '--cp-font-family': 'Georgia, serif',
        '--cp-color-accent': '#6b2c91',
        '--cp-color-surface': '#faf6fc',
        '--cp-color-border': '#7d6b88',
        '--cp-radius': '2px',
        '--cp-credential-ladder-rise': '2em',
        '--cp-credential-ladder-rail-color': '#6b2c91',
      })}
    >
      ${ladder(args)}
    </div>`,
};

export const Spanish: Story = { args: { current: 'lpn-license' }, render: (args) => inLanguage('es', ladder(args)) };

/** Sample durations and costs (labelled as samples): hours kept apart, "at least" where a rung has no figure. */
export const SampleTimeAndCost: Story = { args: { src: SAMPLE_FIXTURE, current: 'cna' } };

/** Missing figures: two occupations' wages removed, so the chart starts later and the rungs say "not available". */
export const MissingFigures: Story = {
  loaders: [async () => ({ doc: await loadJson<PathwayDocument>(NURSING_FIXTURE) })],
  render: (args, { loaded }) => {
    const doc = structuredClone(loaded.doc as PathwayDocument);
    for (const node of doc.nodes) {
      if (node.id !== 'nursing-assistants' && node.id !== 'lpn') continue;
      delete node.wage;
      delete node.wageNational;
    }
    return ladder(args, doc);
  },
};

/** Registered Nurses given as an hourly mean (the real Colorado figure): not comparable with annual means. */
export const NotComparable: Story = {
  loaders: [async () => ({ doc: await loadJson<PathwayDocument>(NURSING_FIXTURE) })],
  render: (args, { loaded }) => {
    const doc = structuredClone(loaded.doc as PathwayDocument);
    const rn = doc.nodes.find((node) => node.id === 'rn')!;
    rn.wage = { mean: 44.1, period: 'hour' };
    return ladder(args, doc);
  },
};

/** Synthetic: long titles and providers, no figures at all. */
export const LongLabels: Story = {
  render: (args) => narrow(520, ladder(args, synthetic(4, true))),
};

/** Synthetic: twelve rungs, no figures, to see the ladder stand up and scroll. */
export const ManyRungs: Story = { render: (args) => ladder(args, synthetic(12, false)) };

export const Loading: Story = { args: { src: pendingSrc('pathway.json') } };

export const Empty: Story = { args: { src: undefined } };

export const ErrorUnknownLadder: Story = { args: { ladder: 'midwifery' } };

export const ErrorUnknownCurrent: Story = { args: { current: 'rn-license-typo' } };

export const ErrorNoLadders: Story = {
  loaders: [async () => ({ doc: await loadJson<PathwayDocument>(NURSING_FIXTURE) })],
  render: (args, { loaded }) => ladder(args, { ...(loaded.doc as PathwayDocument), ladders: [] }),
};

/** A ladder with no rungs (`steps: []`): the alert names `ladders[0].steps` and asks for at least one rung. */
export const ErrorNoRungs: Story = {
  loaders: [async () => ({ doc: await loadJson<PathwayDocument>(NURSING_FIXTURE) })],
  render: (args, { loaded }) => {
    const doc = structuredClone(loaded.doc as PathwayDocument);
    doc.ladders![0]!.steps = [];
    return ladder(args, doc);
  },
};

export const ErrorStepNamesNoNode: Story = {
  loaders: [async () => ({ doc: await loadJson<PathwayDocument>(NURSING_FIXTURE) })],
  render: (args, { loaded }) => {
    const doc = structuredClone(loaded.doc as PathwayDocument);
    doc.ladders![0]!.steps[1] = 'lpn-licence';
    return ladder(args, doc);
  },
};

export const ErrorNotFound: Story = { args: { src: 'data/colorado/no-such-pathway.json' } };

/** A synthetic pathway (no real figures) with `count` rungs, each qualifying for one occupation. */
function synthetic(count: number, long: boolean): PathwayDocument {
  const words = long ? ' with an unusually long name that has to wrap across several lines' : '';
  const nodes: PathwayDocument['nodes'] = [];
  const edges: PathwayDocument['edges'] = [];
  for (let i = 1; i <= count; i++) {
    nodes.push({
      id: `c${i}`,
      kind: 'credential',
      stage: 'all',
      title: `Synthetic credential ${i}${words}`,
      credentialType: 'certificate',
      provider: long ? 'Synthetic Provider of Professional and Continuing Education Programmes' : undefined,
    });
    nodes.push({ id: `o${i}`, kind: 'occupation', stage: 'all', title: `Synthetic occupation ${i}${words}` });
    edges.push({ from: `c${i}`, to: `o${i}`, kind: 'qualifies' });
    if (i > 1) edges.push({ from: `c${i - 1}`, to: `c${i}`, kind: 'stacks' });
  }
  return {
    type: 'pathway',
    version: 1,
    id: 'synthetic',
    title: 'Synthetic pathway',
    source: [{ name: 'Synthetic data for layout testing', note: 'no real figures' }],
    stages: [{ id: 'all', label: 'All' }],
    nodes,
    edges,
    ladders: [
      { id: 'synthetic', title: `Synthetic ladder (${count} rungs)`, steps: nodes.filter((n) => n.kind === 'credential').map((n) => n.id) },
    ],
  };
}
