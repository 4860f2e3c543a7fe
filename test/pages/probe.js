// Loaded as the first (classic, external) script of every test page, before the embed: records what the
// test needs to see, however early it happens. The events bubble and are composed, so document-level
// listeners hear every element. Plain ES5-ish code on purpose: it must run before anything else loads.
(function () {
  var probe = { violations: [], errors: [], loaded: {}, failed: {}, selected: [] };
  window.__probe = probe;

  // Names the node a violation is about, and the element whose shadow root holds it.
  function where(node) {
    if (!node || !node.localName) return '';
    var name =
      node.localName +
      (node.id ? '#' + node.id : '') +
      (node.getAttribute('class') ? '.' + node.getAttribute('class').trim().split(/\s+/).join('.') : '');
    var root = node.getRootNode();
    return root && root.host ? where(root.host) + ' > ' + name : name;
  }

  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      probe.violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        element: where(event.composedPath()[0]),
        blocked: String(event.blockedURI || ''),
        source: String(event.sourceFile || '') + ':' + event.lineNumber,
        sample: String(event.sample || ''),
      });
    },
    true,
  );

  window.addEventListener(
    'error',
    function (event) {
      probe.errors.push(String(event.message || (event.error && event.error.message) || event.type));
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    probe.errors.push('unhandled rejection: ' + String((event.reason && event.reason.message) || event.reason));
  });

  function idOf(event) {
    // At the document, the target is retargeted to the element's host, whatever inside it dispatched.
    var target = event.target;
    return (target && target.id) || (target && target.localName) || '?';
  }
  document.addEventListener(
    'cp-load',
    function (event) {
      probe.loaded[idOf(event)] = (probe.loaded[idOf(event)] || 0) + 1;
    },
    true,
  );
  document.addEventListener(
    'cp-error',
    function (event) {
      probe.failed[idOf(event)] = event.detail && event.detail.message;
    },
    true,
  );
  document.addEventListener(
    'cp-select',
    function (event) {
      var detail = event.detail || {};
      probe.selected.push({ element: idOf(event), id: detail.id, kind: detail.kind, item: detail.item });
    },
    true,
  );
})();
