import { expect, fixture, html } from './helpers/testing.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html as litHtml, type TemplateResult } from 'lit';
import { CpElement } from '../src/base/cp-element.js';
import { define } from '../src/base/define.js';
import { renderSources } from '../src/base/parts.js';
import { property } from 'lit/decorators.js';
import { issue } from '../src/schema/messages.js';
import type { Issue, PathwayDocument } from '../src/schema/types.js';
import { expectAccessible, litWarnings, nextEvent, shadowText } from './helpers/index.js';
import { pathwayRules } from '../src/schema/documents/pathway.js';
// The test elements here have no Spanish of their own to load: the shared strings are loaded for them.
import './helpers/spanish.js';

const FIXTURE = new URL('./fixtures/pathway-small.json', import.meta.url).href;

/** The smallest real subclass: shows the document's title. */
class TestView extends CpElement<PathwayDocument> {
  protected static override documents = [pathwayRules];
  protected override renderDocument(document: PathwayDocument): TemplateResult {
    return litHtml`<h2>${document.title}</h2>`;
  }
}
define('test-view', TestView);

/** A subclass that ends with the shared sources, as every element does. */
class SourcesView extends CpElement<PathwayDocument> {
  protected static override documents = [pathwayRules];
  protected override renderDocument(document: PathwayDocument): TemplateResult {
    return litHtml`<h2>${document.title}</h2>${renderSources(document.source, this.language.lang, document.sample)}`;
  }
}
define('test-sources-view', SourcesView);

/**
 * An element with an attribute of its own (`stage`, which must name a stage of the document) and a
 * document it can make from attributes alone (`title` without src or data): the base's two hooks.
 */
class HookView extends CpElement<PathwayDocument> {
  protected static override documents = [pathwayRules];
  @property() stage?: string;
  @property() heading?: string;
  #made: PathwayDocument | undefined;
  protected override attributeIssues(): Issue[] {
    const stages = this.loader.document?.stages.map((s) => s.id) ?? [];
    return this.stage && !stages.includes(this.stage)
      ? [issue('stage', 'unknownValue', { value: `"${this.stage}"`, values: stages.join(', ') })]
      : [];
  }
  protected override documentFromAttributes(): PathwayDocument | undefined {
    if (!this.heading) return undefined;
    if (this.#made?.title !== this.heading) {
      this.#made = {
        type: 'pathway',
        version: 1,
        id: 'made',
        title: this.heading,
        source: [],
        stages: [{ id: 'entry', label: 'Entry' }],
        nodes: [],
        edges: [],
      };
    }
    return this.#made;
  }
  protected override renderDocument(document: PathwayDocument): TemplateResult {
    return litHtml`<h2>${document.title}</h2>`;
  }
}
define('test-hook-view', HookView);

async function loaded(): Promise<PathwayDocument> {
  return (await fetch(FIXTURE)).json();
}

describe('the shared element base', () => {
  it('renders data set as a property and fires cp-load with the document', async () => {
    const el = await fixture<TestView>(html`<test-view></test-view>`);
    const doc = await loaded();
    const event = nextEvent<CustomEvent>(el, 'cp-load');
    el.data = doc;
    const { detail, bubbles, composed } = await event;
    expect(detail.document).to.equal(doc);
    expect(bubbles && composed).to.equal(true);
    expect(shadowText(el)).to.contain('Nursing (test fixture)');
    expect(litWarnings).to.deep.equal([]);
  });

  it('fetches src, is aria-busy with a placeholder while loading, then renders', async () => {
    const el = await fixture<TestView>(html`<test-view src=${FIXTURE}></test-view>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
    await nextEvent(el, 'cp-load');
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(shadowText(el)).to.contain('Nursing (test fixture)');
  });

  it('lets the last of src and data win, aborting a fetch in flight', async () => {
    const el = await fixture<TestView>(html`<test-view></test-view>`);
    const doc = { ...(await loaded()), title: 'Set by data' };
    el.src = FIXTURE;
    el.data = doc;
    await nextEvent(el, 'cp-load');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shadowText(el)).to.contain('Set by data');

    el.data = doc;
    el.src = FIXTURE;
    await nextEvent(el, 'cp-load');
    expect(shadowText(el)).to.contain('Nursing (test fixture)');
  });

  it('shows a role=alert naming the path, and fires cp-error, for a schema violation', async () => {
    const el = await fixture<TestView>(html`<test-view></test-view>`);
    const doc = await loaded();
    doc.nodes[3]!.stage = 'senior';
    const event = nextEvent<CustomEvent>(el, 'cp-error');
    el.data = doc;
    const { detail } = await event;
    expect(detail.issues).to.deep.include({
      path: 'nodes[3].stage',
      message: 'unknown stage "senior" (expected one of entry, mid, advanced)',
    });
    expect(detail.message).to.contain('nodes[3].stage');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('nodes[3].stage');
    expect(alert.textContent).to.contain('unknown stage "senior"');
    await expectAccessible(el);
  });

  it('reports an HTTP error, a network error and a body that is not JSON, in the element', async () => {
    const el = await fixture<TestView>(html`<test-view></test-view>`);
    for (const [src, expected] of [
      ['/test/fixtures/missing.json', '404'],
      ['http://127.0.0.1:9/nothing.json', 'Could not load'],
      [new URL('./base.test.ts', import.meta.url).href, 'not valid JSON'],
    ] as const) {
      const event = nextEvent<CustomEvent>(el, 'cp-error');
      el.src = src;
      await event;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent, src).to.contain(expected);
    }
  });

  it('says a wrong document type plainly', async () => {
    const el = await fixture<TestView>(html`<test-view></test-view>`);
    const event = nextEvent<CustomEvent>(el, 'cp-error');
    el.data = { type: 'campaign', version: 1 };
    const { detail } = await event;
    expect(detail.issues[0]).to.deep.equal({
      path: 'type',
      message: 'this element shows a pathway document, but this is a campaign document',
    });
  });

  it('keeps the last good view when later data is bad', async () => {
    const el = await fixture<TestView>(html`<test-view></test-view>`);
    el.data = await loaded();
    await nextEvent(el, 'cp-load');
    el.data = { type: 'pathway' };
    await nextEvent(el, 'cp-error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(shadowText(el)).to.contain('Nursing (test fixture)');
  });

  it('follows the nearest lang, and changes when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><test-view></test-view></div>`);
    const el = wrapper.querySelector<TestView>('test-view')!;
    el.data = { type: 'pathway' };
    await nextEvent(el, 'cp-error');
    expect(shadowText(el)).to.contain('No se pudo mostrar');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shadowText(el)).to.contain('This could not be shown');
  });

  it('says schema problems in the nearest language, with their paths, while cp-error stays English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<section lang="es"><div><test-view></test-view></div></section>`);
    const el = wrapper.querySelector<TestView>('test-view')!;
    const doc = await loaded();
    delete (doc as Partial<PathwayDocument>).title;
    (doc.nodes[0] as { kind: string }).kind = 'job';
    doc.stages[2]!.id = 'entry';
    const event = nextEvent<CustomEvent>(el, 'cp-error');
    el.data = doc;
    const { detail } = await event;
    await el.updateComplete;
    const kinds = 'occupation, credential, course, experience, competency, assessment, milestone';
    expect(detail.issues).to.deep.include({ path: 'title', message: 'is required; add text' });
    expect(detail.issues).to.deep.include({ path: 'nodes[0].kind', message: `unknown value "job" (expected one of ${kinds})` });
    expect(detail.issues).to.deep.include({
      path: 'stages[2].id',
      message: 'duplicate id "entry" (also used by stages[0]); give each a unique id',
    });
    expect(detail.message).to.match(/^title: is required; add text \(and \d+ more\)$/);
    const items = () => [...el.shadowRoot!.querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items()).to.include('title: es obligatorio; agregue texto');
    expect(items()).to.include(`nodes[0].kind: valor desconocido "job" (se esperaba uno de estos: ${kinds})`);
    expect(items()).to.include('stages[2].id: id "entry" repetido (también lo usa stages[0]); asigne a cada uno un id distinto');
    expect(el.shadowRoot!.querySelector('[role="alert"] li code')!.textContent).to.equal('title');
    await expectAccessible(el);
    wrapper.lang = 'en-US';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(items()).to.include('title: is required; add text');
  });

  it('finishes loading after being moved in the page mid-fetch', async () => {
    const el = await fixture<TestView>(html`<test-view src=${FIXTURE}></test-view>`);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    await nextEvent(el, 'cp-load');
    expect(shadowText(el)).to.contain('Nursing (test fixture)');
    other.remove();
  });

  it('defines a tag twice without throwing', () => {
    expect(() => define('test-view', class extends TestView {})).not.to.throw();
  });
});

describe('the shared element base, with a slow server', () => {
  it('shows the placeholder until a slow document arrives', async () => {
    const el = await fixture<TestView>(
      html`<test-view src="/__test__/slow?ms=400&amp;file=/test/fixtures/pathway-small.json"></test-view>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
    await nextEvent(el, 'cp-load');
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.equal(null);
  });
});

describe('the shared element base, with data written inside the element', () => {
  it('reads a <script type="application/json"> child as its data', async () => {
    const doc = JSON.stringify({ ...(await loaded()), title: 'Inline title' });
    const el = document.createElement('test-view') as TestView;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = doc;
    el.append(script);
    const event = nextEvent(el, 'cp-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await event;
    expect(shadowText(el)).to.contain('Inline title');
  });

  it('says where the problem is when the inline JSON is broken', async () => {
    const el = document.createElement('test-view') as TestView;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ "type": "pathway", ';
    el.append(script);
    const event = nextEvent<CustomEvent>(el, 'cp-error');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    const { detail } = await event;
    expect(detail.issues[0].path).to.equal('<script type="application/json">');
    expect(detail.issues[0].message).to.match(/^not valid JSON/);
  });
});

describe('the shared sources', () => {
  const SOURCES: PathwayDocument['source'] = [
    { name: 'BLS OEWS May 2023, Colorado', url: 'https://www.bls.gov/oes/', date: '2023-05', note: 'Wages are means for the state.' },
    { name: 'A source with an unsafe link', url: 'javascript:alert(1)' },
    { name: '<b>Not markup</b>', date: '2025', note: 'Openings are national.' },
  ];

  async function sourcesOf(source: PathwayDocument['source'], { sample = false, lang = 'en', style = '' } = {}): Promise<SourcesView> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${style}><test-sources-view></test-sources-view></div>`);
    const el = wrapper.firstElementChild as SourcesView;
    const done = nextEvent(el, 'cp-load');
    el.data = { ...(await loaded()), source, sample };
    await done;
    await el.updateComplete;
    return el;
  }
  const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
  const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
  // checkVisibility(), not client rects: a closed <details> hides its content with content-visibility.
  const visible = (node: Element | null) => !!node && node.checkVisibility();

  it('are one closed disclosure, "Sources (n)", on one line in small type, and one Tab stop', async () => {
    const el = await sourcesOf(SOURCES);
    expect($$(el, 'details'), 'one disclosure, not two').to.have.length(1);
    const summary = $<HTMLElement>(el, '[part="sources"] details > summary')!;
    expect(summary.textContent!.trim()).to.equal('Sources (3)');
    expect(visible($(el, '.sources-list')), 'closed at first').to.equal(false);
    const style = getComputedStyle(summary);
    expect(parseFloat(style.fontSize)).to.be.within(11, 14);
    expect(summary.getClientRects(), 'one line box').to.have.length(1);
    expect(summary.getBoundingClientRect().height).to.be.below(parseFloat(style.lineHeight) * 2);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the links wait inside the closed disclosure').to.equal(null);
    await expectAccessible(el);
  });

  it('open to each source, linked when safe, with its date and its note, all as text', async () => {
    const el = await sourcesOf(SOURCES);
    $<HTMLElement>(el, 'summary')!.click();
    await el.updateComplete;
    expect(visible($(el, '.sources-list'))).to.equal(true);
    const items = $$(el, '.sources-list > li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'BLS OEWS May 2023, Colorado, May 2023 Wages are means for the state.',
      'A source with an unsafe link',
      '<b>Not markup</b>, 2025 Openings are national.',
    ]);
    expect($$(el, '.sources-list a').map((a) => (a as HTMLAnchorElement).href)).to.deep.equal(['https://www.bls.gov/oes/']);
    expect($(el, '.sources-list b')).to.equal(null);
    await expectAccessible(el);
  });

  it('keep the sample label in view outside the disclosure, and speak Spanish', async () => {
    const el = await sourcesOf(SOURCES.slice(0, 1), { sample: true, lang: 'es' });
    const sample = $(el, '[part="sample"]')!;
    expect(visible(sample)).to.equal(true);
    expect(sample.closest('details')).to.equal(null);
    expect(sample.textContent).to.equal('Cifras de ejemplo para demostración, no son datos publicados');
    expect($(el, 'summary')!.textContent!.trim()).to.equal('Fuentes (1)');
    await expectAccessible(el);
  });

  it('never draw their text under 11px, even when the element is set small', async () => {
    const el = await sourcesOf(SOURCES, { style: '--cp-font-size: 12px' });
    expect(parseFloat(getComputedStyle($(el, 'summary')!).fontSize)).to.equal(11);
  });

  it('print open, so the sources are on paper', async () => {
    const el = await sourcesOf(SOURCES);
    await emulateMedia({ media: 'print' });
    try {
      expect(visible($(el, '.sources-list'))).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('show only the sample label when there are no sources, and nothing when neither', async () => {
    const el = await sourcesOf([], { sample: true });
    expect($(el, '[part="sample"]')).to.exist;
    expect($(el, 'details')).to.equal(null);
    const none = await sourcesOf([]);
    expect($(none, '[part="sources"]')!.textContent!.trim()).to.equal('');
  });
});

describe('the shared element base, on figures without a source', () => {
  it('carries the warnings in cp-load and says each once in the console, however many elements show it', async () => {
    const doc = {
      ...(await loaded()),
      id: `no-sources-${Math.random()}`,
      source: [{ name: 'BLS Employment Projections', covers: ['growth', 'openings'] }],
    };
    const said: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void said.push(args);
    try {
      const holder = await fixture<HTMLDivElement>(html`<div><test-view></test-view><test-view></test-view></div>`);
      const [a, b] = [...holder.querySelectorAll<TestView>('test-view')];
      const events = [nextEvent<CustomEvent>(a!, 'cp-load'), nextEvent<CustomEvent>(b!, 'cp-load')];
      a!.data = doc;
      b!.data = structuredClone(doc);
      const [first, second] = await Promise.all(events);
      const wages = doc.nodes.findIndex((node) => node.wage);
      for (const { detail } of [first!, second!]) {
        expect(detail.warnings.map((w: { path: string }) => w.path)).to.deep.equal([`nodes[${wages}].wage`]);
        expect(detail.warnings[0].message).to.match(/no source covers "wage"/);
      }
      expect(said).to.have.length(1);
      expect(String(said[0]![0])).to.contain(`nodes[${wages}].wage: shows wages`);
      // The view still shows: a warning is not an error.
      expect(shadowText(a!)).to.contain('Nursing (test fixture)');
      expect(a!.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('has no warnings for a document whose sources cover its figures', async () => {
    const el = await fixture<TestView>(html`<test-view></test-view>`);
    const event = nextEvent<CustomEvent>(el, 'cp-load');
    el.data = await loaded();
    expect((await event).detail.warnings).to.deep.equal([]);
  });
});

describe("the catalogue's introduction snippet", () => {
  it('works when pasted: every element in it loads, and none shows an error', async () => {
    await import('../src/index.js');
    const mdx = await (await fetch('/stories/Introduction.mdx')).text();
    const snippet = /```html\n([\s\S]*?)```/.exec(mdx)![1]!;
    expect(snippet).to.contain('<cp-campaign-meter');
    // The page's script tag is this test's import; the documents are where the snippet's reader copies them.
    const markup = snippet.replace(/<script[^>]*><\/script>/, '').replaceAll('src="/data/', 'src="/data/colorado/');
    const holder = document.createElement('div');
    const errors: string[] = [];
    holder.addEventListener('cp-error', (event) => errors.push((event as CustomEvent).detail.message));
    const loads = new Set<EventTarget>();
    const all = new Promise<void>((resolve) =>
      holder.addEventListener('cp-load', (event) => {
        loads.add(event.target!);
        if (loads.size === holder.children.length) resolve();
      }),
    );
    holder.innerHTML = markup;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(holder);
    expect(holder.children.length).to.equal(4);
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 8000))]);
    expect(errors).to.deep.equal([]);
    expect(loads.size).to.equal(4);
    for (const el of holder.children) expect(el.shadowRoot!.querySelector('[role="alert"]'), el.localName).to.equal(null);
  });
});

describe('the shared element base: attribute issues and documents made from attributes', () => {
  it("shows an attribute's issue in the page's language, fires cp-error once in English, and withdraws it when fixed", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><test-hook-view></test-hook-view></div>`);
    const el = wrapper.querySelector('test-hook-view') as HookView;
    const ready = nextEvent(el, 'cp-load');
    el.data = await loaded();
    await ready;
    const errors: CustomEvent[] = [];
    el.addEventListener('cp-error', (event) => errors.push(event as CustomEvent));
    el.stage = 'senior';
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('stage').and.contain('"senior"');
    expect(alert.textContent, 'the alert speaks Spanish').to.not.contain('unknown');
    expect(el.shadowRoot!.querySelector('h2'), 'the last good view stays').to.exist;
    el.requestUpdate(); // a re-render with the same issue is not a new error
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.issues[0].path).to.equal('stage');
    expect(errors[0]!.detail.issues[0].message, 'the detail is English').to.equal(
      issue('stage', 'unknownValue', { value: '"senior"', values: 'entry, mid, advanced' }).message,
    );
    el.stage = (await loaded()).stages[0]!.id;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows a problem with the document before one with the attributes', async () => {
    const el = await fixture<HookView>(html`<test-hook-view stage="senior"></test-hook-view>`);
    const ready = nextEvent(el, 'cp-load');
    el.data = await loaded();
    await ready;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('stage');
    const failed = nextEvent<CustomEvent>(el, 'cp-error');
    el.data = { type: 'pathway' };
    expect((await failed).detail.issues[0].path).to.not.equal('stage');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.not.contain('"senior"');
  });

  it('shows and announces a document made from attributes, once for each new one', async () => {
    const el = document.createElement('test-hook-view') as HookView;
    el.heading = 'Made from attributes';
    const loads: PathwayDocument[] = [];
    el.addEventListener('cp-load', (event) => loads.push((event as CustomEvent).detail.document));
    const first = nextEvent(el, 'cp-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await first;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Made from attributes');
    el.stage = 'entry'; // another attribute, the same document: no new cp-load
    await el.updateComplete;
    el.heading = 'Made again';
    await el.updateComplete;
    await el.updateComplete;
    expect(loads.map((doc) => doc.title)).to.deep.equal(['Made from attributes', 'Made again']);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Made again');
  });
});
