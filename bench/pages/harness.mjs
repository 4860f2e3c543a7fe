// In-page timing helpers shared by every benchmark page. Times are performance.now() milliseconds.
//
// "Painted" is the end of the frame that shows the change: a MessageChannel message posted from a
// requestAnimationFrame callback runs right after that frame's style, layout and paint (the "afterframe"
// technique). Double requestAnimationFrame would add a whole idle frame (16.7 ms at 60 Hz) to every figure.
//
// Work we control (a first render, a re-highlight) starts inside a requestAnimationFrame callback, so
// the frame that paints it follows at once and no time is spent waiting for vsync. A key press arrives
// whenever the browser delivers it; keys.mjs says how that wait is kept out of its figure.

/**
 * The first Intl formatter in a page loads locale data (tens of ms here) whoever asks for it, so every
 * page pays that before timing anything; platform.html measures it on its own. Pages call this before
 * they say they are ready.
 */
export function warmPlatform() {
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1);
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(0);
  new Intl.PluralRules('en-US').select(1);
}

/** Resolves with performance.now() right after the current frame has been rendered. */
function afterThisFrame() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
}

/** The next frame: when it starts (rAF) and when its rendering is done. */
export function nextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame((start) => {
      const raf = performance.now();
      afterThisFrame().then((after) => resolve({ start, raf, after }));
    });
  });
}

/** Runs `work` at the start of a frame; resolves with its result, t0 and the frame's end promise. */
export function atFrameStart(work) {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      performance.mark('bench-start'); // for bench/profile.mjs
      const t0 = performance.now();
      const painted = afterThisFrame();
      try {
        resolve({ t0, painted, result: work() });
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Counts mutations anywhere in `root` (a shadow root). */
export function watch(root) {
  const state = { count: 0 };
  const observer = new MutationObserver((records) => {
    state.count += records.length;
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  state.stop = () => observer.disconnect();
  return state;
}

/**
 * Waits until `el` has no update pending and a whole frame passes without a mutation in `watched`;
 * returns the end of the first frame painted after the last mutation (or `fallback` if none came).
 */
export async function settle(el, watched, fallback, { maxFrames = 240 } = {}) {
  let painted = fallback;
  for (let frames = 0; frames < maxFrames; frames++) {
    if (el.isUpdatePending) await el.updateComplete;
    const before = watched.count;
    const frame = await nextFrame();
    if (watched.count === before && !el.isUpdatePending) return painted;
    painted = frame.after;
  }
  throw new Error(`${el.localName} kept changing for ${maxFrames} frames`);
}

/** Resolves on cp-load; rejects with the element's message on cp-error. */
export function loaded(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('cp-load', () => resolve(), { once: true });
    el.addEventListener('cp-error', (event) => reject(new Error(`${el.localName} showed an error: ${event.detail.message}`)), {
      once: true,
    });
  });
}

/**
 * First render of a custom element: create it, give it its data, attach it, and time to the painted
 * frame after which it stops changing and `ready(el)` holds. That takes in the re-render the element's
 * size controller makes on the frame after the first (at its measured size) and anything else it draws
 * in later frames (the meter's page emulates reduced motion, so its count-up does not count as render
 * time). Returns { el, script, shown, painted } in ms: `script` ends when the first update (and cp-load)
 * is done; `shown` is the end of the first painted frame after which `ready(el)` held with no update
 * pending (a big map's view, before the margin it draws next; the same as `painted` for the others).
 */
export async function firstRender(container, make, ready, { waitFor = loaded, maxFrames = 600 } = {}) {
  container.replaceChildren();
  let done;
  let watched;
  const {
    t0,
    painted,
    result: el,
  } = await atFrameStart(() => {
    const el = make();
    done = waitFor(el);
    container.append(el);
    watched = watch(el.shadowRoot ?? el);
    return el;
  });
  await done;
  await el.updateComplete;
  const script = performance.now();
  let end = await painted;
  let shown = !el.isUpdatePending && ready(el) ? end : undefined;
  for (let frames = 0; ; frames++) {
    if (frames > maxFrames) throw new Error(`${el.localName} was still changing, or never looked ready, after ${maxFrames} frames`);
    if (el.isUpdatePending) await el.updateComplete;
    const before = watched.count;
    const frame = await nextFrame();
    if (watched.count !== before) end = frame.after;
    const looks = !el.isUpdatePending && ready(el);
    shown ??= looks ? frame.after : undefined;
    if (watched.count === before && looks) break;
  }
  watched.stop();
  performance.mark('bench-end');
  return { el, script: script - t0, shown: shown - t0, painted: end - t0 };
}

/** Plain DOM (a floor): time `build()` at the start of a frame to the painted frame. */
export async function plainRender(container, build) {
  container.replaceChildren();
  const { t0, painted } = await atFrameStart(() => container.append(build()));
  const script = performance.now();
  const end = await painted;
  performance.mark('bench-end');
  return { script: script - t0, painted: end - t0 };
}
