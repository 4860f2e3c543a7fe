/**
 * Keeps a link from data only when it is http, https or relative; drops `javascript:`, `data:` and every
 * other scheme. Lit escapes text but does not police URLs in attribute bindings, so every `href` built
 * from data goes through here.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  // Browsers ignore tabs and newlines anywhere in a URL and leading controls and spaces, so
  // "java\nscript:" and " javascript:" are still scripts: normalise the same way before looking.
  // eslint-disable-next-line no-control-regex -- the leading C0 controls browsers skip are what this removes
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (!normalised) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalised);
  if (scheme && !/^https?$/i.test(scheme[1]!)) return undefined;
  return normalised;
}
