import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/pathway-map/pathway-map.js';
import { syntheticPathway } from '../test/support/synthetic.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { DATA, inLanguage, loadJson, narrow, pendingSrc, themed } from './support.js';

interface Args {
  src?: string;
  orientation: 'auto' | 'horizontal' | 'vertical';
  view: 'map' | 'table';
  theme: 'light' | 'dark' | 'auto';
  highlight?: string;
  selected?: string;
  from?: string;
  to?: string;
}

const render = (args: Args, data?: unknown) =>
  html`<cp-pathway-map
    src=${ifDefined(data ? undefined : args.src)}
    .data=${data}
    orientation=${args.orientation}
    view=${args.view}
    theme=${args.theme}
    highlight=${ifDefined(args.highlight)}
    selected=${ifDefined(args.selected)}
    from=${ifDefined(args.from)}
    to=${ifDefined(args.to)}
  ></cp-pathway-map>`;

/** Stories that change a bundled document before showing it load it first. */
const withDocument = (url: string, change: (doc: PathwayDocument) => unknown): Pick<Story, 'loaders' | 'render'> => ({
  loaders: [async () => ({ doc: change(await loadJson<PathwayDocument>(url)) })],
  render: (args, { loaded }) => render(args, loaded.doc),
});

const meta: Meta<Args> = {
  title: 'Elements/Pathway map',
  component: 'cp-pathway-map',
  args: { src: DATA.it, orientation: 'auto', view: 'map', theme: 'light' },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    view: { control: 'inline-radio', options: ['map', 'table'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => render(args),
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<Args>;

/** Colorado's Information Technology pathway, from the bundled data (BLS, O*NET, My Colorado Journey). */
export const InformationTechnology: Story = {};
export const Healthcare: Story = { args: { src: DATA.healthcare } };
export const Construction: Story = { args: { src: DATA.construction } };
export const BusinessOperations: Story = { args: { src: DATA.business } };
export const Cybersecurity: Story = { args: { src: DATA.cybersecurity } };

/** While the document loads: a quiet placeholder of the map's size, and `aria-busy`. */
export const Loading: Story = { args: { src: pendingSrc('pathway.json') } };

/** A pathway with stages but no steps yet says so. */
export const Empty: Story = withDocument(DATA.healthcare, (doc) => ({ ...doc, nodes: [], edges: [], ladders: [] }));

/** Bad data: an edge that names no step. The element says what is wrong and where, and fires cp-error. */
export const Error: Story = withDocument(DATA.healthcare, (doc) => ({
  ...doc,
  edges: [...doc.edges, { from: doc.nodes[0]!.id, to: 'registered-nurse', kind: 'qualifies' }],
}));

/** Titles lengthened for this stress test (one a single long word): they wrap to three lines; past
 * that (over about 60 characters) they end in an ellipsis on the drawn map, and the details, the table
 * and the phone's sections show them whole. */
export const LongLabels: Story = withDocument(DATA.healthcare, (doc) => ({
  ...doc,
  stages: doc.stages.map((stage) => ({ ...stage, label: `${stage.label}: programs, credentials and the jobs they open` })),
  nodes: doc.nodes.map((node, i) => ({
    ...node,
    title:
      i === 1
        ? 'Krankenpflegehelferausbildungsabschlusszertifikat'
        : `${node.title}, with every requirement set out in full for this long-label test`,
  })),
}));

/** 300 generated steps in 6 stages (synthetic: no real steps or figures). */
export const Synthetic300: Story = { render: (args) => render(args, syntheticPathway(300, 450)) };

/** `orientation="vertical"`: the stages as stacked sections at any width, as `auto` shows them on a
 * phone. */
export const Vertical: Story = { args: { orientation: 'vertical', src: DATA.cybersecurity } };

/** A phone-width box: the stages as stacked sections of full-width cards, each saying where it leads;
 * ↑ and ↓ walk the links, ← and → the stage, Enter shows a step's details in its card. */
export const Narrow: Story = { args: { src: DATA.cybersecurity }, render: (args) => narrow(360, render(args)) };

/** A box too narrow for every stage column, with `orientation="horizontal"`: the map keeps its text at
 * full size and pans; zoomed out past readable text, it says how to get back. */
export const Panned: Story = { args: { orientation: 'horizontal', src: DATA.healthcare }, render: (args) => narrow(700, render(args)) };

export const Dark: Story = { args: { theme: 'dark', src: DATA.healthcare }, render: (args) => themed('dark', render(args)) };

/** A partner's own colours, corners and font through the --cp-* custom properties. */
export const CustomTheme: Story = {
  args: { src: DATA.construction },
  render: (args) => html`<div
    style=${styleMap({
      '--cp-font-family': 'Georgia, serif',
      '--cp-color-accent': '#6a1b9a',
      '--cp-color-occupation': '#00695c',
      '--cp-color-credential': '#8e3b00',
      '--cp-color-surface': '#f6f1e7',
      '--cp-radius': '2px',
    })}
  >
    ${render(args)}
  </div>`,
};

export const Spanish: Story = { args: { src: DATA.healthcare }, render: (args) => inLanguage('es', render(args)) };

/** `highlight` emphasises every route into and out of one step and dims the rest. */
export const Highlighted: Story = { args: { src: DATA.healthcare, highlight: 'registered-nurses' } };

/** The route finder with `from` and `to`: two routes side by side. Times and costs here are sample
 * figures (the document is marked as a sample); wages are real. */
export const RouteFinder: Story = { args: { src: 'fixtures/pathway-map-sample.json', from: 'cna', to: 'rn' } };

/** The same pathway as a data table. */
export const Table: Story = { args: { view: 'table', src: DATA.cybersecurity } };

/** CompTIA's IT Networking Specialist pathway in CTDL JSON-LD, from Credential Engine's
 * Schema-Development repository (CTDL is CC BY 4.0), converted on load. */
export const FromCtdl: Story = { args: { src: 'fixtures/pathway-map-ctdl-comptia.jsonld' } };
