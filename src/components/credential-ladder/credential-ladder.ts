import { define } from '../../base/define.js';
import { CredentialLadder } from './credential-ladder.component.js';

export { CredentialLadder };

define('cp-credential-ladder', CredentialLadder);

declare global {
  interface HTMLElementTagNameMap {
    'cp-credential-ladder': CredentialLadder;
  }
}
