/** The built browser client: building it when missing or stale, and serving it. */
import fs from 'node:fs'
import path from 'node:path'
import express, { Router } from 'express'
import { fromProjectRoot } from '../projectRoot.ts'

export const CLIENT_DIST_DIR = fromProjectRoot('dist/client')
const CLIENT_INPUTS = ['client', 'shared', 'vite.config.ts', 'package-lock.json']

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))))
}

/** Whether dist/client is missing or older than any of its sources. */
export function isClientBuildStale(): boolean {
  const built = fs.statSync(path.join(CLIENT_DIST_DIR, 'index.html'), { throwIfNoEntry: false })
  if (!built) return true
  return CLIENT_INPUTS.some((input) => newestMtime(fromProjectRoot(input)) > built.mtimeMs)
}

/** Builds the client with Vite when it is missing or stale. */
export async function ensureClientBuild(log: (message: string) => void = () => {}): Promise<void> {
  if (!isClientBuildStale()) return
  log('building the client (vite build)…')
  const { build } = await import('vite')
  // NOTE: Vite keeps a NODE_ENV already set: under vitest (NODE_ENV=test) it built React's development
  // bundle, which the benchmark then reused as fresh (a 5,000-card board loaded 3x slower).
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      configFile: fromProjectRoot('vite.config.ts'),
      logLevel: 'warn',
      root: fromProjectRoot('client'),
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}

/** Serves the built client; every other GET gets index.html so client-side routes (/b/:id) work. */
export function clientRouter(): Router {
  const router = Router()
  router.use(express.static(CLIENT_DIST_DIR, { index: false, maxAge: '1h' }))
  router.get(/.*/, (_req, res) => {
    const index = path.join(CLIENT_DIST_DIR, 'index.html')
    if (fs.existsSync(index)) res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } })
    else
      res
        .status(503)
        .type('text/plain')
        .send('The client is not built yet: run `npm start` (it builds it) or `npm run build`.')
  })
  return router
}
