import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Action tests start real Python scoring processes; two cores cannot run many at once.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // GitHub's workflow parser imports JSON without import attributes; let vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
