/**
 * SVG path text for a polyline: `M x,y L x,y …`, starting a new segment after a missing point. This is
 * what d3-shape's `line()` gives for straight segments, but d3-shape's published bundle does not
 * tree-shake (its curve factories come along: about 4 KB gzip), for one line of string building.
 */
export function polyline(points: readonly (readonly [number, number] | undefined)[], digits = 1): string {
  const scale = 10 ** digits;
  const round = (n: number) => Math.round(n * scale) / scale;
  let text = '';
  let open = false;
  for (const point of points) {
    if (!point) {
      open = false;
      continue;
    }
    text += `${open ? 'L' : 'M'}${round(point[0])},${round(point[1])}`;
    open = true;
  }
  return text;
}
