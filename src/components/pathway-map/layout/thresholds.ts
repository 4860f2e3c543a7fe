/**
 * The size at which a map changes how it is laid out and drawn, in a module of its own: the layout (one
 * column per stage below it), the drawing window (only the view drawn at or above it) and the model and
 * derive steps all read it, and the window also reads the layout's types, so it cannot live in either.
 */

/** Maps with fewer steps are always drawn whole, at scale 1, one column per stage. */
export const CULL_AT = 150;
