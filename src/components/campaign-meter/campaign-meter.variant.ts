/** The meter's variants, in a module of their own: the words (describe) and the views both name them. */
export type Variant = 'banner' | 'compact' | 'full';

export const VARIANTS: readonly Variant[] = ['banner', 'compact', 'full'];
