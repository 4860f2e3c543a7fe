/**
 * Polling against a real local route (test/server/campaign-meter.mjs): conditional requests and 304s, one
 * request in flight, a document on another origin whose host answers simple CORS only (test/server/cross-origin.mjs), backoff with a stale mark, pause while hidden, stop on disconnect. A test subclass
 * lowers the 30-second floor and fixes the jitter (the element's documented test hooks).
 */
import { expect, fixture, html } from './helpers/testing.js';
import { CampaignMeter } from '../src/components/campaign-meter/campaign-meter.component.js';
import { define } from '../src/base/define.js';
import '../src/components/campaign-meter/campaign-meter.js';
import { litWarnings, nextEvent, shadowText } from './helpers/index.js';

class TestMeter extends CampaignMeter {
  static override pollFloor = 0.05;
  static override random: () => number = () => 0;
}
define('test-campaign-meter', TestMeter);

interface Entry {
  at: number;
  status: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}
interface State {
  points: number;
  fail: boolean;
  maxActive: number;
  log: Entry[];
}

let n = 0;
const newKey = () => `t${Date.now()}-${n++}`;
const route = (key: string) => `/__test__/campaign-meter/doc?key=${key}`;
const set = (key: string, query: string) => fetch(`/__test__/campaign-meter/set?key=${key}&${query}`);
const state = async (key: string): Promise<State> => (await fetch(`/__test__/campaign-meter/log?key=${key}`)).json();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `check` passes (a busy machine makes timings loose; the order of events is what is tested). */
async function until(check: () => boolean | Promise<boolean>, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms: ${check}`);
    await wait(50);
  }
}
const valueNow = (el: Element) => el.shadowRoot!.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');

async function meter(key: string, poll = 0.05): Promise<TestMeter> {
  const el = await fixture<TestMeter>(html`<test-campaign-meter poll=${poll} as-of="2025-12-31"></test-campaign-meter>`);
  const loaded = nextEvent(el, 'cp-load');
  el.src = route(key);
  await loaded;
  return el;
}

describe('cp-campaign-meter polling', () => {
  afterEach(() => {
    TestMeter.random = () => 0;
  });

  it('revalidates with If-None-Match, keeps the figures on 304, and fires cp-load once', async () => {
    const key = newKey();
    const el = await meter(key);
    let loads = 0;
    el.addEventListener('cp-load', () => loads++);
    await wait(1000);
    const { log } = await state(key);
    expect(log.length).to.be.at.least(3);
    expect(log[0]!.status).to.equal(200);
    // Each poll revalidates the browser's copy: the browser, not the element, sends the validator.
    expect(log.slice(1).every((entry) => entry.status === 304)).to.equal(true);
    expect(log.slice(2).every((entry) => entry.ifNoneMatch === '"points-4"')).to.equal(true);
    expect(loads).to.equal(0);
    expect(valueNow(el)).to.equal('455000');
    expect(litWarnings).to.deep.equal([]);
  });

  it('takes a new version, announces it politely, and fires cp-load', async () => {
    const key = newKey();
    await set(key, 'points=3');
    const el = await meter(key);
    expect(valueNow(el)).to.equal('340000');
    const loaded = nextEvent<CustomEvent>(el, 'cp-load');
    await set(key, 'points=4');
    const { detail } = await loaded;
    expect(detail.document.progress).to.have.length(4);
    await el.updateComplete;
    expect(valueNow(el)).to.equal('455000');
    expect(el.shadowRoot!.querySelector('.sr-only[role="status"]:last-child')!.textContent).to.equal(
      'Updated: 455,000 of 1,000,000 credentials, 46 percent, on pace',
    );
  });

  it('polls a document on another origin without a preflight, revalidating it and taking a new version', async () => {
    const { origin } = await (await fetch('/__test__/cross-origin/start')).json();
    expect(new URL(origin).origin).not.to.equal(location.origin);
    const key = newKey();
    const log = async () =>
      (await (await fetch(`/__test__/cross-origin/log?key=${key}`)).json()).log as {
        method: string;
        status: number;
        ifNoneMatch: string | null;
      }[];
    const el = await fixture<TestMeter>(html`<test-campaign-meter poll="0.05" as-of="2025-12-31"></test-campaign-meter>`);
    let loaded = nextEvent<CustomEvent>(el, 'cp-load');
    el.src = `${origin}/campaign?key=${key}`;
    await loaded;
    await until(async () => (await log()).length >= 3);
    // The host does not answer preflights: one would show here as an OPTIONS, and the poll would fail.
    expect((await log()).map((entry) => entry.method)).not.to.include('OPTIONS');
    // An unchanged document is revalidated and not re-sent.
    const unchanged = (await log()).slice(1);
    expect(
      unchanged.every((entry) => entry.status === 304 && entry.ifNoneMatch === '"points-4"'),
      JSON.stringify(unchanged),
    ).to.equal(true);

    loaded = nextEvent<CustomEvent>(el, 'cp-load');
    await fetch(`/__test__/cross-origin/set?key=${key}&points=3`);
    const { detail } = await loaded;
    expect(detail.document.progress).to.have.length(3);
    await el.updateComplete;
    expect(valueNow(el)).to.equal('340000');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    expect((await log()).map((entry) => entry.method)).not.to.include('OPTIONS');
    el.remove();
  });

  it('uses If-Modified-Since when the host sends Last-Modified only', async () => {
    const key = newKey();
    await set(key, 'validator=date');
    await meter(key);
    await until(async () => (await state(key)).log.length >= 3);
    const { log } = await state(key);
    expect(log.slice(1).every((entry) => entry.status === 304)).to.equal(true);
    expect(log.at(-1)!.ifModifiedSince).to.equal('Wed, 01 Jan 2025 00:04:00 GMT');
  });

  it('never has more than one request in flight, even when the host is slower than the interval', async () => {
    const key = newKey();
    await set(key, 'ms=150');
    await meter(key);
    await wait(1000);
    const { log, maxActive } = await state(key);
    expect(log.length).to.be.at.least(3);
    expect(maxActive).to.equal(1);
  });

  it('backs off on failures, keeps the last figures with a quiet stale mark, and recovers', async () => {
    TestMeter.random = () => 1; // the top of each jitter window: 0.1 s, 0.2 s, 0.4 s, 0.8 s…
    const key = newKey();
    const el = await meter(key);
    await set(key, 'fail=1');
    await wait(2500);
    const failed = (await state(key)).log.filter((entry) => entry.status === 500);
    // At a steady 50 ms there would be about 50 requests; backing off there are a handful. Timers never
    // fire early, so each gap is at least its window (a busy machine can only make gaps longer).
    expect(failed.length).to.be.within(3, 6);
    const gaps = failed.slice(1).map((entry, i) => entry.at - failed[i]!.at);
    gaps.forEach((gap, i) => expect(gap, `gaps ${gaps.join(', ')}`).to.be.at.least([100, 200, 400, 800, 1600][i]! - 15));

    await el.updateComplete;
    expect(valueNow(el)).to.equal('455000');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.match(/^Not updated since \d/);

    await set(key, 'fail=0');
    await until(() => el.shadowRoot!.querySelector('[part="stale"]') === null);
    expect(shadowText(el)).to.contain('455,000');
  });

  it('pauses while the page is hidden and catches up once when it is shown', async () => {
    const key = newKey();
    const el = await meter(key);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    try {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      await wait(150);
      const before = (await state(key)).log.length;
      await wait(500);
      expect((await state(key)).log.length, 'requests while hidden').to.be.at.most(before + 1);
      const hidden = (await state(key)).log.length;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
      await until(async () => (await state(key)).log.length > hidden, 2000);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(visibility);
    }
    el.remove();
  });

  it('stops when disconnected and starts again when connected', async () => {
    const key = newKey();
    const el = await meter(key);
    const parent = el.parentElement!;
    el.remove();
    await wait(100);
    const removed = (await state(key)).log.length;
    await wait(400);
    expect((await state(key)).log.length).to.equal(removed);
    parent.append(el);
    await wait(1000);
    expect((await state(key)).log.length).to.be.at.least(removed + 2);
  });

  it('holds the real element to one poll every 30 seconds at most', async () => {
    const key = newKey();
    const el = await fixture<CampaignMeter>(html`<cp-campaign-meter poll="1"></cp-campaign-meter>`);
    const loaded = nextEvent(el, 'cp-load');
    el.src = route(key);
    await loaded;
    await wait(1500);
    expect((await state(key)).log.length).to.equal(1);
  });
});
