/** The worker thread that reads articles, so that parsing a large page or PDF never stalls the rooms. */
import { parentPort } from 'node:worker_threads'
import { BoardError } from '../../../shared/errors.ts'
import { parseArticle, type ArticleFile } from '../parseArticle.ts'
import type { WorkerMessage } from './ArticleReader.ts'

const port = parentPort!
port.on('message', async (file: ArticleFile) => {
  let reply: WorkerMessage
  try {
    reply = { ok: true, article: await parseArticle(file) }
  } catch (error) {
    reply = { ok: false, error: error instanceof BoardError ? error.toPayload() : undefined }
  }
  port.postMessage(reply)
})
port.postMessage({ ready: true } satisfies WorkerMessage)
