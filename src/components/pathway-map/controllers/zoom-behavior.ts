/**
 * d3-zoom on the map's <svg>: loaded on the reader's first pan or zoom gesture (controllers/zoom.ts), not
 * with the map: with d3-transition and d3-selection it is about a sixth of the map's code, and many
 * readers never pan. The transform goes onto one <g> as an attribute, so panning never re-renders.
 */
import { select } from 'd3-selection';
// d3-zoom loads d3-transition, which adds interrupt() and transition() to selections; this brings in
// the types of those additions only.
import type {} from 'd3-transition';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { MAX_SCALE, MIN_SCALE, type Size, type View } from '../layout/viewport.js';

export interface Behavior {
  /** The current view. */
  view(): View;
  set(view: View): void;
  /** Zooms by `factor` about the centre, over `duration` ms (0: at once). */
  by(factor: number, duration: number): void;
  translateBy(dx: number, dy: number): void;
  /** The map's size, for the pan limits. */
  content(size: Size): void;
  detach(): void;
}

/** Starts d3-zoom on `svg` at `view`, in a box `box()` big, telling `onZoom` of every move. */
export function behave(svg: SVGSVGElement, view: View, box: () => Size, onZoom: (view: View) => void): Behavior {
  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_SCALE, MAX_SCALE])
    // The box's size as the host knows it. d3's default reads the <svg>'s size, which forces a layout
    // of the whole map (costly at a thousand steps) and throws while the element is not rendered.
    .extent(() => [
      [0, 0],
      [box().width, box().height],
    ])
    .clickDistance(4)
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
      return !(event as MouseEvent).button;
    })
    .on('zoom', ({ transform }) => onZoom({ x: transform.x, y: transform.y, k: transform.k }));
  // Where the view already is, without a zoom event: nothing moved.
  (svg as SVGSVGElement & { __zoom: unknown }).__zoom = zoomIdentity.translate(view.x, view.y).scale(view.k);
  select(svg).call(behavior).on('dblclick.zoom', null);
  return {
    view: () => zoomTransform(svg),
    set: (to) => void select(svg).interrupt().call(behavior.transform, zoomIdentity.translate(to.x, to.y).scale(to.k)),
    by: (factor, duration) =>
      void (duration
        ? select(svg).transition().duration(duration).call(behavior.scaleBy, factor)
        : select(svg).call(behavior.scaleBy, factor)),
    translateBy: (dx, dy) => void select(svg).interrupt().call(behavior.translateBy, dx, dy),
    content: (size) => {
      const m = 48;
      behavior.translateExtent([
        [-m, -m],
        [size.width + m, size.height + m],
      ]);
    },
    detach: () => void select(svg).interrupt().on('.zoom', null),
  };
}
