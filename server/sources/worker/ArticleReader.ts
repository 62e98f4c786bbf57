/**
 * Reads articles (parseArticle) in one worker thread, one at a time. jsdom, pdf.js and the Markdown
 * parser are synchronous and can take seconds on a large file; on the main thread that would stall
 * every room's sync. The worker also bounds what one file can cost: a heap cap and a time limit, past
 * which it is ended (and a fresh one reads the next file).
 */
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { BoardError, ErrorCode, type ErrorPayload } from '../../../shared/errors.ts'
import type { ImportedArticle } from '../../../shared/sources/importedArticle.ts'
import type { ArticleFile } from '../parseArticle.ts'
import { fromProjectRoot } from '../../projectRoot.ts'

/** What the worker posts: that it is ready, then one reply per file. */
export type WorkerMessage =
  { ready: true } | { ok: true; article: ImportedArticle } | { ok: false; error: ErrorPayload | undefined }

export interface ArticleReaderOptions {
  /** How long reading one file may take, counted from when a ready worker gets it. */
  timeoutMs: number
  /** The worker's heap cap: a file built to exhaust memory ends the worker, not the server. */
  maxHeapMb: number
  /** Files waiting beyond this many are refused as RATE_LIMITED. */
  maxQueued: number
  /** An idle worker is ended after this long, giving its memory back (jsdom and pdf.js are large). */
  idleMs: number
}

/** Limits for a server: 30 s and 512 MB per file, 8 files waiting, the worker kept 5 minutes. */
export const DEFAULT_READER_OPTIONS: ArticleReaderOptions = {
  timeoutMs: 30_000,
  maxHeapMb: 512,
  maxQueued: 8,
  idleMs: 5 * 60_000,
}

interface Job {
  file: ArticleFile
  resolve(article: ImportedArticle): void
  reject(error: BoardError): void
}

/**
 * How the worker thread starts. From the TypeScript sources, bootstrap.mjs registers tsx's loader
 * first (workers do not inherit it); the server bundle in dist/server has the worker compiled beside
 * it (scripts/buildServer.mjs), which starts as it is.
 */
const WORKER_START = import.meta.url.endsWith('.ts')
  ? {
      file: fromProjectRoot('server/sources/worker/bootstrap.mjs'),
      workerData: {
        entry: pathToFileURL(fromProjectRoot('server/sources/worker/readArticleWorker.ts')).href,
      },
    }
  : { file: fileURLToPath(new URL('./readArticleWorker.js', import.meta.url)), workerData: undefined }

export class ArticleReader {
  private worker: { thread: Worker; ready: boolean } | undefined
  private current: { job: Job; timer: NodeJS.Timeout | undefined } | undefined
  private readonly queue: Job[] = []
  private idleTimer: NodeJS.Timeout | undefined

  constructor(private readonly options: ArticleReaderOptions = DEFAULT_READER_OPTIONS) {}

  /** Reads `file` in the worker; rejects with the parser's BoardError, or one for a crash or a timeout. */
  read(file: ArticleFile): Promise<ImportedArticle> {
    if (this.queue.length >= this.options.maxQueued)
      return Promise.reject(
        new BoardError(
          ErrorCode.RateLimited,
          'The server is busy reading other articles; try again shortly.',
        ),
      )
    return new Promise((resolve, reject) => {
      this.queue.push({ file, resolve, reject })
      this.next()
    })
  }

  /** Ends the worker; files still waiting are refused. */
  async close(): Promise<void> {
    const closing = new BoardError(ErrorCode.BoardUnavailable, 'The server is shutting down.')
    for (const job of this.queue.splice(0)) job.reject(closing)
    clearTimeout(this.idleTimer)
    const stopped = this.stopWorker()
    this.finish(closing)
    clearTimeout(this.idleTimer)
    await stopped
  }

  private next() {
    if (this.current) return
    clearTimeout(this.idleTimer)
    const job = this.queue.shift()
    if (!job) {
      this.idleTimer = setTimeout(() => void this.stopWorker(), this.options.idleMs).unref()
      return
    }
    this.current = { job, timer: undefined }
    if (this.worker?.ready) this.dispatch()
    else this.startWorker()
  }

  // Hands the current file to the ready worker and starts its clock.
  private dispatch() {
    const current = this.current
    if (!current || !this.worker) return
    current.timer = setTimeout(() => this.onTimeout(), this.options.timeoutMs)
    // A copy that can be transferred: the caller's buffer may be a slice of a larger pooled one.
    const bytes = new Uint8Array(current.job.file.bytes)
    this.worker.thread.postMessage({ ...current.job.file, bytes }, [bytes.buffer])
  }

  private startWorker() {
    if (this.worker) return
    const thread = new Worker(WORKER_START.file, {
      workerData: WORKER_START.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    })
    const worker = { thread, ready: false }
    // An idle reader must not keep the process alive.
    thread.unref()
    thread.on('message', (message: WorkerMessage) => this.onMessage(worker, message))
    thread.on('error', (error: Error & { code?: string }) => this.onCrash(worker.thread, error.code))
    thread.on('exit', () => this.onCrash(worker.thread, undefined))
    this.worker = worker
  }

  private onMessage(worker: { thread: Worker; ready: boolean }, message: WorkerMessage) {
    if (this.worker !== worker) return
    if ('ready' in message) {
      worker.ready = true
      return this.dispatch()
    }
    const current = this.current
    if (!current) return
    if (message.ok) this.finish(undefined, () => current.job.resolve(message.article))
    else this.finish(message.error ? new BoardError(message.error.code, message.error.message) : unreadable())
  }

  private onTimeout() {
    // Stopped first, so that the next file gets a fresh worker rather than this busy one.
    void this.stopWorker()
    const seconds = Math.round(this.options.timeoutMs / 100) / 10
    this.finish(
      new BoardError(
        ErrorCode.TooLarge,
        `Reading this file took longer than ${seconds} s; import a shorter one.`,
      ),
    )
  }

  private onCrash(thread: Worker, code: string | undefined) {
    if (this.worker?.thread !== thread) return
    this.worker = undefined
    const tooBig = code === 'ERR_WORKER_OUT_OF_MEMORY'
    this.finish(
      tooBig
        ? new BoardError(ErrorCode.TooLarge, 'This file is too large or too complex to read.')
        : unreadable(),
    )
  }

  /** Settles the current file (rejecting it with `error`, or running `settle`) and starts the next one. */
  private finish(error: BoardError | undefined, settle?: () => void) {
    const current = this.current
    if (!current) return
    clearTimeout(current.timer)
    this.current = undefined
    if (error) current.job.reject(error)
    else settle?.()
    this.next()
  }

  private async stopWorker() {
    const worker = this.worker
    this.worker = undefined
    await worker?.thread.terminate()
  }
}

function unreadable() {
  return new BoardError(ErrorCode.Internal, 'The server could not read this file.')
}

let shared: ArticleReader | undefined

/** The process' one article reader: however many apps a process runs (tests), one worker at most. */
export function sharedArticleReader(): ArticleReader {
  return (shared ??= new ArticleReader())
}
