/** [SP4] Production runs the server compiled to JavaScript (dist/server), not through a TypeScript loader. */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { readSources } from '../../shared/board/index.ts'
import { connectClient } from '../helpers/clients.ts'
import { spawnServerProcess } from '../helpers/serverProcess.ts'
import { createBoardViaApi, makeDataDir } from '../helpers/testServer.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

describe('the compiled server', () => {
  it('[SP4] npm run build:server bundles the server; node dist/server/main.js answers /healthz, serves the demo board with its articles, and reads an uploaded file in its compiled worker', async () => {
    await promisify(execFile)('npm', ['run', 'build:server'], { cwd: projectRoot })
    const server = await spawnServerProcess(
      makeDataDir(),
      {},
      { args: ['dist/server/main.js', '--no-build'] },
    )
    const command = await import('node:fs').then((fs) =>
      fs.readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8'),
    )
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
    expect(server.warnings).toEqual([])
  })
})
