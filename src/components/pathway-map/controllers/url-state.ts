/**
 * The map's state in the URL fragment, so a link opens the same view: `#it.node=cna&it.from=a&it.to=b`,
 * and `&it.route=2` when the reader chose to see a route other than the first.
 * Keys carry a namespace (the element's id, else the pathway's) so two maps on one page keep apart, and
 * whatever else the fragment holds (an anchor, another map's keys) is kept as it was.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface MapState {
  readonly node?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** The route shown, counting from 1 ("2"); absent for the first. */
  readonly route?: string | undefined;
}

const KEYS = ['node', 'from', 'to', 'route'] as const;

function parts(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** The state stored under `ns` in a fragment such as `location.hash`. */
export function readHash(hash: string, ns: string): MapState {
  const state: Record<string, string> = {};
  for (const part of parts(hash)) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = safeDecode(part.slice(0, at));
    const name = KEYS.find((k) => key === `${ns}.${k}`);
    if (name) state[name] = safeDecode(part.slice(at + 1));
  }
  return state;
}

/** `hash` with the state under `ns` replaced by `state` (empty values dropped); other parts kept in order. */
export function writeHash(hash: string, ns: string, state: MapState): string {
  const mine = (part: string) => KEYS.some((k) => safeDecode(part.split('=')[0]!) === `${ns}.${k}`);
  const kept = parts(hash).filter((part) => !mine(part));
  const added = KEYS.filter((k) => state[k]).map((k) => `${encodeURIComponent(`${ns}.${k}`)}=${encodeURIComponent(state[k]!)}`);
  const all = [...kept, ...added];
  return all.length ? `#${all.join('&')}` : '';
}

/** What a state read from the URL changes in a map (`has`: whether an id names one of its steps). */
export interface UrlChoice {
  selected?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The route to show, counting from 0; applied once the routes are found. */
  route?: number;
}

/**
 * Ids that name steps are taken, the rest ignored; "2" shows the second route, anything else the first.
 * When `mirror` (the fragment changed), every key is taken, so a key gone from the URL clears its choice.
 */
export function choiceFromUrl(state: MapState, mirror: boolean, has: (id: string) => boolean): UrlChoice {
  const known = (id: string | undefined) => (id !== undefined && has(id) ? id : undefined);
  const choice: UrlChoice = {};
  if (mirror || known(state.node)) choice.selected = known(state.node);
  if (mirror || known(state.from)) choice.from = known(state.from);
  if (mirror || known(state.to)) choice.to = known(state.to);
  const route = Number(state.route) - 1;
  if (mirror || route > 0) choice.route = Number.isInteger(route) && route > 0 ? route : 0;
  return choice;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface UrlStateOptions {
  enabled: () => boolean;
  namespace: () => string;
  /** Takes a state read from the URL; `mirror` means absent keys clear (a changed fragment). */
  apply: (state: MapState, mirror: boolean) => void;
}

/** Keeps a map's state in the URL fragment when `enabled()`, and hands it back on `hashchange`. */
export class UrlStateController implements ReactiveController {
  readonly #options: UrlStateOptions;

  constructor(host: ReactiveControllerHost, options: UrlStateOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#changed);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#changed);
  }

  /** Reads the state from the fragment (on load: keys absent from it leave the element as it is). */
  read(mirror = false): void {
    this.#options.apply(readHash(location.hash, this.#options.namespace()), mirror);
  }

  /** Writes the state into the fragment without adding a history entry. */
  write(state: MapState): void {
    const hash = writeHash(location.hash, this.#options.namespace(), state);
    if (hash !== location.hash) history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
  }

  readonly #changed = (): void => {
    if (this.#options.enabled()) this.read(true);
  };
}
