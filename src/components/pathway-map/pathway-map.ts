import { define } from '../../base/define.js';
import { PathwayMap } from './pathway-map.component.js';

export { PathwayMap };

define('cp-pathway-map', PathwayMap);

declare global {
  interface HTMLElementTagNameMap {
    'cp-pathway-map': PathwayMap;
  }
}
