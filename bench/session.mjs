// One browser, one static server, pages opened fresh when a measure needs a cold page; every page error
// or console error fails the measure it happened in.

export class Session {
  constructor(browser, base) {
    this.browser = browser;
    this.base = base;
    this.page = undefined;
    this.problems = [];
  }

  /**
   * Opens `path` (under the repository root) in a new page and waits for its `window.benchReady`.
   * `motion: false` emulates prefers-reduced-motion: reduce, for a page whose timing would otherwise end
   * when an animation designed to take 900 ms has finished rather than when the work is drawn.
   */
  async open(path, { viewport = { width: 1280, height: 900 }, motion = true } = {}) {
    await this.close();
    const context = await this.browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: motion ? 'no-preference' : 'reduce' });
    const page = await context.newPage();
    this.problems = [];
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
    await page.goto(`${this.base}/${path}`);
    await page
      .waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 })
      .catch((error) => {
        throw new Error(
          `${path} did not get ready${this.problems.length ? `: ${this.problems.join('; ')}` : ''} (${error.message.split('\n')[0]})`,
        );
      });
    this.page = page;
    return page;
  }

  /** Calls `window.bench[name](arg)` in the page, failing after `timeout` ms or on any page error. */
  async call(name, arg, { timeout = 60_000 } = {}) {
    let timer;
    const expired = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name} took longer than ${timeout / 1000} s`)), timeout);
    });
    try {
      const result = await Promise.race([this.page.evaluate(([n, a]) => window.bench[n](a), [name, arg]), expired]);
      this.check();
      return result;
    } finally {
      clearTimeout(timer);
    }
  }

  check() {
    if (this.problems.length) {
      const problems = this.problems.join('; ');
      this.problems = [];
      throw new Error(problems);
    }
  }

  async cdp() {
    return this.page.context().newCDPSession(this.page);
  }

  async close() {
    if (this.page) await this.page.context().close();
    this.page = undefined;
  }
}
