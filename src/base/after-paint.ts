import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs a task once the next frame has been painted: a task queued from a frame's animation callback runs
 * after that frame's rendering. At most one waits at a time; it is dropped when the host disconnects.
 * For work a reader should not wait for: what is on screen first, the rest (or a re-measure) after.
 */
export class AfterPaint implements ReactiveController {
  readonly #task: () => void;
  #frame = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, task: () => void) {
    this.#task = task;
    host.addController(this);
  }

  schedule(): void {
    if (this.#frame || this.#timer !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#task();
      });
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    this.#frame = 0;
    this.#timer = undefined;
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, so work after it does not lengthen the current one: a long piece of work cut
 * in two blocks input for neither half's whole length (issue 18, total blocking time). scheduler.yield()
 * where the browser has it (its continuation goes ahead of other queued work), else a zero timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
