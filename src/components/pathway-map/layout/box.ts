/** A rectangle in map coordinates: a card, a stage band, an edge's extent. Its own module because the
 * layout and the edge router both use it, and each importing it from the other made an import loop. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
