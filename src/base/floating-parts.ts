// The parts of @floating-ui/dom the elements use, and the popovers' placing made of them, as one module to
// import on first use (floating.ts): a dynamic import of the package itself would keep all of it.
export { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
export { placeBeside } from './placement.js';
