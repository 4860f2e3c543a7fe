/**
 * Which part of a big map is drawn (layout/window.ts has the pure maths): the area in view plus a margin,
 * and the steps that must stay drawn out of it (the Tab stop, the selection, the highlighted and the
 * focused step, so focus is never lost while it moves). A new map draws only what shows first ("bare");
 * the next update, once that is painted or on a pan, adds the margin. It keeps what was drawn, so an
 * update that moves nothing draws nothing new.
 */
import type { Layout } from '../layout/layout.js';
import type { Size, View } from '../layout/viewport.js';
import { areaFor, areaKey, meets, seenArea, shownIn, type Area, type Shown } from '../layout/window.js';

export class DrawnWindow {
  /** What to draw: undefined for all of it. */
  shown: Shown | undefined;
  /** Whether only what shows is drawn, the margin still to come. */
  bare = false;
  #area: Area | undefined;
  #key = 'all';
  #for: unknown;

  /** The drawing for `view` of `layout` (all of it unless `culled`), for the map `owner`, keeping `keep`. */
  update(layout: Layout, view: View, box: Size, culled: boolean, owner: unknown, keep: readonly (number | undefined)[]): Shown | undefined {
    const first = this.#for !== owner;
    const area = culled ? (first ? seenArea(view, box) : areaFor(view, box, this.bare ? undefined : this.#area)) : undefined;
    this.#area = area;
    this.bare = culled && first;
    const kept = area ? keep.filter((i): i is number => i !== undefined && i >= 0 && !meets(layout.nodes[i]!, area)) : [];
    const key = `${areaKey(area)}|${kept.join()}`;
    if (key !== this.#key || first) {
      [this.#key, this.#for] = [key, owner];
      this.shown = area ? shownIn(layout, area, kept) : undefined;
    }
    return this.shown;
  }

  /** Whether `view` has moved out of what is drawn (then the map draws again). */
  outgrown(view: View, box: Size): boolean {
    return areaFor(view, box, this.#area) !== this.#area;
  }
}
