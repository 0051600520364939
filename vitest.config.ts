import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // pdf.js's CMaps, imported as data by renderer/workers/invoice-cmaps.ts (as in the app's build).
        assetsInclude: ['**/*.bcmap'],
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/db/**/*.test.ts',
            'tests/renderer/**/*.test.ts',
            'tests/hostile/**/*.test.ts',
          ],
          environment: 'node',
          // CI shares 2 cores: ESLint's start-up and the mutant sweeps took over vitest's 5 s default under load.
          testTimeout: 30_000,
          // vitest takes cores − 1 workers: one on a 2-core machine. Many files wait on child processes (CLI,
          // LibreOffice, the hostile corpus), so two at a time finish sooner.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/electron/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // Two files at a time: each has its own browser and profile; tests wait for states, not time.
          maxWorkers: 2,
          // A test waits for states; this cap only ends a hang. Under load a long import test took 52 of 60 s.
          testTimeout: 180_000,
          // expect.poll waits for a state; vitest's 1 s default failed under load (a search that had not yet
          // narrowed the drafts list). A poll still ends as soon as the state is reached.
          expect: { poll: { timeout: 30_000 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
