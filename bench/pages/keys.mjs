// Measures one real key press (sent by the runner with page.keyboard) to the updated DOM and the frame
// that paints it. arm() before the press, result() after it.
//
// t0 is taken by a capturing keydown listener on window: the first script to see the key.
// `script` ends when the update the key caused has reached the DOM (the MutationObserver callback after
// the first change, plus any update still pending). `painted` adds the rendering of the frame that shows
// it, but not the idle wait for that frame to begin (0 to 16.7 ms at 60 Hz, depending only on when the key
// arrived): a key press is not aligned to frames, and that wait is the same for any code.
// `wall` keeps the time including that wait.
import { nextFrame } from './harness.mjs';

let armed;

/** `root` is where the visible result changes (a shadow root, a tbody); `el` a Lit element or null. */
export function arm(root, el) {
  const state = { t0: 0, first: 0, count: 0 };
  window.addEventListener(
    'keydown',
    () => {
      state.t0 = performance.now();
      performance.mark('bench-start'); // for bench/profile.mjs
    },
    { capture: true, once: true },
  );
  const observer = new MutationObserver((records) => {
    state.count += records.length;
    if (!state.first) state.first = performance.now();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  armed = { state, observer, el };
}

export async function result({ timeout = 10_000 } = {}) {
  const { state, observer, el } = armed;
  const deadline = performance.now() + timeout;
  while (!state.count) {
    if (performance.now() > deadline) throw new Error('the key press changed nothing on screen');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  let done = state.first;
  if (el?.isUpdatePending) {
    await el.updateComplete;
    done = performance.now();
  }
  const frame = await nextFrame();
  performance.mark('bench-end');
  observer.disconnect();
  const script = done - state.t0;
  // If the change was still going on when the frame began, there was no idle wait to leave out.
  const painted = frame.raf > done ? script + (frame.after - frame.raf) : frame.after - state.t0;
  return { script, painted, wall: frame.after - state.t0, mutations: state.count };
}
