import type { ReactiveControllerHost } from 'lit';

/**
 * The code each element is fetching on a reader's demand (see OnDemand in lazy.ts), so that the base's
 * updateComplete can wait for it: after `await el.updateComplete` the element shows what was asked for.
 * A module of its own so the base carries this registry and not the fetching.
 */
const underWay = new WeakMap<ReactiveControllerHost, Set<Promise<void>>>();

/** Notes that `host` is fetching code until `pending` settles. */
export function fetching(host: ReactiveControllerHost, pending: Promise<void>): void {
  let waiting = underWay.get(host);
  if (!waiting) underWay.set(host, (waiting = new Set()));
  waiting.add(pending);
  void pending.finally(() => waiting.delete(pending));
}

/** Settles once the code `host` is fetching has come (or failed); undefined when none is. */
export function codeUnderWay(host: ReactiveControllerHost): Promise<unknown> | undefined {
  const waiting = underWay.get(host);
  return waiting?.size ? Promise.all(waiting) : undefined;
}
