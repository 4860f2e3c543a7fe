/**
 * @floating-ui/dom on first use: a popover or a menu is placed only once someone opens it, and most visits
 * open none, so its 6.6 KB (gzip) are fetched then rather than with every element (issue 18). The import
 * is shared: the first open of any popover on the page fetches it for all.
 */
import { lazy } from './lazy.js';

const code = lazy(() => import('./floating-parts.js'));

export const floatingUi = code.load;
