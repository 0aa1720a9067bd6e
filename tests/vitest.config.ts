import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Key derivation is deliberately slow (scrypt at full strength); give tests room, not loops.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
