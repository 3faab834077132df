import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests that start the command line as a process share two cores with everything else.
    testTimeout: 20_000,
  },
});
