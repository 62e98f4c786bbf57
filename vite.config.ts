import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const rootDir = fileURLToPath(new URL('.', import.meta.url))
const devServerPort = Number(process.env.PORT ?? 3000)

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1_000 },
  server: {
    port: 5173,
    // In `npm run dev` the API and socket.io live on the server process; Vite proxies to it.
    proxy: {
      '/api': `http://127.0.0.1:${devServerPort}`,
      '/healthz': `http://127.0.0.1:${devServerPort}`,
      '/socket.io': { target: `http://127.0.0.1:${devServerPort}`, ws: true },
    },
  },
  test: {
    root: rootDir,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-report.json' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          // Each file drives two Chromium contexts; running them one at a time keeps 2 cores responsive.
          fileParallelism: false,
        },
      },
    ],
  },
})
