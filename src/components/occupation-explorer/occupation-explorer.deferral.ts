/**
 * A large new document is derived and drawn one task after it is validated, so a page's first view is two
 * tasks, not one long one that blocks input (issue 18; measured in the commit that added it).
 */
import type { ReactiveControllerHost } from 'lit';
import type { OccupationsDocument } from '../../schema/types.js';

/** Rows from which a new document's first view waits a task (the bundled catalogue has 867). */
export const LARGE = 300;

export class Deferral {
  #pending: { doc: OccupationsDocument; ready: boolean } | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Whether a document is waiting for its task. */
  get pending(): boolean {
    return this.#pending !== undefined;
  }

  /** Whether this update should wait for a later task before deriving `doc`; `now` when it must not (a
   * server, or the first render of a server's markup, which must be the server's). */
  wait(doc: OccupationsDocument, now: boolean): boolean {
    if (this.#pending?.doc === doc) {
      if (!this.#pending.ready) return true;
      this.#pending = undefined;
      return false;
    }
    if (now || doc.occupations.length < LARGE) return false;
    const pending: { doc: OccupationsDocument; ready: boolean } = (this.#pending = { doc, ready: false });
    setTimeout(() => {
      pending.ready = true;
      this.#host.requestUpdate();
    });
    return true;
  }
}
