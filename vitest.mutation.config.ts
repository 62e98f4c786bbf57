/** The tests Stryker runs against the update policy's mutants, the debate's rules included (`npm run mutation`). */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/server/policy/**/*.test.ts', 'tests/unit/debate/boardRules.test.ts'],
    testTimeout: 20_000,
  },
})
