import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // SB_STORIES narrows the catalog to one file while working on one element.
  stories: process.env.SB_STORIES ? [process.env.SB_STORIES] : ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The bundled Colorado documents and the test fixtures, served beside the stories.
  staticDirs: [
    { from: '../data', to: '/data' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true },
};

export default config;
