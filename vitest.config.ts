import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts'],
        // Two cores on the team's machines: more workers only thrash.
        maxWorkers: 2,
        testTimeout: 30_000
    }
});
