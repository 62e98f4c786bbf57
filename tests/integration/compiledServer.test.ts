/** [SP4] Production runs the server compiled to JavaScript (dist/server), not through a TypeScript loader. */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { readSources } from '../../shared/board/index.ts'
import { connectClient } from '../helpers/clients.ts'
import { spawnServerProcess } from '../helpers/serverProcess.ts'
import { createBoardViaApi, makeDataDir } from '../helpers/testServer.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

/** Packages only some servers need (Redis, PostgreSQL, the PDF brief): none may load at start. */
const LOADED_ON_FIRST_USE = [
  'redis',
  '@socket.io/redis-streams-adapter',
  'rate-limiter-flexible',
  'pg',
  'pdfkit',
]

/**
 * The packages a bundle file imports before it runs, following its static imports of chunks; an
 * `import()` is not followed (it loads on first use).
 */
function packagesLoadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>()
  if (seen.has(file)) return packages
  seen.add(file)
  const code = fs.readFileSync(file, 'utf8')
  for (const [, specifier] of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) {
    if (!specifier) continue
    if (!specifier.startsWith('.')) packages.add(specifier)
    else
      for (const nested of packagesLoadedAtStart(path.resolve(path.dirname(file), specifier), seen))
        packages.add(nested)
  }
  return packages
}

describe('the compiled server', () => {
  it('[SP4] npm run build:server bundles the server; node dist/server/main.js answers /healthz, serves the demo board with its articles, and reads an uploaded file in its compiled worker', async () => {
    await promisify(execFile)('npm', ['run', 'build:server'], { cwd: projectRoot })
    const server = await spawnServerProcess(
      makeDataDir(),
      {},
      { args: ['dist/server/main.js', '--no-build'] },
    )
    const command = fs.readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8')
    expect(command.split('\0')).not.toContain('tsx')

    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ ok: true })

    const demo = await connectClient(server.url, DEMO_BOARD_ID)
    expect(readSources(demo.doc).map((source) => source.language)).toEqual(['zh-Hant', 'zh-Hans'])

    const { id, tokens } = await createBoardViaApi(server, { title: 'Compiled', format: 'free' })
    const upload = await fetch(`${server.url}/api/boards/${id}/sources`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.edit}`,
        'content-type': 'text/html; charset=utf-8',
        'x-filename': encodeURIComponent('page.html'),
      },
      body: '<html><head><title>Compiled worker</title></head><body><p>Read by jsdom in the worker.</p></body></html>',
    })
    expect(upload.status).toBe(201)
    const reader = await connectClient(server.url, id, { token: tokens.view })
    const texts = () => readSources(reader.doc).map((source) => source.text)
    await vi.waitFor(() => expect(texts().filter((text) => text.includes('Read by jsdom'))).toHaveLength(1))
    // The PDF brief comes from a chunk of its own (pdfkit loads on first use): it must still be found.
    const pdf = await fetch(`${server.url}/api/boards/${DEMO_BOARD_ID}/export.pdf`)
    expect(pdf.status).toBe(200)
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect(server.warnings).toEqual([])
  })

  it('[SP5] the bundle loads Redis, PostgreSQL and pdfkit only on first use, never at start', async () => {
    await promisify(execFile)('npm', ['run', 'build:server'], { cwd: projectRoot })
    const atStart = packagesLoadedAtStart(path.join(projectRoot, 'dist/server/main.js'))
    expect(atStart).toContain('socket.io')
    expect([...atStart].filter((name) => LOADED_ON_FIRST_USE.includes(name))).toEqual([])
  })
})
