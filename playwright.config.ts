import { defineConfig } from '@playwright/test';

const port = Number(process.env.FC_TEST_PORT ?? 4517);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { baseURL: `http://127.0.0.1:${port}`, screenshot: 'only-on-failure', trace: 'retain-on-failure' },
  webServer: {
    command: 'npx tsx tests/e2e/serve.ts',
    url: `http://127.0.0.1:${port}/news/labour-cyber-attack.html`,
    reuseExistingServer: !process.env.CI,
    env: { FC_TEST_PORT: String(port) },
  },
});
