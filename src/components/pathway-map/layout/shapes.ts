/**
 * Outlines for node cards and the small glyphs that bullet their figure line. Each kind has its own shape, so
 * kinds are told apart by shape and glyph as well as colour (and still in forced colours or greyscale
 * print): a rounded card for an occupation, a card with a clipped corner (a certificate's fold) for a
 * credential, square corners for a course, cut corners for experience, pointed ends for a milestone.
 */
import type { NodeKind } from '../../../schema/types.js';

const polygon = (points: readonly (readonly [number, number])[]) => `M${points.map((p) => p.join(',')).join('L')}Z`;

function rounded(w: number, h: number, r: number): string {
  return `M${r},0H${w - r}A${r},${r} 0 0 1 ${w},${r}V${h - r}A${r},${r} 0 0 1 ${w - r},${h}H${r}A${r},${r} 0 0 1 0,${h - r}V${r}A${r},${r} 0 0 1 ${r},0Z`;
}

/** The card outline of a node of `kind`, `w` by `h`, from its top-left corner. */
export function cardPath(kind: NodeKind, w: number, h: number): string {
  switch (kind) {
    case 'occupation':
      return rounded(w, h, 12);
    case 'credential':
      return polygon([
        [0, 0],
        [w - 14, 0],
        [w, 14],
        [w, h],
        [0, h],
      ]);
    case 'course':
      return polygon([
        [0, 0],
        [w, 0],
        [w, h],
        [0, h],
      ]);
    case 'experience':
      return polygon([
        [8, 0],
        [w - 8, 0],
        [w, 8],
        [w, h - 8],
        [w - 8, h],
        [8, h],
        [0, h - 8],
        [0, 8],
      ]);
    case 'milestone':
      return polygon([
        [10, 0],
        [w - 10, 0],
        [w, h / 2],
        [w - 10, h],
        [10, h],
        [0, h / 2],
      ]);
    default:
      return rounded(w, h, 3);
  }
}

/** A glyph `s` wide for a card's figure line and the legend, from its top-left corner: circle, diamond, square, triangle… */
export function glyphPath(kind: NodeKind, s: number): string {
  const m = s / 2;
  switch (kind) {
    case 'occupation':
      return `M0,${m}A${m},${m} 0 1 1 ${s},${m}A${m},${m} 0 1 1 0,${m}Z`;
    case 'credential':
      return polygon([
        [m, 0],
        [s, m],
        [m, s],
        [0, m],
      ]);
    case 'course':
      return polygon([
        [0, 0],
        [s, 0],
        [s, s],
        [0, s],
      ]);
    case 'experience':
      return polygon([
        [m, 0],
        [s, s],
        [0, s],
      ]);
    case 'milestone':
      return polygon([
        [0, 0],
        [s, m],
        [0, s],
      ]);
    case 'assessment':
      return polygon([
        [0, m],
        [m, s],
        [s, 0],
        [s, 3],
        [m, s + 1],
        [0, m + 3],
      ]);
    default:
      return polygon([
        [m, 0],
        [s, s / 4],
        [s, (3 * s) / 4],
        [m, s],
        [0, (3 * s) / 4],
        [0, s / 4],
      ]);
  }
}
