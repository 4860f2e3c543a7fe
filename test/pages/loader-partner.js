// A partner's own custom element that renders a cp-* tag inside its open shadow root, where a document-level
// MutationObserver never looks (test/node/loader.test.mjs). Defined when the page says so, to test both
// orders: defined before the loader runs, and after.
class PartnerCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
  connectedCallback() {
    // After a microtask, as a Lit element renders.
    queueMicrotask(() => {
      const meter = document.createElement('cp-campaign-meter');
      meter.id = 'inside';
      meter.setAttribute('goal', '1000');
      meter.setAttribute('value', '250');
      meter.setAttribute('start', '2021-01-01');
      meter.setAttribute('deadline', '2030-12-31');
      meter.setAttribute('label', 'Inside a partner card');
      this.shadowRoot.append(meter);
    });
  }
}
window.definePartnerCard = () => customElements.get('partner-card') || customElements.define('partner-card', PartnerCard);
if (document.currentScript?.dataset.define === 'now') window.definePartnerCard();
