import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Most of a test's time is spent waiting on the processes it starts (actions, Python, Azurite),
    // so a few more files than cores run at once.
    maxWorkers: 3,
    // Generous limits: they catch a hang, not slowness (a loaded 2-core machine is slow, not broken).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // GitHub's workflow parser imports JSON without import attributes; let vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
