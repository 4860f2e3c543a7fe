import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story must pass axe: the a11y panel reports violations as errors, and
    // scripts/test-stories.mjs runs axe on every story of the built catalog in `npm test`.
    a11y: { test: 'error' },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Documents', 'Elements'] } },
  },
  tags: ['autodocs'],
};

export default preview;
