// Browser tests in Debian's headless Chromium (no test tool downloads a browser here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';
import { chromiumPath } from './scripts/chromium.mjs';
import { testRoutes } from './test/server/index.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: testRoutes,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
