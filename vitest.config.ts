import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/ext/**/*.test.{ts,tsx}', 'tests/cli/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
