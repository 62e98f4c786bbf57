/** The tests Stryker runs against the update policy's mutants (`npm run mutation`). */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: { include: ['tests/unit/server/policy/**/*.test.ts'], testTimeout: 20_000 },
})
