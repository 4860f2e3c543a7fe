import { expect } from './helpers/testing.js';
import { safeUrl } from '../src/lib/safe-url.js';

describe('safeUrl', () => {
  it('keeps http, https and relative links', () => {
    for (const url of [
      'https://example.org/a?b#c',
      'http://example.org',
      '/path',
      'page.html',
      '../up',
      '#frag',
      '//cdn.example.org/x',
      'HTTPS://EXAMPLE.ORG',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('drops script, data and other schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:x',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
      'mailto:a@b.c',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('drops what is not a string or is empty', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
  });
});
