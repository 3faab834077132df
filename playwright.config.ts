import { defineConfig } from '@playwright/test';

/*
 * Browser tests run against the built extension in dist/ (npm test builds it first):
 * component tests open the panel as a tab with a fake chrome.devtools; devtools tests use real DevTools.
 */
export default defineConfig({
  testDir: 'tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  projects: [
    { name: 'component', testDir: 'tests/component' },
    { name: 'devtools', testDir: 'tests/e2e' },
    // The in-page plugin in vConsole and eruda (dist-webview/), phone emulation.
    { name: 'webview', testDir: 'tests/webview' },
  ],
});
