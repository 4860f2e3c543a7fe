// Loaded first (a classic script) by the phone pages: records when what the page is for has been painted.
// `data-wait` names the elements (CSS selectors) that must show their content; each frame it checks them, and
// once all are there it takes the end of that frame (a message posted from requestAnimationFrame runs right
// after the frame is rendered) as `window.__painted`, in ms since navigation start.
(function () {
  var wait = (document.currentScript.getAttribute('data-wait') || '').split(',').filter(Boolean);
  function ready(selector) {
    var el = document.querySelector(selector);
    if (!el) return false;
    // An element: its shadow root holds its view (no placeholder, no error); static text: it is there.
    var root = el.shadowRoot || el;
    if (el.shadowRoot && (el.getAttribute('aria-busy') === 'true' || el.shadowRoot.querySelector('[part="placeholder"], [role="alert"]')))
      return false;
    return (root.textContent || '').trim().length > 20;
  }
  var channel = new MessageChannel();
  channel.port1.onmessage = function () {
    window.__painted = performance.now();
  };
  function frame() {
    if (wait.every(ready)) channel.port2.postMessage(0);
    else requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
