/**
 * The route finder on first use (issue 18): its pickers, the route search and the route totals are a chunk
 * of their own (view/finder.ts), fetched when a reader first opens the finder, or at once when `from`/`to`
 * or a link ask for a route. Most readers look at the map and never open it. The import is shared by every
 * map on the page, and once here it is used at once by maps made later. A failed fetch is forgotten, so the
 * next open tries again; until then the disclosure says it could not be loaded. Its styles come with it:
 * they join the element class's (for maps made later) and this map's shadow root as it is first used here.
 */
import type { ReactiveControllerHost } from 'lit';
import { lazy, OnDemand } from '../../../base/lazy.js';
import { adoptLate } from './late-styles.js';

export type Finder = typeof import('../view/finder.js');

const code = lazy(() => import('../view/finder.js'));

/** Fetches the finder now: a server render of a map asked for a route shows the routes found. */
export const preloadFinder = (): Promise<void> => code.load().then(() => undefined);

export class FinderLoader extends OnDemand<Finder> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, code, 'the route finder');
  }

  /** The finder's module, once fetched (on this page, by any map), its styles then in this map's shadow root. */
  override get module(): Finder | undefined {
    const loaded = super.module;
    if (loaded) adoptLate(this.host, loaded.finderStyles);
    return loaded;
  }
}
