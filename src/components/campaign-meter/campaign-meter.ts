import { define } from '../../base/define.js';
import { CampaignMeter } from './campaign-meter.component.js';

export { CampaignMeter };

define('cp-campaign-meter', CampaignMeter);

declare global {
  interface HTMLElementTagNameMap {
    'cp-campaign-meter': CampaignMeter;
  }
}
