import { define } from '../../base/define.js';
import { OccupationExplorer } from './occupation-explorer.component.js';

export { OccupationExplorer };

define('cp-occupation-explorer', OccupationExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'cp-occupation-explorer': OccupationExplorer;
  }
}
